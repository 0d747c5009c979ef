// One visitor: the card, what was read from it (low-confidence fields highlighted so they get
// checked), corrections, notes and more photos. Edits go through the outbox like captures.

import { h, toast } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import * as store from '../store.js';
import { events, flush, requestSync } from '../sync.js';
import { classificationGroup, intentGroup, noteChips, photoButton, photosReady, thumb } from '../widgets.js';

const LOW_CONFIDENCE = 0.75;
// How each editable field shows in a text box and goes back to the API.
const FIELDS = {
  name: {}, title: {}, company: {},
  emails: { show: (v) => (v ?? []).join(', '), parse: (s) => s.split(/[\s,;]+/).filter(Boolean), type: 'email' },
  phones: { show: (v) => (v ?? []).map((p) => p.number || p.raw).join(', '),
    parse: (s, before) => s.split(/[,;]/).map((x) => x.trim()).filter(Boolean).map((raw) => keepType(raw, before)),
    type: 'tel' },
  website: { type: 'url' },
  country: { show: (v) => v ?? '', parse: (s) => s.trim().toUpperCase() || null, pattern: '[A-Za-z]{2}' },
  address: { multiline: true },
};
const asText = (spec, value) => (spec.show ? spec.show(value) : value ?? '');
const fromText = (spec, text, before) => (spec.parse ? spec.parse(text, before) : text.trim());

/** A number that was already there keeps its kind, so correcting one phone never turns the fax
 * into the main line. */
function keepType(text, before = []) {
  const known = before.find((p) => p.number === text || p.raw === text);
  return known ? { type: known.type, raw: known.raw } : { raw: text };
}

export async function render(root, { uuid: leadUuid }) {
  let dirty = false;
  async function draw() {
    const lead = await store.getLead(leadUuid);
    root.replaceChildren(lead ? await page(lead, () => { dirty = true; }, draw) : h('p', { text: t('lead.notFound') }));
    dirty = false;
  }
  // A colleague's edit or the card reader's result arrives while the page is open.
  const refresh = () => { if (!dirty) draw(); };
  await draw();
  events.addEventListener('leads', refresh);
  flush().catch(console.error); // opening a lead is the moment its freshest copy matters
  return () => events.removeEventListener('leads', refresh);
}

async function page(lead, markDirty, redraw) {
  const local = await store.blobsOf(lead.uuid);
  const uploaded = new Set((lead.media ?? []).map((m) => m.id));
  const card = local.find((b) => b.kind === 'card_front')?.blob ?? lead.media?.find((m) => m.kind === 'card_front')?.url;
  const edits = { classification: lead.classification, intent: lead.intent ?? null, photos: [] };
  const inputs = {};
  const strip = h('div', { className: 'thumbs' },
    (lead.media ?? []).filter((m) => m.kind !== 'card_front').map((m) => thumb(m.url, t('capture.photo'))),
    local.filter((b) => b.kind !== 'card_front' && !uploaded.has(b.id)).map((b) => thumb(b.blob, t('capture.photo'))));
  const note = h('textarea', { id: 'new-note', rows: 2, className: 'notes', 'data-testid': 'lead-note', oninput: markDirty });

  async function save() {
    await photosReady();
    const changes = {};
    for (const [name, spec] of Object.entries(FIELDS)) {
      if (inputs[name].value !== asText(spec, lead[name])) changes[name] = fromText(spec, inputs[name].value, lead[name]);
    }
    if (edits.classification !== lead.classification) changes.classification = edits.classification;
    if (edits.intent !== (lead.intent ?? null)) changes.intent = edits.intent;
    if (note.value.trim()) changes.notes = [store.newNote(note.value.trim())];
    if (!Object.keys(changes).length && !edits.photos.length) return toast(t('lead.nothing'));
    await store.saveEdit(lead.uuid, changes, edits.photos);
    toast(t('lead.saved'));
    await redraw();
    requestSync().catch(console.error);
  }

  function addPhotos(photos) {
    edits.photos.push(...photos);
    strip.append(...photos.map((p) => thumb(p.blob, t('capture.photo'))));
    markDirty();
  }

  const confidence = lead.reading?.confidence ?? {};
  return h('form', { className: 'lead-page', oninput: markDirty, onsubmit: (e) => { e.preventDefault(); save(); } },
    h('a', { href: '#/leads', className: 'back', text: `‹ ${t('lead.back')}` }),
    card && h('figure', { className: 'card' }, thumb(card, t('lead.card'))),
    h('p', { className: `reading reading-${lead.reading?.status ?? 'none'}`, 'data-testid': 'reading-status',
      'data-status': lead.reading?.status ?? '', role: 'status', text: readingText(lead.reading) }),
    Object.entries(FIELDS).map(([name, spec]) => field(name, spec, lead, confidence[name], inputs)),
    classificationGroup(lead.classification, (c) => { edits.classification = c; markDirty(); }),
    intentGroup(lead.intent, (i) => { edits.intent = i; markDirty(); }),
    h('h2', { text: t('lead.notes') }),
    h('ul', { className: 'note-list' }, (lead.notes ?? []).map((n) => h('li', {},
      h('time', { datetime: n.at, text: formatTime(n.at) }), h('span', { className: 'note-text', text: n.text })))),
    h('label', { for: 'new-note', className: 'field-label', text: t('lead.addNote') }),
    noteChips(note), note,
    h('h2', { text: t('lead.photos') }),
    strip,
    photoButton({ testid: 'lead-add-photo', label: t('lead.addPhoto'), kind: 'booth_photo', multiple: true,
      onPhotos: addPhotos }),
    h('button', { type: 'submit', className: 'save', 'data-testid': 'save-lead-changes', text: t('lead.save') }));
}

function readingText(reading) {
  if (!reading?.status) return t('lead.reading.none');
  return t(`lead.reading.${reading.status}`, { e: reading.error ?? '' });
}

function field(name, spec, lead, confidence, inputs) {
  const id = `field-${name}`;
  const low = typeof confidence === 'number' && confidence < LOW_CONFIDENCE && Boolean(lead[name]?.length);
  const attrs = { id, name, value: asText(spec, lead[name]), 'data-testid': id,
    'aria-describedby': low ? `${id}-check` : null, autocomplete: 'off' };
  inputs[name] = spec.multiline ? h('textarea', { ...attrs, rows: 2 })
    : h('input', { ...attrs, type: spec.type ?? 'text', multiple: spec.type === 'email', pattern: spec.pattern ?? null });
  return h('div', { className: `field${low ? ' low-confidence' : ''}` },
    h('label', { for: id, text: t(`field.${name}`) }), inputs[name],
    low && h('small', { id: `${id}-check`, className: 'check', text: `⚠ ${t('lead.check')}` }));
}
