// The service worker: the app shell from cache (so the app opens at a booth with no network)
// and Background Sync for the outbox. The server stamps VERSION with a digest of the app's
// files (backend/web.py), so every deploy installs a new worker and a new cache.

import { flush } from './js/sync.js';

const VERSION = '__SHELL_VERSION__';
const CACHE = `boothmate-shell-${VERSION}`;
const NAVIGATION_TIMEOUT_MS = 2500; // booth Wi-Fi that "works" but hangs: open from cache instead
const SHELL = [
  '/', '/app.css', '/manifest.webmanifest',
  '/icons/icon.svg', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png',
  '/node_modules/idb/build/index.js',
  '/js/main.js', '/js/api.js', '/js/dom.js', '/js/i18n.js', '/js/images.js', '/js/router.js', '/js/session.js',
  '/js/store.js', '/js/sw-bridge.js', '/js/sync.js', '/js/syncbar.js', '/js/widgets.js',
  '/js/views/capture.js', '/js/views/lead.js', '/js/views/leads.js', '/js/views/login.js',
  '/js/views/tonight.js', '/js/views/tonight-draft.js',
];

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
