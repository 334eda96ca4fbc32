/**
 * One collection of records by id, in id order (ids are monotonic ULIDs: ascending = oldest
 * first). Every change is reported to the store, which tells the persistence layer.
 */
import type { CollectionName, Store } from './state';

/** Records of one kind by id, plus the id order (ids are monotonic ULIDs: ascending = oldest first). */
export class Collection<T extends { id: string }> {
  readonly #records = new Map<string, T>();
  /**
   * Every record's id, ascending, plus the ids of removed records not yet compacted away (readers
   * skip an id without a record): splicing each removed id out cost a walk of the array per
   * removal, quadratic when many go (webhook deliveries past their cap).
   */
  #ids: string[] = [];
  /** How many ids in {@link #ids} have no record. */
  #holes = 0;
  readonly #store: Store;

  /** @param name - The collection's name in the state file. */
  constructor(
    readonly name: CollectionName,
    store: Store,
  ) {
    this.#store = store;
  }

  /** How many records there are. */
  get size(): number {
    return this.#records.size;
  }

  /** The record with this id. */
  get(id: string): T | undefined {
    return this.#records.get(id);
  }

  /** Adds a new record. */
  insert(record: T): T {
    this.#records.set(record.id, record);
    this.#addId(record.id);
    this.#store.changed(this.name, record.id, record);
    return record;
  }

  /** Records that `record` (already in the collection) was mutated in place. */
  save(record: T): void {
    this.#store.changed(this.name, record.id, record);
  }

  /** Removes a record. */
  remove(id: string): void {
    if (!this.#records.delete(id)) return;
    this.#dropId(id);
    this.#store.changed(this.name, id, undefined);
  }

  /** Records as the state file stores them (every record, unless a collection derives some). */
  persistedValues(): Generator<T> {
    return this.values();
  }

  /** Every record, oldest first. */
  *values(): Generator<T> {
    for (const id of this.#ids) {
      const record = this.#records.get(id);
      if (record) yield record;
    }
  }

  /**
   * Records newest first, starting just below `cursor` (or at it when `inclusive`), or at the
   * newest record when there is no cursor. A cursor id that was deleted still positions correctly.
   */
  *newestFirst(cursor?: string, inclusive = false): Generator<T> {
    const ids = this.#ids;
    let start = ids.length - 1;
    if (cursor !== undefined) {
      const index = lowerBound(ids, cursor);
      start = inclusive && ids[index] === cursor ? index : index - 1;
    }
    for (let i = start; i >= 0; i--) {
      const record = this.#records.get(ids[i]!);
      if (record) yield record;
    }
  }

  /**
   * Drops every record but those with the ids in `keep` (a reset), in one step however many
   * there are: the store counts one change, and only a listener (persistence) hears of each
   * stored record dropped, as if it had been removed.
   */
  clear(keep: readonly string[] = []): void {
    const kept: T[] = [];
    for (const id of keep) {
      const record = this.#records.get(id);
      if (record) kept.push(record);
    }
    this.#store.cleared(this.name, idsExcept(this.persistedValues(), keep));
    this.#records.clear();
    this.#ids = [];
    this.#holes = 0;
    for (const record of kept) this.restore(record);
  }

  /** Loads a record during restore, without reporting a change. */
  restore(record: T): void {
    if (!this.#records.has(record.id)) this.#addId(record.id);
    this.#records.set(record.id, record);
  }

  /** Forgets a record during restore, without reporting a change. */
  forget(id: string): void {
    if (!this.#records.delete(id)) return;
    this.#dropId(id);
  }

  #addId(id: string): void {
    const ids = this.#ids;
    // Ids are issued in ascending order, so this is an append except after a restore.
    if (ids.length === 0 || ids[ids.length - 1]! < id) {
      ids.push(id);
      return;
    }
    const index = lowerBound(ids, id);
    // The id of a removed record, back again (a restore): its place is still there.
    if (ids[index] === id) this.#holes--;
    else ids.splice(index, 0, id);
  }

  /**
   * Leaves the id of a removed record in place, and drops all such ids in one pass once they are
   * half the array: amortized constant time per removal.
   */
  #dropId(_id: string): void {
    this.#holes++;
    if (this.#holes < COMPACT_MIN_HOLES || this.#holes * 2 < this.#ids.length) return;
    const records = this.#records;
    this.#ids = this.#ids.filter((id) => records.has(id));
    this.#holes = 0;
  }
}

/** Below this many removed ids, {@link Collection} does not compact its id array (not worth a pass). */
const COMPACT_MIN_HOLES = 64;

/** The ids of `records` that are not in `keep` (read only when a listener asks for them). */
export function* idsExcept(records: Iterable<{ id: string }>, keep: readonly string[]): Generator<string> {
  for (const record of records) if (!keep.includes(record.id)) yield record.id;
}

/**
 * The first index of ascending `items` whose item is not `before` the one sought (binary search):
 * how many items come before it.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose id is ≥ `id`. */
export function lowerBound(ids: readonly string[], id: string): number {
  return partitionPoint(ids, (other) => other < id);
}
