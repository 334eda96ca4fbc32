/**
 * A hash index from domain names to whatever holds them, for hundreds of thousands of names.
 * A `Map<string, …>` costs about a microsecond per lookup-and-insert at that size (fresh strings
 * to hash, entries scattered over the heap) and ~40 bytes per name; every order looks up and
 * indexes each of its up to hundreds of domains, so this index keeps 32-bit hashes and
 * owner numbers side by side in one typed array (open addressing, linear probing, 8 bytes a
 * slot: one cache line per probe) and asks the owner whether it really holds the name only when
 * the hashes agree.
 */

import { nameHash } from '../lint/fast-matchers';

const EMPTY = 0;
const INITIAL_CAPACITY = 1024;
/** Slots under which the table grows fourfold rather than twofold (2M slots = 16 MB). */
const QUADRUPLE_BELOW = 1 << 21;

/** The lint engine's `nameHash` (its domain scan and `normalizeDomainsHashed` use it too). */
export const hashName: (name: string) => number = nameHash;

/** Names → owners. An owner may hold many names (one entry each); entries are overwritten, never deleted. */
export class NameIndex<T> {
  readonly #holds: (owner: T, name: string) => boolean;
  /** Slot i: hash at `2i`, owner number + 1 at `2i + 1` (0 = empty). */
  #table = new Int32Array(2 * INITIAL_CAPACITY);
  /**
   * Owners by number. An order sets all its names in a row, so consecutive sets of one owner
   * share a number; an owner set again later gets another (harmless, and rarer than a map of
   * every owner is large).
   */
  #owners: T[] = [];
  #lastOwner: T | undefined;
  #lastNumber = 0;
  #size = 0;
  /** Bumped whenever slots move (grow, clear): remembered probe ends are then stale. */
  #generation = 0;
  /** The current batch's lookups (see {@link lookupBatch}): hash and probe end per position. */
  #probeHashes = new Int32Array(0);
  #probeEnds = new Int32Array(0);
  #probeGeneration = -1;
  #probeCount = 0;
  #probeSession = 0;

  /** @param holds - True when `owner` holds `name` (hashes collide; names never do). */
  constructor(holds: (owner: T, name: string) => boolean) {
    this.#holds = holds;
  }

  /** How many names are indexed. */
  get size(): number {
    return this.#size;
  }

  /**
   * Looks up a batch of names that may be set next (an order checks its names, then indexes
   * them) in two tight passes — every hash first, then every probe — so the probes' cache misses
   * in a table of millions of slots overlap instead of waiting one after the other. Returns the
   * batch to pass to {@link get} and {@link setAfterLookup}, which continue from where each probe
   * stopped; a later batch, a grow or a clear makes it stale, and stale batches fall back to a
   * plain lookup. `hashes`, when given, must be {@link hashName} of each name (the lint engine's
   * `normalizeDomainsHashed` has them from validation), so the names are not hashed again.
   */
  lookupBatch(names: readonly string[], hashes?: readonly number[]): number {
    if (this.#probeHashes.length < names.length) {
      this.#probeHashes = new Int32Array(names.length);
      this.#probeEnds = new Int32Array(names.length);
    }
    const probeHashes = this.#probeHashes;
    const ends = this.#probeEnds;
    for (let at = 0; at < names.length; at++) {
      probeHashes[at] = hashes === undefined ? hashName(names[at]!) : hashes[at]!;
    }
    const table = this.#table;
    const mask = (table.length >> 1) - 1;
    for (let at = 0; at < names.length; at++) {
      const hash = probeHashes[at]!;
      let slot = hash & mask;
      // Stops at the first empty slot or the first equal hash; `get` takes it from there.
      while (table[2 * slot + 1] !== EMPTY && table[2 * slot] !== hash) slot = (slot + 1) & mask;
      ends[at] = slot;
    }
    this.#probeCount = names.length;
    this.#probeGeneration = this.#generation;
    return ++this.#probeSession;
  }

  /**
   * The owner of `name`, if any. With a current `batch` of {@link lookupBatch} and the name's
   * position `at` in it, the probe continues from where the batch's stopped (the slots before held
   * other names then, and entries are never deleted) and remembers where it ends.
   */
  get(name: string, batch = 0, at = -1): T | undefined {
    const current = this.#isCurrent(batch, at);
    const hash = current ? this.#probeHashes[at]! : hashName(name);
    const table = this.#table;
    const mask = (table.length >> 1) - 1;
    let slot = current ? this.#probeEnds[at]! : hash & mask;
    for (; table[2 * slot + 1] !== EMPTY; slot = (slot + 1) & mask) {
      if (table[2 * slot] !== hash) continue;
      const owner = this.#owners[table[2 * slot + 1]! - 1]!;
      if (this.#holds(owner, name)) return owner;
    }
    if (current) this.#probeEnds[at] = slot;
    return undefined;
  }

  /**
   * {@link set} for the name a `get` of `batch` looked up at position `at` and did not find.
   * The probe continues from where that lookup ended: every slot before it held another name then,
   * and entries are never deleted, so the name cannot be there now.
   */
  setAfterLookup(name: string, owner: T, batch: number, at: number): void {
    if (!this.#isCurrent(batch, at)) {
      this.set(name, owner);
      return;
    }
    this.#insert(name, owner, this.#probeHashes[at]!, this.#probeEnds[at]!);
  }

  /** True when `at` is a position of `batch` and the batch's probe ends still hold. */
  #isCurrent(batch: number, at: number): boolean {
    return (
      batch !== 0 &&
      batch === this.#probeSession &&
      this.#probeGeneration === this.#generation &&
      at >= 0 &&
      at < this.#probeCount
    );
  }

  /** Makes `owner` the owner of `name` (replacing the previous owner that still holds it). */
  set(name: string, owner: T): void {
    const hash = hashName(name);
    this.#insert(name, owner, hash, hash & ((this.#table.length >> 1) - 1));
  }

  #insert(name: string, owner: T, hash: number, start: number): void {
    const number = this.#numberOf(owner);
    const table = this.#table;
    const mask = (table.length >> 1) - 1;
    let slot = start;
    for (; table[2 * slot + 1] !== EMPTY; slot = (slot + 1) & mask) {
      if (table[2 * slot] !== hash) continue;
      const previous = this.#owners[table[2 * slot + 1]! - 1]!;
      if (previous === owner || this.#holds(previous, name)) {
        table[2 * slot + 1] = number;
        return;
      }
    }
    table[2 * slot] = hash;
    table[2 * slot + 1] = number;
    if (++this.#size * 4 > table.length) this.#grow();
  }

  /** Forgets every name. */
  clear(): void {
    this.#generation++;
    this.#table = new Int32Array(2 * INITIAL_CAPACITY);
    this.#owners = [];
    this.#lastOwner = undefined;
    this.#size = 0;
  }

  #numberOf(owner: T): number {
    if (owner !== this.#lastOwner) {
      this.#lastOwner = owner;
      this.#lastNumber = this.#owners.push(owner);
    }
    return this.#lastNumber;
  }

  // Stored hashes are reused, names are not hashed again. Growing touches every slot of a fresh
  // table (page faults, then the moves), so up to QUADRUPLE_BELOW slots the table grows fourfold:
  // a filling index then moves a third as many entries; beyond, it doubles to bound the slack.
  #grow(): void {
    const old = this.#table;
    const slots = old.length >> 1;
    const table = new Int32Array(old.length * (slots < QUADRUPLE_BELOW ? 4 : 2));
    const mask = (table.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === EMPTY) continue;
      let slot = old[at]! & mask;
      while (table[2 * slot + 1] !== EMPTY) slot = (slot + 1) & mask;
      table[2 * slot] = old[at]!;
      table[2 * slot + 1] = old[at + 1]!;
    }
    this.#table = table;
    this.#generation++;
  }
}
