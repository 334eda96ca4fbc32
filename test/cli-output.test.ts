/**
 * cli/output.ts on its own: how secrets, keys and URL passwords are hidden in printed text, and
 * how a message becomes safe lines for the terminal.
 */
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../cli/output';
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
