import { domainToASCII, domainToUnicode } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { fullFormats } from 'ajv-formats/dist/formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRootDomain } from '../lint/domains';
import { matchedNames, nameHash } from '../lint/fast-matchers';
import {
  codePointLength,
  DOMAIN_NAME_PATTERN_SOURCE,
  lengthKeyword,
  matchAsciiDomainName,
  PLAIN_HTTP_URL_PATTERN,
  peekerRegExp,
} from '../lint/fast-patterns';

const contractPattern = new RegExp(DOMAIN_NAME_PATTERN_SOURCE, 'u');
/**
 * True when a label breaks RFC 5891 §4.2.3.1: it starts or ends with a hyphen, or its 3rd and 4th
 * code points are hyphens.
 */
const breaksHyphenRules = (label: string) =>
  label.startsWith('-') || label.endsWith('-') || ([...label][2] === '-' && [...label][3] === '-');
/**
 * The pattern, and IDNA's conversion when a label is punycode (on an ASCII name): it decodes, and
 * not to a label that breaks the hyphen rules (`xn--ab---3ra` is `ab--ü`, `xn----eha` is `-ü`).
 */
const contractName = (text: string) =>
  contractPattern.test(text) &&
  (!/(?:^|\.)xn--/i.test(text) ||
    (domainToASCII(text) !== '' && !domainToUnicode(text).split('.').some(breaksHyphenRules)));
const fullUri = fullFormats.uri as (text: string) => boolean;

/** Strings built from the characters that matter to the pattern, so that near-misses are common. */
const domainish = fc
  .array(fc.constantFrom('a', 'b', 'x', 'n', 'X', 'N', 'Z', '0', '9', '-', '-', '.', '.', '_', ' ', 'é'), {
    maxLength: 24,
  })
  .map((chars) => chars.join(''));
const labelled = fc
  .tuple(
    fc.array(fc.stringMatching(/^[a-z0-9-]{0,64}$/), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', '.', '..'),
  )
  .map(([labels, end]) => labels.join('.') + end);
/** Names with punycode labels, most of which do not decode. */
const punycodeish = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[a-z0-9]{1,6}$/),
      fc.stringMatching(/^(?:xn|XN|Xn)--[a-z0-9-]{0,8}$/),
      fc.constantFrom('xn--bcher-kva', 'XN--P1AI', 'xn--p1ai', 'xn--zckzah', 'xn--r8jz45g'),
    ),
    { minLength: 2, maxLength: 4 },
  )
  .map((labels) => labels.join('.'));
/**
 * Names whose labels often have hyphens as their 3rd and 4th characters: reserved-LDH labels
 * (`ab--c`), `xn--` in any case, and punycode whose Unicode form has them or not.
 */
const hyphenated = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[abxnXN0-]{1,3}-{0,3}[a-z0-9-]{0,3}$/),
      fc.constantFrom(
        'xn--ab---3ra',
        'xn--a--x-0ra',
        'xn----a-goa',
        'xn----eha',
        'xn----dha',
        'xn--bcher-kva',
        'XN--AB---3RA',
        'com',
      ),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .chain((labels) =>
    fc.constantFrom('com', 'xn--p1ai', 'ab--c', 'XN--P1AI').map((tld) => [...labels, tld].join('.')),
  );

describe('nameHash', () => {
  it('is a signed 32-bit integer that depends on every character and its place', () => {
    const hashes = ['', 'a', 'b', 'ab', 'ba', 'acme.com', 'acme.co', 'acme.comm'].map(nameHash);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(hashes.every((hash) => Number.isInteger(hash) && hash === (hash | 0))).toBe(true);
  });

  it('spreads similar names over the low bits a hash table indexes by', () => {
    // 100k names that differ in a few characters, into 65 536 buckets by the low 16 bits: uniform
    // hashing fills 1 − e^(−100000/65536) ≈ 78 % of them. A hash whose later characters only reach
    // the high bits (FNV-1a fed two characters per step, without the finalizer) fills far fewer.
    const buckets = new Set<number>();
    for (let i = 0; i < 100_000; i++) buckets.add(nameHash(`outreach-${i}-team.com`) & 0xffff);
    expect(buckets.size / 65_536).toBeGreaterThan(0.76);
  });

  it('is the hash the matcher records for a normalized name it accepts, of odd or even length', () => {
    fc.assert(
      fc.property(fc.oneof(labelled, domainish), (text) => {
        matchedNames.clear();
        matchAsciiDomainName(text, true);
        if (matchedNames.count === 1 && matchedNames.normalized[0]) {
          expect(matchedNames.hashes[0]).toBe(nameHash(text));
        }
      }),
      { seed: 11, numRuns: 2000 },
    );
    matchedNames.clear();
    for (const name of ['acme-mail.com', 'acme-mail.co']) matchAsciiDomainName(name, true);
    expect(matchedNames.hashes.slice(0, 2)).toEqual([nameHash('acme-mail.com'), nameHash('acme-mail.co')]);
  });

  it('records a name as a plain root only when the root-domain test agrees, and only one-dot names', () => {
    const suffixes = fc.constantFrom('com', 'co', 'uk', 'io', 'xn--p1ai', 'au');
    const name = fc
      .tuple(fc.array(fc.constantFrom('acme', 'co', 'com', 'mail'), { maxLength: 3 }), suffixes, fc.boolean())
      .map(([labels, tld, dot]) => [...labels, tld].join('.') + (dot ? '.' : ''));
    fc.assert(
      fc.property(name, (text) => {
        matchedNames.clear();
        if (!matchAsciiDomainName(text, true)) return;
        const oneDot = text.replace(/\.$/, '').split('.').length === 2;
        if (matchedNames.plainRoot[0]) expect([oneDot, isRootDomain(text)]).toEqual([true, true]);
        else expect(oneDot && !/\.[a-z]{2}\.?$/.test(text)).toBe(false);
      }),
      { seed: 12, numRuns: 1000 },
    );
    matchedNames.clear();
    for (const text of ['acme.com', 'acme.io', 'mail.acme.com', 'co.uk', 'acme.com.'])
      matchAsciiDomainName(text, true);
    expect(matchedNames.plainRoot.slice(0, 5)).toEqual([true, false, false, false, true]);
  });
});

describe('matchAsciiDomainName is the contract’s DomainName pattern, with IDNA’s verdict on punycode', () => {
  it('agrees with the RegExp and IDNA on every ASCII string; on others it defers or gives the same answer', () => {
    for (const arbitrary of [domainish, labelled, punycodeish, hyphenated, fc.string({ maxLength: 40 })]) {
      fc.assert(
        fc.property(arbitrary, (text) => {
          const fast = matchAsciiDomainName(text);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is intended.
          if (/^[\x00-\x7f]*$/.test(text)) return fast === contractName(text);
          return fast === undefined || fast === contractName(text);
        }),
        { seed: 4242, numRuns: 3000 },
      );
    }
  });

  it.each([
    ['acme.com', true],
    ['a.co', true],
    ['xn--bcher-kva.de', true],
    ['acme.xn--p1ai', true],
    ['acme.com.', true],
    [`${'a'.repeat(63)}.com`, true],
    [`${'a'.repeat(64)}.com`, false],
    ['acme', false],
    ['acme.c', false],
    ['acme.c0m', false],
    ['-acme.com', false],
    ['acme-.com', false],
    ['acme..com', false],
    ['acme.com..', false],
    ['.acme.com', false],
    ['acme.XN--P1AI', true],
    ['acme.Xn--p1ai', true],
    ['acme.xN--p1ai.', true],
    ['acme.XM--P1AI', false],
    ['acme.XN-P1AI', false],
    // Punycode that does not decode: the pattern accepts it, IDNA does not.
    ['xn--a.com', false],
    ['XN--GARBAGE.COM', false],
    ['acme.xn--zz', false],
    ['mail.xn--bcher-kva.de.', true],
    // Hyphens as the 3rd and 4th characters: only an A-label (`xn--`, in any case) may have them,
    // and not when its Unicode form has them too (`xn--ab---3ra` is `ab--ü`).
    ['ab--cd.com', false],
    ['AB--CD.com', false],
    ['a---b.com', false],
    ['mail.ab--cd.com', false],
    ['ab--cd.bücher.de', false],
    ['acme.ab--cd', false],
    ['ab-cd.com', true],
    ['abc--d.com', true],
    ['a--b.com', true],
    ['xn--bcher-kva.com', true],
    ['XN--bcher-kva.com', true],
    ['Xn--BCHER-KVA.com', true],
    ['xn--ab---3ra.com', false],
    ['xn----a-goa.com', true],
    // A Unicode label that starts or ends with a hyphen (`-ü`, `ü-`), as an ASCII one may not.
    ['xn----eha.com', false],
    ['xn----dha.com', false],
    ['bücher.de', undefined],
  ])('%s → %s', (text, expected) => {
    expect(matchAsciiDomainName(text)).toBe(expected);
  });

  it('is what ajv runs for that pattern, while other patterns stay RegExps', () => {
    const matcher = peekerRegExp(DOMAIN_NAME_PATTERN_SOURCE, 'u');
    expect(matcher).not.toBeInstanceOf(RegExp);
    expect(
      ['acme.com', 'bücher.de', 'bücher', 'xn--a.com', 'xn--ü.de', 'אa.com', `${'ü'.repeat(58)}.de`].map(
        (name) => matcher.test(name),
      ),
    ).toEqual([true, true, false, false, false, false, false]);
    // `--` as a label's 3rd and 4th characters: an A-label's prefix, nothing else's.
    expect(
      [
        'ab--c.com',
        'ab--ü.com',
        'xn--ab---3ra.com',
        'ａｂ--c.com',
        'xn--bcher-kva.com',
        'XN--BCHER-KVA.com',
      ].map((name) => matcher.test(name)),
    ).toEqual([false, false, false, false, true, true]);
    // Characters IDNA keeps pass the pattern, as their punycode passes the ASCII matcher.
    expect(
      ['l·l.cat', 'xn--ll-0ea.cat', '💩.la', 'xn--ls8h.la', 'a\u00adb.com', 'a\u3002b.com'].map((name) =>
        matcher.test(name),
      ),
    ).toEqual([true, true, true, true, false, false]);
    expect(peekerRegExp('^usr_', 'u')).toBeInstanceOf(RegExp);
  });
});

describe('the plain-URL shortcut for format: uri', () => {
  it('accepts only what the full uri check accepts', () => {
    const chars = fc.constantFrom(...'ahtps:/.?#%@[]-_~!$&\'()*+,;=09 "<>{}|\\^`é'.split(''));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((c) => `https://${c.join('')}`),
        (url) => {
          return !PLAIN_HTTP_URL_PATTERN.test(url) || fullUri(url);
        },
      ),
      { seed: 4242, numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        return !PLAIN_HTTP_URL_PATTERN.test(url) || fullUri(url);
      }),
      { seed: 4243, numRuns: 2000 },
    );
  });

  it('takes the common forwarding URLs', () => {
    expect(
      ['https://acme.com', 'http://acme.com:8080/a/b?x=1&y=2#top'].map((u) => PLAIN_HTTP_URL_PATTERN.test(u)),
    ).toEqual([true, true]);
  });
});

describe('minLength / maxLength without counting when the UTF-16 length decides', () => {
  const stock = new Ajv2020({ allErrors: true });
  const fast = new Ajv2020({ allErrors: true });
  for (const keyword of ['maxLength', 'minLength'] as const) {
    fast.removeKeyword(keyword);
    fast.addKeyword(lengthKeyword(keyword));
  }
  const text = fc
    .array(fc.constantFrom('a', 'é', '😀', '\ud800', '\udc00', ' '), { maxLength: 12 })
    .map((chars) => chars.join(''));

  it('accepts and rejects exactly what ajv’s own keywords do, with the same errors', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 14 }),
        (value, min, max) => {
          const schema = { type: 'string', minLength: min, maxLength: max };
          const expected = stock.compile(schema);
          const actual = fast.compile(schema);
          const verdict = expected(value);
          if (actual(value) !== verdict) return false;
          // Same errors; their order may differ (the replaced keywords run after pattern/format).
          const summary = (errors: typeof expected.errors) =>
            (errors ?? []).map((e) => JSON.stringify([e.keyword, e.params, e.message])).sort();
          return JSON.stringify(summary(actual.errors)) === JSON.stringify(summary(expected.errors));
        },
      ),
      { seed: 4244, numRuns: 3000 },
    );
  });

  it('counts code points', () => {
    expect(['', 'abc', '😀', 'a😀b', '\ud800', '\ud800a', '\udc00\ud800'].map(codePointLength)).toEqual([
      0, 3, 1, 3, 1, 2, 2,
    ]);
  });
});
