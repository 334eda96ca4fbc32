/**
 * The names of an order's compact domain block, kept as one string — the names as the elements of
 * a JSON array, `"a.com","b.io"` — so that an emulator holding a million domains gives the garbage
 * collector one string per order to mark and promote instead of one per domain, and the order's
 * dedupe fingerprint hashes that string as it is instead of serializing the names again. A
 * positional read slices a fresh string; the offsets it needs are found on the first one. The
 * names must need no JSON escaping, which normalized domain names never do (letters, digits, `-`
 * and `.`).
 */
export class NameList implements Iterable<string> {
  /** How many names. */
  readonly length: number;
  readonly #text: string;
  /** Where name i starts; `length + 1` entries, the last one 3 past the end (`","`). Built on first use. */
  #starts: Int32Array | undefined;

  constructor(names: readonly string[]) {
    this.length = names.length;
    this.#text = names.length === 0 ? '' : `"${names.join('","')}"`;
  }

  /** A list from a restored state file (a plain array) or an existing list. */
  static from(names: NameList | readonly string[]): NameList {
    return names instanceof NameList ? names : new NameList(names);
  }

  /** The names as the elements of a JSON array, without the brackets: `"a.com","b.io"`. */
  get json(): string {
    return this.#text;
  }

  /** The name at `index`, or undefined outside the list. */
  at(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    const starts = this.#offsets();
    return this.#text.slice(starts[index], starts[index + 1]! - 3);
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

  /** True when `pattern` matches {@link json} (each name there starts after a `"` and ends before one). */
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
    return JSON.parse(`[${this.#text}]`) as string[];
  }

  /** The character offset of `name` as a whole entry, or -1. */
  #find(name: string): number {
    if (name === '' || name.includes('"')) return -1;
    const at = this.#text.indexOf(`"${name}"`);
    return at < 0 ? -1 : at + 1;
  }

  #offsets(): Int32Array {
    if (this.#starts === undefined) {
      const text = this.#text;
      const starts = new Int32Array(this.length + 1);
      let at = 1;
      for (let index = 0; index < this.length; index++) {
        starts[index] = at;
        at = text.indexOf('"', at) + 3;
      }
      starts[this.length] = text.length + 2;
      this.#starts = starts;
    }
    return this.#starts;
  }
}
