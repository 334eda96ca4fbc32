/**
 * Hand-written matchers for the contract's hottest regular expressions and formats, used by the
 * generated validators (`schemas/generated/validators.ts`, through `schema-validation.ts`) and by
 * the domain rules. A `POST /orders` body carries hundreds of domain names; testing each against the
 * Unicode `DomainName` pattern costs more than parsing the whole document. For ASCII names (nearly
 * all of them) a character loop gives exactly the pattern's answer at a fraction of the cost;
 * anything else still goes to the real RegExp. No ajv import here: this ships in every bundle.
 * `test/lint-fast-patterns.test.ts` checks equivalence with fast-check.
 */
import { SCHEMA_DOCUMENTS } from './schema-sources';

/** What ajv needs from a RegExp. */
export interface RegExpLike {
  test(text: string): boolean;
}

/** The contract's `DomainName.pattern`. */
export const DOMAIN_NAME_PATTERN_SOURCE = String(
  (SCHEMA_DOCUMENTS['create-order-request.json']!.$defs as Record<string, Record<string, unknown>>)
    .DomainName!.pattern,
);

// Character classes of the `DomainName` alphabet: one table lookup per character, for every UTF-16
// code unit (64 KB), so the loop needs no separate range check.
const LOWER = 1;
const UPPER = 2;
const DIGIT = 4;
const HYPHEN = 8;
const OTHER = 16;
const DOT = 32;
const NON_ASCII = 64;
const CLASS = new Uint8Array(65536).fill(NON_ASCII);
CLASS.fill(OTHER, 0, 128);
CLASS.fill(LOWER, 97, 123);
CLASS.fill(UPPER, 65, 91);
CLASS.fill(DIGIT, 48, 58);
CLASS[45] = HYPHEN;
CLASS[46] = DOT;
const ALNUM = LOWER | UPPER | DIGIT;

/** FNV-1a offset basis and prime: the hash the domain scan compares names by. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a of a string's UTF-16 code units, as a signed 32-bit integer (what the matcher
 * records for a name it accepts, and what fits an `Int32Array` unchanged).
 */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash | 0;
}

/**
 * What the validators' `DomainName` matcher learned about the names it accepted, in the order it
 * saw them: the name, whether it is already in normalized form (no capitals, no trailing dot) and
 * its FNV-1a hash. The domain rules, which run on the same body right after validation, read it
 * instead of looking at every character of a 200-domain list a second time. It is a cache, never
 * a source of truth: a reader uses an entry only when its name equals the string it holds.
 */
export const matchedNames = {
  /** How many entries are valid; the arrays keep their capacity between checks. */
  count: 0,
  names: [] as string[],
  normalized: [] as boolean[],
  hashes: [] as number[],
  /** Forgets every entry (the start of each validation). */
  clear(): void {
    this.count = 0;
  },
};

/** Entries beyond this are not recorded (a pathological body must not grow the log without end). */
const MAX_RECORDED = 100_000;

/**
 * The `DomainName` pattern on an ASCII string: one or more labels (1–63 letters, digits or inner
 * hyphens) each followed by a dot, then a top-level domain of 2–63 letters or `xn--` + 1–59
 * letters/digits/hyphens, then an optional dot. `undefined` for non-ASCII input. With `record`, an
 * accepted name is added to {@link matchedNames}.
 */
export function matchAsciiDomainName(text: string, record = false): boolean | undefined {
  // One pass. A `false` may be returned before the end of the text: an ASCII label that breaks the
  // pattern fails it whatever follows. A `true` is only returned once every character was seen.
  let end = text.length;
  const trailingDot = end > 0 && text.charCodeAt(end - 1) === 46;
  if (trailingDot) end--;
  let start = 0;
  let labels = 0;
  let label = 0; // the classes seen in the current label
  let seen = 0; // the classes seen in the labels before it
  let hash = FNV_OFFSET;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const kind = CLASS[c]!;
    hash = Math.imul(hash ^ c, FNV_PRIME);
    if (kind !== DOT) {
      label |= kind;
      continue;
    }
    const length = i - start;
    if (
      length < 1 ||
      length > 63 ||
      label & (OTHER | NON_ASCII) ||
      (CLASS[text.charCodeAt(start)]! & ALNUM) === 0 ||
      (CLASS[text.charCodeAt(i - 1)]! & ALNUM) === 0
    ) {
      return label & NON_ASCII ? undefined : false;
    }
    labels++;
    seen |= label;
    label = 0;
    start = i + 1;
  }
  if (label & NON_ASCII) return undefined;
  // The top-level domain: 2–63 letters, or xn-- + 1–59 letters, digits or hyphens.
  const length = end - start;
  if (labels === 0 || label & OTHER) return false;
  const valid =
    (label & ~(LOWER | UPPER)) === 0
      ? length >= 2 && length <= 63
      : length >= 5 && length <= 63 && text.startsWith('xn--', start);
  if (valid && record && matchedNames.count < MAX_RECORDED) {
    const at = matchedNames.count++;
    matchedNames.names[at] = text;
    matchedNames.normalized[at] = !trailingDot && ((seen | label) & UPPER) === 0;
    matchedNames.hashes[at] = hash;
  }
  return valid;
}

function domainNameMatcher(regExp: RegExp): RegExpLike {
  return {
    test(text: string) {
      return matchAsciiDomainName(text, true) ?? regExp.test(text);
    },
  };
}

/** ajv `code.regExp` engine: the fast matcher for known patterns, a plain RegExp otherwise. */
export const peekerRegExp = Object.assign(
  (pattern: string, flags: string): RegExpLike => {
    const regExp = new RegExp(pattern, flags);
    return pattern === DOMAIN_NAME_PATTERN_SOURCE ? domainNameMatcher(regExp) : regExp;
  },
  // What ajv's standalone code generation writes for it: the generated validators receive it by that name.
  { code: 'peekerRegExp' },
);

/**
 * Plain `http(s)` URLs with only unreserved/sub-delim characters (no `%`, no IP literal, no
 * user info): every string this accepts is also accepted by ajv-formats' full `uri` check, which
 * stays the judge of everything else (checked by `test/lint-fast-patterns.test.ts`).
 */
const PLAIN_HTTP_URL =
  /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:\/[a-z0-9\-._~!$&'()*+,;=:@/]*)?(?:\?[a-z0-9\-._~!$&'()*+,;=:@/?]*)?(?:#[a-z0-9\-._~!$&'()*+,;=:@/?]*)?$/i;

/** A `uri` format check that accepts plain http(s) URLs fast and defers the rest to `full`. */
export function fastUriFormat(full: (text: string) => boolean): (text: string) => boolean {
  return (text) => PLAIN_HTTP_URL.test(text) || full(text);
}

/** Exposed for the equivalence test. */
export const PLAIN_HTTP_URL_PATTERN = PLAIN_HTTP_URL;

/** The number of Unicode code points of `text` (what JSON Schema's length keywords count). */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}
