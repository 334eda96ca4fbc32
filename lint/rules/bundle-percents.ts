import type { Finding } from '../findings';
import { isObject, type Rule } from './rule';

/** `google_percent` + `microsoft_percent` that do not add up to 100 (or only one of them null) → `invalid_request`. */
export const bundlePercentsRule: Rule = {
  id: 'bundle-percents',
  code: 'invalid_request',
  severity: 'error',
  description: '`google_percent` and `microsoft_percent` must both be null, or add up to 100.',
  docs: 'A bundle’s provider split is set with both percents together, summing to 100; leave both out (or both `null`) for Peeker’s recommended split. The schema checks that both are sent; the sum and the “both null or neither” rule are checked here. The quick fix sets `microsoft_percent` to 100 − `google_percent`.',
  operations: ['POST /bundles', 'PATCH /bundles/{id}'],
  check({ body }) {
    if (!isObject(body) || !('google_percent' in body) || !('microsoft_percent' in body)) return [];
    const google = body.google_percent;
    const microsoft = body.microsoft_percent;
    const base = {
      ruleId: this.id,
      code: this.code,
      severity: 'error' as const,
      path: ['google_percent'],
      anchor: 'property' as const,
      field: 'google_percent',
    };
    const isPercent = (v: unknown): v is number =>
      typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;
    if ((google === null) !== (microsoft === null)) {
      const fixes =
        isPercent(google) || isPercent(microsoft)
          ? [
              {
                title: `Set \`${google === null ? 'google_percent' : 'microsoft_percent'}\` to ${100 - ((google ?? microsoft) as number)}`,
                safe: false,
                preferred: true,
                changes: [
                  {
                    kind: 'replace' as const,
                    path: [google === null ? 'google_percent' : 'microsoft_percent'],
                    value: 100 - ((google ?? microsoft) as number),
                  },
                ],
              },
            ]
          : [];
      const finding: Finding = {
        ...base,
        path: [google === null ? 'google_percent' : 'microsoft_percent'],
        field: google === null ? 'google_percent' : 'microsoft_percent',
        message:
          'Set both percents (summing to 100), or both to null for the recommended split; one null and one number is not a split.',
        fixes,
      };
      return [finding];
    }
    if (!isPercent(google) || !isPercent(microsoft) || google + microsoft === 100) return [];
    return [
      {
        ...base,
        message: `\`google_percent\` (${google}) and \`microsoft_percent\` (${microsoft}) add up to ${google + microsoft}; they must add up to 100.`,
        details: { sum: google + microsoft },
        fixes: [
          {
            title: `Set \`microsoft_percent\` to ${100 - google}`,
            safe: false,
            preferred: true,
            changes: [{ kind: 'replace', path: ['microsoft_percent'], value: 100 - google }],
          },
        ],
      },
    ];
  },
};
