/**
 * Domain names: normalization (shared with the emulator's dedupe fingerprints), precise
 * explanations of why a name is invalid, and where each operation's body carries domains.
 */
import { domainToASCII } from 'node:url';
import { SCHEMA_DOCUMENTS } from './schema-validation';
import type { JsonPath } from './types';

/**
 * The comparable form of a domain name: trimmed, lower-case, without trailing dots, and with
 * internationalized labels in punycode (`Bücher.DE.` → `xn--bcher-kva.de`), so that names the
 * registry treats as one compare equal. Never throws; a name `domainToASCII` rejects is only
 * trimmed and lower-cased.
 */
export function normalizeDomain(name: string): string {
  const trimmed = String(name).trim().replace(/\.+$/, '');
  // Fast path: pure ASCII names only need lower-casing (what UTS #46 mapping does to them).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is intended.
  if (/^[\x00-\x7f]*$/.test(trimmed)) return trimmed.toLowerCase();
  const ascii = domainToASCII(trimmed);
  return ascii === '' ? trimmed.toLowerCase() : ascii;
}

const domainNameSchema = (
  SCHEMA_DOCUMENTS['create-order-request.json']!.$defs as Record<string, Record<string, unknown>>
).DomainName!;
/** The contract's `DomainName` pattern (Unicode-aware), compiled once. */
const DOMAIN_NAME_PATTERN = new RegExp(String(domainNameSchema.pattern), 'u');
const MAX_LENGTH = Number(domainNameSchema.maxLength ?? 253);

/** Why a domain name is invalid, with a corrected name when one is obvious. */
export interface DomainProblem {
  /** Short machine-readable reason, e.g. `url`, `whitespace`, `no_tld`. */
  reason: string;
  /** What is wrong, as a phrase completing "`domains[2]` …". */
  message: string;
  /** The corrected name, when the intent is clear. */
  suggestion?: string;
}

/** True when `name` is a valid `DomainName` of the contract. */
export function isValidDomainName(name: string): boolean {
  return name.length >= 3 && name.length <= MAX_LENGTH && DOMAIN_NAME_PATTERN.test(name) && idnOk(name);
}

function idnOk(name: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is intended.
  return /^[\x00-\x7f]*$/.test(name) || domainToASCII(name) !== '';
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
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]*)/i.exec(name);
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
  if (/[/?#]/.test(name)) {
    return {
      reason: 'path',
      message: 'contains a path: send just the domain name.',
      ...suggest(name.split(/[/?#]/)[0]),
    };
  }
  if (/:\d*$/.test(name)) {
    return {
      reason: 'port',
      message: 'contains a port: send just the domain name.',
      ...suggest(name.replace(/:\d*$/, '')),
    };
  }
  if (/\s/.test(name))
    return { reason: 'whitespace', message: 'contains spaces, which domain names cannot have.' };
  if (name.startsWith('*.'))
    return { reason: 'wildcard', message: 'is a wildcard: send one concrete domain name.' };
  const labels = name.replace(/\.$/, '').split('.');
  if (labels.length < 2) {
    return {
      reason: 'no_tld',
      message: 'has no top-level domain: send a full name such as "acme-mail.com".',
    };
  }
  if (name.length > MAX_LENGTH) {
    return {
      reason: 'too_long',
      message: `is ${name.length} characters long; domain names have at most ${MAX_LENGTH}.`,
    };
  }
  if (labels.some((label) => label === '')) {
    return { reason: 'empty_label', message: 'has an empty label (two dots in a row, or a leading dot).' };
  }
  const long = labels.find((label) => label.length > 63);
  if (long !== undefined) {
    return {
      reason: 'label_too_long',
      message: `has a label of ${long.length} characters; each label has at most 63.`,
    };
  }
  const hyphen = labels.find((label) => label.startsWith('-') || label.endsWith('-'));
  if (hyphen !== undefined) {
    return { reason: 'hyphen', message: `has a label ("${hyphen}") that starts or ends with a hyphen.` };
  }
  const bad = /[^\p{L}\p{N}\p{M}.-]/u.exec(name);
  if (bad) {
    return {
      reason: 'invalid_character',
      message: `contains "${bad[0]}", which is not allowed in domain names (letters, digits and hyphens only).`,
    };
  }
  const tld = labels[labels.length - 1]!;
  if (!/^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu.test(tld)) {
    return { reason: 'invalid_tld', message: `has an invalid top-level domain ("${tld}").` };
  }
  return { reason: 'invalid', message: 'is not a valid domain name.' };
}

/** How an operation's body carries domains. */
export type DomainFieldKind =
  /** `replacement_domain`: one name. */
  | 'name'
  /** `domains` of availability/import: names. */
  | 'names'
  /** `domains` of forwarding/cancel: `dom_…` ids or names. */
  | 'references'
  /** `domains` of `POST /orders`: names or `{domain, forwarding_url}`. */
  | 'order-domains';

const KIND_BY_DEF: Record<string, DomainFieldKind> = {
  DomainName: 'names',
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

/** One entry of a domain list: a name or a `dom_…` id. */
export interface DomainListEntry {
  entryPath: JsonPath;
  /** The name (`undefined` for ids and malformed entries). */
  name?: string;
  namePath?: JsonPath;
  /** The `dom_…` id, for references. */
  id?: string;
}

/** The entries of each domain list in a body (only lists that are arrays). */
export function domainLists(
  schemaFile: string,
  body: unknown,
): { key: string; entries: DomainListEntry[] }[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  const out: { key: string; entries: DomainListEntry[] }[] = [];
  for (const { key, kind } of domainFields(schemaFile)) {
    if (kind === 'name') continue;
    const list = (body as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    const entries = list.map((entry, index): DomainListEntry => {
      const entryPath: JsonPath = [key, index];
      if (typeof entry === 'string') {
        if (kind === 'references' && /^dom_[0-9A-Za-z]+$/.test(entry)) return { entryPath, id: entry };
        return { entryPath, name: entry, namePath: entryPath };
      }
      if (kind === 'order-domains' && entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
        const name = (entry as Record<string, unknown>).domain;
        if (typeof name === 'string') return { entryPath, name, namePath: [key, index, 'domain'] };
      }
      return { entryPath };
    });
    out.push({ key, entries });
  }
  return out;
}

/** Every domain name string in a body, in document order. */
export function domainNames(schemaFile: string, body: unknown): DomainEntry[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  const out: DomainEntry[] = [];
  for (const { key, kind } of domainFields(schemaFile)) {
    if (kind !== 'name') continue;
    const value = (body as Record<string, unknown>)[key];
    if (typeof value === 'string') out.push({ path: [key], entryPath: [key], name: value });
  }
  for (const list of domainLists(schemaFile, body)) {
    for (const entry of list.entries) {
      if (entry.name !== undefined && entry.namePath) {
        out.push({ path: entry.namePath, entryPath: entry.entryPath, name: entry.name });
      }
    }
  }
  return out;
}
