/**
 * The names of an order's compact domain block, kept as one string (the names joined by newlines):
 * an emulator holding a million domains then gives the garbage collector one string per order to
 * mark and promote instead of one per domain. A positional read slices a fresh string; the
 * offsets it needs are found on the first one. Domain names never contain a newline.
 */
export class NameList implements Iterable<string> {
  /** How many names. */
  readonly length: number;
  readonly #text: string;
  /** Where name i starts; `length + 1` entries, the last one past the end. Built on first use. */
  #starts: Int32Array | undefined;

  constructor(names: readonly string[]) {
    this.length = names.length;
    this.#text = names.join('\n');
  }

  /** A list from a restored state file (a plain array) or an existing list. */
  static from(names: NameList | readonly string[]): NameList {
    return names instanceof NameList ? names : new NameList(names);
  }

  /** The name at `index`, or undefined outside the list. */
  at(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    const starts = this.#offsets();
    return this.#text.slice(starts[index], starts[index + 1]! - 1);
  }

  /** The position of `name`, or -1. */
  indexOf(name: string): number {
    const offset = this.#find(name);
    if (offset < 0) return -1;
    // Binary search for the name starting at `offset`.
    const starts = this.#offsets();
    let low = 0;
    let high = this.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** True when the list holds `name`. */
  includes(name: string): boolean {
    return this.#find(name) >= 0;
  }

  /** True when `pattern` matches the names joined by newlines (with the `m` flag, `^` matches at each name). */
  test(pattern: RegExp): boolean {
    return pattern.test(this.#text);
  }

  /** `fn` of every name with its position, like `Array.prototype.map`. */
  map<U>(fn: (name: string, index: number) => U): U[] {
    const out: U[] = new Array(this.length);
    for (let index = 0; index < this.length; index++) out[index] = fn(this.at(index)!, index);
    return out;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let index = 0; index < this.length; index++) yield this.at(index)!;
  }

  /** Saved as the plain array of names (the state file's format). */
  toJSON(): string[] {
    return this.length === 0 ? [] : this.#text.split('\n');
  }

  /** The character offset of `name` as a whole entry, or -1. */
  #find(name: string): number {
    if (name === '' || name.includes('\n')) return -1;
    const text = this.#text;
    for (let from = 0; ; ) {
      const at = text.indexOf(name, from);
      if (at < 0) return -1;
      const end = at + name.length;
      if (
        (at === 0 || text.charCodeAt(at - 1) === 10) &&
        (end === text.length || text.charCodeAt(end) === 10)
      )
        return at;
      from = at + 1;
    }
  }

  #offsets(): Int32Array {
    if (this.#starts === undefined) {
      const starts = new Int32Array(this.length + 1);
      let at = 0;
      for (let index = 0; index < this.length; index++) {
        starts[index] = at;
        const end = this.#text.indexOf('\n', at);
        at = end < 0 ? this.#text.length + 1 : end + 1;
      }
      starts[this.length] = this.#text.length + 1;
      this.#starts = starts;
    }
    return this.#starts;
  }
}
