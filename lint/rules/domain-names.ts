import {
  type DomainListFacts,
  type DomainProblem,
  describeDomainProblem,
  describeNonRootName,
  describeUnregistrableName,
  domainFields,
  domainListFacts,
  domainNameAtPointer,
  domainNamePath,
  domainNames,
  isCanonicalAsciiDomain,
  isValidDomainName,
  normalizeDomain,
  scanDomainNames,
} from '../domains';
import { matchedNames } from '../fast-matchers';
import { type Finding, fieldOf } from '../findings';
import { describeValue } from '../text-utils';
import type { JsonPath } from '../types';
import { domainCountMatters } from './duplicate-domains';
import { findingAt, isObject, type Rule, type RuleContext } from './rule';

/** Operations whose domain names must be valid: the API refuses the whole body otherwise. */
const STRICT_DOMAIN_OPERATIONS = [
  'POST /orders',
  'POST /orders/{id}/cancel',
  'POST /domains/import',
  'POST /domains/import/jobs',
  'POST /domains/forwarding',
  'POST /swaps',
];

/** A domain name the API would reject, explained precisely (URL, path, spaces, no TLD, …). */
export const invalidDomainNameRule: Rule = {
  id: 'invalid-domain-name',
  code: 'invalid_request',
  severity: 'error',
  description:
    'A domain name that is not a valid registrable name (a URL, an email, spaces, no TLD, bad characters…).',
  docs: 'Domains are sent as bare names such as `acme-mail.com` (ASCII labels of letters, digits and inner hyphens, an ASCII top-level domain of letters, or punycode). A name with other characters is judged by IDNA (UTS #46), so its Unicode and punycode forms get one verdict: it is valid when it is in NFC and converts to punycode A-labels that are a valid name (`l·l.cat`, `ア・イ.jp`, a Persian name with its zero-width non-joiner, and the emoji UTS #46 allows). Punycode that does not decode (`xn--a.com`), labels IDNA refuses (`אa.com` mixes right-to-left and left-to-right letters; a joiner where no script needs one), a label with `--` as its 3rd and 4th characters that is not an A-label (`ab--c.com`, and `ab--ü.com` in Unicode or punycode, like a Unicode label that starts or ends with a hyphen, `-ü.com`: RFC 5891 §4.2.3.1, which registries apply — a DevKit assumption, Peeker\'s docs say nothing of it; `xn--bcher-kva.com` is fine), whitespace, dots other than `.` and invisible characters IDNA would delete (a soft hyphen) are invalid, and label lengths (63) and the name\'s (253) are counted in punycode. The API answers `400 invalid_request` with the entry as `field` (an availability check is the exception: it answers such a name as its own `reason: "invalid"` row, see `availability-invalid-domain`). The linter says *why* a name is invalid and, when the intent is clear (surrounding spaces, a pasted URL, an email address, an invisible character such as a soft hyphen, `。` or `．` written for a dot, a Unicode name not in NFC, or both), offers the corrected name — safe to apply when it is the same domain (spaces, dots, NFC) — or, when that name is already in the list as a valid name, the removal of the entry (safe in the same cases, for a plain name outside a custom-sized order): the duplicate rules compare valid names only, so a valid twin is never removed in favour of the refused spelling.',
  explainsSchemaErrors: true,
  operations: STRICT_DOMAIN_OPERATIONS,
  check(context) {
    const { schemaFile, body, schemaErrorPointers } = context;
    const findings: Finding[] = [];
    // Only where the schema rejected something: this rule explains, it does not re-validate.
    const names = schemaErrorPointers
      ? [...schemaErrorPointers].flatMap((pointer) => domainNameAtPointer(schemaFile, body, pointer) ?? [])
      : domainNames(schemaFile, body);
    for (const { path, name } of names) {
      const problem = describeDomainProblem(name);
      if (!problem) continue;
      const message = `\`${fieldOf(path)}\` ${describeValue(name)} ${problem.message}`;
      findings.push(findingAt(this, path, message, correctionFixes(context, path, problem)));
    }
    return findings;
  },
};

/**
 * A candidate an availability check answers `reason: "invalid"` for (not a domain name, a
 * subdomain or a bare public suffix) → `availability_invalid` warning: the API answers it as its own row, not a `400`.
 */
export const availabilityInvalidDomainRule: Rule = {
  id: 'availability-invalid-domain',
  code: 'availability_invalid',
  severity: 'warning',
  description:
    'An availability candidate that is not a valid domain name, or is a subdomain or a bare public suffix: its row comes back `reason: "invalid"`.',
  docs: 'An availability check takes candidates as a customer typed them and answers one row per entry. A candidate that is not a valid domain name (a URL, an email, spaces, no TLD, bad characters…), is a subdomain (`mail.acme.com`, which cannot be registered on its own) or is a bare public suffix (`co.uk`, which names are registered under) is not an error: its row comes back `{"available": false, "reason": "invalid"}`, with no price, and the other rows are answered as usual. The linter says why, and offers the corrected name when the intent is clear (trimming spaces is safe; the host of a pasted URL, the domain of an email or the root of a subdomain is for a human). Subdomains and public suffixes are told from roots by a small list of country-code second levels (`co.uk`, `com.au`, …).',
  operations: ['POST /domains/availability'],
  check(context) {
    const { schemaFile, body, schemaErrorPointers } = context;
    const findings: Finding[] = [];
    for (const { path, name } of domainNames(schemaFile, body)) {
      // An entry the schema refused (over the length ceiling) makes the whole body a 400: no row.
      if (schemaErrorPointers?.has(`/${path.join('/')}`)) continue;
      const problem = describeUnregistrableName(name);
      if (!problem) continue;
      const message = `\`${fieldOf(path)}\` ${describeValue(name)} ${problem.message} Its row will come back \`available: false, reason: "invalid"\`.`;
      findings.push(findingAt(this, path, message, correctionFixes(context, path, problem)));
    }
    return findings;
  },
};

/**
 * Corrections that keep the domain: trimming spaces, composing to NFC and writing `。` as `.` (IDNA
 * maps each to the same A-labels). A URL's host or an email's domain is only a guess.
 */
const SAFE_CORRECTIONS = new Set(['whitespace', 'not_nfc', 'full_stop']);

/**
 * The fix for a name `problem` suggests a correction for: change to it (safe when it keeps the
 * domain, see {@link SAFE_CORRECTIONS}) — or, when another entry of the list is already that domain
 * as a valid name, remove this entry (the duplicate rule compares valid names only, so this finding
 * is the one that offers it). That removal is safe when the correction keeps the domain and the
 * entry is a plain name outside a custom-sized order, as the duplicate rule's is. No fix when there
 * is no suggestion.
 */
function correctionFixes(
  { operation, schemaFile, body }: Pick<RuleContext, 'operation' | 'schemaFile' | 'body'>,
  path: JsonPath,
  problem: DomainProblem,
): Pick<Finding, 'fixes'> {
  if (problem.suggestion === undefined) return {};
  // The corrected name may already be in the list (`a.com`, `https://a.com/x`, `acme\u00ad-mail.com`
  // next to `acme-mail.com`): changing to it would make a new duplicate, so the entry is removed instead.
  const duplicate =
    path.length > 1 && listHoldsOther(schemaFile, body, path, normalizeDomain(problem.suggestion));
  const sameDomain = SAFE_CORRECTIONS.has(problem.reason);
  return {
    fixes: [
      duplicate
        ? {
            title: `Remove it ("${problem.suggestion}" is already listed)`,
            safe: sameDomain && path.length === 2 && !domainCountMatters(operation, body),
            preferred: true,
            changes: [{ kind: 'remove', path: path.slice(0, 2) }],
          }
        : {
            title: `Change to "${problem.suggestion}"`,
            safe: sameDomain,
            preferred: true,
            changes: [{ kind: 'replace', path, value: problem.suggestion }],
          },
    ],
  };
}

/**
 * True when an entry of the domain list `path[0]` other than `path[1]` is a valid name that
 * normalizes to `key`, read from the list scan the duplicate rule shares (each entry's normal
 * form, computed once per check). An invalid entry does not count: it is not that domain to the API.
 */
function listHoldsOther(schemaFile: string, body: unknown, path: JsonPath, key: string): boolean {
  const list = domainListFacts(schemaFile, body).find((facts) => facts.key === path[0]);
  const holders = list === undefined ? undefined : keyIndexesOf(list).get(key);
  if (list === undefined || holders === undefined) return false;
  return holders.some((index) => {
    if (index === path[1]) return false;
    const entry = list.entries[index];
    const held = isObject(entry) ? entry.domain : entry;
    return typeof held === 'string' && isValidDomainName(held);
  });
}

/**
 * A list's entry indexes by key, built once per list scan: every name with a correction asks
 * whether its corrected form is listed, and scanning the list each time was quadratic (40k
 * candidates, 2.9 s).
 */
const keyIndexes = new WeakMap<DomainListFacts, Map<string, number[]>>();
function keyIndexesOf(list: DomainListFacts): Map<string, number[]> {
  let indexes = keyIndexes.get(list);
  if (indexes === undefined) {
    indexes = new Map();
    list.keys.forEach((key, index) => {
      if (key === undefined) return;
      const holders = indexes!.get(key);
      if (holders === undefined) indexes!.set(key, [index]);
      else holders.push(index);
    });
    keyIndexes.set(list, indexes);
  }
  return indexes;
}

/** A valid domain written with capitals or a trailing dot → `domain_not_normalized` warning. */
export const domainNotNormalizedRule: Rule = {
  id: 'domain-not-normalized',
  code: 'domain_not_normalized',
  severity: 'warning',
  description: 'A domain name with capital letters or a trailing dot.',
  docs: 'Domain names are case-insensitive and a trailing dot means the same name, so `Acme-Mail.COM.` and `acme-mail.com` are one domain. Writing them lower-case without the dot keeps request files diff-friendly and makes duplicates obvious. The quick fix rewrites the name (safe): lower-case, or as punycode where lower-casing would name another domain (`STRAẞE.de` is `strasse.de` to IDNA, not `straße.de`).',
  operations: [...STRICT_DOMAIN_OPERATIONS, 'POST /domains/availability'],
  check({ schemaFile, body }) {
    const findings: Finding[] = [];
    const report = (name: string, path: JsonPath) => {
      let normalized = name.toLowerCase().replace(/\.$/, '');
      if (normalized === name || !isValidDomainName(name)) return;
      // JavaScript's lower-casing is not IDNA's everywhere: `ẞ` becomes `ß` where IDNA writes `ss`
      // (another domain), a final `Σ` becomes `ς` where IDNA writes `σ`. A safe fix keeps the
      // domain, so such a name is written as the A-labels the API stores instead.
      let idna = false;
      if (NON_ASCII.test(name) && !sameValidDomain(normalized, name)) {
        normalized = normalizeDomain(name);
        idna = true;
      }
      findings.push(
        findingAt(
          this,
          path,
          `Write \`${fieldOf(path)}\` as "${normalized}"${idna ? ', the name IDNA makes of it' : ''}: domain names are case-insensitive${name.endsWith('.') ? ' and the trailing dot is implied' : ''}.`,
          {
            fixes: [
              {
                title: `Change to "${normalized}"`,
                safe: true,
                preferred: true,
                changes: [{ kind: 'replace', path, value: normalized }],
              },
            ],
          },
        ),
      );
    };
    for (const { key, kind } of domainFields(schemaFile)) {
      const value = isObject(body) ? body[key] : undefined;
      if (kind === 'name' && typeof value === 'string' && !isCanonicalAsciiDomain(value))
        report(value, [key]);
    }
    // The list scan shared with the duplicate rule already knows which names are not normalized.
    for (const { key, entries, nonCanonical } of domainListFacts(schemaFile, body)) {
      for (const index of nonCanonical) {
        const entry = entries[index];
        if (typeof entry === 'string') report(entry, [key, index]);
        else if (isObject(entry) && typeof entry.domain === 'string')
          report(entry.domain, [key, index, 'domain']);
      }
    }
    return findings;
  },
};

const NON_ASCII = /[\u0080-\uffff]/;

/** True when `candidate` is a valid name and the same domain as `name` (one normal form). */
function sameValidDomain(candidate: string, name: string): boolean {
  return isValidDomainName(candidate) && normalizeDomain(candidate) === normalizeDomain(name);
}

/**
 * How {@link importRootDomainRule} words its finding for each operation: what the operation takes,
 * and the verb of its fix (`Import "acme.com" instead.`).
 */
const ROOT_DOMAIN_WORDING: Record<string, { takes: string; verb: string }> = {
  'POST /domains/import': { takes: 'imports take root domains only', verb: 'Import' },
  'POST /domains/import/jobs': { takes: 'imports take root domains only', verb: 'Import' },
  'POST /orders': { takes: 'orders register root domains only', verb: 'Order' },
  'POST /swaps': { takes: "a swap's replacement must be a root domain", verb: 'Swap in' },
};

/**
 * A subdomain or a bare public suffix (`co.uk`) sent to an import, an order or a swap's
 * `replacement_domain` → `not_root_domain` warning.
 */
export const importRootDomainRule: Rule = {
  id: 'import-root-domain',
  code: 'not_root_domain',
  severity: 'warning',
  description:
    'A subdomain (e.g. `mail.acme.com`) or a bare public suffix (e.g. `co.uk`) sent to a domain import, an order or a swap (`replacement_domain`).',
  docs: 'Imports take root domains only (`acme.com`, not `mail.acme.com`, and not a public suffix such as `co.uk` that names are registered under); eligibility is checked when the import is created and non-root names come back as failed rows. Orders and swaps register the new domains they name, and only a root domain can be registered: an availability check answers `reason: "invalid"` for the others, and the emulator refuses an order or swap that would register one (`400 invalid_request` on `domains[i]` or `replacement_domain`; a Peeker DevKit choice, the docs do not say). The check uses a small list of country-code second levels (`co.uk`, `com.au`, …), so it is a warning: ignore it for registrable names it does not know.',
  operations: Object.keys(ROOT_DOMAIN_WORDING),
  check({ operation, schemaFile, body }) {
    const findings: Finding[] = [];
    // Without allocating, and without reading a name the validator's matcher just found to be a
    // root at a glance (its log, in document order): a clean 200-domain order runs this on every
    // keystroke and every emulator request.
    const { names, plainRoot, count } = matchedNames;
    let cursor = 0;
    scanDomainNames(schemaFile, body, (name, key, index, inObject) => {
      if (cursor < count && names[cursor] === name && plainRoot[cursor++]) return;
      const finding = nonRootFinding(this, operation, name, key, index, inObject);
      if (finding !== undefined) findings.push(finding);
    });
    return findings;
  },
};

/** {@link importRootDomainRule}'s finding on one name, worded for `operation`; none for a root. */
function nonRootFinding(
  rule: Rule,
  operation: string,
  name: string,
  key: string,
  index: number,
  inObject: boolean,
): Finding | undefined {
  const problem = describeNonRootName(name);
  if (problem === undefined || !isValidDomainName(name)) return undefined;
  const { takes, verb } = ROOT_DOMAIN_WORDING[operation]!;
  const path = domainNamePath(key, index, inObject);
  const root = problem.suggestion;
  if (root === undefined) {
    // A public suffix: no root to offer, it is above every registrable name, not below one.
    const message = `${describeValue(name)} is a public suffix, not a registrable domain; ${takes}, such as "acme.${name.toLowerCase().replace(/\.$/, '')}".`;
    return findingAt(rule, path, message);
  }
  const message = `${describeValue(name)} looks like a subdomain; ${takes}. ${verb} "${root}" instead.`;
  return findingAt(rule, path, message, {
    fixes: [
      {
        title: `Change to "${root}"`,
        safe: false,
        preferred: true,
        changes: [{ kind: 'replace', path, value: root }],
      },
    ],
  });
}
