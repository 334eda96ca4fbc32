import type { Finding } from '../findings';
import { quote } from '../text-utils';
import { isObject, type Rule } from './rule';

/** The custom-sizing fields that cannot be combined with `bundle_id`. */
export const CUSTOM_SIZING_FIELDS = [
  'google_licenses',
  'microsoft_licenses',
  'google_inboxes_per_domain',
] as const;

/** `bundle_id` together with custom sizing → `order_shape_conflict`. */
export const orderShapeConflictRule: Rule = {
  id: 'order-shape-conflict',
  code: 'order_shape_conflict',
  severity: 'error',
  description:
    '`bundle_id` mixed with custom sizing (`google_licenses`, `microsoft_licenses`, `google_inboxes_per_domain`).',
  docs: 'A `POST /orders` body is sized **either** by a saved bundle (`bundle_id`, whose plan fixes the license counts and inbox density) **or** by custom sizing. Sending both is answered with `400 order_shape_conflict`. Quick fixes: remove the custom sizing, or remove `bundle_id`.',
  operations: ['POST /orders'],
  check({ body }) {
    if (!isObject(body) || !('bundle_id' in body)) return [];
    const custom = Object.keys(body).filter((key) =>
      (CUSTOM_SIZING_FIELDS as readonly string[]).includes(key),
    );
    if (custom.length === 0) return [];
    const finding: Finding = {
      ruleId: this.id,
      code: this.code,
      severity: 'error',
      // On `bundle_id`, the field the API names: a range from the first to the last custom key
      // would also cover whatever lies between them (the user, the sequencer and its password).
      path: ['bundle_id'],
      anchor: 'key',
      field: 'bundle_id',
      message: `\`bundle_id\` cannot be combined with custom sizing (${custom.map(quote).join(', ')}): a bundle already fixes the license counts and inbox density. Keep the bundle or the custom sizing, not both.`,
      fixes: [
        {
          title: `Keep the bundle: remove ${custom.map(quote).join(', ')}`,
          safe: false,
          preferred: true,
          changes: custom.map((key) => ({ kind: 'remove' as const, path: [key] })),
        },
        {
          title: 'Keep the custom sizing: remove `bundle_id`',
          safe: false,
          changes: [{ kind: 'remove', path: ['bundle_id'] }],
        },
      ],
    };
    return [finding];
  },
};
