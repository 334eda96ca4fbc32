/**
 * Authentication and presets: a missing, malformed, unknown or revoked key is 401 `unauthorized`;
 * a valid key whose preset does not grant an operation's permission is 403 `forbidden`; presets
 * allow exactly what `catalog.presets` and each operation's `permission` say.
 *
 * @packageDocumentation
 */
import * as fc from 'fast-check';
import { catalog, type OperationInfo, type PermissionPreset } from '../../schemas';
import { presetKeys } from '../fixtures';
import { exampleBody, OPERATIONS, operation, pathOf, placeholderId } from '../operations';
import { type ContractProperty, expectThat } from '../property';
import { dataOf, describeExchange, errorOf, expectError } from '../responses';
import type { Exchange, RequestAuth } from '../target';

/** A way of sending the wrong credentials. Printable: the real key never appears in it. */
type BadAuthorization =
  | { kind: 'no header' }
  | { kind: 'empty bearer' }
  | { kind: 'unknown key'; key: string }
  | { kind: 'malformed key'; key: string }
  | { kind: 'own key, other scheme'; scheme: 'Basic' | 'Token' | 'ApiKey' }
  | { kind: 'own key, no scheme' };

const badAuthorization: fc.Arbitrary<BadAuthorization> = fc.oneof(
  fc.constant({ kind: 'no header' as const }),
  fc.constant({ kind: 'empty bearer' as const }),
  fc.record({
    kind: fc.constant('unknown key' as const),
    key: fc.stringMatching(/^[A-Za-z0-9]{32}$/).map((body) => `pk_test_${body}`),
  }),
  fc.record({
    kind: fc.constant('malformed key' as const),
    key: fc.constantFrom(
      'pk_test_',
      'pk_prod_3f9a8b7c6d5e4f3a',
      'sk_test_3f9a8b7c6d5e4f3a',
      'pk-test-3f9a8b7c',
      '12345',
    ),
  }),
  fc.record({
    kind: fc.constant('own key, other scheme' as const),
    scheme: fc.constantFrom('Basic', 'Token', 'ApiKey'),
  }),
  fc.constant({ kind: 'own key, no scheme' as const }),
);

/** The `Authorization` to send for a bad-credential case. `ownKey` stays out of the printed value. */
function authFor(bad: BadAuthorization, ownKey: string): RequestAuth {
  switch (bad.kind) {
    case 'no header':
      return 'none';
    case 'empty bearer':
      return { header: 'Bearer ' };
    case 'unknown key':
    case 'malformed key':
      return { header: `Bearer ${bad.key}` };
    case 'own key, other scheme':
      return {
        header: `${bad.scheme} ${bad.scheme === 'Basic' ? Buffer.from(`${ownKey}:`).toString('base64') : ownKey}`,
      };
    case 'own key, no scheme':
      return { header: ownKey };
  }
}

/** Sends `op` as a plausible request: placeholder id in the path, the documented example body. */
function sendAs(
  ctx: Parameters<ContractProperty['run']>[0],
  op: OperationInfo,
  auth: RequestAuth,
): Promise<Exchange> {
  return ctx.api.request({
    method: op.method,
    path: pathOf(op, placeholderId(op)),
    body: exampleBody(op),
    auth,
  });
}

/** `auth.missing-or-malformed-key-rejected` */
export const missingOrMalformedKeyRejected: ContractProperty = {
  name: 'auth.missing-or-malformed-key-rejected',
  group: 'auth',
  description:
    'Calls any operation with no Authorization header, an empty Bearer, an unknown or malformed pk_ key, ' +
    'or the real key under another scheme, and checks each answer is 401 unauthorized.',
  promise: 'unauthorized 401: Key missing, malformed, or revoked. 401 → check the bearer header / key.',
  needsEmulator: false,
  async run(ctx) {
    const ownKey = ctx.api.apiKey;
    const cases = fc.record({
      bad: badAuthorization,
      operation: fc.constantFrom(...OPERATIONS.map((op) => op.key)),
    });
    await ctx.check(cases, async ({ bad, operation: key }) => {
      const op = operation(key);
      const exchange = await sendAs(ctx, op, authFor(bad, ownKey));
      expectError(exchange, { code: 'unauthorized', status: 401 }, `${op.key} with ${bad.kind}`);
    });
  },
};

/** `auth.revoked-key-rejected` */
export const revokedKeyRejected: ContractProperty = {
  name: 'auth.revoked-key-rejected',
  group: 'auth',
  description:
    'Mints a key through the control API, checks it works, revokes it, and checks every later call with it ' +
    'is 401 unauthorized.',
  promise: 'unauthorized 401: Key missing, malformed, or revoked.',
  needsEmulator: true,
  runsFactor: 0.25,
  async run(ctx) {
    const control = ctx.emulator();
    const presets = Object.keys(catalog.presets) as PermissionPreset[];
    const reads = OPERATIONS.filter((op) => op.permission === 'read');
    const cases = fc.record({
      preset: fc.constantFrom(...presets),
      operation: fc.constantFrom(...reads.map((op) => op.key)),
    });
    await ctx.check(cases, async ({ preset, operation: key }) => {
      const minted = await control.createKey(preset);
      ctx.api.addSecret(minted.key);
      dataOf(
        await ctx.api.get('/me', undefined, { key: minted.key }),
        200,
        `GET /me with a fresh ${preset} key`,
      );
      await control.revokeKey(minted.id);
      const op = operation(key);
      const exchange = await sendAs(ctx, op, { key: minted.key });
      expectError(exchange, { code: 'unauthorized', status: 401 }, `${op.key} with a revoked ${preset} key`);
    });
  },
};

/** `auth.presets-allow-exactly-documented` */
export const presetsAllowExactlyDocumented: ContractProperty = {
  name: 'auth.presets-allow-exactly-documented',
  group: 'auth',
  description:
    'With one key per preset, calls a sample of operations (always including one the restricted preset may ' +
    'not use) and checks 403 forbidden exactly where catalog.presets and the operation’s permission deny it, ' +
    'no 401/403 where they allow it, and that GET /me reports the preset.',
  promise:
    'forbidden 403: Key valid but doesn’t permit this action. 403 → key lacks permission. Use a full key. ' +
    'read: no writes; limited: only domain availability; full: everything.',
  needsEmulator: true,
  runsFactor: 0.5,
  async run(ctx) {
    const allows = (preset: PermissionPreset, op: OperationInfo) =>
      catalog.presets[preset].includes(op.permission);
    const cases = fc.record({
      restricted: fc.constantFrom<PermissionPreset>('read', 'limited'),
      denied: fc.nat(),
      sample: fc.subarray([...OPERATIONS.map((op) => op.key)], { minLength: 2, maxLength: 5 }),
    });
    await ctx.check(cases, async ({ restricted, denied, sample }) => {
      const keys = await presetKeys(ctx);
      const deniedOps = OPERATIONS.filter((op) => !allows(restricted, op));
      const checks: [PermissionPreset, OperationInfo][] = [
        [restricted, deniedOps[denied % deniedOps.length]!],
        ...sample.flatMap((key): [PermissionPreset, OperationInfo][] => [
          [restricted, operation(key)],
          ['full', operation(key)],
        ]),
      ];
      for (const preset of new Set(checks.map(([p]) => p))) {
        const me = dataOf<{ api_key?: { permission_preset?: unknown } }>(
          await ctx.api.get('/me', undefined, { key: keys[preset].key }),
          200,
          `GET /me with a ${preset} key`,
        );
        expectThat(
          me.api_key?.permission_preset === preset,
          `GET /me with a ${preset} key reports permission_preset ${JSON.stringify(me.api_key?.permission_preset)}.`,
        );
      }
      for (const [preset, op] of checks) {
        const exchange = await sendAs(ctx, op, { key: keys[preset].key });
        if (allows(preset, op)) {
          expectThat(
            exchange.status !== 401 && exchange.status !== 403,
            `${op.key} needs the ${op.permission} permission, which the ${preset} preset grants, ` +
              `but got ${describeExchange(exchange)}.`,
            exchange,
          );
        } else {
          const error = errorOf(exchange);
          expectThat(
            exchange.status === 403 && error.code === 'forbidden',
            `${op.key} needs the ${op.permission} permission, which the ${preset} preset does not grant: ` +
              `expected 403 forbidden, got ${describeExchange(exchange)}.`,
            exchange,
          );
        }
      }
    });
  },
};

/** The authentication properties. */
export const authProperties: readonly ContractProperty[] = [
  missingOrMalformedKeyRejected,
  revokedKeyRejected,
  presetsAllowExactlyDocumented,
];
