/**
 * The older (May 2026) request shapes and their migration to the current contract
 * (API-FACTS "Decisions" 1): `user` object → `user` email, `user_id` → `user`, `users` → `personas`
 * (each persona gets the now-required `profile_picture_url` key), cancel `{"scope": "order"}` → no body,
 * bundle `customer_price_cents`/`currency` (display-only, gone in the newer docs) → removed.
 * The quick fix and {@link migrateLegacyOrder} use the same change list.
 */
import type { Anchor, Change } from './findings';
import { applyChangesToValue } from './json-value';
import { isObject } from './rules/rule';
import type { JsonPath } from './types';

/** One deprecated field found in a body. */
export interface Deprecation {
  path: JsonPath;
  anchor: Anchor;
  message: string;
}

/** What migrating a body to the current shape involves. */
export interface LegacyMigration {
  deprecations: Deprecation[];
  /** Structural changes that migrate the body (may be empty when nothing can be migrated automatically). */
  changes: Change[];
  /** True when the migration keeps the request's meaning. */
  safe: boolean;
}

function migratePersonas(
  body: Record<string, unknown>,
  deprecations: Deprecation[],
  changes: Change[],
): void {
  if (!('users' in body)) return;
  const hasPersonas = 'personas' in body;
  deprecations.push({
    path: ['users'],
    anchor: 'key',
    message: hasPersonas
      ? '`users` is the deprecated (May 2026) name of `personas`; send only `personas`.'
      : '`users` is the deprecated (May 2026) name of `personas`. Rename it to `personas`; each persona needs a `profile_picture_url` key ("" for none).',
  });
  if (hasPersonas || !Array.isArray(body.users)) return;
  body.users.forEach((persona, index) => {
    if (isObject(persona) && !('profile_picture_url' in persona)) {
      // Optional in the older docs (their own example leaves it out): understood, and pointed at.
      deprecations.push({
        path: ['users', index],
        anchor: 'value',
        message: `\`users[${index}]\` has no \`profile_picture_url\`: the older docs made it optional, but each of the current \`personas\` needs the key. Migrating adds \`""\` (no picture).`,
      });
      changes.push({ kind: 'insert', path: ['users', index], key: 'profile_picture_url', value: '' });
    }
  });
  changes.push({ kind: 'rename', path: ['users'], newKey: 'personas' });
}

/** The deprecated fields of a `POST /orders` body and the changes that migrate it. */
function orderMigration(body: Record<string, unknown>): LegacyMigration {
  const deprecations: Deprecation[] = [];
  const changes: Change[] = [];
  const user = body.user;
  if (isObject(user)) {
    const email = user.email;
    deprecations.push({
      path: ['user'],
      anchor: 'value',
      message:
        "The `user` object is the deprecated (May 2026) customer shape. Send `user` as a string: the customer's email (or `usr_…` id); first and last names are no longer sent.",
    });
    if (typeof email === 'string') changes.push({ kind: 'replace', path: ['user'], value: email });
  }
  if ('user_id' in body) {
    deprecations.push({
      path: ['user_id'],
      anchor: 'key',
      message:
        '`user_id` is deprecated (May 2026 docs): send the customer id as `user` (a `usr_…` id or an email).',
    });
    if (!('user' in body)) changes.push({ kind: 'rename', path: ['user_id'], newKey: 'user' });
  }
  migratePersonas(body, deprecations, changes);
  return { deprecations, changes, safe: true };
}

/** The deprecated fields of any operation's body and the changes that migrate it. */
export function legacyMigration(operationKey: string, body: unknown): LegacyMigration {
  const none: LegacyMigration = { deprecations: [], changes: [], safe: true };
  if (!isObject(body)) return none;
  switch (operationKey) {
    case 'POST /orders':
      return orderMigration(body);
    case 'POST /swaps/user_names': {
      const deprecations: Deprecation[] = [];
      const changes: Change[] = [];
      migratePersonas(body, deprecations, changes);
      return { deprecations, changes, safe: true };
    }
    case 'POST /orders/{id}/cancel': {
      if (!('scope' in body)) return none;
      if (body.scope !== 'order') {
        // Only `"order"` ever meant "the whole order": removing another value would turn a
        // request the API rejects into a whole-order cancel. The schema reports the value.
        return {
          deprecations: [
            {
              path: ['scope'],
              anchor: 'property',
              message:
                '`scope` is deprecated (May 2026 docs), and its only value was `"order"` (cancel the whole order). Send no body (or `{}`) to cancel every domain, or `domains` to cancel some.',
            },
          ],
          changes: [],
          safe: false,
        };
      }
      // With `domains` too the request is ambiguous (the schema reports it, with a fix for each
      // reading): dropping `scope` would quietly pick the partial cancel.
      const ambiguous = 'domains' in body;
      return {
        deprecations: [
          {
            path: ['scope'],
            anchor: 'property',
            message:
              '`{"scope": "order"}` is the deprecated (May 2026) way to cancel a whole order. Send no body (or `{}`) to cancel every domain, or `domains` to cancel some.',
          },
        ],
        changes: ambiguous ? [] : [{ kind: 'remove', path: ['scope'] }],
        safe: !ambiguous,
      };
    }
    case 'POST /bundles':
    case 'PATCH /bundles/{id}': {
      const keys = ['customer_price_cents', 'currency'].filter((key) => key in body);
      return {
        deprecations: keys.map((key) => ({
          path: [key],
          anchor: 'key' as const,
          message: `\`${key}\` is deprecated (May 2026 docs): bundles no longer carry a display price. Remove it.`,
        })),
        changes: keys.map((key) => ({ kind: 'remove' as const, path: [key] })),
        // Dropping a price the partner may still display elsewhere is a choice, not a no-op.
        safe: false,
      };
    }
    default:
      return none;
  }
}

/**
 * Migrates a `POST /orders` body from the older shapes (`user` object, `user_id`, `users`) to the
 * current one. Returns the input unchanged (same reference) when there is nothing to migrate; never
 * mutates it.
 */
export function migrateLegacyOrder<T>(body: T): T {
  return migrateLegacyPersonasBody('POST /orders', body);
}

/**
 * Migrates a body of an operation that carries personas (`POST /orders`, `POST /swaps/user_names`)
 * from the older shapes to the current one: the deprecated `users` becomes `personas`, each item
 * getting `"profile_picture_url": ""` when it had none (plus, for orders, the customer fields of
 * {@link migrateLegacyOrder}). Returns the input unchanged (same reference) when there is nothing
 * to migrate, or for any other operation; never mutates it.
 */
export function migrateLegacyPersonasBody<T>(operationKey: string, body: T): T {
  if (operationKey !== 'POST /orders' && operationKey !== 'POST /swaps/user_names') return body;
  const { changes } = legacyMigration(operationKey, body);
  return changes.length === 0 ? body : applyChangesToValue(body, changes);
}
