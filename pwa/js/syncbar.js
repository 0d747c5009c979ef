// The sync indicator: how many items wait, which failed and why. data-pending carries the
// waiting count for tests and for anyone glancing at the phone; data-others counts what waits
// for someone else's next sign-in on this phone, shown apart so it does not look lost.

import { h } from './dom.js';
import { t } from './i18n.js';
import * as sync from './sync.js';

export function mountSyncStatus(button, panel) {
  async function draw() {
    const s = await sync.status();
    button.dataset.pending = String(s.pending);
    button.dataset.failed = String(s.failed.length);
    button.dataset.state = s.state;
    button.dataset.others = String(s.others.reduce((sum, o) => sum + o.n, 0));
    const parts = [];
    if (s.state === 'signin') parts.push(t('sync.signin'));
    else if (s.state === 'offline') parts.push(t('sync.offline'));
    if (s.pending) parts.push(t('sync.waiting', { n: s.pending }));
    if (s.failed.length) parts.push(t('sync.failed', { n: s.failed.length }));
    if (!parts.length) parts.push(s.state === 'busy' ? t('sync.busy') : t('sync.synced'));
    for (const o of s.others) parts.push(t('sync.others', { n: o.n, who: o.email ?? t('sync.someone') }));
    button.textContent = parts.join(' · ');
    button.className = `sync-status ${s.failed.length ? 'has-failed' : s.pending ? 'has-pending' : 'ok'}`;
    panel.replaceChildren(...[
      s.state === 'signin' && h('p', {}, h('a', { href: '#/login', text: t('sync.signin') })),
      s.pending > 0 && s.state === 'retry' && h('p', { text: `${s.lastError ?? ''} ${t('sync.retryIn',
        { s: Math.max(0, Math.round((s.nextRetryAt - Date.now()) / 1000)) })}` }),
      h('ul', { className: 'failed-list' }, s.failed.map((item) => h('li', {},
        h('a', { href: `#/lead/${item.leadUuid}`, text: t(item.type === 'put' ? 'sync.lead' : 'sync.photo') }),
        h('span', { className: 'reason', text: item.failed }),
        h('button', { type: 'button', className: 'chip', text: t('sync.discard'), onclick: () => sync.discard(item.seq) })))),
      h('button', { type: 'button', className: 'chip', text: t('sync.now'), onclick: () => sync.requestSync() }),
    ].filter(Boolean));
  }
  button.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    button.setAttribute('aria-expanded', String(!panel.hidden));
  });
  sync.events.addEventListener('status', draw);
  sync.events.addEventListener('leads', draw);
  addEventListener('langchange', draw);
  return draw();
}
