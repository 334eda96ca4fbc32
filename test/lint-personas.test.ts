import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, checkBody, firstApiError, lint } from '../lint';
import {
  isNonPublicIPv4,
  isNonPublicIPv6,
  isPlainPublicUrl,
  parsedUrlProblem,
  publicUrlProblem,
} from '../lint/urls';

const sequencer = { provider: 'smartlead', client_id: 1, login_email: 'ops@acme.com', login_password: 'pw' };
const persona = (i: number, url = '') => ({
  first_name: `Sam${i}`,
  last_name: 'Lee',
  profile_picture_url: url,
});
const order = (personas: unknown[]) => ({
  user: 'client@example.com',
  google_licenses: 2,
  sequencer,
  domains: ['acme-mail.com'],
  personas,
});

describe('more than 10 personas', () => {
  it('reports one invalid_request on personas, covering the extra entries, with details', () => {
    const text = JSON.stringify(order(Array.from({ length: 12 }, (_, i) => persona(i))), null, 2);
    const result = lint(text, { operation: 'POST /orders' });
    expect(result.diagnostics).toHaveLength(1);
    const [diagnostic] = result.diagnostics;
    const eleventh = text.indexOf('{\n      "first_name": "Sam10"');
    expect(diagnostic).toEqual({
      range: {
        start: { line: diagnostic!.range.start.line, character: 4, offset: eleventh },
        end: diagnostic!.range.end,
      },
      severity: 'error',
      code: 'invalid_request',
      field: 'personas',
      message: '`personas` has 12 entries; the API accepts at most 10. Remove 2 (the highlighted entries).',
      details: { max_count: 10, submitted_count: 12 },
      fixIds: ['fix-1'],
    });
    expect(text.slice(diagnostic!.range.end.offset - 1, diagnostic!.range.end.offset + 4)).toBe('}\n  ]');
    const trimmed = JSON.parse(applyEdits(text, result.fixes[0]!.edits));
    expect(trimmed.personas).toHaveLength(10);
    expect(result.fixes[0]!.safe).toBe(false);
  });

  it('accepts exactly 10, and applies the limit to user-name swaps too', () => {
    expect(checkBody('POST /orders', order(Array.from({ length: 10 }, (_, i) => persona(i))))).toEqual([]);
    expect(
      firstApiError('POST /swaps/user_names', {
        domain_id: 'dom_1',
        personas: Array.from({ length: 11 }, (_, i) => persona(i)),
      }),
    ).toMatchObject({
      status: 400,
      code: 'invalid_request',
      field: 'personas',
      details: { max_count: 10, submitted_count: 11 },
    });
  });
});

describe('duplicate_persona', () => {
  it('warns when two personas share a name (same inbox username), case-insensitively', () => {
    const body = order([
      { first_name: 'Jane', last_name: 'Doe', profile_picture_url: '' },
      { first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' },
      { first_name: ' jane', last_name: 'DOE', profile_picture_url: '' },
    ]);
    expect(checkBody('POST /orders', body)).toEqual([
      {
        code: 'duplicate_persona',
        severity: 'warning',
        field: 'personas[2]',
        path: ['personas', 2],
        message:
          'jane DOE is already `personas[0]`: both would get the same inbox username on every domain. Give each persona a different name.',
      },
    ]);
  });

  it('is quiet for different names', () => {
    expect(checkBody('POST /orders', order([persona(1), persona(2)]))).toEqual([]);
  });
});

describe('profile_picture_not_accessible, warned about before the order is placed', () => {
  it.each([
    ['http://localhost:8080/sam.jpg', 'points at localhost, which Peeker cannot reach.', 'localhost'],
    ['https://127.0.0.1/sam.jpg', 'points at a private or local address (127.0.0.1).', 'private_ip'],
    ['https://10.0.0.7/sam.jpg', 'points at a private or local address (10.0.0.7).', 'private_ip'],
    ['https://192.168.1.20/sam.jpg', 'points at a private or local address (192.168.1.20).', 'private_ip'],
    ['https://[::1]/sam.jpg', 'points at a private or local address ([::1]).', 'private_ip'],
    [
      'file:///Users/sam/me.jpg',
      'uses `file:`; Peeker can only fetch http(s) URLs on public hosts.',
      'scheme',
    ],
    [
      'data:image/png;base64,iVBORw0KGgo=',
      'uses `data:`; Peeker can only fetch http(s) URLs on public hosts.',
      'scheme',
    ],
    [
      'https://nas.local/sam.jpg',
      'points at an internal host name (nas.local) that is not on the public internet.',
      'internal_host',
    ],
    [
      'https://user:pw@cdn.acme.com/sam.jpg',
      'contains a user name or password, so it is not publicly accessible.',
      'credentials',
    ],
    ['sam.jpg', 'is not an absolute URL.', 'not_url'],
  ])('%s', (url, problem, reason) => {
    expect(checkBody('POST /orders', order([persona(0, url)]))).toEqual([
      {
        code: 'profile_picture_not_accessible',
        severity: 'warning',
        field: 'personas[0].profile_picture_url',
        path: ['personas', 0, 'profile_picture_url'],
        message: `\`personas[0].profile_picture_url\` ${problem} Peeker would accept the order, then block it with the pending action \`profile_picture_not_accessible\`. Host the picture on a public https URL (e.g. a CDN), or send "" for none.`,
        details: { reason, pending_action_type: 'google_profile_picture' },
      },
    ]);
  });

  it('only cautions about plain http on a public host: the docs never say Peeker refuses it', () => {
    expect(checkBody('POST /orders', order([persona(0, 'http://cdn.acme.com/sam.jpg')]))).toEqual([
      {
        code: 'profile_picture_not_accessible',
        severity: 'warning',
        field: 'personas[0].profile_picture_url',
        path: ['personas', 0, 'profile_picture_url'],
        message:
          '`personas[0].profile_picture_url` uses plain http. Peeker may refuse it (the pending action `profile_picture_not_accessible`): the docs ask for a public URL, and https is Peeker DevKit\'s recommendation (the docs do not say plain http is refused). Use an https URL, or send "" for none.',
        details: { reason: 'not_https', pending_action_type: 'google_profile_picture' },
      },
    ]);
    expect(
      checkBody('POST /swaps/user_names', {
        domain_id: 'dom_01HZX0D01A2B3C4D5E6F7G8H',
        personas: [persona(0, 'http://cdn.acme.com/sam.jpg')],
      }).map((v) => v.message),
    ).toEqual([
      '`personas[0].profile_picture_url` uses plain http. Peeker may refuse it (`swap.action_required` with `profile_picture_not_accessible`): the docs ask for a public URL, and https is Peeker DevKit\'s recommendation (the docs do not say plain http is refused). Use an https URL, or send "" for none.',
    ]);
  });

  it('is a warning: the API accepts the order', () => {
    expect(firstApiError('POST /orders', order([persona(0, 'http://localhost/a.jpg')]))).toBeNull();
  });

  it.each(['https://cdn.acme.com/sam.jpg', 'https://8.8.8.8/sam.jpg', 'HTTPS://CDN.ACME.COM/SAM.JPG', ''])(
    'accepts %j',
    (url) => {
      expect(checkBody('POST /orders', order([persona(0, url)]))).toEqual([]);
    },
  );

  it('accepts null and checks the deprecated users list too', () => {
    expect(
      checkBody('POST /orders', order([{ first_name: 'S', last_name: 'L', profile_picture_url: null }])),
    ).toEqual([]);
    const legacy = { ...order([]), personas: undefined, users: [persona(0, 'http://localhost/a.jpg')] };
    expect(
      checkBody('POST /orders', JSON.parse(JSON.stringify(legacy))).map((v) => [v.code, v.field]),
    ).toEqual([
      ['deprecated_field', 'users'],
      ['profile_picture_not_accessible', 'users[0].profile_picture_url'],
    ]);
  });

  it('offers https for plain http, and "" for none', () => {
    const text = JSON.stringify(order([persona(0, 'http://cdn.acme.com/sam.jpg')]));
    const { fixes } = lint(text, { operation: 'POST /orders' });
    expect(
      fixes.map((f) => [
        f.title,
        f.safe,
        JSON.parse(applyEdits(text, f.edits)).personas[0].profile_picture_url,
      ]),
    ).toEqual([
      ['Use https', false, 'https://cdn.acme.com/sam.jpg'],
      ['Send no profile picture ("")', false, ''],
    ]);
  });
});

describe('profile_picture_not_accessible on a user-name swap (the user-name swaps guide)', () => {
  const swap = (url: string, key = 'personas') =>
    `{"domain_id": "dom_01HZX0D01A2B3C4D5E6F7G8H", "${key}": [{"first_name": "Sam", "last_name": "Lee", "profile_picture_url": ${JSON.stringify(url)}}]}`;

  it('warns about a private or local picture: the swap would stop at swap.action_required', () => {
    const text = swap('https://127.0.0.1/x.png');
    expect(
      lint(text, { operation: 'POST /swaps/user_names' }).diagnostics.map((d) => [
        d.severity,
        d.code,
        d.field,
        text.slice(d.range.start.offset, d.range.end.offset),
        d.message,
        d.details,
      ]),
    ).toEqual([
      [
        'warning',
        'profile_picture_not_accessible',
        'personas[0].profile_picture_url',
        '"https://127.0.0.1/x.png"',
        '`personas[0].profile_picture_url` points at a private or local address (127.0.0.1). Peeker would accept the swap, then hold it at `swap.action_required` with the pending action `profile_picture_not_accessible`. Host the picture on a public https URL (e.g. a CDN), or send "" for none.',
        { reason: 'private_ip', pending_action_type: 'google_profile_picture' },
      ],
    ]);
    expect(firstApiError('POST /swaps/user_names', JSON.parse(text))).toBeNull();
  });

  it('checks the deprecated users list too', () => {
    expect(
      checkBody('POST /swaps/user_names', JSON.parse(swap('http://localhost/a.jpg', 'users'))).map((v) => [
        v.code,
        v.field,
      ]),
    ).toEqual([
      ['deprecated_field', 'users'],
      ['profile_picture_not_accessible', 'users[0].profile_picture_url'],
    ]);
  });

  it.each(['', 'https://cdn.acme.com/sam.jpg'])('is quiet for %j', (url) => {
    expect(checkBody('POST /swaps/user_names', JSON.parse(swap(url)))).toEqual([]);
  });
});

describe('non-public addresses', () => {
  it.each([
    ['0.1.2.3', true],
    ['10.255.0.1', true],
    ['100.64.0.1', true],
    ['127.0.0.1', true],
    ['169.254.169.254', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['192.0.2.1', true],
    ['192.168.0.1', true],
    ['198.51.100.7', true],
    ['203.0.113.9', true],
    ['224.0.0.1', true],
    ['172.32.0.1', false],
    ['8.8.8.8', false],
    ['100.128.0.1', false],
  ])('IPv4 %s → %s', (address, expected) => {
    expect(isNonPublicIPv4(address)).toBe(expected);
  });

  it.each([
    ['::1', true],
    ['::', true],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['ff02::1', true],
    ['2001:db8::1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:808:808', false],
    ['2606:4700::1111', false],
  ])('IPv6 %s → %s', (address, expected) => {
    expect(isNonPublicIPv6(address)).toBe(expected);
  });

  it('gives the same answer on the fast path and the full parse', () => {
    expect(publicUrlProblem('https://cdn.acme.com:443/a.jpg?x=1#y', true)).toBeUndefined();
    expect(publicUrlProblem('https://cdn.acme.com:99999/a.jpg', true)?.reason).toBe('not_url');
    expect(publicUrlProblem('https://pics.localhost/a.jpg', true)?.reason).toBe('localhost');
  });

  it.each([
    ['https://cdn.acme.com/a.jpg', true, true],
    ['http://acme.com', false, true],
    ['http://acme.com', true, false],
    ['https://acme.com:8443', true, true],
    ['https://acme.com:', true, false],
    ['https://acme.com:123456/', true, false],
    ['https://acme.test/a', true, false],
    ['https://acme/a', true, false],
    ['https://-acme.com/', true, false],
    ['https://acme-.com/', true, false],
    ['https://acme..com/', true, false],
    ['https://acme.c0m/', true, false],
    ['https://ACME.com/', true, false],
    ['https://acme.com/a b', true, false],
    ['https://acme.com/a\\b', true, false],
    ['https://acme.com@evil.com/', true, false],
    ['https://10.0.0.1/', true, false],
  ])('the fast path takes %s (https only: %s) → %s', (url, httpsOnly, plain) => {
    expect(isPlainPublicUrl(url, httpsOnly)).toBe(plain);
  });

  it('takes a URL on the fast path only when the full parse finds it public too', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{0,8}$/);
    const urlish = fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'HTTPS://', 'ftp://', 'https:/'),
        fc.array(label, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('', ':', ':80', ':65536', ':0443'),
        fc.constantFrom('', '/', '/a b', '/p?q=1#f', '?x', '#', '\\', '@x.com', '.'),
      )
      .map(([scheme, labels, port, rest]) => `${scheme}${labels.join('.')}${port}${rest}`);
    fc.assert(
      fc.property(urlish, fc.boolean(), (url, httpsOnly) => {
        if (isPlainPublicUrl(url, httpsOnly)) return parsedUrlProblem(url, httpsOnly) === undefined;
        return true;
      }),
      { seed: 2026, numRuns: 5000 },
    );
  });
});
