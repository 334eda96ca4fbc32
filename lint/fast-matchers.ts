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

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The `DomainName` pattern on an ASCII string: one or more labels (1–63 letters, digits or inner
 * hyphens) each followed by a dot, then a top-level domain of 2–63 letters or `xn--` + 1–59
 * letters/digits/hyphens, then an optional dot. `undefined` for non-ASCII input.
 */
export function matchAsciiDomainName(text: string): boolean | undefined {
  // One pass. A `false` may be returned before the end of the text: an ASCII label that breaks the
  // pattern fails it whatever follows. A `true` is only returned once every character was seen.
  let end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 46) end--;
  let start = 0;
  let labels = 0;
  let invalidChar = false;
  let onlyLetters = true;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 46;
    if (c > 127) return undefined;
    if (c !== 46) {
      if (!isLetter(c)) {
        onlyLetters = false;
        if (c !== 45 && (c < 48 || c > 57)) invalidChar = true;
      }
      continue;
    }
    const length = i - start;
    if (i === end) {
      // The top-level domain: 2–63 letters, or xn-- + 1–59 letters, digits or hyphens.
      if (labels === 0 || invalidChar) return false;
      if (onlyLetters) return length >= 2 && length <= 63;
      return length >= 5 && length <= 63 && text.startsWith('xn--', start);
    }
    if (length < 1 || length > 63 || invalidChar) return false;
    if (!isAlnum(text.charCodeAt(start)) || !isAlnum(text.charCodeAt(i - 1))) return false;
    labels++;
    start = i + 1;
    invalidChar = false;
    onlyLetters = true;
  }
  return false;
}

function domainNameMatcher(regExp: RegExp): RegExpLike {
  return {
    test(text: string) {
      return matchAsciiDomainName(text) ?? regExp.test(text);
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
