/**
 * Hand-written matchers for the contract's hottest regular expressions and formats, used by the
 * generated validators (`schemas/generated/validators.ts`, through `schema-validation.ts`) and by
 * the domain rules. A `POST /orders` body carries hundreds of domain names; testing each against the
 * Unicode `DomainName` pattern costs more than parsing the whole document. For ASCII names (nearly
 * all of them) a character loop gives exactly the pattern's answer at a fraction of the cost;
 * anything else still goes to the real RegExp. No ajv import here: this ships in every bundle.
 * `test/lint-fast-patterns.test.ts` checks equivalence with fast-check.
 */
import { domainToASCII, domainToUnicode } from 'node:url';
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

/** FNV-1a's offset basis and prime, the seeds and multiplier of {@link nameHash}'s two lanes. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const ODD_LANE_OFFSET = 0x050c5d1f;

/**
 * The hash the domain scan and the emulator's name index compare names by, as a signed 32-bit
 * integer (what fits an `Int32Array` unchanged): FNV-1a steps over the even- and the odd-indexed
 * UTF-16 code units in two lanes — two independent multiply chains, half as long each, which the
 * CPU runs side by side — then a MurmurHash3 finalizer, so that every input bit reaches the low
 * bits a hash table indexes by. The `DomainName` matcher computes it in its own character loop.
 */
export function nameHash(text: string): number {
  let even = FNV_OFFSET;
  let odd = ODD_LANE_OFFSET;
  const length = text.length;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    even = Math.imul(even ^ text.charCodeAt(i), FNV_PRIME);
    odd = Math.imul(odd ^ text.charCodeAt(i + 1), FNV_PRIME);
  }
  if (i < length) even = Math.imul(even ^ text.charCodeAt(i), FNV_PRIME);
  return mixLanes(even, odd);
}

/** Joins {@link nameHash}'s lanes: MurmurHash3's fmix32 of one lane and the other rotated. */
function mixLanes(even: number, odd: number): number {
  let hash = even ^ ((odd << 16) | (odd >>> 16));
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) | 0;
}

/**
 * What the validators' `DomainName` matcher learned about the names it accepted, in the order it
 * saw them: the name, whether it is already in normalized form (no capitals, no trailing dot), its
 * {@link nameHash}, and whether it is a root domain at a glance. The domain rules, which run on the same body right after validation, read it
 * instead of looking at every character of a 200-domain list a second time. It is a cache, never
 * a source of truth: a reader uses an entry only when its name equals the string it holds.
 */
export const matchedNames = {
  /** How many entries are valid; the arrays keep their capacity between checks. */
  count: 0,
  names: [] as string[],
  normalized: [] as boolean[],
  hashes: [] as number[],
  /**
   * True when the name has one dot (a trailing one aside) and a top-level domain that is not two
   * characters long (`acme.com`): a root domain whatever the public-suffix list says, so the
   * root-domain rule skips it. False means only "look closer" (`mail.acme.com`, `co.uk`, `acme.io`).
   */
  plainRoot: [] as boolean[],
  /** Forgets every entry (the start of each validation). */
  clear(): void {
    this.count = 0;
  },
};

/** Entries beyond this are not recorded (a pathological body must not grow the log without end). */
const MAX_RECORDED = 100_000;

/**
 * The `DomainName` pattern on an ASCII string: one or more labels (1–63 letters, digits or inner
 * hyphens, not both the 3rd and 4th a hyphen unless the label starts `xn--` in any case) each
 * followed by a dot, then a top-level domain of 2–63 letters or `xn--` (in any case) + 1–59
 * letters/digits/hyphens, then an optional dot — and, when a label is punycode (`xn--…`), its
 * conversion by IDNA ({@link convertsToALabels}: `xn--a.com` does not decode). `undefined` for
 * non-ASCII input. With `record`, an accepted name is added to {@link matchedNames}.
 */
export function matchAsciiDomainName(text: string, record = false): boolean | undefined {
  return matchAscii(text, record, true);
}

/**
 * {@link matchAsciiDomainName}; with `decode` false, the pattern alone (for the A-label form
 * {@link convertsToALabels} has just produced: its punycode is IDNA's own).
 */
function matchAscii(text: string, record: boolean, decode: boolean): boolean | undefined {
  // One pass. A `false` may be returned before the end of the text: an ASCII label that breaks the
  // pattern fails it whatever follows. A `true` is only returned once every character was seen.
  let end = text.length;
  const trailingDot = end > 0 && text.charCodeAt(end - 1) === 46;
  if (trailingDot) end--;
  let start = 0;
  let labels = 0;
  let label = 0; // the classes seen in the current label
  let seen = 0; // the classes seen in the labels before it
  // A label is punycode (`xn--…`): only then is IDNA asked, so only a label with a hyphen is looked at.
  let ace = false;
  // nameHash's lanes, swapped after every character: `next` takes this one, `other` the next.
  let next = FNV_OFFSET;
  let other = ODD_LANE_OFFSET;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const kind = CLASS[c]!;
    const hashed = Math.imul(next ^ c, FNV_PRIME);
    next = other;
    other = hashed;
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
    // Hyphens as the 3rd and 4th characters are reserved for IDNA's `xn--` (RFC 5891 §4.2.3.1):
    // `ab--c` is refused whatever follows; an `xn--` label is punycode, which IDNA judges below.
    if (
      label & HYPHEN &&
      length >= 5 &&
      text.charCodeAt(start + 2) === 45 &&
      text.charCodeAt(start + 3) === 45
    ) {
      if (!isAcePrefix(text, start)) return false;
      ace = true;
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
  let valid: boolean;
  if ((label & ~(LOWER | UPPER)) === 0) valid = length >= 2 && length <= 63;
  else {
    valid = length >= 5 && length <= 63 && isAcePrefix(text, start);
    ace = true;
  }
  if (valid && ace && decode) valid = convertsToALabels(text);
  if (valid && record && matchedNames.count < MAX_RECORDED) {
    const at = matchedNames.count++;
    matchedNames.names[at] = text;
    matchedNames.normalized[at] = !trailingDot && ((seen | label) & UPPER) === 0;
    // After an even number of characters `next` is the even lane again.
    matchedNames.hashes[at] = end & 1 ? mixLanes(other, next) : mixLanes(next, other);
    matchedNames.plainRoot[at] = labels === 1 && length !== 2;
  }
  return valid;
}

/**
 * IDNA's verdict on a name the `DomainName` pattern accepts (UTS #46 processing, as WHATWG URL hosts
 * and `domainToASCII` do it): it converts to A-labels (`Bücher.de` → `xn--bcher-kva.de`), and that
 * ASCII form is itself a `DomainName` within DNS's limits — labels of at most 63 characters and at
 * most 253 in all, counted on the punycode a registry stores (a 63-letter Unicode label can need 69).
 * False for punycode that does not decode (`xn--a.com`), for characters or mixes IDNA refuses
 * (`אa.com`: the Bidi rule), for a Unicode name not in NFC (RFC 5891 §4.1: `bu\u0308cher.de`
 * is registered as `bücher.de`), and for a label whose Unicode form breaks IDNA's hyphen rules
 * ({@link hyphenatedULabel}: `ab--ü.com`, `xn--ab---3ra.com`, `-ü.com`). Costs a `domainToASCII`
 * call: only for names with non-ASCII characters or an `xn--` label. The pattern leaves every non-ASCII character IDNA may keep to this
 * check (`l·l.cat`, a ZWNJ, `💩.la`), so a Unicode name and its punycode get the same verdict: a
 * valid `xn--` label decodes to characters IDNA keeps, in NFC.
 */
export function convertsToALabels(text: string): boolean {
  const ascii = domainToASCII(text);
  if (ascii === '') return false;
  const end = ascii.charCodeAt(ascii.length - 1) === 46 ? ascii.length - 1 : ascii.length;
  if (end > 253 || matchAscii(ascii, false, false) !== true) return false;
  // A Unicode name must already be composed: `domainToASCII` would compose it silently.
  return text.normalize('NFC') === text && hyphenatedULabel(ascii) === undefined;
}

/**
 * True when the 3rd and 4th characters (code points) of `label` are hyphens (`ab--c`, `ab--ü`):
 * RFC 5891 §4.2.3.1 reserves them for IDNA's A-label prefix `xn--`, so only an A-label may have
 * them, never a Unicode label (UTS #46 with CheckHyphens, the registration profile, refuses both).
 */
export function hasHyphensAt3And4(label: string): boolean {
  // The first two characters take at most four UTF-16 units.
  const chars = Array.from(label.slice(0, 6));
  return chars[2] === '-' && chars[3] === '-';
}

// An `xn--` label whose punycode starts with `-` or has `--`: punycode writes a label's hyphens
// first, in order, and then its own `-`, so only such a label can decode to one that starts or
// ends with a hyphen or has `--` in it.
const HYPHENATED_ACE = /(?:^|\.)xn--(?:-|[^.]*--)/;

/**
 * The first punycode label of `aLabels` (a name as `domainToASCII` writes it: lower-case) whose
 * Unicode form breaks the hyphen rules of IDNA's registration profile (RFC 5891 §4.2.3.1, UTS #46
 * with CheckHyphens), as ASCII labels must keep them: it starts or ends with a hyphen (`-ü` is
 * `xn----eha`), or has hyphens as its 3rd and 4th characters ({@link hasHyphensAt3And4}: `ab--ü`
 * is `xn--ab---3ra`). As `[A-label, U-label]`; `undefined` when none does. Node's `domainToASCII`
 * (UTS #46 without CheckHyphens, as WHATWG URLs do it) lets them through. Decodes nothing for
 * nearly every name: only a label whose punycode starts with `-` or has `--` can be one.
 */
export function hyphenatedULabel(aLabels: string): [string, string] | undefined {
  if (!HYPHENATED_ACE.test(aLabels)) return undefined;
  for (const aLabel of aLabels.split('.')) {
    // `--` from index 3: the prefix's second hyphen and a punycode starting with `-` count.
    if (!aLabel.startsWith('xn--') || aLabel.indexOf('--', 3) < 0) continue;
    const uLabel = domainToUnicode(aLabel);
    if (uLabel.startsWith('-') || uLabel.endsWith('-') || hasHyphensAt3And4(uLabel)) return [aLabel, uLabel];
  }
  return undefined;
}

/** True when `text` has the punycode prefix `xn--`, in any case, at `at` (`| 0x20` lower-cases a letter). */
function isAcePrefix(text: string, at: number): boolean {
  return (
    (text.charCodeAt(at) | 0x20) === 120 &&
    (text.charCodeAt(at + 1) | 0x20) === 110 &&
    text.charCodeAt(at + 2) === 45 &&
    text.charCodeAt(at + 3) === 45
  );
}

function domainNameMatcher(regExp: RegExp): RegExpLike {
  return {
    test(text: string) {
      return matchAsciiDomainName(text, true) ?? (regExp.test(text) && convertsToALabels(text));
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
