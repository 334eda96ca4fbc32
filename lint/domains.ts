/**
 * Domain names: normalization (shared with the emulator's dedupe fingerprints), precise
 * explanations of why a name is invalid, and where each operation's body carries domains.
 */
import { domainToASCII } from 'node:url';
import {
  codePointLength,
  convertsToALabels,
  hasHyphensAt3And4,
  hyphenatedULabel,
  matchAsciiDomainName,
  matchedNames,
  nameHash,
} from './fast-matchers';
import { SCHEMA_DOCUMENTS } from './schema-sources';
import { describeValue, trimTrailing, unicodeEscape } from './text-utils';
import type { JsonPath } from './types';

/**
 * The comparable form of a domain name: trimmed, lower-case, without trailing dots, and with
 * internationalized labels in punycode (`Bücher.DE.` → `xn--bcher-kva.de`, `bücher.de。` too), so
 * that names the registry treats as one compare equal. Never throws; a name `domainToASCII` rejects is only
 * trimmed and lower-cased — such a name is not valid ({@link isValidDomainName}), so the emulator
 * never stores one: every valid name comes out as ASCII `a-z`, `0-9`, `-` and `.`.
 */
export function normalizeDomain(name: string): string {
  if (isCanonicalAsciiDomain(name)) return name;
  const trimmed = trimTrailing(String(name).trim(), '.');
  // Fast path: pure ASCII names only need lower-casing (what UTS #46 mapping does to them).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is intended.
  if (/^[\x00-\x7f]*$/.test(trimmed)) return trimmed.toLowerCase();
  const ascii = domainToASCII(trimmed);
  // The mapping may end the name with a dot of its own: `。`, `．` and `｡` map to `.`.
  return ascii === '' ? trimmed.toLowerCase() : trimTrailing(ascii, '.');
}

/** Normalized domain names and the {@link nameHash} hash of each, position by position. */
export interface HashedNames {
  names: string[];
  hashes: number[];
}

/**
 * {@link normalizeDomain} of every name, with the {@link nameHash} hash of each result, for names a
 * body check has just validated: a name the validator's `DomainName` matcher recorded (see
 * {@link matchedNames}) as already normalized is taken with its recorded hash instead of being
 * scanned and hashed again, so the emulator reads a 200-domain order's names once, not three
 * times. Any other name — or every name, when no check ran just before — is normalized and hashed
 * here: the result never depends on the record.
 */
export function normalizeDomainsHashed(names: readonly string[]): HashedNames {
  const normalized: string[] = new Array(names.length);
  const hashes: number[] = new Array(names.length);
  const matched = matchedNames;
  let cursor = 0;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (cursor < matched.count && matched.names[cursor] === name) {
      const plain = matched.normalized[cursor]!;
      const hash = matched.hashes[cursor]!;
      cursor++;
      if (plain) {
        normalized[i] = name;
        hashes[i] = hash;
        continue;
      }
    }
    const key = normalizeDomain(name);
    normalized[i] = key;
    hashes[i] = nameHash(key);
  }
  return { names: normalized, hashes };
}

/**
 * True when `name` is already in its normalized form as far as a cheap scan can tell: only
 * `a-z`, `0-9`, `-` and `.`, not ending with a dot. (Validity is a separate question.)
 */
export function isCanonicalAsciiDomain(name: string): boolean {
  return CANONICAL.test(name);
}

const CANONICAL = /^[a-z0-9.-]*[a-z0-9-]$/;

const domainNameSchema = (
  SCHEMA_DOCUMENTS['create-order-request.json']!.$defs as Record<string, Record<string, unknown>>
).DomainName!;
/** The contract's `DomainName` pattern (Unicode-aware), compiled once. */
const DOMAIN_NAME_PATTERN = new RegExp(String(domainNameSchema.pattern), 'u');
const MAX_LENGTH = Number(domainNameSchema.maxLength ?? 253);
const MIN_LENGTH = Number(domainNameSchema.minLength ?? 3);

/** Why a domain name is invalid, with a corrected name when one is obvious. */
export interface DomainProblem {
  /** Short machine-readable reason, e.g. `url`, `whitespace`, `no_tld`. */
  reason: string;
  /** What is wrong, as a phrase completing "`domains[2]` …". */
  message: string;
  /** The corrected name, when the intent is clear. */
  suggestion?: string;
}

/**
 * True when `name` is a valid `DomainName` of the contract: its pattern and lengths, and IDNA's
 * conversion to A-labels for an internationalized name ({@link convertsToALabels}) — what the
 * generated validators check too.
 */
export function isValidDomainName(name: string): boolean {
  // JSON Schema counts code points: an emoji is one, though it takes two UTF-16 units.
  if (name.length < MIN_LENGTH || (name.length > MAX_LENGTH && codePointLength(name) > MAX_LENGTH))
    return false;
  return matchAsciiDomainName(name) ?? (DOMAIN_NAME_PATTERN.test(name) && convertsToALabels(name));
}

// Hoisted: compiled once (the Unicode-property classes are costly to build).
const URL_PREFIX = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#]*@)?([^/?#:]*)/i;
const PATH_CHAR = /[/?#]/;
const PORT = /:\d*$/;
const SPACE = /\s/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is intended.
const ASCII = /^[\x00-\x7f]*$/;
// An ASCII character other than a letter, a digit, `-` or `.`.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII controls are meant.
const BAD_ASCII_CHAR = /[\x00-\x2c\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]/;
const ASCII_TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;
const LEADING_MARK = /^\p{M}/u;
const LDH = /^[a-z0-9-]+$/;
// The zero-width non-joiner and joiner: IDNA keeps them where a script needs them (CONTEXTJ).
const JOINER = /[\u200c\u200d]/;
const ACE_LABEL = /^xn--/i;
// The ideographic, full-width and half-width full stops, which IDNA maps to `.`.
const FULL_STOP = /[\u3002\uff0e\uff61]/;
const FULL_STOPS = /[\u3002\uff0e\uff61]/g;
// Invisible characters IDNA deletes or refuses: every one but the joiners, which it may keep.
const INVISIBLE = /(?![\u200c\u200d])[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const INVISIBLES = /(?![\u200c\u200d])[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** `text` as `\uXXXX` escapes, one per UTF-16 unit. */
function escapeUnits(text: string): string {
  return text.replace(/[\s\S]/g, unicodeEscape);
}

/** Explains why `name` is not a valid domain name; `undefined` when it is valid. */
export function describeDomainProblem(name: string): DomainProblem | undefined {
  if (isValidDomainName(name)) return undefined;
  const suggest = (candidate: string | undefined) => {
    if (candidate === undefined) return {};
    const cleaned = candidate.trim().replace(/\.$/, '');
    return isValidDomainName(cleaned) ? { suggestion: cleaned } : {};
  };
  const trimmed = name.trim();
  if (trimmed === '')
    return { reason: 'empty', message: 'is empty: send a domain name such as "acme-mail.com".' };
  if (trimmed !== name) {
    return {
      reason: 'whitespace',
      message: 'has spaces around the name: remove them.',
      ...suggest(trimmed),
    };
  }
  const url = URL_PREFIX.exec(name);
  if (url) {
    return {
      reason: 'url',
      message: 'is a URL, not a domain name: send just the host name.',
      ...suggest(url[1]),
    };
  }
  if (name.includes('@')) {
    return {
      reason: 'email',
      message: 'looks like an email address, not a domain name: send the part after "@".',
      ...suggest(name.slice(name.lastIndexOf('@') + 1)),
    };
  }
  if (PATH_CHAR.test(name)) {
    return {
      reason: 'path',
      message: 'contains a path: send just the domain name.',
      ...suggest(name.split(PATH_CHAR)[0]),
    };
  }
  if (PORT.test(name)) {
    return {
      reason: 'port',
      message: 'contains a port: send just the domain name.',
      ...suggest(name.replace(PORT, '')),
    };
  }
  if (SPACE.test(name))
    return { reason: 'whitespace', message: 'contains spaces, which domain names cannot have.' };
  if (name.startsWith('*.'))
    return { reason: 'wildcard', message: 'is a wildcard: send one concrete domain name.' };
  const fullStop = FULL_STOP.exec(name);
  if (fullStop) {
    const dotted = name.replace(FULL_STOPS, '.');
    let fixed = suggest(dotted);
    // Not in NFC either (`bu\u0308cher。de`): both corrections together keep the domain too.
    const composed = fixed.suggestion === undefined && dotted.normalize('NFC') !== dotted;
    if (composed) fixed = suggest(dotted.normalize('NFC'));
    const write =
      fixed.suggestion === undefined
        ? 'write "." instead'
        : composed
          ? `write "${fixed.suggestion}", with "." instead and its accented letters composed (NFC; it looks the same)`
          : `write "${fixed.suggestion}", with "." instead`;
    return {
      reason: 'full_stop',
      message: `uses ${describeValue(fullStop[0])} as a dot: ${write}.`,
      ...fixed,
    };
  }
  const ascii = ASCII.test(name);
  if (!ascii && name.normalize('NFC') !== name) {
    const composed = suggest(name.normalize('NFC'));
    return {
      reason: 'not_nfc',
      message: `is not in Unicode normalization form C (NFC): an accented letter is written as a letter and a separate combining mark. Send it composed${composed.suggestion === undefined ? '' : `: "${composed.suggestion}"`} (it looks the same).`,
      ...composed,
    };
  }
  const labels = name.replace(/\.$/, '').split('.');
  if (labels.length < 2) {
    return {
      reason: 'no_tld',
      message: 'has no top-level domain: send a full name such as "acme-mail.com".',
    };
  }
  if (name.length > MAX_LENGTH && codePointLength(name) > MAX_LENGTH) {
    return {
      reason: 'too_long',
      message: `is ${codePointLength(name)} characters long; domain names have at most ${MAX_LENGTH}.`,
    };
  }
  if (labels.some((label) => label === '')) {
    return { reason: 'empty_label', message: 'has an empty label (two dots in a row, or a leading dot).' };
  }
  // The rules of ASCII labels; a label with other characters is judged on its A-label, by IDNA.
  const long = labels.find((label) => label.length > 63 && ASCII.test(label));
  if (long !== undefined) {
    return {
      reason: 'label_too_long',
      message: `has a label of ${long.length} characters; each label has at most 63.`,
    };
  }
  const hyphen = labels.find((label) => (label.startsWith('-') || label.endsWith('-')) && ASCII.test(label));
  if (hyphen !== undefined) {
    return { reason: 'hyphen', message: `has a label ("${hyphen}") that starts or ends with a hyphen.` };
  }
  // No fix: without the hyphens (or with one) it is another domain.
  const reserved = labels.find(
    (label) => hasHyphensAt3And4(label) && !ACE_LABEL.test(label) && ASCII.test(label),
  );
  if (reserved !== undefined) {
    return {
      reason: 'reserved_hyphens',
      message: `has a label ("${reserved}") with hyphens as its 3rd and 4th characters: a label may not have "--" there unless it is an IDNA A-label ("xn--…"), so registries refuse it (RFC 5891 §4.2.3.1).`,
    };
  }
  const marked = labels.find((label) => LEADING_MARK.test(label));
  if (marked !== undefined) {
    return {
      reason: 'leading_mark',
      message: `has a label (${describeValue(marked)}) that starts with a combining mark: a label starts with a letter or digit.`,
    };
  }
  const bad = BAD_ASCII_CHAR.exec(name);
  if (bad) {
    return {
      reason: 'invalid_character',
      message: `contains ${describeValue(bad[0])}, which is not allowed in domain names (letters, digits and hyphens only).`,
    };
  }
  if (!ascii) {
    const problem = describeUnicodeCharacters(name, labels, suggest);
    if (problem !== undefined) return problem;
  }
  const tld = labels[labels.length - 1]!;
  if (ASCII.test(tld) && !ASCII_TLD.test(tld)) {
    return { reason: 'invalid_tld', message: `has an invalid top-level domain ("${tld}").` };
  }
  return describeIdnaProblem(name, labels) ?? { reason: 'invalid', message: 'is not a valid domain name.' };
}

/**
 * Why a name with non-ASCII characters is invalid because of one of them: an invisible character
 * (quoted escaped, with the name without it when that is valid), a joiner where IDNA does not
 * keep it, or a character IDNA refuses wherever it stands. `undefined` when each character may
 * stand in some label: IDNA then judges the labels ({@link describeIdnaProblem}).
 */
function describeUnicodeCharacters(
  name: string,
  labels: readonly string[],
  suggest: (candidate: string) => { suggestion?: string },
): DomainProblem | undefined {
  const invisible = INVISIBLE.exec(name);
  if (invisible) {
    // Quoted escaped: raw, the quote would look empty. Without the invisible characters (a soft
    // hyphen pasted from a word processor), the name may be what was meant.
    return {
      reason: 'invalid_character',
      message: `contains "${escapeUnits(invisible[0])}", an invisible character, which is not allowed in domain names (letters, digits and hyphens only).`,
      ...suggest(name.replace(INVISIBLES, '')),
    };
  }
  // A joiner IDNA refuses where it stands. Never offered for deletion: the name without it is
  // another domain (`می‌خواهم.ir` and `میخواهم.ir` have different A-labels).
  const joined = labels.find(
    (label) =>
      JOINER.test(label) &&
      domainToASCII(label) === '' &&
      domainToASCII(label.replace(/[\u200c\u200d]/g, '')) !== '',
  );
  if (joined !== undefined) {
    const joiner =
      JOINER.exec(joined)![0] === '\u200c'
        ? 'zero-width non-joiner ("\\u200c")'
        : 'zero-width joiner ("\\u200d")';
    return {
      reason: 'joiner',
      message: `has a ${joiner} in a label (${describeValue(joined)}) where IDNA does not allow one: a joiner may follow a virama (as in Devanagari), and a non-joiner may also stand between letters that join (as in Persian). Without it the name is another domain: check the spelling.`,
    };
  }
  for (const char of name) {
    if (char.charCodeAt(0) < 0x80 || JOINER.test(char)) continue;
    const alone = domainToASCII(char);
    if (alone !== '' && LDH.test(alone)) continue;
    // Alone it may break a rule that holds for whole labels only: a combining mark starts no label.
    const after = domainToASCII(`a${char}`);
    if (after !== '' && LDH.test(after)) continue;
    const mapped = alone !== '' ? alone : after.slice(1);
    return {
      reason: 'invalid_character',
      message: `contains ${describeValue(char)}, which is not allowed in domain names (${mapped === '' ? 'IDNA, UTS #46, refuses it' : `IDNA writes it ${describeValue(mapped)}`}).`,
    };
  }
  return undefined;
}

/**
 * Why IDNA refuses a name the contract's pattern accepts ({@link convertsToALabels}): punycode that
 * does not decode, a label IDNA refuses, A-labels beyond DNS's lengths, or a Unicode label that
 * starts or ends with a hyphen or has `--` as its 3rd and 4th characters. `undefined` when IDNA has nothing against it.
 */
function describeIdnaProblem(name: string, labels: readonly string[]): DomainProblem | undefined {
  const ascii = domainToASCII(name);
  if (ascii === '') {
    const punycode = labels.find((label) => ACE_LABEL.test(label) && domainToASCII(label) === '');
    if (punycode !== undefined) {
      return {
        reason: 'invalid_punycode',
        message: `is not a valid internationalized name: its punycode label ${describeValue(punycode)} does not decode. Send the name as it was given (in Unicode, or its whole punycode).`,
      };
    }
    const refused = labels.find((label) => domainToASCII(label) === '');
    return {
      reason: 'idna',
      message: `is refused by IDNA (UTS-46), which turns internationalized names into punycode: ${refused === undefined ? 'its labels mix' : `its label ${describeValue(refused)} mixes`} right-to-left and left-to-right letters, or holds a character IDNA does not allow where it stands.`,
    };
  }
  const aLabels = trimTrailing(ascii, '.');
  const split = aLabels.split('.');
  const long = split.findIndex((label) => label.length > 63);
  if (long >= 0) {
    // IDNA's mapping may split a label (`⒈` is `1.`): the Unicode label is quoted only when it lines up.
    const label = split.length === labels.length ? `${describeValue(labels[long])}, ` : '';
    return {
      reason: 'label_too_long',
      message: `has a label (${label}${describeValue(split[long])} in punycode) of ${split[long]!.length} characters; each label has at most 63, counted in punycode.`,
    };
  }
  if (aLabels.length > MAX_LENGTH) {
    return {
      reason: 'too_long',
      message: `is ${aLabels.length} characters long in punycode; domain names have at most ${MAX_LENGTH}, counted in punycode.`,
    };
  }
  const hyphenated = hyphenatedULabel(aLabels);
  if (hyphenated !== undefined) {
    const [aLabel, uLabel] = hyphenated;
    const quoted = `${describeValue(uLabel)}, ${describeValue(aLabel)} in punycode`;
    return hasHyphensAt3And4(uLabel)
      ? {
          reason: 'reserved_hyphens',
          message: `has a label whose Unicode form (${quoted}) has hyphens as its 3rd and 4th characters: only an IDNA A-label ("xn--…") may have "--" there, never the Unicode form of a label, so registries refuse it (RFC 5891 §4.2.3.1).`,
        }
      : {
          reason: 'hyphen',
          message: `has a label whose Unicode form (${quoted}) starts or ends with a hyphen.`,
        };
  }
  // IDNA maps some characters into ASCII (`ｃ` is `c`): the A-labels then break an ASCII rule.
  const mapped = aLabels === name ? undefined : describeDomainProblem(aLabels);
  if (mapped !== undefined) {
    return {
      reason: mapped.reason,
      message: `is ${describeValue(aLabels)} to IDNA (UTS-46), which ${mapped.message}`,
    };
  }
  return undefined;
}

/** Second-level labels under which country-code registries sell names (acme.co.uk is a root domain). */
const PUBLIC_SECOND_LEVEL = new Set([
  'ac',
  'biz',
  'co',
  'com',
  'edu',
  'firm',
  'gen',
  'go',
  'gob',
  'gov',
  'ind',
  'info',
  'ltd',
  'me',
  'mil',
  'ne',
  'net',
  'nic',
  'nom',
  'or',
  'org',
  'plc',
  'sch',
  'web',
]);

function labelsOf(name: string): string[] {
  return name.toLowerCase().replace(/\.$/, '').split('.');
}

/** True when the last two of `labels` are a listed second level under a two-letter TLD (`co.uk`). */
function endsInPublicSecondLevel(labels: readonly string[]): boolean {
  const tld = labels[labels.length - 1] ?? '';
  return tld.length === 2 && PUBLIC_SECOND_LEVEL.has(labels[labels.length - 2] ?? '');
}

/**
 * True for a bare public suffix such as `co.uk` or `com.au` (a listed second level under a
 * two-letter TLD, by the same small list as {@link rootDomainOf}): registries sell names under it,
 * so it is neither a root domain nor a subdomain, and cannot be registered or imported itself.
 */
export function isPublicSuffix(name: string): boolean {
  const labels = labelsOf(name);
  return labels.length === 2 && endsInPublicSecondLevel(labels);
}

/**
 * The registrable (root) part of a subdomain, by a small heuristic (`mail.acme.co.uk` →
 * `acme.co.uk`); `undefined` when the name has no shorter root: it is one already (`acme.com`), or
 * it is a bare public suffix (`co.uk`), which has none — ask {@link isRootDomain} which.
 */
export function rootDomainOf(name: string): string | undefined {
  const labels = labelsOf(name);
  const keep = endsInPublicSecondLevel(labels) ? 3 : 2;
  return labels.length > keep ? labels.slice(-keep).join('.') : undefined;
}

/**
 * True for a registrable (root) domain such as `acme.com` or `acme.co.uk`; false for a subdomain
 * (`mail.acme.com`) and for a bare public suffix (`co.uk`), which nobody can register.
 */
export function isRootDomain(name: string): boolean {
  return !mayNotBeRoot(name) || (rootDomainOf(name) === undefined && !isPublicSuffix(name));
}

/**
 * False when `name` is a root domain by the heuristic of {@link rootDomainOf} at a glance: at most
 * one dot (a trailing one aside), and after it a top-level domain that is not two characters long
 * (`acme.com`, as nearly every name sent is). Reads the string without splitting it: orders and
 * their lint pass ask this of every one of up to hundreds of domains.
 */
function mayNotBeRoot(name: string): boolean {
  // A loop over char codes: `lastIndexOf` is a runtime call, several times slower on short names.
  let end = name.length;
  if (end > 0 && name.charCodeAt(end - 1) === 46 /* . */) end--;
  let dots = 0;
  let tldLength = -1;
  for (let at = end - 1; at >= 0; at--) {
    if (name.charCodeAt(at) !== 46) continue;
    // Two dots or more: perhaps a subdomain.
    if (++dots === 2) return true;
    tldLength = end - at - 1;
  }
  // One dot: perhaps a public suffix (`co.uk`).
  return tldLength === 2;
}

/**
 * Why a valid domain name cannot be registered or imported as it is: a bare public suffix (reason
 * `public_suffix`, no suggestion) or a subdomain (reason `subdomain`, suggesting its root), as
 * phrases completing "`domains[2]` "x" …". `undefined` for a root domain.
 */
export function describeNonRootName(name: string): DomainProblem | undefined {
  if (!mayNotBeRoot(name)) return undefined;
  if (isPublicSuffix(name)) {
    return {
      reason: 'public_suffix',
      message: `is a public suffix, not a registrable domain: names are registered under it ("acme.${labelsOf(name).join('.')}").`,
    };
  }
  const root = rootDomainOf(name);
  if (root === undefined) return undefined;
  return {
    reason: 'subdomain',
    message: `looks like a subdomain, which cannot be registered on its own (its root is "${root}").`,
    suggestion: root,
  };
}

/**
 * Why an availability check answers `reason: "invalid"` for a candidate: it is not a valid domain
 * name ({@link describeDomainProblem}), or not a root domain ({@link describeNonRootName}: a bare
 * public suffix, or a subdomain, suggesting its root). `undefined` for a name one could register.
 * The linter's warning and the emulator's rows both ask this, so they always agree.
 */
export function describeUnregistrableName(name: string): DomainProblem | undefined {
  return describeDomainProblem(name) ?? describeNonRootName(name);
}

/** How an operation's body carries domains. */
export type DomainFieldKind =
  /** `replacement_domain`: one name. */
  | 'name'
  /** `domains` of availability (any string: a candidate) and import (valid names): names. */
  | 'names'
  /** `domains` of forwarding/cancel: `dom_…` ids or names. */
  | 'references'
  /** `domains` of `POST /orders`: names or `{domain, forwarding_url}`. */
  | 'order-domains';

const KIND_BY_DEF: Record<string, DomainFieldKind> = {
  DomainName: 'names',
  DomainCandidate: 'names',
  DomainReference: 'references',
  OrderDomain: 'order-domains',
};

const fieldCache = new Map<string, { key: string; kind: DomainFieldKind }[]>();

/** The top-level body fields of a schema that hold domains, read from the schema itself. */
export function domainFields(schemaFile: string): { key: string; kind: DomainFieldKind }[] {
  const cached = fieldCache.get(schemaFile);
  if (cached) return cached;
  const out: { key: string; kind: DomainFieldKind }[] = [];
  const properties = (SCHEMA_DOCUMENTS[schemaFile]?.properties ?? {}) as Record<
    string,
    Record<string, unknown>
  >;
  const defName = (ref: unknown) => (typeof ref === 'string' ? ref.slice(ref.lastIndexOf('/') + 1) : '');
  for (const [key, schema] of Object.entries(properties)) {
    if (defName(schema.$ref) === 'DomainName') out.push({ key, kind: 'name' });
    else if (schema.type === 'array') {
      const kind = KIND_BY_DEF[defName((schema.items as Record<string, unknown> | undefined)?.$ref)];
      if (kind) out.push({ key, kind });
    }
  }
  fieldCache.set(schemaFile, out);
  return out;
}

/** One domain name found in a body. */
export interface DomainEntry {
  /** Path of the name string. */
  path: JsonPath;
  /** Path of the list entry (the string, or the `{domain}` object). */
  entryPath: JsonPath;
  name: string;
}

/** What the domain rules need to know about one domain list, computed once per check. */
export interface DomainListFacts {
  key: string;
  kind: DomainFieldKind;
  entries: unknown[];
  /** Per entry: its `dom_…` id, or its normalized name; `undefined` for malformed entries. */
  keys: (string | undefined)[];
  /** True when every name in the list is already in normalized form. */
  canonical: boolean;
  /** True when two entries have the same key. */
  repeats: boolean;
  /** Indexes of the entries whose name is not in normalized form (capitals, trailing dot, …). */
  nonCanonical: number[];
}

let memo: Map<string, DomainListFacts[]> | undefined;

/**
 * Runs `check` with {@link domainListFacts} memoized: the duplicate and normalization rules share
 * one scan of a 200-domain list. The memo lives for one synchronous check only, so a body mutated
 * between two checks is never served stale facts.
 */
export function withDomainMemo<T>(check: () => T): T {
  const outer = memo;
  memo = new Map();
  try {
    return check();
  } finally {
    memo = outer;
  }
}

/** The facts of each domain list (`domains` arrays) of a body. */
export function domainListFacts(schemaFile: string, body: unknown): DomainListFacts[] {
  const cached = memo?.get(schemaFile);
  if (cached) return cached;
  const facts: DomainListFacts[] = [];
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    for (const { key, kind } of domainFields(schemaFile)) {
      const entries = (body as Record<string, unknown>)[key];
      if (kind === 'name' || !Array.isArray(entries)) continue;
      facts.push(scanList(key, kind, entries));
    }
  }
  memo?.set(schemaFile, facts);
  return facts;
}

let sharedTable = new Int32Array(0);

/**
 * An empty open-addressing table (every slot -1) of `size` slots. One buffer is reused: a typed
 * array this large lives outside the JS heap, and allocating one per check cost more than filling it.
 */
function hashTable(size: number): Int32Array {
  if (sharedTable.length < size) sharedTable = new Int32Array(size);
  const table = sharedTable.subarray(0, size);
  table.fill(-1);
  return table;
}

/**
 * One pass over a domain list: each entry's comparable key, whether every name is already
 * normalized, and whether two keys are equal. Keys are hashed ({@link nameHash}) into an open-addressing
 * table of indexes: strings fresh from `JSON.parse` carry no cached hash, and a `Set` would hash
 * them all again in C++. A name the validator just accepted comes with its hash and normal form
 * from {@link matchedNames}; any other name is checked and hashed here.
 */
function scanList(key: string, kind: DomainFieldKind, entries: unknown[]): DomainListFacts {
  const keys: (string | undefined)[] = new Array(entries.length);
  const nonCanonical: number[] = [];
  let canonical = true;
  let repeats = false;
  let size = 16;
  while (size < entries.length * 2) size *= 2;
  const mask = size - 1;
  const table = hashTable(size);
  const matched = matchedNames;
  let cursor = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    let name: unknown = entry;
    if (typeof entry === 'string') {
      if (kind === 'references' && entry.startsWith('dom_') && DOMAIN_ID.test(entry)) name = undefined;
    } else if (
      kind === 'order-domains' &&
      entry !== null &&
      typeof entry === 'object' &&
      !Array.isArray(entry)
    ) {
      name = (entry as Record<string, unknown>).domain;
    } else {
      continue;
    }
    let id: string;
    let hash = 0;
    if (name === undefined) {
      id = entry as string;
      hash = nameHash(id);
    } else if (typeof name === 'string') {
      let plain: boolean;
      if (cursor < matched.count && matched.names[cursor] === name) {
        plain = matched.normalized[cursor]!;
        hash = matched.hashes[cursor]!;
        cursor++;
      } else {
        // A name the validator did not record (invalid, non-ASCII, or no validation ran).
        plain = isCanonicalAsciiDomain(name);
        if (plain) hash = nameHash(name);
      }
      if (plain) id = name;
      else {
        canonical = false;
        nonCanonical.push(i);
        id = normalizeDomain(name);
        hash = nameHash(id);
      }
    } else {
      continue;
    }
    keys[i] = id;
    if (id === '' || repeats) continue;
    let slot = hash & mask;
    for (let other = table[slot]!; other !== -1; other = table[slot]!) {
      if (keys[other] === id) {
        repeats = true;
        break;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = i;
  }
  return { key, kind, entries, keys, canonical, repeats, nonCanonical };
}

/**
 * Calls `visit` for every domain-name string of a body — `replacement_domain`, each name of a
 * `domains` list, the `domain` of each order domain object — in document order per field, without
 * allocating (clean documents are checked on every keystroke and every emulator request).
 * `index` is the list index, or -1 for a single-name field; `inObject` is true for `{domain}` entries.
 */
export function scanDomainNames(
  schemaFile: string,
  body: unknown,
  visit: (name: string, key: string, index: number, inObject: boolean) => void,
): void {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return;
  for (const { key, kind } of domainFields(schemaFile)) {
    const value = (body as Record<string, unknown>)[key];
    if (kind === 'name') {
      if (typeof value === 'string') visit(value, key, -1, false);
      continue;
    }
    if (!Array.isArray(value)) continue;
    for (let index = 0; index < value.length; index++) {
      const entry = value[index];
      if (typeof entry === 'string') {
        if (kind !== 'references' || !DOMAIN_ID.test(entry)) visit(entry, key, index, false);
      } else if (
        kind === 'order-domains' &&
        entry !== null &&
        typeof entry === 'object' &&
        !Array.isArray(entry)
      ) {
        const name = (entry as Record<string, unknown>).domain;
        if (typeof name === 'string') visit(name, key, index, true);
      }
    }
  }
}

const DOMAIN_ID = /^dom_[0-9A-Za-z]+$/;

/** True when a `domains` entry of a reference list is a `dom_…` id rather than a name. */
export function isDomainId(value: string): boolean {
  return DOMAIN_ID.test(value);
}

/** The path of a name reported by {@link scanDomainNames}. */
export function domainNamePath(key: string, index: number, inObject: boolean): JsonPath {
  if (index < 0) return [key];
  return inObject ? [key, index, 'domain'] : [key, index];
}

const kindCache = new Map<string, Map<string, DomainFieldKind>>();

/** {@link domainFields} as a map from key to kind (pointer lookups run for every schema error). */
function domainFieldKinds(schemaFile: string): Map<string, DomainFieldKind> {
  let kinds = kindCache.get(schemaFile);
  if (!kinds) {
    kinds = new Map(domainFields(schemaFile).map(({ key, kind }) => [key, kind]));
    kindCache.set(schemaFile, kinds);
  }
  return kinds;
}

/**
 * The domain name at an ajv JSON Pointer (`/domains/3`, `/domains/2/domain`,
 * `/replacement_domain`), with its path; `undefined` when the pointer is not a domain name.
 */
export function domainNameAtPointer(
  schemaFile: string,
  body: unknown,
  pointer: string,
): DomainEntry | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const keyEnd = pointer.indexOf('/', 1);
  const key = keyEnd < 0 ? pointer.slice(1) : pointer.slice(1, keyEnd);
  const kind = domainFieldKinds(schemaFile).get(key);
  if (kind === undefined) return undefined;
  const value = (body as Record<string, unknown>)[key];
  if (kind === 'name') {
    return keyEnd < 0 && typeof value === 'string'
      ? { path: [key], entryPath: [key], name: value }
      : undefined;
  }
  if (keyEnd < 0 || !Array.isArray(value)) return undefined;
  // `/<key>/<index>` or `/<key>/<index>/domain`, the index in plain decimal digits.
  let at = keyEnd + 1;
  let position = 0;
  for (; at < pointer.length && pointer.charCodeAt(at) !== 47; at++) {
    const digit = pointer.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return undefined;
    position = position * 10 + digit;
  }
  if (at === keyEnd + 1) return undefined;
  const entry = value[position];
  if (at === pointer.length) {
    if (typeof entry !== 'string' || (kind === 'references' && DOMAIN_ID.test(entry))) return undefined;
    return { path: [key, position], entryPath: [key, position], name: entry };
  }
  if (
    kind !== 'order-domains' ||
    pointer.slice(at) !== '/domain' ||
    entry === null ||
    typeof entry !== 'object'
  )
    return undefined;
  const name = (entry as Record<string, unknown>).domain;
  return typeof name === 'string'
    ? { path: [key, position, 'domain'], entryPath: [key, position], name }
    : undefined;
}

/** Every domain name string in a body, with its path (allocating; for reporting). */
export function domainNames(schemaFile: string, body: unknown): DomainEntry[] {
  const out: DomainEntry[] = [];
  scanDomainNames(schemaFile, body, (name, key, index, inObject) => {
    out.push({
      path: domainNamePath(key, index, inObject),
      entryPath: index < 0 ? [key] : [key, index],
      name,
    });
  });
  return out;
}
