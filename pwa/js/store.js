// The phone's copy of everything: the outbox of unsent changes, the leads, photo blobs and
// small settings. Every function here opens, uses and finishes its own transaction; nothing
// awaits the network inside one (a transaction auto-commits as soon as it sits idle).

// A relative path rather than a bare 'idb': the service worker imports this module too, and
// import maps do not apply inside workers.
import { openDB } from '../node_modules/idb/build/index.js';

const DB_NAME = 'boothmate';
const DB_VERSION = 1;
const CONTROL_FIELDS = new Set(['version', 'client_updated_at', 'notes']);
// Card photos stay on the phone so the lead page shows them offline; booth photos can be
// large and numerous, so they leave once the server has them.
const KEEP_AFTER_UPLOAD = new Set(['card_front', 'card_back']);

let dbPromise;
function db() {
  dbPromise ??= openDB(DB_NAME, DB_VERSION, {
    upgrade(database) {
      // seq orders the outbox: replaying in insertion order keeps a lead's PUT ahead of its photos.
      const outbox = database.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      outbox.createIndex('lead', 'leadUuid');
      database.createObjectStore('leads', { keyPath: 'uuid' });
      database.createObjectStore('blobs', { keyPath: 'id' }).createIndex('lead', 'leadUuid');
      database.createObjectStore('meta');
    },
  });
  return dbPromise;
}

export async function getMeta(key) {
  return (await db()).get('meta', key);
}

export async function setMeta(key, value) {
  return (await db()).put('meta', value, key);
}

/** Forget another account's copy of leads; its outbox items stay until that person signs in again. */
export async function forgetLeads() {
  const tx = (await db()).transaction(['leads', 'meta'], 'readwrite');
  await Promise.all([tx.objectStore('leads').clear(), tx.objectStore('meta').delete('cursor'), tx.done]);
}

/** A note as the API takes it; its id makes a resend add it once. */
export function newNote(text) {
  return { id: crypto.randomUUID(), text, at: new Date().toISOString() };
}

function mediaItems(leadUuid, photos, now, owner) {
  return photos.map((p) => ({ type: 'media', leadUuid, mediaId: p.id, kind: p.kind, createdAt: now, attempts: 0, owner }));
}

// Each outbox item belongs to whoever was signed in when it was saved: if a colleague signs in
// on this phone, their session must not send it (it could land in another organisation).
async function owner(tx) {
  return (await tx.objectStore('meta').get('me'))?.user.id ?? null;
}

/** The items the signed-in user may send, oldest first. */
export async function outboxFor(userId) {
  return (await outboxItems()).filter((item) => item.owner === userId);
}

// The capture in progress, per person: a language switch, another tab or a reload must not lose
// a visitor's card. Its photos wait in the blobs store under the uuid the lead will get.
const captureKey = (userId) => `capture:${userId}`;

/** The signed-in person's unfinished capture, photos included, or null. */
export async function captureInProgress(userId) {
  const tx = (await db()).transaction(['meta', 'blobs']);
  const kept = await tx.objectStore('meta').get(captureKey(userId));
  if (!kept) return null;
  const blobs = tx.objectStore('blobs');
  const photos = (await Promise.all(kept.photos.map((p) => blobs.get(p.id)))).filter(Boolean);
  await tx.done;
  return { ...kept, photos };
}

/** Keeps the capture as it stands: {uuid, photos: [{id, kind, blob}], ...plain fields}. */
export async function keepCapture(userId, capture) {
  const tx = (await db()).transaction(['meta', 'blobs'], 'readwrite');
  const blobs = tx.objectStore('blobs');
  const ids = new Set(capture.photos.map((p) => p.id));
  for (const id of await blobs.index('lead').getAllKeys(capture.uuid)) if (!ids.has(id)) await blobs.delete(id);
  // A photo is written once; the notes change on every keystroke and must not copy it again.
  for (const p of capture.photos) {
    if (!(await blobs.getKey(p.id))) await blobs.put({ id: p.id, leadUuid: capture.uuid, kind: p.kind, blob: p.blob });
  }
  await tx.objectStore('meta').put({ ...capture, photos: capture.photos.map(({ id, kind }) => ({ id, kind })) },
    captureKey(userId));
  await tx.done;
}

/** A new lead with its photos: one transaction, so a crash leaves all of it or none. It ends the
 * capture in progress that became this lead. */
export async function saveNewLead(uuid, fields, photos) {
  const now = new Date().toISOString();
  const lead = { uuid, ...fields, version: 0, notes: fields.notes ?? [], media: [], reading: { status: null } };
  const body = { ...fields, client_updated_at: now };
  const tx = (await db()).transaction(['leads', 'blobs', 'outbox', 'meta'], 'readwrite');
  const by = await owner(tx);
  const writes = [
    tx.objectStore('meta').delete(captureKey(by)),
    tx.objectStore('leads').put(lead),
    tx.objectStore('outbox').add({ type: 'put', leadUuid: lead.uuid, mutationId: crypto.randomUUID(), body,
      createdAt: now, attempts: 0, owner: by }),
    ...photos.map((p) => tx.objectStore('blobs').put({ id: p.id, leadUuid: lead.uuid, kind: p.kind, blob: p.blob })),
    ...mediaItems(lead.uuid, photos, now, by).map((item) => tx.objectStore('outbox').add(item)),
  ];
  await Promise.all([...writes, tx.done]);
  return lead;
}

/**
 * An edit: only the changed fields, plus the version last seen from the server so it can
 * tell which of them a colleague changed in the meantime.
 */
export async function saveEdit(uuid, changes, photos = []) {
  const now = new Date().toISOString();
  const tx = (await db()).transaction(['leads', 'blobs', 'outbox', 'meta'], 'readwrite');
  const by = await owner(tx);
  const leads = tx.objectStore('leads');
  const lead = await leads.get(uuid);
  const outbox = tx.objectStore('outbox');
  if (Object.keys(changes).length) {
    await outbox.add({ type: 'put', leadUuid: uuid, mutationId: crypto.randomUUID(), createdAt: now, attempts: 0,
      owner: by, body: { ...changes, version: lead.version, client_updated_at: now } });
  }
  for (const p of photos) await tx.objectStore('blobs').put({ id: p.id, leadUuid: uuid, kind: p.kind, blob: p.blob });
  for (const item of mediaItems(uuid, photos, now, by)) await outbox.add(item);
  await leads.put(overlay(lead, [{ type: 'put', body: changes }]));
  await tx.done;
}

/** Every item waiting on this phone, whoever saved it. */
export async function outboxItems() {
  return (await db()).getAll('outbox');
}

export async function getBlob(id) {
  return (await db()).get('blobs', id);
}

export async function blobsOf(uuid) {
  return (await db()).getAllFromIndex('blobs', 'lead', uuid);
}

export async function markFailed(seq, reason) {
  const tx = (await db()).transaction('outbox', 'readwrite');
  const item = await tx.store.get(seq);
  if (item) await tx.store.put({ ...item, failed: reason });
  await tx.done;
}

export async function noteAttempt(seq, reason) {
  const tx = (await db()).transaction('outbox', 'readwrite');
  const item = await tx.store.get(seq);
  if (item) await tx.store.put({ ...item, attempts: item.attempts + 1, lastError: reason });
  await tx.done;
}

export async function discard(seq) {
  return (await db()).delete('outbox', seq);
}

/** The server acknowledged an outbox item: drop it and keep the server's copy of the lead. */
export async function acknowledge(item, serverLead) {
  const tx = (await db()).transaction(['outbox', 'leads', 'blobs'], 'readwrite');
  await tx.objectStore('outbox').delete(item.seq);
  if (item.type === 'media' && !KEEP_AFTER_UPLOAD.has(item.kind)) await tx.objectStore('blobs').delete(item.mediaId);
  await mergeLead(tx, serverLead);
  await tx.done;
}

/** Leads from the changes feed (a colleague's, the card reader's), then the new cursor. */
export async function mergeChanges(page) {
  const tx = (await db()).transaction(['outbox', 'leads', 'meta'], 'readwrite');
  for (const lead of page.leads) await mergeLead(tx, lead);
  const meta = tx.objectStore('meta');
  if (page.products.length) await meta.put(upsertById(await meta.get('products'), page.products), 'products');
  if (page.shows.length) await meta.put(upsertById(await meta.get('shows'), page.shows), 'shows');
  await meta.put(page.cursor, 'cursor');
  await tx.done;
}

function upsertById(list = [], rows) {
  const byId = new Map(list.map((x) => [x.id, x]));
  for (const row of rows) byId.set(row.id, row);
  return [...byId.values()];
}

async function mergeLead(tx, server) {
  const leads = tx.objectStore('leads');
  const local = await leads.get(server.uuid);
  // The feed and an acknowledgement can cross; never step back to an older server copy.
  if (local && local.version > server.version) return;
  if (server.deleted) {
    await leads.delete(server.uuid);
    return;
  }
  const pending = await tx.objectStore('outbox').index('lead').getAll(server.uuid);
  await leads.put(overlay(server, pending.filter((i) => i.type === 'put' && !i.failed)));
}

// What the user sees is the server's copy with their unsent edits on top.
function overlay(lead, puts) {
  const shown = { ...lead, notes: [...(lead.notes ?? [])] };
  for (const { body } of puts) {
    for (const [name, value] of Object.entries(body)) if (!CONTROL_FIELDS.has(name)) shown[name] = value;
    for (const note of body.notes ?? []) if (!shown.notes.some((n) => n.id === note.id)) shown.notes.push(note);
  }
  shown.unsynced = puts.length > 0 || lead.version === 0;
  return shown;
}

export async function allLeads() {
  return (await db()).getAll('leads');
}

export async function getLead(uuid) {
  return (await db()).get('leads', uuid);
}
