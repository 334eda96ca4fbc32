import { describe, expect, it } from 'vitest';
import { Collection } from '../emulator/collection';
import { Store } from '../emulator/state';

/** A collection of `count` records with ids `r0000`, `r0001`, … (ascending, as issued). */
function filled(count: number) {
  const store = new Store();
  const changes: string[] = [];
  store.listener = (_collection, id, record) => changes.push(`${record ? 'set' : 'removed'} ${id}`);
  const collection = new Collection<{ id: string }>('deliveries', store);
  const ids = Array.from({ length: count }, (_, i) => `r${String(i).padStart(4, '0')}`);
  for (const id of ids) collection.insert({ id });
  changes.length = 0;
  return { collection, ids, changes };
}

const idsOf = (records: Iterable<{ id: string }>) => [...records].map((record) => record.id);

describe('Collection', () => {
  it('lists, pages and counts correctly however many records are removed, before and after it compacts', () => {
    const { collection, ids, changes } = filled(1000);
    const kept = new Set(ids);
    // Every other record, then most of the rest: past the point where the removed ids are compacted away.
    for (const [i, id] of ids.entries()) {
      if (i % 2 === 1 || i < 900) {
        collection.remove(id);
        kept.delete(id);
      }
      if (i % 97 === 0) expect(idsOf(collection.values())).toEqual(ids.filter((other) => kept.has(other)));
    }
    const left = ids.filter((id) => kept.has(id));
    expect(left).toHaveLength(50);
    expect(collection.size).toBe(50);
    expect(idsOf(collection.values())).toEqual(left);
    expect(idsOf(collection.newestFirst())).toEqual([...left].reverse());
    // A cursor on a removed record still positions correctly.
    expect(idsOf(collection.newestFirst('r0951')).slice(0, 2)).toEqual(['r0950', 'r0948']);
    expect(changes).toHaveLength(950);
    expect(changes[0]).toBe('removed r0000');
  });

  it('takes a removed record back (a restore) in its place, once', () => {
    const { collection, ids } = filled(10);
    collection.remove('r0003');
    collection.remove('r0009');
    collection.restore({ id: 'r0009' });
    collection.restore({ id: 'r0003' });
    collection.restore({ id: 'r0003' });
    expect(idsOf(collection.values())).toEqual(ids);
    expect(idsOf(collection.newestFirst())).toEqual([...ids].reverse());
    collection.forget('r0005');
    expect(collection.size).toBe(9);
    expect(idsOf(collection.values())).toEqual(ids.filter((id) => id !== 'r0005'));
  });
});
