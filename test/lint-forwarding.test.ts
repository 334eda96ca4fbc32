import { describe, expect, it } from 'vitest';
import { applyEdits, checkBody, lint } from '../lint';

const FORWARDING = { operation: 'POST /domains/forwarding' };
const forwarding = (url: unknown) => ({ domains: ['acme-mail.com'], forwarding_url: url });
const sequencer = { provider: 'smartlead', client_id: 1, login_email: 'ops@acme.com', login_password: 'pw' };

describe('forwarding_url must be an absolute http(s) URL', () => {
  it.each([
    [
      'ftp://acme.com',
      '`forwarding_url` "ftp://acme.com" uses `ftp:`; forwarding needs an http(s) URL. Send e.g. "https://acme.com".',
    ],
    [
      'mailto:ops@acme.com',
      '`forwarding_url` "mailto:ops@acme.com" uses `mailto:`; forwarding needs an http(s) URL. Send e.g. "https://acme.com".',
    ],
    ['acme.com', '`forwarding_url` "acme.com" is not an absolute http(s) URL. Send e.g. "https://acme.com".'],
  ])('rejects %j once, with a specific message', (url, message) => {
    expect(checkBody('POST /domains/forwarding', forwarding(url))).toEqual([
      {
        code: 'invalid_request',
        severity: 'error',
        field: 'forwarding_url',
        path: ['forwarding_url'],
        message,
      },
    ]);
  });

  it('suggests https:// for a bare host, and trims spaces safely', () => {
    const bare = JSON.stringify(forwarding('acme.com/welcome'));
    const [bareFix] = lint(bare, FORWARDING).fixes;
    expect([bareFix!.title, bareFix!.safe]).toEqual(['Change to "https://acme.com/welcome"', false]);
    expect(JSON.parse(applyEdits(bare, bareFix!.edits)).forwarding_url).toBe('https://acme.com/welcome');

    const spaced = JSON.stringify(forwarding(' https://acme.com '));
    const [spacedFix] = lint(spaced, FORWARDING).fixes;
    expect([spacedFix!.title, spacedFix!.safe]).toEqual(['Change to "https://acme.com"', true]);
  });

  it.each([
    ['https://Ünïcode.example/ä?x=1#f', 'https://xn--ncode-cta3g.example/%C3%A4?x=1#f'],
    ['https://acme.com/a b', 'https://acme.com/a%20b'],
    [' https://bücher.de ', 'https://xn--bcher-kva.de/'],
  ])('offers %j encoded as a browser sends it, a safe fix', (url, encoded) => {
    const text = JSON.stringify(forwarding(url));
    const result = lint(text, FORWARDING);
    expect(result.diagnostics.filter((d) => d.code === 'invalid_request').map((d) => d.message)).toEqual([
      `\`forwarding_url\` ${JSON.stringify(url)} has characters a URL cannot carry as they are (RFC 3986 allows ASCII only). ` +
        `Send it encoded: "${encoded}" (as a browser sends it: a Unicode host in punycode, other characters percent-encoded).`,
    ]);
    const [fix] = result.fixes;
    expect([fix!.title, fix!.safe]).toEqual([`Change to "${encoded}"`, true]);
    const fixed = applyEdits(text, fix!.edits);
    expect(JSON.parse(fixed).forwarding_url).toBe(encoded);
    expect(lint(fixed, FORWARDING).diagnostics.filter((d) => d.code === 'invalid_request')).toEqual([]);
  });

  it('offers a URL with a tab or line break encoded, but not as a safe fix: the parser drops them', () => {
    const text = JSON.stringify(forwarding('https://acme.com/get\tstarted'));
    const [fix] = lint(text, FORWARDING).fixes;
    expect([fix!.title, fix!.safe]).toEqual(['Change to "https://acme.com/getstarted"', false]);
  });

  it.each(['https://x.com/%zz', 'https://x.com/100% ä'])(
    'names a stray %% in %j, with no fix (a literal %% or a broken escape?)',
    (url) => {
      const result = lint(JSON.stringify(forwarding(url)), FORWARDING);
      expect(result.diagnostics.map((d) => d.message)).toEqual([
        `\`forwarding_url\` ${JSON.stringify(url)} has a "%" that starts no percent-escape (two hex digits must follow it). Write a literal "%" as "%25", or fix the escape.`,
      ]);
      expect(result.fixes).toEqual([]);
    },
  );

  it('hides a user name and password in its message and fix title', () => {
    const text = JSON.stringify(forwarding(' https://admin:Sup3rS3cret@acme.com '));
    const result = lint(text, FORWARDING);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      '`forwarding_url` " https://admin:***@acme.com " is not an absolute http(s) URL. Send e.g. "https://acme.com".',
      "`forwarding_url` contains a user name or password, so it is not publicly accessible. Visitors and Peeker's forwarding check cannot reach it, so the forwarding change would fail. Use a public URL.",
    ]);
    expect(result.fixes.map((f) => f.title)).toEqual(['Change to "https://admin:***@acme.com"']);
  });

  it('checks per-domain overrides in orders, at their own place', () => {
    const text = JSON.stringify({
      user: 'client@example.com',
      microsoft_licenses: 2,
      sequencer,
      domains: ['a-mail.com', { domain: 'b-mail.com', forwarding_url: 'ftp://b.com' }],
      personas: [{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }],
    });
    const result = lint(text, { operation: 'POST /orders' });
    expect(
      result.diagnostics.map((d) => [d.code, d.field, text.slice(d.range.start.offset, d.range.end.offset)]),
    ).toEqual([['invalid_request', 'domains[1].forwarding_url', '"ftp://b.com"']]);
  });

  it.each(['https://acme.com', 'http://acme.com/landing?utm=x#top', 'HTTPS://ACME.COM'])(
    'accepts %j',
    (url) => {
      expect(checkBody('POST /domains/forwarding', forwarding(url))).toEqual([]);
    },
  );
});

describe('forwarding_target_not_public', () => {
  it.each([
    ['http://localhost:3000', 'points at localhost, which Peeker cannot reach.', 'localhost'],
    ['https://192.168.1.10/landing', 'points at a private or local address (192.168.1.10).', 'private_ip'],
    [
      'https://wiki.corp/welcome',
      'points at an internal host name (wiki.corp) that is not on the public internet.',
      'internal_host',
    ],
  ])('warns for %s', (url, problem, reason) => {
    expect(checkBody('POST /domains/forwarding', forwarding(url))).toEqual([
      {
        code: 'forwarding_target_not_public',
        severity: 'warning',
        field: 'forwarding_url',
        path: ['forwarding_url'],
        message: `\`forwarding_url\` ${problem} Visitors and Peeker's forwarding check cannot reach it, so the forwarding change would fail. Use a public URL.`,
        details: { reason },
      },
    ]);
  });

  it('accepts plain http on a public host (only profile pictures need https)', () => {
    expect(checkBody('POST /domains/forwarding', forwarding('http://acme.com'))).toEqual([]);
  });
});
