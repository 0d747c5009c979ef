// The page's side of the service worker: register it, offer a new version when one is
// waiting (applied only when the user taps), and let the worker ask the page to sync.

import { t } from './i18n.js';

export async function registerServiceWorker({ onFlushRequest }) {
  if (!('serviceWorker' in navigator)) return;
  // A module worker: it shares store.js, api.js and sync.js with the page for Background Sync.
  const registration = await navigator.serviceWorker.register('/sw.js', { type: 'module', updateViaCache: 'none' });
  navigator.serviceWorker.addEventListener('message', ({ data }) => data?.type === 'flush' && onFlushRequest());
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      // With no controller this is the first install, not an update.
      if (incoming.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(incoming);
    });
  });
}

function offerUpdate(worker) {
  const banner = document.getElementById('update');
  const button = banner.querySelector('button');
  banner.querySelector('span').textContent = t('update.ready');
  button.textContent = t('update.apply');
  banner.hidden = false;
  button.onclick = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
}
