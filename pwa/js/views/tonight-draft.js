// One follow-up draft on the Tonight screen: the mail exactly as it will go, what to check,
// the words to edit, and the decisions. Every action answers with the draft as it now stands.

import * as api from '../api.js';
import { h, toast } from '../dom.js';
import { formatDay, t } from '../i18n.js';
import { zonedInstant } from '../zones.js';

const OPEN = ['draft', 'held'];
const CONFIRM_MS = 4000;

/** onChange(draft) after every action, so the screen can recount and redraw. */
export function draftCard(draft, { onChange, onError }) {
  async function act(work, done) {
    card.setAttribute('aria-busy', 'true');
    try {
      const next = await work();
      toast(done);
      onChange(next);
    } catch (err) {
      onError(err);
    } finally {
      card.removeAttribute('aria-busy');
    }
  }
  const post = (action, body, done) => act(() => api.draftAction(draft.id, action, body), done);

  const open = OPEN.includes(draft.status);
  const card = h('article', { className: `tonight-draft status-${draft.status}`, 'data-testid': 'tonight-draft',
    dataset: { draftId: String(draft.id), status: draft.status }, 'aria-labelledby': `draft-${draft.id}-who`,
    tabindex: -1 },
    header(draft),
    hints(draft),
    preview(draft),
    open && editor(draft, (changes) => act(() => api.editDraft(draft.id, changes), t('draft.saved'))),
    h('div', { className: 'draft-actions' },
      open && button('draft-approve', t('draft.approve'), () => post('approve', undefined, t('draft.approved')),
        'primary'),
      draft.status === 'draft' && button('draft-hold', t('draft.hold'), () => post('hold', undefined, t('draft.held'))),
      draft.status !== 'discarded' && confirmButton('draft-send-now', t('draft.sendNow'),
        () => post('send-now', undefined, t('draft.sent'))),
      open && confirmButton('draft-discard', t('draft.discard'), () => post('discard', undefined, t('draft.discarded')),
        'danger')),
    draft.status !== 'discarded'
      && rescheduler(draft, (dueAt) => post('reschedule', { due_at: dueAt }, t('draft.rescheduled'))));
  return card;
}

const who = (draft) => [draft.lead.name, draft.lead.company].filter(Boolean).join(' · ') || t('leads.unnamed');

function header(draft) {
  return h('header', { className: 'draft-head' },
    h('span', { className: `badge class-${draft.kind}`,
      text: t(draft.kind === 'nurture' ? 'group.nurture' : `class.${draft.kind}`) }),
    h('h3', { id: `draft-${draft.id}-who`, text: who(draft) }),
    h('p', { className: 'draft-meta' },
      h('span', { className: 'draft-status', text: t(`draft.status.${draft.status}`) }), ' · ',
      h('span', { text: t('draft.due', { when: wallTime(draft) }) })),
    h('p', { className: 'draft-meta' }, `${t('draft.to')}: `,
      h('strong', { text: draft.to_email ?? t('draft.noEmail') })));
}

// The time where the draft goes out (the show's or the buyer's zone), as the server planned it;
// the phone's own zone may differ while travelling.
function wallTime(draft) {
  const day = draft.due_local.slice(0, 10);
  const time = draft.due_local.slice(11, 16);
  const today = new Date().toLocaleDateString('sv', { timeZone: draft.zone }); // sv: YYYY-MM-DD
  return day === today ? time : `${formatDay(day)} ${time}`;
}

function hints(draft) {
  if (!draft.hints.length) return null;
  return h('ul', { className: 'draft-hints', 'data-testid': 'draft-hints' }, draft.hints.map((hint) =>
    h('li', { 'data-code': hint.code }, h('strong', { text: t(`hint.${hint.code}`) }), ' ',
      h('span', { text: hint.message }))));
}

// The server renders the real mail. It is shown in an empty sandbox (no scripts, an origin of
// its own), never in the app's DOM. A sandboxed frame sends no session cookie, so its photos
// would not load: the page fetches the preview and its photos and hands the frame one
// self-contained document.
function preview(draft) {
  const frame = h('iframe', { sandbox: '', title: `${t('draft.preview')}: ${who(draft)}` });
  mailDocument(draft).then((html) => { frame.srcdoc = html; }).catch((err) => { frame.srcdoc = errorPage(err); });
  return h('figure', { className: 'draft-preview' }, frame,
    draft.attachments.length > 0 && h('figcaption', {}, `${t('draft.attachment')}: `,
      draft.attachments.map((a) => h('a', { href: a.url, download: a.filename, text: a.filename }))));
}

// The same limits as the server's preview: nothing from outside, photos only as data.
const MAIL_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

async function mailDocument(draft) {
  const base = new URL(draft.preview_url, location.href);
  const photos = new Map(draft.inline.map((p) => [new URL(p.url, base).href, p.url]));
  // A parsed document is inert: its scripts never run and its images never load.
  const doc = new DOMParser().parseFromString(await (await api.blob(draft.preview_url)).text(), 'text/html');
  await Promise.all([...doc.images].map(async (img) => {
    const url = photos.get(new URL(img.getAttribute('src') ?? '', base).href);
    img.src = url ? await dataUrl(await api.blob(url)) : '';
  }));
  doc.head.prepend(Object.assign(doc.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: MAIL_CSP }));
  return `<!doctype html>${doc.documentElement.outerHTML}`;
}

function dataUrl(blob) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

function errorPage(err) {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.textContent = err.status === 0 ? t('tonight.offline') : err.message;
  return doc.documentElement.outerHTML;
}

function editor(draft, save) {
  const subjectId = `draft-${draft.id}-subject`;
  const bodyId = `draft-${draft.id}-body`;
  const subject = h('input', { id: subjectId, value: draft.subject, 'data-testid': 'draft-subject', maxlength: 300,
    required: true });
  const body = h('textarea', { id: bodyId, value: draft.body_text, rows: 10, 'data-testid': 'draft-body',
    required: true });
  function submit(e) {
    e.preventDefault();
    // Only what changed: untouched HTML keeps its inline photos and layout.
    const changes = {};
    if (subject.value.trim() !== draft.subject) changes.subject = subject.value.trim();
    if (body.value !== draft.body_text) changes.body_text = body.value;
    if (!Object.keys(changes).length) return toast(t('lead.nothing'));
    return save(changes);
  }
  return h('details', { className: 'draft-edit' }, h('summary', { text: t('draft.edit') }),
    h('form', { onsubmit: submit },
      h('label', { for: subjectId, text: t('draft.subject') }), subject,
      h('label', { for: bodyId, text: t('draft.body') }), body,
      h('button', { type: 'submit', className: 'action', 'data-testid': 'draft-save', text: t('draft.save') })));
}

function rescheduler(draft, reschedule) {
  const id = `draft-${draft.id}-time`;
  const input = h('input', { id, type: 'datetime-local', value: draft.due_local.slice(0, 16), required: true });
  // The wall time is meant in the draft's zone, with the offset it has on the chosen day.
  return h('form', { className: 'draft-reschedule',
    onsubmit: (e) => { e.preventDefault(); reschedule(zonedInstant(input.value, draft.zone).toISOString()); } },
  h('label', { for: id, text: t('draft.newTime', { zone: draft.zone }) }),
  h('div', { className: 'row' }, input,
    h('button', { type: 'submit', className: 'action', 'data-testid': 'draft-reschedule', text: t('draft.reschedule') })));
}

function button(testid, text, onclick, kind = '') {
  return h('button', { type: 'button', className: `action ${kind}`, 'data-testid': testid, text, onclick });
}

// Sending and discarding cannot be undone: the first tap arms, a second within a few seconds acts.
function confirmButton(testid, text, action, kind = '') {
  let timer = null;
  const el = button(testid, text, () => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
      return action();
    }
    el.textContent = t('draft.confirm', { action: text });
    el.classList.add('armed');
    timer = setTimeout(() => { timer = null; el.textContent = text; el.classList.remove('armed'); }, CONFIRM_MS);
    return null;
  }, kind);
  return el;
}
