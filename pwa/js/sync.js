// Sends the outbox to the server in order and pulls colleagues' changes. An item leaves the
// outbox only once the server has acknowledged it; the server's idempotency (the mutation id
// for a PUT, media_id for a photo) makes every resend harmless. Runs in the page and, for
// Background Sync, in the service worker: no DOM here.

import * as api from './api.js';
import * as store from './store.js';

const LOCK = 'boothmate-outbox';
const BACKOFF_S = [2, 5, 15, 30, 60, 120];
const TICK_MS = 20_000; // also how soon a colleague's lead shows up on this phone

export const events = new EventTarget();
const channel = new BroadcastChannel('boothmate-sync');
channel.onmessage = ({ data }) => events.dispatchEvent(new Event(data));

let state = 'idle'; // idle | busy | offline | signin | retry
let failures = 0;
let nextRetryAt = 0;
let retryTimer;

function announce(kind) {
  events.dispatchEvent(new Event(kind));
  channel.postMessage(kind); // the other context (page or service worker) refreshes too
}

function setState(next) {
  state = next;
  announce('status');
}

/** Send everything that waits, then pull. One flusher at a time across page and worker. */
export function flush() {
  return navigator.locks.request(LOCK, drain);
}

async function drain() {
  if (!navigator.onLine) return setState('offline');
  const me = await store.getMeta('me');
  if (!me) return setState('idle'); // signed out: nobody's items may go, nothing to pull
  setState('busy');
  for (;;) {
    const item = (await store.outboxFor(me.user.id)).find((i) => !i.failed);
    if (!item) break;
    try {
      await send(item);
    } catch (err) {
      if (!(err instanceof api.ApiError)) throw err;
      if (err.permanent) {
        await store.markFailed(item.seq, err.message); // shown with the reason; the rest carry on
        announce('status');
        continue;
      }
      await store.noteAttempt(item.seq, err.message);
      return stopOn(err);
    }
    failures = 0;
    announce('leads');
  }
  try {
    await pull();
  } catch (err) {
    if (!(err instanceof api.ApiError)) throw err;
    return stopOn(err);
  }
  setState('idle');
}

async function send(item) {
  if (item.type === 'put') {
    const saved = await api.putLead(item.leadUuid, item.body, item.mutationId);
    return store.acknowledge(item, saved.lead);
  }
  const photo = await store.getBlob(item.mediaId);
  if (!photo) throw new api.ApiError(410, 'photo_missing', 'The photo is no longer on this phone.');
  const saved = await api.uploadMedia(item.leadUuid, { id: item.mediaId, kind: item.kind, blob: photo.blob });
  return store.acknowledge(item, saved.lead);
}

function stopOn(err) {
  if (err.status === 401) return setState('signin'); // the queue waits for the next sign-in
  const delay = BACKOFF_S[Math.min(failures, BACKOFF_S.length - 1)] * 1000 * (0.8 + Math.random() * 0.4);
  failures += 1;
  nextRetryAt = Date.now() + delay;
  clearTimeout(retryTimer);
  retryTimer = setTimeout(flush, delay);
  setState('retry');
}

async function pull() {
  for (let more = true; more;) {
    const page = await api.changes((await store.getMeta('cursor')) ?? 0);
    await store.mergeChanges(page);
    more = page.has_more;
    if (page.leads.length) announce('leads');
  }
}

/** The signed-in person's items, and per other person how many of theirs wait on this phone. */
export async function status() {
  const [me, all, people] = await Promise.all([store.getMeta('me'), store.outboxItems(), store.getMeta('people')]);
  const items = all.filter((i) => i.owner === me?.user.id);
  const others = new Map();
  for (const i of all) if (i.owner !== me?.user.id) others.set(i.owner, (others.get(i.owner) ?? 0) + 1);
  return {
    state, nextRetryAt,
    pending: items.filter((i) => !i.failed).length,
    failed: items.filter((i) => i.failed),
    lastError: items.find((i) => !i.failed && i.lastError)?.lastError,
    others: [...others].map(([owner, n]) => ({ email: people?.[owner] ?? null, n })),
  };
}

export async function discard(seq) {
  await store.discard(seq);
  announce('status');
}

let started = false;

/** The page's triggers: now, when the network returns, when the app is shown, and a timer. */
export function startAutoSync() {
  if (started) return flushNow();
  started = true;
  addEventListener('online', flushNow);
  addEventListener('offline', () => setState('offline'));
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && flushNow());
  setInterval(() => Date.now() >= nextRetryAt && flush(), TICK_MS);
  return flushNow();
}

// A fresh reason to try (a save, the network back, a sign-in) skips what is left of the backoff.
function flushNow() {
  failures = 0;
  clearTimeout(retryTimer);
  return flush();
}

/** After a save: flush now, and let the browser retry in the background where it can. */
export async function requestSync() {
  const registration = await navigator.serviceWorker?.getRegistration();
  await registration?.sync?.register('outbox').catch(() => {}); // permission denied: the page's triggers remain
  return flushNow();
}

export function signedIn() {
  if (state === 'signin') state = 'idle';
  return startAutoSync();
}
