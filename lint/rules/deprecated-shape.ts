import { fieldOf } from '../findings';
import { legacyMigration } from '../legacy';
import type { Rule } from './rule';

/** The older (May 2026) request shapes → a deprecation warning with a migrating quick fix. */
export const deprecatedShapeRule: Rule = {
  id: 'deprecated-shape',
  code: 'deprecated_field',
  severity: 'warning',
  description:
    'An older (May 2026) request shape: `user` object, `user_id`, `users`, cancel `scope`, bundle price fields.',
  docs: 'The `/partner/v1` contract (June 2026) replaced the older shapes: `user` is a string (email or `usr_…` id) instead of an object or `user_id`; personas are sent as `personas` (each with a `profile_picture_url` key, which the older `users` items could leave out) instead of `users`; a whole-order cancel sends no body instead of `{"scope": "order"}` (sent with `domains` as well, `scope` is an error: the whole order, or only those domains?); bundles no longer carry `customer_price_cents`/`currency`. The quick fix **Migrate to the current request shape** rewrites the body (the emulator applies the same migration).',
  operations: [
    'POST /orders',
    'POST /swaps/user_names',
    'POST /orders/{id}/cancel',
    'POST /bundles',
    'PATCH /bundles/{id}',
  ],
  check({ operation, body }) {
    const migration = legacyMigration(operation, body);
    if (migration.deprecations.length === 0) return [];
    const fixes =
      migration.changes.length > 0
        ? [
            {
              title: 'Migrate to the current request shape',
              safe: migration.safe,
              preferred: true,
              changes: migration.changes,
            },
          ]
        : [];
    return migration.deprecations.map((deprecation) => ({
      ruleId: this.id,
      code: this.code,
      severity: 'warning' as const,
      path: deprecation.path,
      anchor: deprecation.anchor,
      field: fieldOf(deprecation.path),
      message: deprecation.message,
      fixes,
    }));
  },
};
