import { fullFormats } from 'ajv-formats/dist/formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOMAIN_NAME_PATTERN_SOURCE,
  matchAsciiDomainName,
  PLAIN_HTTP_URL_PATTERN,
  peekerRegExp,
} from '../lint/fast-patterns';

const contractPattern = new RegExp(DOMAIN_NAME_PATTERN_SOURCE, 'u');
const fullUri = fullFormats.uri as (text: string) => boolean;

/** Strings built from the characters that matter to the pattern, so that near-misses are common. */
const domainish = fc
  .array(fc.constantFrom('a', 'b', 'x', 'n', 'Z', '0', '9', '-', '-', '.', '.', '_', ' ', 'é'), {
    maxLength: 24,
  })
  .map((chars) => chars.join(''));
const labelled = fc
  .tuple(
    fc.array(fc.stringMatching(/^[a-z0-9-]{0,64}$/), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', '.', '..'),
  )
  .map(([labels, end]) => labels.join('.') + end);

describe('matchAsciiDomainName is the contract’s DomainName pattern', () => {
  it('agrees with the RegExp on every ASCII string; on others it defers or gives the same answer', () => {
    for (const arbitrary of [domainish, labelled, fc.string({ maxLength: 40 })]) {
      fc.assert(
        fc.property(arbitrary, (text) => {
          const fast = matchAsciiDomainName(text);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is intended.
          if (/^[\x00-\x7f]*$/.test(text)) return fast === contractPattern.test(text);
          return fast === undefined || fast === contractPattern.test(text);
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
    ['acme.XN--P1AI', false],
    ['bücher.de', undefined],
  ])('%s → %s', (text, expected) => {
    expect(matchAsciiDomainName(text)).toBe(expected);
  });

  it('is what ajv runs for that pattern, while other patterns stay RegExps', () => {
    const matcher = peekerRegExp(DOMAIN_NAME_PATTERN_SOURCE, 'u');
    expect(matcher).not.toBeInstanceOf(RegExp);
    expect([matcher.test('acme.com'), matcher.test('bücher.de'), matcher.test('bücher')]).toEqual([
      true,
      true,
      false,
    ]);
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
