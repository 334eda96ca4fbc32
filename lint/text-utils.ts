/** Small wording helpers shared by the rules. */
import { redactSecrets } from './urls';

/** `name` in backticks. */
export function quote(name: string): string {
  return `\`${name}\``;
}

/**
 * Characters a quote of untrusted text must not carry raw, in the lint engine's messages and fields
 * and in the emulator's (both write them as {@link escapeControls} does):
 * - C0 and C1 controls and DEL (an escape sequence clears a terminal or moves its cursor; U+0085
 *   ends a line);
 * - U+2028 and U+2029, the line and paragraph separators (they end a line in editors, log viewers
 *   and JavaScript source, breaking a one-line report);
 * - the bidirectional controls, U+061C, U+200E–U+200F, U+202A–U+202E and U+2066–U+2069 (a
 *   right-to-left override reorders the rest of a line: "Trojan Source");
 * - the invisible format characters: U+200B–U+200D (zero-width space, non-joiner, joiner),
 *   U+2060–U+2064 (word joiner, invisible operators), U+206A–U+206F (deprecated shaping controls),
 *   U+FEFF (byte order mark) and U+FFF9–U+FFFB (interlinear annotation, which hides text). They
 *   draw nothing, so a quote holding one looks like another string (`na\u200bme` like `name`):
 *   the quote is there to show the client what it sent, and the invisible character is most often
 *   why the name or id was refused. The cost is that a joiner inside an emoji or a Persian word
 *   quoted in a message shows as `\u200d`; the soft hyphen and the emoji tag and variation
 *   characters stay, as they hide nothing a reader needs to see;
 * - half of a surrogate pair (strict JSON parsers refuse it).
 */
export const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SHORT_ESCAPES: Record<string, string> = {
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
};

/**
 * `text` with its {@link CONTROLS} (control characters, line separators, bidirectional controls,
 * invisible format characters, lone surrogates) written as JSON writes them (`\n`, `\u001b`,
 * `\u202e`), so that a message quoting a key or a value cannot clear a terminal, move its cursor,
 * break a one-line report or hide a character. Messages and fields pass through it on their way out
 * of the engine and of the emulator. Idempotent: what it writes holds no such character.
 */
export function escapeControls(text: string): string {
  if (!hasControl(text)) return text;
  return text.replace(CONTROLS, (c) => SHORT_ESCAPES[c] ?? unicodeEscape(c));
}
/** One UTF-16 unit as JSON's `\uXXXX` escape (lower-case hex): `é` → `\u00e9`. */
/** One UTF-16 unit as JSON's `\\uXXXX` escape (lower-case hex): `é` → `\\u00e9`. */
export function unicodeEscape(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A message, field or fix title ready to leave the lint engine or the emulator — the one rule for
 * quoting untrusted text: API keys, webhook secrets and URL passwords keep only their prefix (a key
 * pasted as a field name or value would otherwise be repeated in terminals, CI logs and SARIF
 * uploads), and {@link CONTROLS} are escaped ({@link escapeControls}).
 */
export function printable(text: string): string {
  return escapeControls(redactSecrets(text));
}

/** A quick pass before the regular expression: true for any character {@link CONTROLS} may match. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
    if (c < 0x61c) continue;
    if (c === 0x61c || (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e)) return true;
    if ((c >= 0x2060 && c <= 0x206f) || (c >= 0xd800 && c <= 0xdfff)) return true;
    if (c === 0xfeff || (c >= 0xfff9 && c <= 0xfffb)) return true;
  }
  return false;
}

/**
 * `text` without the run of `char` (one UTF-16 unit) at its end: `acme.com..` → `acme.com` for
 * `.`. What `text.replace(/\.+$/, '')` does, in time linear in the run: that regular expression
 * tries each position of a run not at the end (`.....A`), reading it to its end from each, which
 * is quadratic in the run's length.
 */
export function trimTrailing(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return end === text.length ? text : text.slice(0, end);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` cut to at most `max` UTF-16 units, between whole characters as a reader sees them (an
 * emoji, a flag or a letter with its accents is never cut in two), then `…`; unchanged when short.
 * A first character longer than `max` on its own (a letter with dozens of marks) is cut between
 * code points instead: a quote that shows nothing but `…` looks empty.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text.slice(0, max + 16))) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  if (end === 0) {
    end = max;
    // Never half of a surrogate pair.
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
  }
  return `${text.slice(0, end)}…`;
}

/** How many characters of a value or a key a message quotes; longer ones are cut, with `…`. */
const QUOTE_MAX = 60;

/**
 * `text` the client wrote, ready to be quoted in a message: masked, then cut to {@link QUOTE_MAX}
 * characters. Masked before it is cut: a cut URL could keep the start of a password the masker no
 * longer sees. A pasted API key or webhook secret keeps only its prefix.
 */
function clipped(text: string): string {
  const masked = redactSecrets(text);
  return masked.length > QUOTE_MAX ? shorten(masked, QUOTE_MAX - 3) : masked;
}

/**
 * A key or name the client wrote, in backticks for a message: cut as {@link describeValue} cuts
 * strings (`` `kkkk…` ``), its URL passwords, keys and secrets hidden. A 20 000-character unknown
 * key would otherwise make a 20 000-character message. The `field` of a finding keeps it whole.
 */
export function quoteKey(key: string): string {
  return quote(clipped(key));
}

/**
 * A short, printable description of a JSON value for messages: `"acme .com"`, `42`, `an object`.
 * A URL's user name and password are hidden (`"https://admin:***@acme.com/"`): messages go to
 * terminals, CI logs and SARIF uploads.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    // JSON.stringify escapes C0 controls but not C1 ones (U+009B is a terminal's CSI).
    return escapeControls(JSON.stringify(clipped(value)));
  }
  // What JSON.parse makes of a number beyond the double range (`1e400`): not what was written.
  if (value === Number.POSITIVE_INFINITY) return 'a number too large to represent';
  if (value === Number.NEGATIVE_INFINITY) return 'a negative number too large to represent';
  return String(value);
}

/** Levenshtein distance, capped: returns `limit + 1` as soon as the distance exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Only cells within `limit` of the diagonal can stay within `limit` (the others count as
  // `limit + 1`), so each row computes a band of at most 2 × limit + 1 cells; two rows are
  // swapped in place. This runs for every candidate of every "did you mean".
  const over = Math.min(limit + 1, a.length + b.length + 1);
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[0] = Math.min(i, over);
    if (from > 1) current[from - 1] = over;
    let rowMin = from > 1 ? over : current[0]!;
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = over;
    if (rowMin > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.min(previous[b.length]!, over);
}

/**
 * The candidate closest to `word` (case-insensitive, also matching `-`/`_` and camelCase variants),
 * if it is within `maxDistance` edits (default: a third of the word, at least 1, at most 3).
 */
export function closestMatch(
  word: string,
  candidates: readonly string[],
  maxDistance?: number,
): string | undefined {
  const target = normalizeWord(word);
  const limit = maxDistance ?? Math.min(3, Math.max(1, Math.floor(target.length / 3)));
  const normalized = normalizedCandidates(candidates);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (let i = 0; i < candidates.length; i++) {
    const distance = editDistance(target, normalized[i]!, limit);
    if (distance < bestDistance) {
      best = candidates[i];
      bestDistance = distance;
    }
  }
  // Two neighbouring letters swapped (`bdoy`, `qurey`) is one slip of the fingers, though two
  // edits: too many for a short word's limit, so it is looked for when nothing else is close.
  if (best === undefined && limit >= 1) {
    const swapped = normalized.findIndex((candidate) => isAdjacentSwap(target, candidate));
    if (swapped >= 0) best = candidates[swapped];
  }
  return best;
}

/** True when `a` is `b` with two neighbouring characters swapped. */
function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = 0;
  while (first < a.length && a[first] === b[first]) first++;
  return (
    first + 1 < a.length &&
    a[first] === b[first + 1] &&
    a[first + 1] === b[first] &&
    a.slice(first + 2) === b.slice(first + 2)
  );
}

/** Candidate lists (e.g. a schema's property names, reused across errors) → their normalized words. */
const normalizedLists = new WeakMap<readonly string[], string[]>();

function normalizedCandidates(candidates: readonly string[]): string[] {
  let normalized = normalizedLists.get(candidates);
  if (normalized === undefined) {
    normalized = candidates.map(normalizeWord);
    normalizedLists.set(candidates, normalized);
  }
  return normalized;
}

const normalizedWords = new Map<string, string>();
/** Field names are short; a longer word (a pasted value used as a key) is normalized, not kept. */
const MAX_MEMOIZED_LENGTH = 64;

/** `forwardingURL`, `forwarding-url`, `Forwarding_Url` → `forwarding_url` (memoized: candidates recur). */
function normalizeWord(word: string): string {
  let normalized = normalizedWords.get(word);
  if (normalized === undefined) {
    normalized = word
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .replace(/[-\s]/g, '_');
    // Bounded in count and size: a language server lints every keystroke for hours.
    if (word.length <= MAX_MEMOIZED_LENGTH) {
      if (normalizedWords.size > 5000) normalizedWords.clear();
      normalizedWords.set(word, normalized);
    }
  }
  return normalized;
}

/** `text` as a RegExp source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
