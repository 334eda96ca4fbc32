import { quote } from '../text-utils';
import { isCount, isObject, type Rule } from './rule';

/** The license counts of custom sizing, in the order the API lists them. */
const LICENSE_FIELDS = ['google_licenses', 'microsoft_licenses'] as const;

/** Custom sizing whose license counts are all 0 → the order has no size (`invalid_request`). */
export const emptyCustomSizingRule: Rule = {
  id: 'empty-custom-sizing',
  code: 'invalid_request',
  severity: 'error',
  description: 'A custom order whose license counts are all 0: it has no size.',
  docs: 'A custom order is sized by its licenses: `google_licenses` (Google inboxes) and `microsoft_licenses` (Microsoft domains). When every count sent is 0 the order provisions nothing, and it needs no domain while `domains` takes at least one: no body can satisfy it. The linter reports `invalid_request` on the count sent (the API’s answer is not documented: the contract marks this choice `x-peeker-undocumented`) and says which fields set a size. Set a count to at least 1, or order a saved bundle with `bundle_id`.',
  operations: ['POST /orders'],
  check({ body }) {
    if (!isObject(body) || 'bundle_id' in body) return [];
    const sent = LICENSE_FIELDS.filter((key) => key in body);
    // No count at all is the schema's "missing size"; a malformed count is the schema's too.
    if (sent.length === 0 || !sent.every((key) => isCount(body[key]) && body[key] === 0)) return [];
    const unsent = LICENSE_FIELDS.find((key) => !(key in body));
    const zero = unsent
      ? `${quote(sent[0]!)} is 0 and ${quote(unsent)} is not sent`
      : `${sent.map(quote).join(' and ')} are 0`;
    return [
      {
        ruleId: this.id,
        code: this.code,
        severity: this.severity,
        path: [sent[0]!],
        anchor: 'key',
        field: sent[0]!,
        message: `The order has no size: ${zero}, so it would provision no inbox and need no domain. Set \`google_licenses\` (Google inboxes) or \`microsoft_licenses\` (Microsoft domains) to at least 1, or order a saved bundle with \`bundle_id\` instead.`,
      },
    ];
  },
};
