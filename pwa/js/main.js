// Boots the booth app: header, nav, routes, sync and the service worker.

import { h } from './dom.js';
import { applyLang, currentLang, pickText, setLang, t } from './i18n.js';
import { currentPath, startRouter } from './router.js';
import * as session from './session.js';
import { mountSyncStatus } from './syncbar.js';
import { registerServiceWorker } from './sw-bridge.js';
import * as sync from './sync.js';

// Adding a screen is one line: its path, its view module, and a nav label if it gets a tab,
// e.g. '/tonight': { load: () => import('./views/tonight.js'), nav: { en: 'Tonight', zh: '今晚跟进' } },
const ROUTES = {
  '/': { load: () => import('./views/capture.js'), nav: 'nav.capture' },
  '/leads': { load: () => import('./views/leads.js'), nav: 'nav.leads' },
  '/tonight': { load: () => import('./views/tonight.js'), nav: 'nav.tonight' },
  '/lead/:uuid': { load: () => import('./views/lead.js') },
  '/login': { load: () => import('./views/login.js'), public: true },
};

const label = (nav) => (typeof nav === 'string' ? t(nav) : pickText(nav));

function drawChrome() {
  document.title = t('app.title');
  document.getElementById('app-title').textContent = t('app.title');
  const lang = document.getElementById('lang');
  lang.textContent = t('lang.switch');
  lang.setAttribute('aria-label', `${t('lang.switch')}: ${t('lang.switch.label')}`); // the name holds the visible text
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('nav.main'));
  nav.replaceChildren(...Object.entries(ROUTES).filter(([, r]) => r.nav).map(([path, r]) =>
    h('a', { href: `#${path}`, text: label(r.nav), 'data-path': path })));
  markCurrent(currentPath());
}

function markCurrent(path) {
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.path === path) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function guard(path) {
  const route = Object.entries(ROUTES).find(([p]) => p === path)?.[1];
  if (route?.public) return null;
  return (await session.user()) ? null : '/login';
}

async function boot() {
  applyLang();
  drawChrome();
  document.getElementById('lang').addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));
  addEventListener('langchange', drawChrome);
  const syncReady = mountSyncStatus(document.getElementById('sync-status'), document.getElementById('sync-panel'));
  await startRouter(ROUTES, document.getElementById('view'), { guard, onRoute: markCurrent });
  await syncReady;
  performance.mark('shell-ready'); // what the shell benchmark measures

  registerServiceWorker({ onFlushRequest: () => sync.flush().catch(console.error) }).catch(console.error);
  navigator.storage?.persist?.().catch(() => {}); // a whole show's leads must survive storage pressure
  if (await session.user()) {
    // The stored CSRF token stays valid, so sync need not wait for this refresh; an expired
    // session shows up as a 401 in sync, which asks the user to sign in again.
    session.check().catch(console.error);
    await sync.startAutoSync();
  }
}

boot().catch((err) => {
  console.error(err);
  document.getElementById('view').append(h('p', { className: 'form-message', text: String(err) }));
});
