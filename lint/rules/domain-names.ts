import {
  describeDomainProblem,
  domainFields,
  domainListFacts,
  domainNameAtPointer,
  domainNames,
  isCanonicalAsciiDomain,
  isValidDomainName,
  normalizeDomain,
} from '../domains';
import { type Finding, fieldOf } from '../findings';
import { describeValue } from '../text-utils';
import type { JsonPath } from '../types';
import { findingAt, isObject, type Rule } from './rule';

const DOMAIN_OPERATIONS = [
  'POST /orders',
  'POST /orders/{id}/cancel',
  'POST /domains/availability',
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
  docs: 'Domains are sent as bare names such as `acme-mail.com` (Unicode or punycode labels; letters, digits and hyphens; a top-level domain of letters). The API answers `400 invalid_request` with the entry as `field`. The linter says *why* a name is invalid and, when the intent is clear (surrounding spaces, a pasted URL, an email address), offers the corrected name — or, when that name is already in the list, the removal of the entry.',
  explainsSchemaErrors: true,
  operations: DOMAIN_OPERATIONS,
  check({ schemaFile, body, schemaErrorPointers }) {
    const findings: Finding[] = [];
    // Only where the schema rejected something: this rule explains, it does not re-validate.
    const names = schemaErrorPointers
      ? [...schemaErrorPointers].flatMap((pointer) => domainNameAtPointer(schemaFile, body, pointer) ?? [])
      : domainNames(schemaFile, body);
    for (const { path, name } of names) {
      const problem = describeDomainProblem(name);
      if (!problem) continue;
      const finding = findingAt(this, path, `\`${fieldOf(path)}\` ${describeValue(name)} ${problem.message}`);
      if (problem.suggestion !== undefined) {
        // The corrected name may already be in the list (`a.com`, `https://a.com/x`): changing to
        // it would make a new duplicate, so the entry is removed instead — by a human.
        const key = normalizeDomain(problem.suggestion);
        // (A name that only needs trimming is already compared as its trimmed self: no new duplicate.)
        const duplicate =
          path.length > 1 && normalizeDomain(name) !== key && listHolds(schemaFile, body, path[0], key);
        finding.fixes = [
          duplicate
            ? {
                title: `Remove it ("${problem.suggestion}" is already listed)`,
                safe: false,
                preferred: true,
                changes: [{ kind: 'remove', path: path.slice(0, 2) }],
              }
            : {
                title: `Change to "${problem.suggestion}"`,
                safe: problem.reason === 'whitespace',
                preferred: true,
                changes: [{ kind: 'replace', path, value: problem.suggestion }],
              },
        ];
      }
      findings.push(finding);
    }
    return findings;
  },
};

/**
 * True when the domain list under `listKey` holds a name that normalizes to `key`, read from the
 * list scan the duplicate rule shares (each entry's normal form, computed once per check).
 */
function listHolds(
  schemaFile: string,
  body: unknown,
  listKey: string | number | undefined,
  key: string,
): boolean {
  return domainListFacts(schemaFile, body).some((list) => list.key === listKey && list.keys.includes(key));
}

/** A valid domain written with capitals or a trailing dot → `domain_not_normalized` warning. */
export const domainNotNormalizedRule: Rule = {
  id: 'domain-not-normalized',
  code: 'domain_not_normalized',
  severity: 'warning',
  description: 'A domain name with capital letters or a trailing dot.',
  docs: 'Domain names are case-insensitive and a trailing dot means the same name, so `Acme-Mail.COM.` and `acme-mail.com` are one domain. Writing them lower-case without the dot keeps request files diff-friendly and makes duplicates obvious. The quick fix rewrites the name (safe).',
  operations: DOMAIN_OPERATIONS,
  check({ schemaFile, body }) {
    const findings: Finding[] = [];
    const report = (name: string, path: JsonPath) => {
      const normalized = name.toLowerCase().replace(/\.$/, '');
      if (normalized === name || !isValidDomainName(name)) return;
      findings.push(
        findingAt(
          this,
          path,
          `Write \`${fieldOf(path)}\` as "${normalized}": domain names are case-insensitive${name.endsWith('.') ? ' and the trailing dot is implied' : ''}.`,
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

/** The registrable (root) part of a name, by a small heuristic; `undefined` when it already is one. */
export function rootDomainOf(name: string): string | undefined {
  const labels = name.toLowerCase().replace(/\.$/, '').split('.');
  const tld = labels[labels.length - 1] ?? '';
  const keep = tld.length === 2 && PUBLIC_SECOND_LEVEL.has(labels[labels.length - 2] ?? '') ? 3 : 2;
  return labels.length > keep ? labels.slice(-keep).join('.') : undefined;
}

/** A subdomain sent to an import → `not_root_domain` warning. */
export const importRootDomainRule: Rule = {
  id: 'import-root-domain',
  code: 'not_root_domain',
  severity: 'warning',
  description: 'A subdomain (e.g. `mail.acme.com`) sent to a domain import.',
  docs: 'Imports take root domains only (`acme.com`, not `mail.acme.com`); eligibility is checked when the import is created and non-root names come back as failed rows. The check uses a small list of country-code second levels (`co.uk`, `com.au`, …), so it is a warning: ignore it for registrable names it does not know.',
  operations: ['POST /domains/import', 'POST /domains/import/jobs'],
  check({ schemaFile, body }) {
    const findings: Finding[] = [];
    for (const { path, name } of domainNames(schemaFile, body)) {
      if (!isValidDomainName(name)) continue;
      const root = rootDomainOf(name);
      if (root === undefined) continue;
      const message = `${describeValue(name)} looks like a subdomain; imports take root domains only. Import "${root}" instead.`;
      findings.push(
        findingAt(this, path, message, {
          fixes: [
            {
              title: `Change to "${root}"`,
              safe: false,
              preferred: true,
              changes: [{ kind: 'replace', path, value: root }],
            },
          ],
        }),
      );
    }
    return findings;
  },
};
