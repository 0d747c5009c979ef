// Tonight: the evening review in the hotel. The drafts due tonight and those made today,
// grouped by kind, each approved, held, moved or dropped by a person (nothing goes without an
// approval); then what went out today and what failed. Drafts live on the server, not in the
// phone's outbox, so this screen needs the network and says so when there is none.

import * as api from '../api.js';
import { h, toast } from '../dom.js';
import { formatDay, formatTime, t } from '../i18n.js';
import { draftCard } from './tonight-draft.js';

const GROUPS = ['key', 'potential', 'nurture', 'browsing']; // DOMAIN.md: key clients first, the same night
const UNRESOLVED = ['failed', 'unknown'];

export async function render(root) {
  let drafts = [];
  const day = h('p', { className: 'tonight-day' });
  const notice = h('div', { className: 'tonight-notice', role: 'alert' });
  const approveAll = h('button', { type: 'button', className: 'save', 'data-testid': 'approve-all', hidden: true,
    onclick: approveOpen });
  const groups = h('div', { className: 'tonight-groups' }, h('p', { className: 'empty', text: t('tonight.loading') }));
  const sent = h('ul', { className: 'outbox-list', 'aria-live': 'polite' });
  const outboxPart = h('section', { className: 'tonight-outbox', hidden: true, 'aria-labelledby': 'outbox-title' },
    h('h2', { id: 'outbox-title', text: t('outbox.title') }), sent);

  function showError(err) {
    if (err instanceof api.ApiError && err.status === 0) return showOffline();
    if (err instanceof api.ApiError && err.status === 401) {
      return notice.replaceChildren(h('p', {}, h('a', { href: '#/login', text: t('sync.signin') })));
    }
    return notice.replaceChildren(h('p', { text: err.message }));
  }

  function showOffline() {
    notice.replaceChildren(h('p', { text: t('tonight.offline') }),
      h('button', { type: 'button', className: 'action', text: t('tonight.retry'), onclick: load }));
  }

  async function load() {
    if (!navigator.onLine) return showOffline();
    try {
      const [review, outbox] = await Promise.all([api.drafts(), api.outbox()]);
      // The connection may have dropped while the answer was on its way: keep saying so.
      if (navigator.onLine) notice.replaceChildren();
      else showOffline();
      drafts = review.drafts;
      day.textContent = formatDay(review.day);
      drawDrafts();
      drawOutbox(outbox.messages);
    } catch (err) {
      showError(err);
    }
    return null;
  }

  async function refreshOutbox() {
    try {
      drawOutbox((await api.outbox()).messages);
    } catch (err) {
      showError(err);
    }
  }

  const cardFor = (draft) => draftCard(draft, { onChange: changed, onError: showError });

  // Only the changed card is redrawn: the others keep their scroll place, open editors and previews.
  function changed(next) {
    notice.replaceChildren();
    drafts = drafts.map((d) => (d.id === next.id ? next : d));
    const fresh = cardFor(next);
    groups.querySelector(`[data-draft-id="${next.id}"]`)?.replaceWith(fresh);
    fresh.focus({ preventScroll: true }); // the button tapped is gone; keep the place for keyboards
    countOpen();
    refreshOutbox();
  }

  function countOpen() {
    const waiting = drafts.filter((d) => d.status === 'draft' && d.to_email);
    approveAll.hidden = waiting.length === 0;
    approveAll.textContent = t('tonight.approveAll', { n: waiting.length });
  }

  function drawDrafts() {
    countOpen();
    const present = GROUPS.filter((g) => drafts.some((d) => d.kind === g));
    groups.replaceChildren(...(present.length ? present.map((g) => h('section', {
      className: `tonight-group group-${g}`, 'aria-labelledby': `group-${g}` },
    h('h2', { id: `group-${g}`, text: t(`group.${g}`) }),
    drafts.filter((d) => d.kind === g).map(cardFor)))
      : [h('p', { className: 'empty', text: t('tonight.empty') })]));
  }

  function drawOutbox(messages) {
    outboxPart.hidden = false;
    sent.replaceChildren(...(messages.length ? messages.map((m) => outboxItem(m, resolve))
      : [h('li', { className: 'empty', text: t('outbox.empty') })]));
  }

  async function approveOpen() {
    const ids = drafts.filter((d) => d.status === 'draft' && d.to_email).map((d) => d.id);
    try {
      const { approved, skipped } = await api.approveAll(ids);
      const byId = new Map(approved.map((d) => [d.id, d]));
      drafts = drafts.map((d) => byId.get(d.id) ?? d);
      drawDrafts();
      toast(t('tonight.approvedAll', { n: approved.length }));
      const why = Object.entries(skipped).map(([id, reason]) => `${who(drafts.find((d) => String(d.id) === id))}: ${reason}`);
      notice.replaceChildren(...why.map((w) => h('p', { text: t('tonight.skipped', { why: w }) })));
      await refreshOutbox();
    } catch (err) {
      showError(err);
    }
  }

  async function resolve(message, outcome) {
    try {
      await api.resolveOutbox(message.id, outcome);
      toast(t('outbox.resolved'));
      await refreshOutbox();
    } catch (err) {
      showError(err);
    }
  }

  root.append(h('section', { className: 'tonight' },
    h('div', { className: 'tonight-head' }, h('h1', { text: t('tonight.title') }), day),
    notice, approveAll, groups, outboxPart));
  addEventListener('online', load);
  addEventListener('offline', showOffline);
  await load();
  return () => {
    removeEventListener('online', load);
    removeEventListener('offline', showOffline);
  };
}

/** The buyer a draft or a sent message is for. */
function who(item) {
  return [item?.lead.name, item?.lead.company].filter(Boolean).join(' · ');
}

function outboxItem(message, resolve) {
  const when = message.sent_at ?? message.due_at;
  return h('li', { className: `outbox-item status-${message.status}`, 'data-testid': 'outbox-item',
    dataset: { status: message.status, outboxId: String(message.id) } },
  h('span', { className: `outbox-status status-${message.status}`, text: t(`outbox.status.${message.status}`) }),
  h('span', { className: 'outbox-main' },
    h('strong', { text: message.subject }),
    h('span', { className: 'sub' }, `${[who(message), message.to_email].filter(Boolean).join(' · ')} · `,
      h('time', { datetime: when, text: formatTime(when) }))),
  message.status !== 'sent' && message.last_error && h('p', { className: 'reason', text: message.last_error }),
  message.status === 'unknown' && h('p', { className: 'outbox-help', text: t('outbox.unknownHelp') }),
  UNRESOLVED.includes(message.status) && h('div', { className: 'row' },
    (message.status === 'unknown' ? ['sent', 'resend', 'cancel'] : ['resend', 'cancel']).map((outcome) =>
      h('button', { type: 'button', className: 'action', text: t(`outbox.${outcome}`),
        'data-testid': `outbox-${outcome}`, onclick: () => resolve(message, outcome) }))));
}
