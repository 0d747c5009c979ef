// Sign in once: the session cookie lasts 30 days and the app remembers who is signed in.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import * as session from '../session.js';
import { signedIn, status } from '../sync.js';

export async function render(root) {
  const error = h('p', { className: 'form-message', role: 'alert' });
  const email = h('input', { id: 'login-email', type: 'email', autocomplete: 'username', required: true,
    'data-testid': 'login-email' });
  const password = h('input', { id: 'login-password', type: 'password', autocomplete: 'current-password',
    required: true, 'data-testid': 'login-password' });
  const button = h('button', { type: 'submit', className: 'save', 'data-testid': 'login-submit', text: t('login.submit') });
  const again = (await status()).state === 'signin';

  async function submit(e) {
    e.preventDefault();
    button.disabled = true;
    error.textContent = '';
    try {
      await session.signIn(email.value.trim(), password.value);
      signedIn().catch(console.error);
      go('/');
    } catch (err) {
      error.textContent = err.status === 0 ? t('login.offline') : err.message;
    } finally {
      button.disabled = false;
    }
  }

  root.append(h('form', { className: 'login', onsubmit: submit },
    h('h1', { text: t('login.title') }),
    again && h('p', { className: 'notice', text: t('login.again') }),
    h('label', { for: 'login-email', text: t('login.email') }), email,
    h('label', { for: 'login-password', text: t('login.password') }), password,
    error, button));
  email.focus();
}
