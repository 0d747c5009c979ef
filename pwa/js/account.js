// Who is signed in, and signing out to hand the phone to a colleague. What this person has not
// sent yet stays on the phone for their next sign-in here (store.js, owner), so the warning
// says so instead of offering to drop it.

import { h } from './dom.js';
import { t } from './i18n.js';
import { go } from './router.js';
import * as session from './session.js';
import * as sync from './sync.js';

export async function accountBox() {
  const me = await session.user();
  if (!me) return null;
  const message = h('p', { className: 'form-message', role: 'alert' });
  const button = h('button', { type: 'button', className: 'action', 'data-testid': 'sign-out',
    text: t('account.signOut'), onclick: signOut });
  let warned = false;

  async function signOut() {
    const s = await sync.status();
    const waiting = s.pending + s.failed.length;
    if (waiting && !warned) { // the first tap only explains; the second signs out
      warned = true;
      message.textContent = t('account.pending', { n: waiting, email: me.user.email });
      button.textContent = t('account.signOutAnyway');
      return;
    }
    button.disabled = true;
    try {
      await session.signOut();
    } catch (err) {
      message.textContent = err.status === 0 ? t('account.offline') : err.message;
      button.disabled = false;
      return;
    }
    sync.flush().catch(console.error); // the indicator now counts those items as waiting for them
    go('/login');
  }

  return h('section', { className: 'account' },
    h('p', { text: t('account.signedIn', { email: me.user.email }) }), message, button);
}
