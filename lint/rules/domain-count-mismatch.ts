import { isCount, isObject, type Rule } from './rule';

/** Google inboxes per domain when `google_inboxes_per_domain` is not sent (contract default). */
export const DEFAULT_GOOGLE_INBOXES_PER_DOMAIN = 2;

/**
 * Domains a custom order needs: ceil(`google_licenses` ÷ `google_inboxes_per_domain`) Google
 * domains + `microsoft_licenses` Microsoft domains (the contract's `x-peeker-count-rule`).
 */
export function requiredDomainCount(
  googleLicenses: number,
  microsoftLicenses: number,
  inboxesPerDomain: number,
): number {
  return Math.ceil(googleLicenses / inboxesPerDomain) + microsoftLicenses;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Custom sizing whose domain count differs from the number of `domains` → `domain_count_mismatch`. */
export const domainCountMismatchRule: Rule = {
  id: 'domain-count-mismatch',
  code: 'domain_count_mismatch',
  severity: 'error',
  description:
    'A custom order sends a different number of `domains` than its license counts and density need.',
  docs: 'A custom order needs ceil(`google_licenses` ÷ `google_inboxes_per_domain`) Google domains (density 2 by default) plus one domain per Microsoft license. The API answers `400 domain_count_mismatch` with `field: "domains"` and `details.required_count`, `submitted_count` and `missing_count` (= required − submitted; negative when too many were sent). The formula for custom orders is a Peeker DevKit assumption (`x-peeker-count-rule` in the contract).',
  operations: ['POST /orders'],
  check({ body }) {
    if (!isObject(body) || 'bundle_id' in body) return [];
    if (!('google_licenses' in body) && !('microsoft_licenses' in body)) return [];
    const google = body.google_licenses ?? 0;
    const microsoft = body.microsoft_licenses ?? 0;
    const density = body.google_inboxes_per_domain ?? DEFAULT_GOOGLE_INBOXES_PER_DOMAIN;
    // Malformed sizing is reported by the schema; a count built on it would only add noise.
    if (!isCount(google) || !isCount(microsoft) || (density !== 2 && density !== 3)) return [];
    if (!Array.isArray(body.domains)) return [];
    const required = requiredDomainCount(google, microsoft, density);
    // No licenses at all: `domains` cannot be emptied to match, so empty-custom-sizing says what to set.
    if (required === 0) return [];
    const submitted = body.domains.length;
    if (required === submitted) return [];
    const missing = required - submitted;
    const googleDomains = Math.ceil(google / density);
    const todo =
      missing > 0
        ? `Add ${plural(missing, 'domain')}, or lower the license counts.`
        : `Remove ${plural(-missing, 'domain')}, or raise the license counts.`;
    return [
      {
        ruleId: this.id,
        code: this.code,
        severity: 'error',
        path: ['domains'],
        anchor: 'key',
        field: 'domains',
        message: `The custom sizing needs ${plural(required, 'domain')} (${googleDomains} Google: ${google} google_licenses ÷ ${density} inboxes per domain, rounded up; ${microsoft} Microsoft: one per microsoft_license) but ${submitted} ${submitted === 1 ? 'was' : 'were'} sent. ${todo}`,
        details: { required_count: required, submitted_count: submitted, missing_count: missing },
      },
    ];
  },
};
