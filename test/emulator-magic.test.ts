import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANY_MAGIC, anyMagicIn as anyMagicInList, MAGIC } from '../emulator/magic';
import { NameList } from '../emulator/name-list';

const anyMagicIn = (names: string[]) => anyMagicInList(new NameList(names));

describe('anyMagicIn', () => {
  it('finds a prefix token at the start of any name, not inside one', () => {
    expect(anyMagicIn(['acme.com', 'fail-later.com'])).toBe(true);
    expect(anyMagicIn(['acme.com', 'afail-later.com'])).toBe(false);
    expect(anyMagicIn(['acme.com', 'team-needs-ns.io'])).toBe(true);
    expect(anyMagicIn([])).toBe(false);
  });

  it('agrees with testing each name on its own', () => {
    const tokens = Object.values(MAGIC).map((magic) => magic.token);
    const piece = fc.oneof(fc.constantFrom(...tokens), fc.stringMatching(/^[a-z0-9-]{0,6}$/));
    const name = fc.array(piece, { minLength: 1, maxLength: 3 }).map((parts) => `${parts.join('')}.com`);
    fc.assert(
      fc.property(fc.array(name, { maxLength: 8 }), (names) => {
        expect(anyMagicIn(names)).toBe(names.some((n) => ANY_MAGIC.test(n)));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});
