/**
 * cli/output.ts on its own: how secrets, keys and URL passwords are hidden in printed text, and
 * how a message becomes safe lines for the terminal.
 */
import { describe, expect, it } from 'vitest';
import { redactorFor, redactSecrets } from '../cli/output';
import { hasUrlCredentials, maskUrlCredentials } from '../webhooks/endpoint';

describe('URL credentials', () => {
  it.each([
    ['http://admin:hunter2@127.0.0.1:8841/hook', 'http://admin:***@127.0.0.1:8841/hook'],
    ["got 'https://u:p%40ss@example.com/x?y=1'.", "got 'https://u:***@example.com/x?y=1'."],
    ['token alone: http://ghp_abc123@localhost/', 'token alone: http://***@localhost/'],
    ['two: http://a:b@h/ and HTTPS://c:d@k/', 'two: http://a:***@h/ and HTTPS://c:***@k/'],
    [
      'no credentials: http://127.0.0.1:8841/hook?to=a@b.com',
      'no credentials: http://127.0.0.1:8841/hook?to=a@b.com',
    ],
    ['an address: ops@example.com', 'an address: ops@example.com'],
  ])('are masked in %j', (text, masked) => {
    expect(maskUrlCredentials(text)).toBe(masked);
    expect(redactSecrets(text)).toBe(masked);
  });

  it('are detected in a URL, user name or password', () => {
    expect(hasUrlCredentials('http://admin:hunter2@127.0.0.1/')).toBe(true);
    expect(hasUrlCredentials('http://admin@127.0.0.1/')).toBe(true);
    expect(hasUrlCredentials('http://:pw@127.0.0.1/')).toBe(true);
    expect(hasUrlCredentials('http://127.0.0.1/?u=a@b')).toBe(false);
    expect(hasUrlCredentials('not a url')).toBe(false);
  });
});

describe('redactorFor', () => {
  it.each([
    'whsec_Ab3-xY9_Zq+/Kp==',
    'whsec_abc_def',
    'whsec_0123-4567',
    'base64+secret/with==',
    'pk_test_Ab3-xY9',
  ])('hides all of the secret %j, not just a leading alphanumeric run', (secret) => {
    const redact = redactorFor(secret, '[secret]');
    const text = `Webhook handler check: http://127.0.0.1:8849/hook?k=${secret} (${secret})`;
    expect(redact(text)).toBe('Webhook handler check: http://127.0.0.1:8849/hook?k=[secret] ([secret])');
  });

  it('still hides other keys, secrets (base64 too) and URL passwords, with or without a secret of its own', () => {
    const text = 'pk_live_abc123 whsec_other9 http://a:b@127.0.0.1/';
    expect(redactorFor('whsec_Ab3-x', '…')(text)).toBe('pk_live_… whsec_… http://a:***@127.0.0.1/');
    expect(redactorFor(undefined, '…')(`${text} whsec_Ab3-x`)).toBe(
      'pk_live_… whsec_… http://a:***@127.0.0.1/ whsec_…',
    );
  });
});
