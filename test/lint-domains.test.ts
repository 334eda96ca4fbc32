import { domainToASCII, domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  checkBody,
  firstApiError,
  fixAll,
  lint,
  normalizeDomain,
  normalizeDomainsHashed,
} from '../lint';
import {
  describeDomainProblem,
  domainListFacts,
  domainNameAtPointer,
  isRootDomain,
  isValidDomainName,
  rootDomainOf,
  withDomainMemo,
} from '../lint/domains';
import { matchedNames, nameHash } from '../lint/fast-matchers';
import { validateAgainst } from '../lint/schema-validation';

const sequencer = { provider: 'smartlead', client_id: 1, login_email: 'ops@acme.com', login_password: 'pw' };
const order = (domains: unknown[]) => ({
  user: 'client@example.com',
  microsoft_licenses: domains.length,
  sequencer,
  domains,
  personas: [{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }],
});
const summary = (operation: string, body: unknown) =>
  checkBody(operation, body).map((v) => [v.severity, v.code, v.field, v.message]);

describe('normalizeDomain', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['ACME.Com', 'acme.com'],
    ['acme.com.', 'acme.com'],
    ['  acme.com \n', 'acme.com'],
    ['Bücher.DE.', 'xn--bcher-kva.de'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['ÄPFEL.example', 'xn--pfel-koa.example'],
    ['例え。テスト', 'xn--r8jz45g.xn--zckzah'],
    // Trailing dots are dropped after IDNA's mapping too: `。` is a dot.
    ['bücher.de。', 'xn--bcher-kva.de'],
    ['Bücher.de．｡', 'xn--bcher-kva.de'],
    ['', ''],
    ['not a domain', 'not a domain'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it('is what trimming, dropping the trailing dots with /.+$/ and lower-casing or punycoding (then dropping the dots it maps) gave', () => {
    const reference = (name: string) => {
      const trimmed = name.trim().replace(/\.+$/, '');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is intended.
      if (/^[\x00-\x7f]*$/.test(trimmed)) return trimmed.toLowerCase();
      const ascii = domainToASCII(trimmed);
      return ascii === '' ? trimmed.toLowerCase() : ascii.replace(/\.+$/, '');
    };
    const name = fc
      .array(fc.constantFrom('a', 'Z', '0', '-', '.', '.', '.', '。', ' ', '\n', 'ü', 'xn--'), {
        maxLength: 16,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(name, (text) => {
        expect(normalizeDomain(text)).toBe(reference(text));
      }),
      { seed: 19, numRuns: 5000 },
    );
  });

  // `/\.+$/` read the run of dots again from each of its positions when it does not end the name:
  // 100k dots took 15 s in lint and 16k half a second per `GET /domains/import` in the emulator.
  // The test's timeout is the bound.
  it('drops trailing dots in linear time, whatever the run of dots before the end', () => {
    const dots = '.'.repeat(200_000);
    expect(normalizeDomain(`${dots}A`)).toBe(`${dots}a`);
    expect(normalizeDomain(`${dots}A${dots}`)).toBe(`${dots}a`);
    expect(normalizeDomain(`Acme.com${dots}`)).toBe('acme.com');
  }, 5_000);
});

describe('duplicate domains', () => {
  it('rejects the same domain twice in an order (case, trailing dot, IDN) on the repeat, once per repeat', () => {
    expect(
      summary('POST /orders', order(['Bücher.de', 'acme.com', 'xn--bcher-kva.de', 'ACME.COM.'])),
    ).toEqual([
      [
        'error',
        'invalid_request',
        'domains[2]',
        '"xn--bcher-kva.de" is the same domain as `domains[0]` ("Bücher.de"): an order can provision each domain only once. Remove the duplicate.',
      ],
      [
        'error',
        'invalid_request',
        'domains[3]',
        '"ACME.COM." is the same domain as `domains[1]` ("acme.com"): an order can provision each domain only once. Remove the duplicate.',
      ],
      [
        'warning',
        'domain_not_normalized',
        'domains[0]',
        'Write `domains[0]` as "bücher.de": domain names are case-insensitive.',
      ],
      [
        'warning',
        'domain_not_normalized',
        'domains[3]',
        'Write `domains[3]` as "acme.com": domain names are case-insensitive and the trailing dot is implied.',
      ],
    ]);
  });

  it('compares order domain objects by their name, and gives first_index in details', () => {
    const violations = checkBody(
      'POST /orders',
      order(['acme.com', { domain: 'acme.com', forwarding_url: 'https://a.com' }]),
    );
    expect(violations).toEqual([
      {
        code: 'invalid_request',
        severity: 'error',
        field: 'domains[1]',
        path: ['domains', 1],
        message:
          '"acme.com" is the same domain as `domains[0]`: an order can provision each domain only once. Remove the duplicate.',
        details: { first_index: 0 },
      },
    ]);
  });

  it('only warns elsewhere, and treats the same dom_ id twice as a duplicate', () => {
    expect(
      summary('POST /domains/forwarding', {
        domains: ['dom_1', 'acme.com', 'dom_1'],
        forwarding_url: 'https://acme.com',
      }),
    ).toEqual([
      [
        'warning',
        'duplicate_domain',
        'domains[2]',
        '"dom_1" is the same domain as `domains[0]`: the API treats them as one domain. Remove the duplicate.',
      ],
    ]);
  });

  it('says that an availability check answers a row for each entry, repeats included', () => {
    expect(summary('POST /domains/availability', { domains: ['q1-new.com', 'Q1-new.com'] })).toEqual([
      [
        'warning',
        'domain_not_normalized',
        'domains[1]',
        'Write `domains[1]` as "q1-new.com": domain names are case-insensitive.',
      ],
      [
        'warning',
        'duplicate_domain',
        'domains[1]',
        '"Q1-new.com" is the same domain as `domains[0]` ("q1-new.com"): the check answers one row per entry, so its row comes back twice and the repeat uses a slot of the per-request limit. Remove the duplicate.',
      ],
    ]);
  });

  it('removes repeats with one safe fix', () => {
    const text = '{"domains": ["acme.com", "team.com", "ACME.com", "team.com", "new.com"]}';
    const result = lint(text, { operation: 'POST /domains/availability' });
    const fix = result.fixes.find((f) => f.diagnosticCode === 'duplicate_domain')!;
    expect(fix.title).toBe('Remove 2 duplicate domains');
    expect(fix.safe).toBe(true);
    expect(applyEdits(text, fix.edits)).toBe('{"domains": ["acme.com", "team.com", "new.com"]}');
  });

  it('does not call removing a repeat that carries its own forwarding_url safe', () => {
    const text = JSON.stringify(order(['acme.com', { domain: 'acme.com', forwarding_url: 'https://a.com' }]));
    const fix = lint(text, { operation: 'POST /orders' }).fixes.find(
      (f) => f.title === 'Remove the duplicate domain',
    )!;
    expect(fix.safe).toBe(false);
  });

  it('compares valid names only: a name the API refuses gets its own error, and its valid twin none', () => {
    const refused = (field: string) =>
      `\`${field}\` "acme\u00ad-mail.com" contains "\\u00ad", an invisible character, which is not allowed in domain names (letters, digits and hyphens only).`;
    expect(summary('POST /orders', order(['acme\u00ad-mail.com', 'acme-mail.com']))).toEqual([
      ['error', 'invalid_request', 'domains[0]', refused('domains[0]')],
    ]);
    expect(summary('POST /domains/import', { domains: ['acme-mail.com', 'acme\u00ad-mail.com'] })).toEqual([
      ['error', 'invalid_request', 'domains[1]', refused('domains[1]')],
    ]);
    // Its row is `reason: "invalid"`, not the twin's row again.
    expect(
      summary('POST /domains/availability', { domains: ['acme\u00ad-mail.com', 'acme-mail.com'] }),
    ).toEqual([
      [
        'warning',
        'availability_invalid',
        'domains[0]',
        `${refused('domains[0]')} Its row will come back \`available: false, reason: "invalid"\`.`,
      ],
    ]);
    // Valid names are still compared past an invalid one.
    expect(
      summary('POST /domains/import', { domains: ['acme\u00ad-mail.com', 'acme-mail.com', 'acme-mail.com'] }),
    ).toEqual([
      ['error', 'invalid_request', 'domains[0]', refused('domains[0]')],
      [
        'warning',
        'duplicate_domain',
        'domains[2]',
        '"acme-mail.com" is the same domain as `domains[1]`: the API treats them as one domain. Remove the duplicate.',
      ],
    ]);
  });

  it('says nothing when every domain is distinct', () => {
    expect(checkBody('POST /orders', order(['acme.com', 'acme.co', 'acme-mail.com', 'bücher.de']))).toEqual(
      [],
    );
  });
});

describe('the duplicate scan and the names the validator recorded', () => {
  const schemaFile = 'create-order-request.json';
  const facts = (body: unknown) => withDomainMemo(() => domainListFacts(schemaFile, body));
  const name = fc.constantFrom(
    'acme.com',
    'ACME.com',
    'acme.com.',
    'b.io',
    'bücher.de',
    'xn--bcher-kva.de',
    'a..b',
    '',
    ' c.io',
  );
  const entry = fc.oneof(
    name,
    name.map((domain) => ({ domain })),
    fc.constant(7),
  );
  const body = fc.array(entry, { maxLength: 12 }).map((domains) => order(domains));

  it('finds the same facts with the log of this body, of another body, or none', () => {
    fc.assert(
      fc.property(body, body, (mine, other) => {
        matchedNames.clear();
        const expected = facts(mine);
        validateAgainst(schemaFile, mine);
        expect(facts(mine)).toEqual(expected);
        validateAgainst(schemaFile, other);
        expect(facts(mine)).toEqual(expected);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('normalizes and hashes a list alike with the log of this body, of another body, or none', () => {
    const namesOf = (body: { domains: unknown[] }) =>
      body.domains.flatMap((entry) =>
        typeof entry === 'string'
          ? [entry]
          : typeof entry === 'object' && entry !== null
            ? [(entry as { domain: string }).domain]
            : [],
      );
    fc.assert(
      fc.property(body, body, fc.constantFrom('none', 'mine', 'other'), (mine, other, log) => {
        matchedNames.clear();
        if (log !== 'none') validateAgainst(schemaFile, log === 'mine' ? mine : other);
        const names = namesOf(mine);
        const { names: normalized, hashes } = normalizeDomainsHashed(names);
        expect(normalized).toEqual(names.map(normalizeDomain));
        expect(hashes).toEqual(normalized.map(nameHash));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('records each valid name once, in document order, with its normal form', () => {
    validateAgainst(schemaFile, order(['acme.com', { domain: 'Team.IO' }, 'bad name', 'b.io.']));
    expect(matchedNames.names.slice(0, matchedNames.count)).toEqual(['acme.com', 'Team.IO', 'b.io.']);
    expect(matchedNames.normalized.slice(0, matchedNames.count)).toEqual([true, false, false]);
  });
});

describe('domainNameAtPointer', () => {
  const body = order(['a.com', { domain: 'b.com', forwarding_url: 'https://x.io' }, 7]);
  it.each([
    ['/domains/0', { path: ['domains', 0], entryPath: ['domains', 0], name: 'a.com' }],
    ['/domains/1/domain', { path: ['domains', 1, 'domain'], entryPath: ['domains', 1], name: 'b.com' }],
    ['/domains/1', undefined],
    ['/domains/1/forwarding_url', undefined],
    ['/domains/1/domain/x', undefined],
    ['/domains/2', undefined],
    ['/domains/9', undefined],
    ['/domains/x', undefined],
    ['/domains', undefined],
    ['/user', undefined],
    ['', undefined],
  ])('%s → %j', (pointer, expected) => {
    expect(domainNameAtPointer('create-order-request.json', body, pointer)).toEqual(expected);
  });

  it('reads single-name fields and skips dom_ ids in reference lists', () => {
    const swap = { type: 'standard', domain_id: 'dom_1', replacement_domain: 'n.com' };
    expect(domainNameAtPointer('create-swap-request.json', swap, '/replacement_domain')).toEqual({
      path: ['replacement_domain'],
      entryPath: ['replacement_domain'],
      name: 'n.com',
    });
    const cancel = { domains: ['dom_01ABC', 'c.com'] };
    expect(domainNameAtPointer('cancel-order-request.json', cancel, '/domains/0')).toBeUndefined();
    expect(domainNameAtPointer('cancel-order-request.json', cancel, '/domains/1')?.name).toBe('c.com');
  });
});

describe('invalid domain names, explained', () => {
  it.each([
    [' acme.com', 'has spaces around the name: remove them.', 'acme.com', true],
    ['https://acme.com/', 'is a URL, not a domain name: send just the host name.', 'acme.com', false],
    [
      'ops@acme.com',
      'looks like an email address, not a domain name: send the part after "@".',
      'acme.com',
      false,
    ],
    ['acme.com/path', 'contains a path: send just the domain name.', 'acme.com', false],
    ['acme.com:8080', 'contains a port: send just the domain name.', 'acme.com', false],
    ['acme mail.com', 'contains spaces, which domain names cannot have.', undefined, false],
    ['*.acme.com', 'is a wildcard: send one concrete domain name.', undefined, false],
    ['acme', 'has no top-level domain: send a full name such as "acme-mail.com".', undefined, false],
    ['acme..com', 'has an empty label (two dots in a row, or a leading dot).', undefined, false],
    ['-acme.com', 'has a label ("-acme") that starts or ends with a hyphen.', undefined, false],
    // Reserved for IDNA's `xn--` (RFC 5891 §4.2.3.1); no fix: without the hyphens it is another domain.
    [
      'ab--c.com',
      'has a label ("ab--c") with hyphens as its 3rd and 4th characters: a label may not have "--" there unless it is an IDNA A-label ("xn--…"), so registries refuse it (RFC 5891 §4.2.3.1).',
      undefined,
      false,
    ],
    [
      'ab--ü.com',
      'has a label whose Unicode form ("ab--ü", "xn--ab---3ra" in punycode) has hyphens as its 3rd and 4th characters: only an IDNA A-label ("xn--…") may have "--" there, never the Unicode form of a label, so registries refuse it (RFC 5891 §4.2.3.1).',
      undefined,
      false,
    ],
    [
      'xn--ab---3ra.com',
      'has a label whose Unicode form ("ab--ü", "xn--ab---3ra" in punycode) has hyphens as its 3rd and 4th characters: only an IDNA A-label ("xn--…") may have "--" there, never the Unicode form of a label, so registries refuse it (RFC 5891 §4.2.3.1).',
      undefined,
      false,
    ],
    // RFC 5891 §4.2.3.1 holds for the Unicode form of a label too, in either spelling.
    [
      '-ü.com',
      'has a label whose Unicode form ("-ü", "xn----eha" in punycode) starts or ends with a hyphen.',
      undefined,
      false,
    ],
    [
      'xn----dha.com',
      'has a label whose Unicode form ("ü-", "xn----dha" in punycode) starts or ends with a hyphen.',
      undefined,
      false,
    ],
    [
      'ａｂ--c.com',
      'is "ab--c.com" to IDNA (UTS-46), which has a label ("ab--c") with hyphens as its 3rd and 4th characters: a label may not have "--" there unless it is an IDNA A-label ("xn--…"), so registries refuse it (RFC 5891 §4.2.3.1).',
      undefined,
      false,
    ],
    [
      'acme_mail.com',
      'contains "_", which is not allowed in domain names (letters, digits and hyphens only).',
      undefined,
      false,
    ],
    ['acme.c0m', 'has an invalid top-level domain ("c0m").', undefined, false],
    [`${'a'.repeat(64)}.com`, 'has a label of 64 characters; each label has at most 63.', undefined, false],
    [
      '\u093fa.com',
      'has a label ("\u093fa") that starts with a combining mark: a label starts with a letter or digit.',
      undefined,
      false,
    ],
    // Forms IDNA maps to a valid name: refused as sent, explained, with the name they stand for.
    [
      'bu\u0308cher.de',
      'is not in Unicode normalization form C (NFC): an accented letter is written as a letter and a separate combining mark. Send it composed: "bücher.de" (it looks the same).',
      'bücher.de',
      true,
    ],
    ['acme\u3002com', 'uses "。" as a dot: write "acme.com", with "." instead.', 'acme.com', true],
    // Not in NFC either: both safe corrections together give the name.
    [
      'bu\u0308cher\u3002de',
      'uses "。" as a dot: write "bücher.de", with "." instead and its accented letters composed (NFC; it looks the same).',
      'bücher.de',
      true,
    ],
    ['acme\uff0ecom', 'uses "．" as a dot: write "acme.com", with "." instead.', 'acme.com', true],
    ['bücher.de\uff61', 'uses "｡" as a dot: write "bücher.de", with "." instead.', 'bücher.de', true],
    [
      'ac\u00adme.com',
      'contains "\\u00ad", an invisible character, which is not allowed in domain names (letters, digits and hyphens only).',
      'acme.com',
      false,
    ],
    [
      'a\u2024b.com',
      'contains "\u2024", which is not allowed in domain names (IDNA, UTS #46, refuses it).',
      undefined,
      false,
    ],
    [
      'a\u207ab.com',
      'contains "⁺", which is not allowed in domain names (IDNA writes it "+").',
      undefined,
      false,
    ],
    [
      'acme.\uff43',
      'is "acme.c" to IDNA (UTS-46), which has an invalid top-level domain ("c").',
      undefined,
      false,
    ],
    // The pattern accepts these; IDNA (UTS-46) does not turn them into A-labels.
    [
      'xn--a.com',
      'is not a valid internationalized name: its punycode label "xn--a" does not decode. Send the name as it was given (in Unicode, or its whole punycode).',
      undefined,
      false,
    ],
    [
      'XN--GARBAGE.com',
      'is not a valid internationalized name: its punycode label "XN--GARBAGE" does not decode. Send the name as it was given (in Unicode, or its whole punycode).',
      undefined,
      false,
    ],
    [
      'xn--ü.de',
      'is not a valid internationalized name: its punycode label "xn--ü" does not decode. Send the name as it was given (in Unicode, or its whole punycode).',
      undefined,
      false,
    ],
    [
      'acme.xn--zz',
      'is not a valid internationalized name: its punycode label "xn--zz" does not decode. Send the name as it was given (in Unicode, or its whole punycode).',
      undefined,
      false,
    ],
    [
      'אa.com',
      'is refused by IDNA (UTS-46), which turns internationalized names into punycode: its label "אa" mixes right-to-left and left-to-right letters, or holds a character IDNA does not allow where it stands.',
      undefined,
      false,
    ],
    [
      'ـa.com',
      'is refused by IDNA (UTS-46), which turns internationalized names into punycode: its label "ـa" mixes right-to-left and left-to-right letters, or holds a character IDNA does not allow where it stands.',
      undefined,
      false,
    ],
    [
      `${'ü'.repeat(58)}.de`,
      `has a label ("${'ü'.repeat(58)}", "xn--tdaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" in punycode) of 64 characters; each label has at most 63, counted in punycode.`,
      undefined,
      false,
    ],
  ])('%j %s', (name, reason, suggestion, safe) => {
    const text = JSON.stringify({ domains: [name] });
    const shown = `\`domains[0]\` ${JSON.stringify(name.length > 60 ? `${name.slice(0, 57)}…` : name)} ${reason}`;
    // An import refuses the body; an availability check answers the name as its own invalid row.
    const expected = {
      'POST /domains/import/jobs': ['error', 'invalid_request', shown],
      'POST /domains/availability': [
        'warning',
        'availability_invalid',
        `${shown} Its row will come back \`available: false, reason: "invalid"\`.`,
      ],
    };
    for (const [operation, [severity, code, message]] of Object.entries(expected)) {
      const result = lint(text, { operation });
      expect(
        result.diagnostics.map((d) => [
          d.severity,
          d.code,
          d.field,
          d.message,
          text.slice(d.range.start.offset, d.range.end.offset),
        ]),
      ).toEqual([[severity, code, 'domains[0]', message, JSON.stringify(name)]]);
      const fixes = result.fixes.map((f) => [f.title, f.safe, applyEdits(text, f.edits)]);
      expect(fixes).toEqual(
        suggestion === undefined
          ? []
          : [[`Change to "${suggestion}"`, safe, JSON.stringify({ domains: [suggestion] })]],
      );
    }
  });

  it('quote a pasted URL with its user name and password hidden, and offer its host', () => {
    const text = JSON.stringify({
      domains: ['https://admin:Sup3rS3cret@acme.com/', `ftp://${'x'.repeat(45)}:Sup3rS3cret@files.acme.com`],
      forwarding_url: 'https://acme.com',
    });
    const result = lint(text, { operation: 'POST /domains/forwarding' });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      '`domains[0]` "https://admin:***@acme.com/" is a URL, not a domain name: send just the host name.',
      // Hidden before the quote is cut at 60 characters: no first letters of the password show.
      `\`domains[1]\` "ftp://${'x'.repeat(45)}:***@f…" is a URL, not a domain name: send just the host name.`,
    ]);
    expect(result.fixes.map((f) => f.title)).toEqual(['Change to "acme.com"', 'Change to "files.acme.com"']);
    expect(JSON.stringify(result)).not.toContain('Sup3r');
  });

  it('checks the domain of order domain objects and replacement_domain of swaps', () => {
    expect(summary('POST /orders', order([{ domain: 'acme .com' }])).map((v) => v[2])).toEqual([
      'domains[0].domain',
    ]);
    expect(
      summary('POST /swaps', {
        type: 'standard',
        domain_id: 'dom_1',
        replacement_domain: 'http://fresh.com',
      }),
    ).toEqual([
      [
        'error',
        'invalid_request',
        'replacement_domain',
        '`replacement_domain` "http://fresh.com" is a URL, not a domain name: send just the host name.',
      ],
    ]);
  });

  it('judges a name by its A-labels: labels of at most 63 characters in punycode, 253 in all', () => {
    // 57 ü make a 63-character A-label (58 make 64, refused above).
    const label = `xn--tda${'a'.repeat(56)}`;
    expect(domainToASCII(`${'ü'.repeat(57)}.de`)).toBe(`${label}.de`);
    const u = 'ü'.repeat(57);
    // 235 characters as sent; 253 and 254 in punycode.
    const [fits, long] = [58, 59].map((n) => `${u}.${u}.${u}.${'a'.repeat(n)}.de`) as [string, string];
    expect([`${u}.de`, `${label}.de`, fits, long].map((name) => isValidDomainName(name))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(summary('POST /domains/import/jobs', { domains: [long] })).toEqual([
      [
        'error',
        'invalid_request',
        'domains[0]',
        `\`domains[0]\` "${long.slice(0, 57)}…" is 254 characters long in punycode; domain names have at most 253, counted in punycode.`,
      ],
    ]);
  });

  it('turns every name it accepts into lower-case ASCII A-labels that are valid in turn', () => {
    const chars = [
      'a',
      'Z',
      '0',
      '-',
      '.',
      'xn--',
      'ü',
      'Ä',
      'א',
      'ـ',
      'ß',
      'ẞ',
      'İ',
      'ς',
      'भ',
      'ि',
      '\u0308',
      'ｂ',
      '①',
      '⒈',
      'ʹ',
      'ͺ',
      'Ӏ',
      '\u00ad',
      '。',
    ];
    const name = fc
      .array(fc.constantFrom(...chars), { minLength: 3, maxLength: 14 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(name, (text) => {
        const valid = isValidDomainName(text);
        // The validators the emulator runs agree.
        expect(validateAgainst('import-job-request.json', { domains: [text] }).length === 0).toBe(valid);
        if (!valid) return;
        const key = normalizeDomain(text);
        expect(key).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
        expect(isValidDomainName(key)).toBe(true);
      }),
      { seed: 23, numRuns: 20_000 },
    );
  });

  it('gives a name written with combining marks the verdict of its punycode (Devanagari, Bengali, Tamil)', () => {
    const names = [
      ['acme.भारत', 'acme.xn--h2brj9c'],
      ['हिन्दी.com', 'xn--j2bd4cyah0f.com'],
      ['বাংলা.com', 'xn--54b7fta0cc.com'],
      ['தமிழ்.com', 'xn--rlcus7b3d.com'],
    ];
    expect(names.map(([unicode]) => normalizeDomain(unicode!))).toEqual(
      names.map(([, punycode]) => punycode),
    );
    expect(checkBody('POST /domains/import/jobs', { domains: names.flat() }).map((v) => v.message)).toEqual([
      '"acme.xn--h2brj9c" is the same domain as `domains[0]` ("acme.भारत"): the API treats them as one domain. Remove the duplicate.',
      '"xn--j2bd4cyah0f.com" is the same domain as `domains[2]` ("हिन्दी.com"): the API treats them as one domain. Remove the duplicate.',
      '"xn--54b7fta0cc.com" is the same domain as `domains[4]` ("বাংলা.com"): the API treats them as one domain. Remove the duplicate.',
      '"xn--rlcus7b3d.com" is the same domain as `domains[6]` ("தமிழ்.com"): the API treats them as one domain. Remove the duplicate.',
    ]);
  });

  it('gives a domain one verdict in Unicode and in punycode, for the characters IDNA keeps', () => {
    const pairs = [
      ['l·l.cat', 'xn--ll-0ea.cat'],
      ['ア・イ.jp', 'xn--ccke4x.jp'],
      // A Persian name with its zero-width non-joiner: without it, another domain.
      ['\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.ir', 'xn--mgbn2ecje63gr19l.ir'],
      ['\u0645\u06cc\u062e\u0648\u0627\u0647\u0645.ir', 'xn--mgbn2ecje63g.ir'],
      // A zero-width joiner after a virama (Devanagari).
      ['\u0915\u094d\u200d\u0937.in', domainToASCII('\u0915\u094d\u200d\u0937.in')],
      // Emoji and symbols: UTS #46 as Node implements it keeps them (many registries do not).
      ['💩.la', 'xn--ls8h.la'],
      ['⛂.com', 'xn--38h.com'],
      ['a.١٢٣', 'a.xn--9hbcd'],
      ['ü--a.com', 'xn----a-goa.com'],
    ];
    for (const [unicode, punycode] of pairs) {
      expect([unicode, isValidDomainName(unicode!), isValidDomainName(punycode!)]).toEqual([
        unicode,
        true,
        true,
      ]);
      expect(normalizeDomain(unicode!)).toBe(punycode);
    }
    expect(checkBody('POST /domains/import/jobs', { domains: pairs.map(([unicode]) => unicode) })).toEqual(
      [],
    );
    expect(checkBody('POST /domains/availability', { domains: pairs.flat() }).map((v) => v.code)).toEqual(
      pairs.map(() => 'duplicate_domain'),
    );
  });

  it('accepts a Unicode name exactly when it is in NFC and its A-labels are a valid name, as punycode is judged', () => {
    const chars = ['a', 'Z', '0', '-', '.', 'ü', 'ß', 'ς', 'א', 'ـ', 'ل', 'ی', '١', 'क', '्', 'ि', '\u0308'];
    const more = [
      '·',
      '・',
      'ア',
      '\u200c',
      '\u200d',
      '💩',
      '⛂',
      '⁺',
      '\u2024',
      'ｃ',
      '\u00ad',
      '\u200b',
      '。',
      ' ',
      '_',
    ];
    const name = fc
      .array(fc.constantFrom(...chars, ...more), { minLength: 3, maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(name, (text) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is intended.
        if (/^[\x00-\x7f]*$/.test(text)) return;
        const ascii = domainToASCII(text);
        // What the pattern keeps out before IDNA: whitespace, dots other than `.`, and the
        // invisible characters IDNA deletes (the joiners aside).
        const kept = !/[\s\u3002\u00ad\u200b_]/.test(text) && text.normalize('NFC') === text;
        const expected = kept && ascii !== '' && isValidDomainName(ascii);
        expect([text, isValidDomainName(text)]).toEqual([text, expected]);
        expect(validateAgainst('import-job-request.json', { domains: [text] }).length === 0).toBe(expected);
        // The punycode of a valid name decodes to a name just as valid.
        if (expected) expect(isValidDomainName(domainToUnicode(ascii))).toBe(true);
        else expect(describeDomainProblem(text)).toBeDefined();
      }),
      { seed: 31, numRuns: 20_000 },
    );
  });

  it('explains a joiner IDNA refuses without offering to delete it, and never calls `·` or a joiner it keeps invalid', () => {
    for (const name of ['l·l.cat', 'ア・イ.jp', '\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.ir']) {
      expect([name, describeDomainProblem(name)]).toEqual([name, undefined]);
    }
    // A joiner where no script needs it: removing it would name another domain, so no fix.
    const text = JSON.stringify({ domains: ['a\u200cb.com', 'acme.co\u200d'] });
    const result = lint(text, { operation: 'POST /domains/import/jobs' });
    const rest =
      'where IDNA does not allow one: a joiner may follow a virama (as in Devanagari), and a non-joiner may also stand between letters that join (as in Persian). Without it the name is another domain: check the spelling.';
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      `\`domains[0]\` "a\\u200cb.com" has a zero-width non-joiner ("\\u200c") in a label ("a\\u200cb") ${rest}`,
      `\`domains[1]\` "acme.co\\u200d" has a zero-width joiner ("\\u200d") in a label ("co\\u200d") ${rest}`,
    ]);
    expect(result.fixes).toEqual([]);
  });

  it('quotes a label of one long grapheme cluster by its first code points, not as an empty "…"', () => {
    const name = `acme.\u0915${'\u093f'.repeat(62)}`;
    const message = describeDomainProblem(name)?.message ?? '';
    expect(message).toBe(
      `has a label ("\u0915${'\u093f'.repeat(56)}…", "${domainToASCII(name).slice(5, 62)}…" in punycode) of 70 characters; each label has at most 63, counted in punycode.`,
    );
  });

  it('refuses `--` as a label’s 3rd and 4th characters except in an A-label, in Unicode and in punycode alike', () => {
    const refused = [
      'ab--c.com',
      'XY--Z.com',
      'a---b.com',
      'mail.ab--c.com',
      'ab--c.co.uk',
      'ab--ü.com',
      'xn--ab---3ra.com',
      'XN--AB---3RA.com',
      '😀a--x.com',
      'xn--a--x-u973c.com',
    ];
    expect(refused.filter((name) => isValidDomainName(name))).toEqual([]);
    // An A-label has them by definition; elsewhere in a label, `--` is allowed.
    const accepted = [
      'xn--bcher-kva.com',
      'XN--bcher-kva.com',
      'Xn--Bcher-Kva.COM',
      'bücher.com',
      'acme.xn--p1ai',
      'ü--a.com',
      'xn----a-goa.com',
      'a--b.com',
      'abc--d.com',
      'ab-c.com',
    ];
    expect(accepted.filter((name) => !isValidDomainName(name))).toEqual([]);
    // Every domain rule sees them as invalid: an error where the API refuses the body, an
    // `invalid` availability row, and no duplicate, normalization or root-domain noise.
    expect(checkBody('POST /domains/import/jobs', { domains: refused }).map((v) => v.field)).toEqual(
      refused.map((_, i) => `domains[${i}]`),
    );
    expect(
      checkBody('POST /domains/availability', { domains: ['ab--c.com', 'mail.ab--c.com'] }).map((v) => [
        v.code,
        v.field,
      ]),
    ).toEqual([
      ['availability_invalid', 'domains[0]'],
      ['availability_invalid', 'domains[1]'],
    ]);
    // (Only warnings: capitals, and the spellings of `xn--bcher-kva.com` are one domain.)
    expect(
      checkBody('POST /domains/import/jobs', { domains: accepted }).filter((v) => v.severity === 'error'),
    ).toEqual([]);
  });

  it('accepts valid ASCII, punycode and Unicode names', () => {
    expect(
      checkBody('POST /domains/availability', {
        domains: [
          'acme.com',
          'a.io',
          'xn--bcher-kva.de',
          'xn--pfel-koa.example',
          'äpfel.de',
          'acme.co.uk',
          'a1-b2.net',
        ],
      }),
    ).toEqual([]);
  });
});

describe('domain_not_normalized', () => {
  it('warns on capitals and a trailing dot, with a safe lower-casing fix', () => {
    const text = '{"domains": ["Acme-Mail.COM."]}';
    const result = lint(text, { operation: 'POST /domains/import/jobs' });
    expect(result.diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 13, offset: 13 }, end: { line: 0, character: 29, offset: 29 } },
        severity: 'warning',
        code: 'domain_not_normalized',
        field: 'domains[0]',
        message:
          'Write `domains[0]` as "acme-mail.com": domain names are case-insensitive and the trailing dot is implied.',
        fixIds: ['fix-1'],
      },
    ]);
    expect(fixAll(text, { operation: 'POST /domains/import/jobs' }).text).toBe(
      '{"domains": ["acme-mail.com"]}',
    );
  });

  it('treats an upper-case punycode top-level domain like any capitals: a warning and the fix', () => {
    const text = '{"domains": ["a.XN--P1AI", "A.COM", "Xn--bcher-kva.de", "acme.xN--p1ai"]}';
    const result = lint(text, { operation: 'POST /domains/availability' });
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.field, d.message])).toEqual([
      [
        'warning',
        'domain_not_normalized',
        'domains[0]',
        'Write `domains[0]` as "a.xn--p1ai": domain names are case-insensitive.',
      ],
      [
        'warning',
        'domain_not_normalized',
        'domains[1]',
        'Write `domains[1]` as "a.com": domain names are case-insensitive.',
      ],
      [
        'warning',
        'domain_not_normalized',
        'domains[2]',
        'Write `domains[2]` as "xn--bcher-kva.de": domain names are case-insensitive.',
      ],
      [
        'warning',
        'domain_not_normalized',
        'domains[3]',
        'Write `domains[3]` as "acme.xn--p1ai": domain names are case-insensitive.',
      ],
    ]);
    expect(fixAll(text, { operation: 'POST /domains/availability' }).text).toBe(
      '{"domains": ["a.xn--p1ai", "a.com", "xn--bcher-kva.de", "acme.xn--p1ai"]}',
    );
    expect(normalizeDomain('a.XN--P1AI')).toBe('a.xn--p1ai');
  });

  it('offers a safe fix that names the same domain and is valid, or the A-labels when lower-casing would not', () => {
    const operation = 'POST /domains/import/jobs';
    // `İ` lower-cases to `i` + U+0307; `ẞ` to `ß`, which IDNA keeps where it reads `ẞ` as `ss`; a
    // `Σ` before a hyphen to the final `ς`, where IDNA writes `σ`.
    const text = '{"domains": ["İstanbul.com", "STRAẞE.de", "ΑΒΣ-x.gr", "Bücher.DE."]}';
    expect(lint(text, { operation }).diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['domain_not_normalized', 'Write `domains[0]` as "i̇stanbul.com": domain names are case-insensitive.'],
      [
        'domain_not_normalized',
        'Write `domains[1]` as "strasse.de", the name IDNA makes of it: domain names are case-insensitive.',
      ],
      [
        'domain_not_normalized',
        'Write `domains[2]` as "xn---x-b9be9f.gr", the name IDNA makes of it: domain names are case-insensitive.',
      ],
      [
        'domain_not_normalized',
        'Write `domains[3]` as "bücher.de": domain names are case-insensitive and the trailing dot is implied.',
      ],
    ]);
    const fixed = fixAll(text, { operation }).text;
    expect(fixed).toBe('{"domains": ["i̇stanbul.com", "strasse.de", "xn---x-b9be9f.gr", "bücher.de"]}');
    // The fixed names are valid, already normalized, and the same domains.
    expect(lint(fixed, { operation }).diagnostics).toEqual([]);
    const names = (body: string) => (JSON.parse(body) as { domains: string[] }).domains.map(normalizeDomain);
    expect(names(fixed)).toEqual(names(text));
  });

  it('is quiet for lower-case names', () => {
    expect(checkBody('POST /domains/import/jobs', { domains: ['acme-mail.com', 'bücher.de'] })).toEqual([]);
  });
});

describe('not_root_domain on imports', () => {
  it.each([
    ['mail.acme.com', 'acme.com'],
    ['a.b.acme.io', 'acme.io'],
    ['mail.acme.co.uk', 'acme.co.uk'],
    ['acme.com', undefined],
    ['acme.co.uk', undefined],
    ['acme.com.au', undefined],
    ['co.uk', undefined],
  ])('rootDomainOf(%j) → %j', (name, root) => {
    expect(rootDomainOf(name)).toBe(root);
  });

  it.each([
    ['acme.com', true],
    ['acme.co.uk', true],
    ['acme.com.au', true],
    ['co.com', true],
    ['mail.acme.co.uk', false],
    // A listed second level under a two-letter TLD is a public suffix: names are registered under it.
    ['co.uk', false],
    ['com.au', false],
    ['CO.UK.', false],
  ])('isRootDomain(%j) → %j', (name, root) => {
    expect(isRootDomain(name)).toBe(root);
  });

  it('warns on a bare public suffix sent to an import, with no fix (it has no root)', () => {
    const result = lint('{"domains": ["co.uk", "acme.co.uk", "com.au"]}', {
      operation: 'POST /domains/import',
    });
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.field, d.message])).toEqual([
      [
        'warning',
        'not_root_domain',
        'domains[0]',
        '"co.uk" is a public suffix, not a registrable domain; imports take root domains only, such as "acme.co.uk".',
      ],
      [
        'warning',
        'not_root_domain',
        'domains[2]',
        '"com.au" is a public suffix, not a registrable domain; imports take root domains only, such as "acme.com.au".',
      ],
    ]);
    expect(result.fixes).toEqual([]);
  });

  it('warns on a subdomain sent to an import, with an unsafe fix to its root', () => {
    expect(summary('POST /domains/import', { domains: ['mail.acme.com', 'acme.co.uk'] })).toEqual([
      [
        'warning',
        'not_root_domain',
        'domains[0]',
        '"mail.acme.com" looks like a subdomain; imports take root domains only. Import "acme.com" instead.',
      ],
    ]);
  });

  it('warns on an order domain that is not a root (orders register root domains), strings and objects alike', () => {
    expect(
      summary('POST /orders', order(['acme.co.uk', { domain: 'mail.acme.com' }, 'com.au', 'acme.io'])),
    ).toEqual([
      [
        'warning',
        'not_root_domain',
        'domains[1].domain',
        '"mail.acme.com" looks like a subdomain; orders register root domains only. Order "acme.com" instead.',
      ],
      [
        'warning',
        'not_root_domain',
        'domains[2]',
        '"com.au" is a public suffix, not a registrable domain; orders register root domains only, such as "acme.com.au".',
      ],
    ]);
  });

  it("warns on a swap's replacement_domain that is not a root, with an unsafe fix to its root", () => {
    const body = {
      type: 'standard',
      domain_id: 'dom_01HZX0D01A2B3C4D5E6F7G8H',
      replacement_domain: 'b.acme.io',
    };
    expect(summary('POST /swaps', body)).toEqual([
      [
        'warning',
        'not_root_domain',
        'replacement_domain',
        '"b.acme.io" looks like a subdomain; a swap\'s replacement must be a root domain. Swap in "acme.io" instead.',
      ],
    ]);
    const result = lint(JSON.stringify(body), { operation: 'POST /swaps' });
    expect(result.fixes.map((fix) => [fix.title, fix.safe])).toEqual([['Change to "acme.io"', false]]);
    expect(summary('POST /swaps', { ...body, replacement_domain: 'acme.co.uk' })).toEqual([]);
  });

  it('does not apply to availability checks, which warn availability_invalid instead', () => {
    expect(
      checkBody('POST /domains/availability', { domains: ['mail.acme.com'] }).map((v) => v.code),
    ).toEqual(['availability_invalid']);
  });
});

describe('availability_invalid: a candidate whose availability row comes back reason "invalid"', () => {
  it('warns on a subdomain, with an unsafe fix to its root, and not on roots (acme.co.uk)', () => {
    const text =
      '{"domains": ["acme-fresh.com", "mail.acme-fresh.com", "acme.co.uk", "b.acme.co.uk", "b.acme.io"]}';
    const result = lint(text, { operation: 'POST /domains/availability' });
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.field, d.message])).toEqual([
      [
        'warning',
        'availability_invalid',
        'domains[1]',
        '`domains[1]` "mail.acme-fresh.com" looks like a subdomain, which cannot be registered on its own (its root is "acme-fresh.com"). Its row will come back `available: false, reason: "invalid"`.',
      ],
      [
        'warning',
        'availability_invalid',
        'domains[3]',
        '`domains[3]` "b.acme.co.uk" looks like a subdomain, which cannot be registered on its own (its root is "acme.co.uk"). Its row will come back `available: false, reason: "invalid"`.',
      ],
      [
        'warning',
        'availability_invalid',
        'domains[4]',
        '`domains[4]` "b.acme.io" looks like a subdomain, which cannot be registered on its own (its root is "acme.io"). Its row will come back `available: false, reason: "invalid"`.',
      ],
    ]);
    expect(result.fixes.map((f) => [f.title, f.safe])).toEqual([
      ['Remove it ("acme-fresh.com" is already listed)', false],
      ['Remove it ("acme.co.uk" is already listed)', false],
      ['Change to "acme.io"', false],
    ]);
  });

  it('warns on a bare public suffix (co.uk, com.au), which nobody can register, with no fix', () => {
    const result = lint('{"domains": ["co.uk", "acme.co.uk", "com.au"]}', {
      operation: 'POST /domains/availability',
    });
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.field, d.message])).toEqual([
      [
        'warning',
        'availability_invalid',
        'domains[0]',
        '`domains[0]` "co.uk" is a public suffix, not a registrable domain: names are registered under it ("acme.co.uk"). Its row will come back `available: false, reason: "invalid"`.',
      ],
      [
        'warning',
        'availability_invalid',
        'domains[2]',
        '`domains[2]` "com.au" is a public suffix, not a registrable domain: names are registered under it ("acme.com.au"). Its row will come back `available: false, reason: "invalid"`.',
      ],
    ]);
    expect(result.fixes).toEqual([]);
  });

  it('never makes a malformed candidate an error: the batch is answered, not refused', () => {
    const body = {
      domains: ['acme-fresh.com', 'acme_mail.com', 'foo.invalid-tld-zz', '', 'https://x.com/a'],
    };
    expect(
      summary('POST /domains/availability', body).map(([severity, code, field]) => [severity, code, field]),
    ).toEqual([
      ['warning', 'availability_invalid', 'domains[1]'],
      ['warning', 'availability_invalid', 'domains[2]'],
      ['warning', 'availability_invalid', 'domains[3]'],
      ['warning', 'availability_invalid', 'domains[4]'],
    ]);
    expect(firstApiError('POST /domains/availability', body)).toBeNull();
    // Operations that order or import domains still refuse such a name.
    expect(firstApiError('POST /domains/import', { domains: ['acme_mail.com'] })?.field).toBe('domains[0]');
    expect(firstApiError('POST /orders', order(['acme_mail.com']))?.field).toBe('domains[0]');
  });

  it('keeps a structural ceiling per entry (2,048 characters, the kit’s assumption) as an error', () => {
    const long = `${'a'.repeat(2045)}.com`;
    expect(summary('POST /domains/availability', { domains: [long] })).toEqual([
      [
        'error',
        'invalid_request',
        'domains[0]',
        "`domains[0]` is too long: at most 2048 characters (Peeker DevKit's limit: the docs give none).",
      ],
    ]);
    // One character less is a row: an invalid one (no domain name is that long).
    expect(summary('POST /domains/availability', { domains: [long.slice(1)] }).map((v) => v[1])).toEqual([
      'availability_invalid',
    ]);
  });
});
