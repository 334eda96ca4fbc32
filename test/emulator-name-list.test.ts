import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameList } from '../emulator/name-list';

describe('NameList', () => {
  it('reads back exactly the names it was given, by position, search and iteration', () => {
    const label = fc.stringMatching(/^[a-c]{1,3}$/);
    const name = fc.tuple(label, fc.constantFrom('com', 'io', 'co')).map(([l, tld]) => `${l}.${tld}`);
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 30 }), name, (names, probe) => {
        const list = new NameList(names);
        expect(list.length).toBe(names.length);
        expect([...list]).toEqual(names);
        expect(list.map((n, i) => `${i}:${n}`)).toEqual(names.map((n, i) => `${i}:${n}`));
        expect(list.toJSON()).toEqual(names);
        expect(`[${list.json}]`).toBe(JSON.stringify(names));
        for (const [index, n] of names.entries())
          expect([list.at(index), list.indexOf(n)]).toEqual([n, index]);
        // Only whole entries match: `b.io` is not found inside `ab.io`.
        expect([list.indexOf(probe), list.includes(probe)]).toEqual([
          names.indexOf(probe),
          names.includes(probe),
        ]);
        expect([list.at(-1), list.at(names.length), list.at(0.5)]).toEqual([undefined, undefined, undefined]);
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('survives a state file: saved as a plain array, restored with NameList.from', () => {
    const list = new NameList(['a.com', 'b.io']);
    const restored = NameList.from(JSON.parse(JSON.stringify({ names: list })).names);
    expect([...restored]).toEqual(['a.com', 'b.io']);
    expect(NameList.from(list)).toBe(list);
    expect(new NameList([]).toJSON()).toEqual([]);
    expect(list.indexOf('')).toBe(-1);
    expect(list.includes('a.com","b.io')).toBe(false);
    expect(list.includes('"a.com"')).toBe(false);
  });
});
