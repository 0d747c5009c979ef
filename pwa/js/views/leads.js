// The visitors on this phone (own and colleagues'), newest first, filtered by class and day.

import { accountBox } from '../account.js';
import { h } from '../dom.js';
import { formatDay, formatTime, t } from '../i18n.js';
import * as session from '../session.js';
import * as store from '../store.js';
import { events, flush } from '../sync.js';
import { CLASSIFICATIONS, choiceGroup, showPicker } from '../widgets.js';

const filters = { q: '', classification: null, day: '' }; // kept while the app is open

export async function render(root) {
  const [shows, account] = await Promise.all([session.shows(), accountBox()]);
  let showId = await session.activeShowId();
  const list = h('ul', { className: 'lead-list', 'aria-live': 'polite' });
  const days = h('select', { 'aria-label': t('leads.day'), onchange: (e) => { filters.day = e.target.value; draw(); } });

  async function draw() {
    const all = (await store.allLeads()).filter((l) => showId === null || l.show_id === showId);
    const today = localDay(new Date().toISOString());
    const known = [...new Set([today, ...all.map((l) => localDay(l.captured_at))])].sort().reverse();
    days.replaceChildren(h('option', { value: '', text: t('leads.allDays') }),
      ...known.map((d) => h('option', { value: d, selected: d === filters.day,
        text: d === today ? `${t('leads.today')} · ${formatDay(d)}` : formatDay(d) })));
    const q = filters.q.trim().toLowerCase();
    const shown = all
      .filter((l) => !filters.classification || l.classification === filters.classification)
      .filter((l) => !filters.day || localDay(l.captured_at) === filters.day)
      .filter((l) => !q || `${l.name ?? ''} ${l.company ?? ''}`.toLowerCase().includes(q))
      .sort((a, b) => b.captured_at.localeCompare(a.captured_at));
    list.replaceChildren(...(shown.length ? shown.map(item) : [h('li', { className: 'empty', text: t('leads.empty') })]));
  }

  root.append(h('section', { className: 'leads' },
    h('h1', { text: t('leads.title') }),
    h('input', { type: 'search', className: 'search', placeholder: t('leads.search'), 'aria-label': t('leads.search'),
      value: filters.q, oninput: (e) => { filters.q = e.target.value; draw(); } }),
    choiceGroup({
      legend: t('class.label'), value: filters.classification, optional: true,
      onChange: (c) => { filters.classification = c; draw(); },
      options: CLASSIFICATIONS.map((c) => ({ value: c, label: t(`class.${c}`), testid: `filter-${c}` })),
    }),
    h('div', { className: 'filter-row' },
      showPicker(shows, showId, (id) => { showId = id; session.setActiveShow(id); draw(); }),
      h('label', {}, h('span', { text: t('leads.day') }), days)),
    list,
    account));
  await draw();
  events.addEventListener('leads', draw);
  flush().catch(console.error); // a colleague's latest visitors, without waiting for the timer
  return () => events.removeEventListener('leads', draw);
}

function localDay(iso) {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function item(lead) {
  const title = lead.name || lead.company || t('leads.unnamed');
  const sub = [lead.name && lead.company, lead.title].filter(Boolean).join(' · ') || lead.notes?.[0]?.text;
  return h('li', {},
    h('a', { href: `#/lead/${lead.uuid}`, className: 'lead-item', 'data-testid': 'lead-item', 'data-uuid': lead.uuid },
      h('span', { className: `badge class-${lead.classification}`, text: t(`class.${lead.classification}`) }),
      h('span', { className: 'lead-main' }, h('strong', { text: title }), sub && h('span', { className: 'sub', text: sub })),
      h('span', { className: 'lead-meta' }, h('time', { datetime: lead.captured_at, text: formatTime(lead.captured_at) }),
        lead.unsynced && h('span', { className: 'pending-dot', title: t('leads.pending'), 'aria-label': t('leads.pending') }))));
}
