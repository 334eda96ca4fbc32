/**
 * A hash index from domain names to whatever holds them, for hundreds of thousands of names.
 * A `Map<string, …>` costs about a microsecond per lookup-and-insert at that size (fresh strings
 * to hash, entries scattered over the heap) and ~40 bytes per name; every order looks up and
 * indexes each of its up to hundreds of domains, so this index keeps 32-bit FNV-1a hashes and
 * owner numbers in two typed arrays (open addressing, linear probing, 8 bytes a slot) and asks
 * the owner whether it really holds the name only when the hashes agree.
 */

const EMPTY = 0;
const INITIAL_CAPACITY = 1024;

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** Names → owners. An owner may hold many names (one entry each); entries are overwritten, never deleted. */
export class NameIndex<T> {
  readonly #holds: (owner: T, name: string) => boolean;
  #hashes = new Int32Array(INITIAL_CAPACITY);
  /** Owner number + 1 per slot (0 = empty). */
  #slots = new Int32Array(INITIAL_CAPACITY);
  #owners: T[] = [];
  /** Owner numbers, so an owner of many names is stored once. */
  #numbers = new Map<T, number>();
  #size = 0;

  /** @param holds - True when `owner` holds `name` (hashes collide; names never do). */
  constructor(holds: (owner: T, name: string) => boolean) {
    this.#holds = holds;
  }

  /** How many names are indexed. */
  get size(): number {
    return this.#size;
  }

  /** The owner of `name`, if any. */
  get(name: string): T | undefined {
    const hash = hashName(name);
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; this.#slots[slot] !== EMPTY; slot = (slot + 1) & mask) {
      if (this.#hashes[slot] !== hash) continue;
      const owner = this.#owners[this.#slots[slot]! - 1]!;
      if (this.#holds(owner, name)) return owner;
    }
    return undefined;
  }

  /** Makes `owner` the owner of `name` (replacing the previous owner that still holds it). */
  set(name: string, owner: T): void {
    const number = this.#numberOf(owner);
    const hash = hashName(name);
    const mask = this.#slots.length - 1;
    let slot = hash & mask;
    for (; this.#slots[slot] !== EMPTY; slot = (slot + 1) & mask) {
      if (this.#hashes[slot] !== hash) continue;
      const previous = this.#owners[this.#slots[slot]! - 1]!;
      if (previous === owner || this.#holds(previous, name)) {
        this.#slots[slot] = number;
        return;
      }
    }
    this.#hashes[slot] = hash;
    this.#slots[slot] = number;
    if (++this.#size * 2 > this.#slots.length) this.#grow();
  }

  /** Forgets every name. */
  clear(): void {
    this.#hashes = new Int32Array(INITIAL_CAPACITY);
    this.#slots = new Int32Array(INITIAL_CAPACITY);
    this.#owners = [];
    this.#numbers.clear();
    this.#size = 0;
  }

  #numberOf(owner: T): number {
    let number = this.#numbers.get(owner);
    if (number === undefined) {
      number = this.#owners.push(owner);
      this.#numbers.set(owner, number);
    }
    return number;
  }

  // Doubles the table; stored hashes are reused, names are not hashed again.
  #grow(): void {
    const hashes = this.#hashes;
    const slots = this.#slots;
    this.#hashes = new Int32Array(slots.length * 2);
    this.#slots = new Int32Array(slots.length * 2);
    const mask = this.#slots.length - 1;
    for (let old = 0; old < slots.length; old++) {
      if (slots[old] === EMPTY) continue;
      let slot = hashes[old]! & mask;
      while (this.#slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.#hashes[slot] = hashes[old]!;
      this.#slots[slot] = slots[old]!;
    }
  }
}
