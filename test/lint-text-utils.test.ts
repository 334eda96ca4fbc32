import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestMatch, describeValue, editDistance, trimTrailing } from '../lint/text-utils';

/** The textbook Levenshtein table, uncapped. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(
        Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

describe('editDistance', () => {
  it('is the Levenshtein distance, or limit + 1 when that exceeds the limit', () => {
    // A small alphabet, so that near misses (the interesting cases for a band) are frequent.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_'), maxLength: 14 });
    fc.assert(
      fc.property(word, word, fc.option(fc.integer({ min: 0, max: 6 })), (a, b, cap) => {
        const limit = cap ?? Number.POSITIVE_INFINITY;
        const distance = levenshtein(a, b);
        expect(editDistance(a, b, limit)).toBe(distance > limit ? limit + 1 : distance);
      }),
      { seed: 4247, numRuns: 5000 },
    );
  });
});

describe('closestMatch', () => {
  it('finds the nearest candidate within the limit, across case and separator styles', () => {
    const fields = ['google_licenses', 'forwarding_url', 'personas', 'user'];
    expect(closestMatch('forwarding_ur1', fields)).toBe('forwarding_url');
    expect(closestMatch('forwardingURL', fields)).toBe('forwarding_url');
    expect(closestMatch('Google-Licences', fields)).toBe('google_licenses');
    expect(closestMatch('unknown_field', fields)).toBeUndefined();
    expect(closestMatch('usr', fields, 0)).toBeUndefined();
  });

  it('takes two neighbouring letters swapped for a typo, though a short word allows one edit', () => {
    const keys = ['$schema', 'description', 'path', 'query', 'body'];
    expect(['bdoy', 'qurey', 'qeury', 'apth', 'bodi', 'ybod'].map((key) => closestMatch(key, keys))).toEqual([
      'body',
      'query',
      'query',
      'path',
      'body',
      undefined,
    ]);
    expect(closestMatch('bdoy', keys, 0)).toBeUndefined();
  });
});

describe('describeValue', () => {
  it('quotes strings with URL credentials hidden, before cutting them at 60 characters', () => {
    expect(describeValue('https://admin:Sup3rS3cret@acme.com/')).toBe('"https://admin:***@acme.com/"');
    expect(describeValue(`https://${'u'.repeat(35)}:Sup3rS3cret@acme.com/`)).toBe(
      `"https://${'u'.repeat(35)}:***@acme.com/"`,
    );
    expect(describeValue(`https://${'u'.repeat(45)}:Sup3rS3cret@acme.com/`)).toBe(
      `"https://${'u'.repeat(45)}:***…"`,
    );
    expect(describeValue('ops@acme.com')).toBe('"ops@acme.com"');
  });

  it('keeps only the prefix of an API key or webhook secret pasted into a field', () => {
    expect(describeValue('pk_live_FAKEKEY0000000000000000000')).toBe('"pk_live_…"');
    expect(describeValue('Bearer pk_test_FAKEKEY0000000000000000000')).toBe('"Bearer pk_test_…"');
    expect(describeValue('whsec_Ab3-xY9_Zq+/Kp==')).toBe('"whsec_…"');
  });
});

describe('trimTrailing', () => {
  it('drops what /.+$/ and //+$/ drop', () => {
    const text = fc.string({
      unit: fc.constantFrom('.', '.', '/', '/', 'a', '。', ' ', '\n'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(text, (t) => {
        expect(trimTrailing(t, '.')).toBe(t.replace(/\.+$/, ''));
        expect(trimTrailing(t, '/')).toBe(t.replace(/\/+$/, ''));
      }),
      { seed: 5, numRuns: 3000 },
    );
  });
});
