import { CUSTOM_SIZING_FIELDS } from './order-shape-conflict';
import { isObject, type Rule } from './rule';

/** A bundle order: its domain count can only be checked by the server → `info`. */
export const bundlePlanUnknownRule: Rule = {
  id: 'bundle-plan-unknown',
  code: 'bundle_plan_unknown',
  severity: 'info',
  description: 'A bundle order’s domain count can only be checked by the server.',
  docs: 'A bundle’s plan (its `required_domains.total`) lives on the server, so the linter cannot tell offline whether a bundle order sends the right number of `domains`; it says so instead of guessing. Look the plan up with `GET /bundles/{id}`. The API answers `400 domain_count_mismatch` when the count differs.',
  operations: ['POST /orders'],
  check({ body }) {
    if (!isObject(body) || typeof body.bundle_id !== 'string') return [];
    if (CUSTOM_SIZING_FIELDS.some((key) => key in body)) return [];
    if (!Array.isArray(body.domains)) return [];
    const count = body.domains.length;
    return [
      {
        ruleId: this.id,
        code: this.code,
        severity: 'info',
        path: ['domains'],
        anchor: 'key',
        field: 'domains',
        message: `${count} ${count === 1 ? 'domain' : 'domains'} sent for bundle \`${body.bundle_id}\`. Whether that matches the bundle's plan can only be checked by the server: it must equal \`required_domains.total\` from GET /bundles/${body.bundle_id}, otherwise the API answers \`domain_count_mismatch\`.`,
        details: { submitted_count: count },
      },
    ];
  },
};
