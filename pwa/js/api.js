// The server's JSON API. Runs in the page and in the service worker (Background Sync), so it
// touches no DOM. Every failure becomes an ApiError carrying the server's error envelope.

import { getMeta, setMeta } from './store.js';

const TIMEOUT_MS = 30_000; // a photo over weak booth Wi-Fi; past this the retry does better

export class ApiError extends Error {
  constructor(status, code, message, details = {}) {
    super(message);
    this.status = status; // 0: no answer (offline, timeout, cut off)
    this.code = code;
    this.details = details;
  }

  /** 4xx the same request will always get again, so retrying cannot help. */
  get permanent() {
    return this.status >= 400 && this.status < 500 && ![401, 408, 429].includes(this.status);
  }
}

let csrfToken;

async function csrf() {
  csrfToken ??= await getMeta('csrf');
  return csrfToken;
}

async function rememberCsrf(token) {
  csrfToken = token;
  await setMeta('csrf', token);
}

async function request(path, { method = 'GET', json, form, headers = {}, as = 'json' } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin',
    signal: AbortSignal.timeout(TIMEOUT_MS) };
  if (json !== undefined) {
    init.body = JSON.stringify(json);
    init.headers['Content-Type'] = 'application/json';
  } else if (form) {
    init.body = form;
  }
  if (method !== 'GET') init.headers['X-CSRFToken'] = (await csrf()) ?? '';
  let response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    throw new ApiError(0, 'network', err.name === 'TimeoutError' ? 'The server did not answer in time.' : 'No connection.');
  }
  if (response.status === 204) return null;
  if (as === 'blob' && response.ok) return response.blob();
  const body = await response.json().catch(() => null);
  if (response.ok) return body;
  const error = body?.error ?? {};
  throw new ApiError(response.status, error.code ?? 'http_error', error.message ?? `HTTP ${response.status}`, error.details);
}

// A session older than its CSRF token (another tab signed in again, a server restart with a
// new key) answers csrf_failed: take a fresh token once and repeat the request.
async function send(path, options) {
  try {
    return await request(path, options);
  } catch (err) {
    if (err.code !== 'csrf_failed') throw err;
    await rememberCsrf((await request('/api/v1/auth/csrf')).csrf_token);
    return request(path, options);
  }
}

export async function login(email, password) {
  const me = await request('/api/v1/auth/login', { method: 'POST', json: { email, password } });
  await rememberCsrf(me.csrf_token);
  return me;
}

export async function me() {
  const answer = await request('/api/v1/auth/me');
  await rememberCsrf(answer.csrf_token);
  return answer;
}

/** Ends the session on the server; the next request needs a new sign-in. */
export const logout = () => send('/api/v1/auth/logout', { method: 'POST' });

export const shows = () => request('/api/v1/shows');
export const products = () => request('/api/v1/products');
export const changes = (since) => request(`/api/v1/changes?since=${encodeURIComponent(since)}`);

export function putLead(uuid, body, mutationId) {
  return send(`/api/v1/leads/${uuid}`, { method: 'PUT', json: body, headers: { 'Idempotency-Key': mutationId } });
}

export function uploadMedia(uuid, { id, kind, blob }) {
  const form = new FormData();
  form.append('kind', kind);
  form.append('media_id', id);
  form.append('file', blob, id); // the server tells the format from the bytes, not the name
  return send(`/api/v1/leads/${uuid}/media`, { method: 'POST', form });
}

// The evening review: online only, so no outbox and no idempotency key; a failure is shown.
export const drafts = () => request('/api/v1/drafts');
export const outbox = () => request('/api/v1/outbox');
export const editDraft = (id, changes) => send(`/api/v1/drafts/${id}`, { method: 'PATCH', json: changes });
/** action: approve, hold, discard, send-now, or reschedule (with body {due_at}). */
export const draftAction = (id, action, body) => send(`/api/v1/drafts/${id}/${action}`, { method: 'POST', json: body });
/** A mail preview or one of its photos, fetched with the session (a sandboxed frame has none). */
export const blob = (path) => request(path, { as: 'blob' });
export const approveAll = (ids) => send('/api/v1/drafts/approve-all', { method: 'POST', json: { ids } });
/** outcome: sent (it did arrive), resend, or cancel. */
export const resolveOutbox = (id, outcome) => send(`/api/v1/outbox/${id}/resolve`, { method: 'POST', json: { outcome } });
