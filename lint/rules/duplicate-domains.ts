import { type DomainFieldKind, domainListFacts, isDomainId, isValidDomainName } from '../domains';
import { type Change, type Finding, type FixSpec, fieldOf } from '../findings';
import { describeValue } from '../text-utils';
import { findingAt, isObject, type Rule, type RuleContext } from './rule';

const shown = (entry: unknown) => (isObject(entry) ? entry.domain : entry);

/**
 * True when a list entry can be compared with the others: a valid domain name, or a `dom_…` id of a
 * reference list. An invalid name normalizes too (`acme\u00ad-mail.com` to `acme-mail.com`), but the
 * API refuses it rather than treating it as that domain: it gets only its invalid-name finding, and
 * a valid twin is never called its duplicate (whose removal would keep only the refused spelling).
 */
function comparable(kind: DomainFieldKind, entry: unknown): boolean {
  const name = shown(entry);
  if (typeof name !== 'string') return false;
  return (kind === 'references' && isDomainId(name)) || isValidDomainName(name);
}

/**
 * True for a custom-sized order, which needs a number of domains: removing one can trade a
 * duplicate for `domain_count_mismatch`, so removals are left to a human there.
 */
export function domainCountMatters(operation: string, body: unknown): boolean {
  return (
    operation === 'POST /orders' &&
    isObject(body) &&
    !('bundle_id' in body) &&
    ('google_licenses' in body || 'microsoft_licenses' in body)
  );
}

function findDuplicates(rule: Rule, { operation, schemaFile, body }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const countMatters = domainCountMatters(operation, body);
  for (const { key, kind, entries: list, keys, repeats } of domainListFacts(schemaFile, body)) {
    if (!repeats) continue;
    // Entries grouped by key; validity is only checked for keys that repeat.
    const firstSeen = new Map<string, number>();
    const repeated = new Map<number, number[]>();
    keys.forEach((normalized, index) => {
      if (!normalized) return;
      const first = firstSeen.get(normalized);
      if (first === undefined) firstSeen.set(normalized, index);
      else if (repeated.has(first)) repeated.get(first)!.push(index);
      else repeated.set(first, [first, index]);
    });
    const duplicates: { index: number; first: number }[] = [];
    for (const group of repeated.values()) {
      const [first, ...rest] = group.filter((index) => comparable(kind, list[index]));
      for (const index of rest) duplicates.push({ index, first: first! });
    }
    if (duplicates.length === 0) continue;
    duplicates.sort((a, b) => a.index - b.index);
    const removals: Change[] = duplicates.map(({ index }) => ({ kind: 'remove', path: [key, index] }));
    // Removing a plain-name repeat changes nothing; removing an object could drop a forwarding override.
    const safe =
      !countMatters &&
      duplicates.every(({ index, first }) => {
        const removed = list[index];
        const kept = list[first];
        if (typeof removed === 'string') return true;
        return isObject(removed) && isObject(kept) && removed.forwarding_url === kept.forwarding_url;
      });
    const fix: FixSpec = {
      title:
        duplicates.length === 1
          ? 'Remove the duplicate domain'
          : `Remove ${duplicates.length} duplicate domains`,
      safe,
      preferred: true,
      changes: removals,
    };
    const consequence =
      rule.severity === 'error'
        ? 'an order can provision each domain only once'
        : operation === 'POST /domains/availability'
          ? // One row per entry (the docs' "one row per domain"): the repeat is answered again.
            'the check answers one row per entry, so its row comes back twice and the repeat uses a slot of the per-request limit'
          : 'the API treats them as one domain';
    for (const { index, first } of duplicates) {
      const value = shown(list[index]);
      const firstValue = shown(list[first]);
      const same = firstValue === value ? '' : ` (${describeValue(firstValue)})`;
      const message = `${describeValue(value)} is the same domain as \`${fieldOf([key, first])}\`${same}: ${consequence}. Remove the duplicate.`;
      findings.push(
        findingAt(rule, [key, index], message, { details: { first_index: first }, fixes: [fix] }),
      );
    }
  }
  return findings;
}

/** The same domain twice in an order (case-, trailing-dot- and IDN-insensitive) → `invalid_request`. */
export const duplicateOrderDomainsRule: Rule = {
  id: 'duplicate-order-domains',
  code: 'invalid_request',
  severity: 'error',
  description: 'The same domain appears twice in an order’s `domains`.',
  docs: 'Domains are compared the way registries do: case-insensitively, without a trailing dot, and with internationalized names in punycode (`Bücher.de` = `xn--bcher-kva.de`). Only valid names are compared: a name the API refuses (`acme\\u00ad-mail.com`, with a soft hyphen) gets its `invalid-domain-name` error, never a duplicate one, and its valid twin is not called a duplicate of it. An order provisions each domain once, so a repeated domain is rejected with `400 invalid_request` on the repeated entry. The quick fix removes the repeats (safe when they are plain names in a bundle order; in a custom-sized order it changes the domain count, so a human chooses).',
  operations: ['POST /orders'],
  check(context) {
    return findDuplicates(this, context);
  },
};

/** The same domain twice in an availability/import/forwarding/cancel list → `duplicate_domain` warning. */
export const duplicateDomainsRule: Rule = {
  id: 'duplicate-domains',
  code: 'duplicate_domain',
  severity: 'warning',
  description: 'The same domain appears twice in a domain list.',
  docs: 'Imports, forwarding changes and cancellations treat a repeated domain (compared case-, trailing-dot- and IDN-insensitively, or the same `dom_…` id) as one; only valid names are compared, so an invalid name gets only its own finding (`invalid-domain-name`, or `availability-invalid-domain` in an availability check), and its valid twin is not called a duplicate of it. An availability check answers one row per entry, so the repeated domain’s row comes back twice. Either way the repeat only wastes a slot of the per-request limit. Import jobs dedupe on the normalized, sorted, unique domain set. The quick fix removes the repeats.',
  operations: [
    'POST /domains/availability',
    'POST /domains/import',
    'POST /domains/import/jobs',
    'POST /domains/forwarding',
    'POST /orders/{id}/cancel',
  ],
  check(context) {
    return findDuplicates(this, context);
  },
};
