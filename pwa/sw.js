// The service worker: the app shell from cache (so the app opens at a booth with no network)
// and Background Sync for the outbox. The server fills in VERSION, a digest of the app's
// files, and the list of those files (backend/web.py): every deploy installs a new worker
// with a new cache, and a new module is cached without anyone listing it.

import { flush } from './js/sync.js';

const VERSION = '__SHELL_VERSION__';
const CACHE = `boothmate-shell-${VERSION}`;
const NAVIGATION_TIMEOUT_MS = 2500; // booth Wi-Fi that "works" but hangs: open from cache instead
const LIBRARIES = ['/node_modules/idb/build/index.js']; // the npm files the modules import
const SHELL = ['/', ...LIBRARIES, /* __SHELL_FILES__ */];

self.addEventListener('install', (event) => event.waitUntil(precache()));
self.addEventListener('activate', (event) => event.waitUntil(dropOldCaches()));
self.addEventListener('fetch', (event) => {
  const answer = respond(event.request);
  if (answer) event.respondWith(answer);
});
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting(); // the user tapped "Update now"
});
self.addEventListener('sync', (event) => {
  if (event.tag === 'outbox') event.waitUntil(syncOutbox());
});

async function precache() {
  const cache = await caches.open(CACHE);
  // cache: 'reload' skips the HTTP cache, so the new cache never holds an old file.
  await cache.addAll(SHELL.map((url) => new Request(url, { cache: 'reload' })));
}

async function dropOldCaches() {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith('boothmate-shell-') && n !== CACHE).map((n) => caches.delete(n)));
  await self.clients.claim();
}

/** null: let the browser handle it (other origins, writes, and the API, which is never cached). */
function respond(request) {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return null;
  if (request.mode === 'navigate') return networkFirst(request);
  return cacheFirst(request);
}

async function networkFirst(request) {
  try {
    return await Promise.race([fetch(request), timeout(NAVIGATION_TIMEOUT_MS)]);
  } catch {
    return (await caches.match('/', { cacheName: CACHE })) ?? Response.error();
  }
}

async function cacheFirst(request) {
  return (await caches.match(request, { cacheName: CACHE, ignoreSearch: true })) ?? fetch(request);
}

function timeout(ms) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('navigation timed out')), ms));
}

// An open page owns the queue (it shows progress and backs off); the worker flushes only
// when the app is closed, which is what Background Sync is for.
async function syncOutbox() {
  const pages = await self.clients.matchAll({ type: 'window' });
  if (pages.length) return pages.forEach((page) => page.postMessage({ type: 'flush' }));
  return flush();
}
