// Who is signed in, which show is active, and the catalogue: kept on the phone so the app
// opens signed in and works offline; refreshed from the server whenever it answers.

import * as api from './api.js';
import * as store from './store.js';

export const user = () => store.getMeta('me');

export async function signIn(email, password) {
  const me = await api.login(email, password);
  const before = await store.getMeta('me');
  if (before && before.user.id !== me.user.id) {
    // Another person on this phone: drop the previous account's copy of leads. Its unsent
    // outbox items stay, and are sent when that person signs in again (store.js, owner).
    await store.forgetLeads();
    await store.setMeta('activeShow', null);
  }
  await remember(me);
  await refreshCatalog();
  return me;
}

/**
 * Ends the session here and on the server (offline it refuses: the session would live on).
 * This person's unsent items and capture in progress stay for their next sign-in on this phone.
 */
export async function signOut() {
  await api.logout();
  await store.forgetLeads();
  await Promise.all(['me', 'csrf', 'activeShow'].map((key) => store.setMeta(key, null)));
}

// Also who each id is, so the sync indicator can say whose items wait after they signed out.
async function remember(me) {
  await store.setMeta('me', me);
  await store.setMeta('people', { ...(await store.getMeta('people')), [me.user.id]: me.user.email });
}

/** Takes a fresh CSRF token and catalogue. Offline or signed out, the stored copies stand. */
export async function check() {
  try {
    await remember(await api.me());
    await refreshCatalog();
  } catch (err) {
    if (!(err instanceof api.ApiError)) throw err;
  }
}

export async function refreshCatalog() {
  const [{ shows, current }, { products }] = await Promise.all([api.shows(), api.products()]);
  await Promise.all([store.setMeta('shows', shows), store.setMeta('currentShow', current),
    store.setMeta('products', products)]);
}

export async function shows() {
  return (await store.getMeta('shows')) ?? [];
}

export async function products() {
  return (await store.getMeta('products')) ?? [];
}

/** The show the user picked, else the one the server says runs today. */
export async function activeShowId() {
  return (await store.getMeta('activeShow')) ?? (await store.getMeta('currentShow')) ?? null;
}

export function setActiveShow(id) {
  return store.setMeta('activeShow', id);
}
