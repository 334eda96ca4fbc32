/**
 * cli/output.ts on its own: how secrets, keys and URL passwords are hidden in printed text, and
 * how a message becomes safe lines for the terminal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactorFor, redactSecrets, safeLine, secretsInUse } from '../cli/output';
import { hasUrlCredentials, maskUrlCredentials, redirectTarget } from '../lint/urls';

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

  it.each([
    // URL parsing splits the userinfo at the LAST @ before the host: all of the password goes.
    ['http://bob:p@ss@127.0.0.1:8941/hook', 'http://bob:***@127.0.0.1:8941/hook'],
    [
      "--webhook-url 'https://hook:Sup3r@Secret@hooks.example.com/p' has",
      "--webhook-url 'https://hook:***@hooks.example.com/p' has",
    ],
    ['x http://a@b:pw@host/ y', 'x http://a@b:***@host/ y'],
    // An @ after the host (path, query, fragment, or after \ in http URLs) is not userinfo.
    ['http://u:p@h/x@y?to=a@b#c@d', 'http://u:***@h/x@y?to=a@b#c@d'],
    ['http://u:p@h\\x@y/', 'http://u:***@h\\x@y/'],
    ['foo://a:b\\c@host/', 'foo://a:***@host/'],
    // http: URLs need no // to have credentials; file: URLs have none.
    ['http:bob:pw@host/', 'http:bob:***@host/'],
    ['http:\\\\bob:pw@host/', 'http:\\\\bob:***@host/'],
    ['file://u@h/', 'file://u@h/'],
    // A space in a flag's URL is part of its password; in prose it ends the URL.
    ['http://bob:p ss@host/', 'http://bob:***@host/'],
    ['mail http://h/ or bob@host', 'mail http://h/ or bob@host'],
  ])('are masked up to the last @ before the host in %j', (text, masked) => {
    expect(maskUrlCredentials(text)).toBe(masked);
    expect(redactSecrets(text)).toBe(masked);
  });

  // Userinfo characters: anything but / ? # \ (which end the authority), with @ : % and non-ASCII.
  const userinfoPart = (options: { colon: boolean; space: boolean }) =>
    fc
      .array(
        fc.oneof(
          fc.constantFrom('@', '%', '%40', 'é', '😀', '中', ' ', '!', "'", '$', '&', '+', ',', ';', '='),
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
          ...(options.colon ? [fc.constant(':')] : []),
        ),
        { maxLength: 8 },
      )
      .map((parts) => parts.join(''))
      .filter(
        (part) =>
          !/[/?#\\]/.test(part) &&
          (options.colon || !part.includes(':')) &&
          (options.space || !/\s/.test(part)) &&
          !part.includes('S3cr3t'),
      );
  const rest = 'hooks.example.com:8443/p@th?to=a@b#f@g';

  it.each([
    ['quoted in prose', false],
    ['given alone, as a flag value', true],
  ])(
    'never show any of a password holding @, colons, percent signs or non-ASCII characters (%s)',
    (_name, alone) => {
      fc.assert(
        fc.property(
          userinfoPart({ colon: false, space: alone }),
          userinfoPart({ colon: true, space: alone }),
          userinfoPart({ colon: true, space: alone }),
          (user, before, after) => {
            const password = `${before}S3cr3t${after}`;
            const url = `http://${user}:${password}@${rest}`;
            const parsed = new URL(url);
            const text = alone ? url : `got '${url}'.`;
            const masked = maskUrlCredentials(text);
            expect(masked).toBe(alone ? `http://${user}:***@${rest}` : `got 'http://${user}:***@${rest}'.`);
            expect(masked).not.toContain('S3cr3t');
            expect(masked).not.toContain(parsed.password);
            // URL parsing reads the masked URL as the same URL with only its password replaced.
            const reparsed = new URL(alone ? masked : masked.slice("got '".length, -"'.".length));
            expect([
              reparsed.username,
              reparsed.password,
              reparsed.host,
              reparsed.pathname,
              reparsed.search,
              reparsed.hash,
            ]).toEqual([parsed.username, '***', parsed.host, parsed.pathname, parsed.search, parsed.hash]);
          },
        ),
        { seed: 20_240_611, numRuns: 300 },
      );
    },
  );

  it('hide a user name given alone whole, @ included', () => {
    fc.assert(
      fc.property(userinfoPart({ colon: false, space: false }), (user) => {
        const url = `http://${user}S3cr3t@${rest}`;
        expect(maskUrlCredentials(url)).toBe(`http://***@${rest}`);
        expect(new URL(maskUrlCredentials(url)).host).toBe(new URL(url).host);
      }),
      { seed: 20_240_611, numRuns: 200 },
    );
  });

  it('are detected in a URL, user name or password', () => {
    expect(hasUrlCredentials('http://admin:hunter2@127.0.0.1/')).toBe(true);
    expect(hasUrlCredentials('http://admin@127.0.0.1/')).toBe(true);
    expect(hasUrlCredentials('http://:pw@127.0.0.1/')).toBe(true);
    expect(hasUrlCredentials('http://127.0.0.1/?u=a@b')).toBe(false);
    expect(hasUrlCredentials('not a url')).toBe(false);
  });
});

/**
 * The masker as it was before it read each text in one pass: a regular expression for where each
 * authority starts, and a scan to the end of that authority for each start. Same answers, in time
 * quadratic in a text's length on `@http:http:…` or `@a.a.a.…`; the reference below.
 */
function quadraticMask(text: string): string {
  if (!text.includes('@')) return text;
  const authorityStart = /\b(?:((?:https?|wss?|ftp):[/\\]*)|((?!file:)[a-z][a-z0-9+.-]*:\/\/))/gi;
  const trimmed = text.trim();
  const stopAtSpace = !(URL.canParse(trimmed) && hasUrlCredentials(trimmed));
  let masked = '';
  let copied = 0;
  for (const match of text.matchAll(authorityStart)) {
    const start = (match.index as number) + match[0].length;
    if (start < copied) continue;
    let at = -1;
    for (let i = start; i < text.length; i++) {
      const char = text[i] as string;
      if (char === '/' || char === '?' || char === '#' || (match[1] !== undefined && char === '\\')) break;
      if (stopAtSpace && /\s/.test(char)) break;
      if (char === '@') at = i;
    }
    if (at === -1) continue;
    const userinfo = text.slice(start, at);
    const colon = userinfo.indexOf(':');
    masked += `${text.slice(copied, start)}${colon === -1 ? '***' : `${userinfo.slice(0, colon)}:***`}`;
    copied = at;
  }
  return masked + text.slice(copied);
}

describe('redirectTarget', () => {
  it.each([
    // Resolved against the request, the password masked.
    ['/v2/me', 'http://127.0.0.1:9/partner/v1/me', 'http://127.0.0.1:9/v2/me'],
    ['https://u:pw@h.test/', 'http://a.test/', 'https://u:***@h.test/'],
    // A user name already redacted keeps its brackets (the parser would write %5Bredacted%5D).
    ['https://[redacted]:pw@h.test/me', 'http://a.test/', 'https://[redacted]:***@h.test/me'],
    // Encoded delimiters stay encoded: decoded, `/` and `@` moved the host to "corp" and left pw shown.
    [
      'https://myuser%40corp%2Fx:pw@evil.example.test/partner/v1/me',
      'http://a.test/',
      'https://myuser%40corp%2Fx:***@evil.example.test/partner/v1/me',
    ],
    ['https://us%3Aer:pw@h.test/me', 'http://a.test/', 'https://us%3Aer:***@h.test/me'],
  ])('%s (from %s) is quoted as %s', (location, requestUrl, quoted) => {
    expect(redirectTarget(location, requestUrl)).toBe(quoted);
  });

  it('is undefined without a Location, an empty one included', () => {
    expect([redirectTarget(undefined, 'http://a.test/'), redirectTarget(' ', 'http://a.test/')]).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe('URL credentials in long texts', () => {
  // Pieces of schemes, authorities and their ends, so that near misses are common.
  const urlish = fc
    .array(
      fc.constantFrom(
        'http:',
        'HTTPS:',
        'ws:',
        'wss:',
        'ftp:',
        'file:',
        'FILE://',
        'foo://',
        'a+b.c-d://',
        '://',
        ':',
        '/',
        '//',
        '\\',
        '?',
        '#',
        '@',
        '@',
        'u:pw@',
        'h',
        't',
        'p',
        's',
        'f',
        'x',
        '1',
        '_',
        '.',
        '-',
        '+',
        ' ',
        '\t',
        'é',
        'ops@acme.com',
        'host',
      ),
      { maxLength: 16 },
    )
    .map((parts) => parts.join(''));

  it('are masked as the regular expression and the scan per authority masked them', () => {
    fc.assert(
      fc.property(urlish, (text) => {
        expect(maskUrlCredentials(text)).toBe(quadraticMask(text));
      }),
      { seed: 20_250_301, numRuns: 20_000 },
    );
  });

  // Each of these took minutes: every scheme read the rest of the text (no `/ ? #` or space ends
  // the authority), and every word start in a run of scheme characters read the rest of the run.
  // Masked in one pass, they take milliseconds; the test's timeout is the bound.
  it.each([
    ['an @ before 100k characters of schemes', `@${'http:'.repeat(20_000)}`],
    ['an @ before a 400k-character run of scheme characters', `@${'a.'.repeat(200_000)}`],
  ])(
    'are looked for in linear time in %s',
    (_name, text) => {
      expect(maskUrlCredentials(text)).toBe(text);
    },
    5_000,
  );

  it('are found after 100k characters of schemes', () => {
    // The first `http:`'s authority runs to the `/`: its userinfo is all of it up to the @.
    const text = `${'http:'.repeat(20_000)}u:pw@host/`;
    expect(maskUrlCredentials(text)).toBe('http:http:***@host/');
  }, 5_000);
});

describe('keys and secrets', () => {
  it.each([
    ['pk_live_Ab3xY9 and pk_test_Zq8', 'pk_live_… and pk_test_…'],
    ['x_pk_live_Ab3xY9 (glued to a field name)', 'x_pk_live_… (glued to a field name)'],
    ['https://h.example/in%20pk_live_Ab3xY9', 'https://h.example/in%20pk_live_…'],
    ['PK_LIVE_AB3XY9 Whsec_Ab3-x==', 'PK_LIVE_… Whsec_…'],
    ['a pk_test_ key, pk_test_… as in the docs', 'a pk_test_ key, pk_test_… as in the docs'],
    ['got pk_live_a-SECRET_PART.123, and whsec_abc.SECRET.', 'got pk_live_…, and whsec_….'],
    ['No route GET /partner/v1/pk%5Flive%5FSuperSecret123.', 'No route GET /partner/v1/pk%5Flive%5F….'],
    // Any character of the prefix percent-encoded, in either case, even twice.
    ['No route GET /partner/v1/%70k_live_SECRET1.', 'No route GET /partner/v1/%70k_live_….'],
    ['No route GET /partner/v1/pk_l%69ve_SECRET2.', 'No route GET /partner/v1/pk_l%69ve_….'],
    ['/v1/%50%4B%5f%4c%49%56%45%5FSECRET3', '/v1/%50%4B%5f%4c%49%56%45%5F…'],
    ['/v1/p%6b_t%65st_SECRET4 /v1/pk_te%73t%5fSECRET5', '/v1/p%6b_t%65st_… /v1/pk_te%73t%5f…'],
    ['/v1/%2570k_live_SECRET6', '/v1/%2570k_live_…'],
    ['/hook/%77hsec_SECRET7 /hook/whse%63%5FSECRET8', '/hook/%77hsec_… /hook/whse%63%5F…'],
    ['pk_live%20SECRET and %70k text', 'pk_live%20SECRET and %70k text'],
  ])('keep only their prefix in %j, wherever they start', (text, masked) => {
    expect(redactSecrets(text)).toBe(masked);
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

  it.each(['1', '2', 's', 'ab', 'abc'])(
    'leaves a secret shorter than 4 characters (%j) alone, as printError does: URLs and ids stay intact',
    (secret) => {
      const text =
        'http://127.0.0.1:44285/abc/hooks evt_01M8E1X28TA1036BYFWA3YW13C 2xx refuses to contact port 9';
      expect(redactorFor(secret, '[secret]')(text)).toBe(text);
    },
  );

  it('hides a secret of 4 to 7 characters where it stands alone, not inside a word', () => {
    expect(redactorFor('test', '[secret]')('http://127.0.0.1:3000/test/hooks')).toBe(
      'http://127.0.0.1:3000/[secret]/hooks',
    );
    const redact = redactorFor('hook', '[secret]');
    expect(redact('webhook check: http://127.0.0.1:3000/hooks?s=hook (secret "hook")')).toBe(
      'webhook check: http://127.0.0.1:3000/hooks?s=[secret] (secret "[secret]")',
    );
    // Characters a RegExp would read as syntax are taken literally.
    expect(redactorFor('a.b+c', '…')('a.b+c axbbc')).toBe('… axbbc');
  });

  it('hides a secret of 8 characters or more wherever it appears, inside words too', () => {
    expect(redactorFor('hooksecr', '…')('xhooksecrx and hooksecr')).toBe('x…x and …');
  });

  it('hides the part of a key or webhook secret after its prefix when 16 characters or more', () => {
    const text = 'key id FakeKeyForTests000SECRET is wrong; secret Zq9+Kp/Ab3xY9Lm0== too';
    expect(redactorFor('pk_test_FakeKeyForTests000SECRET', '[redacted]')(text)).toBe(
      'key id [redacted] is wrong; secret Zq9+Kp/Ab3xY9Lm0== too',
    );
    expect(redactorFor('whsec_Zq9+Kp/Ab3xY9Lm0==', '[secret]')(text)).toBe(
      'key id FakeKeyForTests000SECRET is wrong; secret [secret] too',
    );
    // A shorter one could be any word or id: only the whole secret goes.
    expect(redactorFor('pk_test_abc123', '[redacted]')('id abc123, pk_test_abc123')).toBe(
      'id abc123, [redacted]',
    );
  });

  it('still hides other keys, secrets (base64 too) and URL passwords, with or without a secret of its own', () => {
    const text = 'pk_live_abc123 whsec_other9 http://a:b@127.0.0.1/';
    expect(redactorFor('whsec_Ab3-x', '…')(text)).toBe('pk_live_… whsec_… http://a:***@127.0.0.1/');
    expect(redactorFor(undefined, '…')(`${text} whsec_Ab3-x`)).toBe(
      'pk_live_… whsec_… http://a:***@127.0.0.1/ whsec_…',
    );
  });
});

describe('secretsInUse and safeLine', () => {
  it('hide the part of a given key after its prefix too, when 16 characters or more', () => {
    const secrets = secretsInUse(['contract', '--api-key', 'pk_test_FakeKeyForTests000SECRET'], {});
    expect(secrets).toEqual(['pk_test_FakeKeyForTests000SECRET', 'FakeKeyForTests000SECRET']);
    expect(safeLine('key pk_test_FakeKeyForTests000SECRET, id FakeKeyForTests000SECRET', secrets)).toBe(
      'key pk_test_…, id …',
    );
    expect(secretsInUse([], { PEEKER_API_KEY: 'pk_test_abc123' })).toEqual(['pk_test_abc123']);
  });

  it('hide a secret of 4 to 7 characters where it stands alone, not inside a word, as redactorFor does', () => {
    const secrets = secretsInUse(['webhooks', 'check', '--secret', 'hook'], {});
    expect(safeLine('webhook check: secret "hook" refused at /hooks?s=hook', secrets)).toBe(
      'webhook check: secret "…" refused at /hooks?s=…',
    );
    expect(safeLine('xhooksecrx and hooksecr', ['hooksecr'])).toBe('x…x and …');
  });

  it('hide a short secret whose edge is not a letter or digit next to a word too: it is whole there', () => {
    expect(safeLine("--url 'ftp://x/v1=hunt2' is not an http:// URL", ['=hunt2'])).toBe(
      "--url 'ftp://x/v1…' is not an http:// URL",
    );
    expect(redactorFor('-sec1', '[secret]')('ftp://x/a-sec1 and a-sec1b')).toBe(
      'ftp://x/a[secret] and a-sec1b',
    );
  });
});
