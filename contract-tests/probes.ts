/**
 * Probes: small, printable descriptions of requests that should succeed or fail in a known way,
 * generated from the catalog. The request-id and error-envelope properties send mixed sequences
 * of them, so every kind of response (2xx, 400, 401, 404) is covered.
 *
 * @packageDocumentation
 */
import * as fc from 'fast-check';
import { type CustomOrderBody, customOrder, freshenDomain, freshenOrder } from './arbitraries';
import { bundleFixture } from './fixtures';
import { applyMutation, type MutationSpec, mutationSpec } from './mutations';
import {
  exampleBody,
  GET_BY_ID,
  idPrefixOf,
  LIST_OPERATIONS,
  OPERATIONS,
  operation,
  PLAIN_READS,
  pathOf,
  placeholderId,
  unknownId,
} from './operations';
import type { PropertyContext } from './property';
import type { Exchange } from './target';

/** A request that should succeed. */
export type SuccessProbe =
  | { kind: 'read'; operation: string; perPage?: number }
  | { kind: 'create order'; order: CustomOrderBody }
  | {
      kind: 'check availability';
      /**
       * A candidate that is not a registrable domain name, sent beside the example's names: the
       * docs answer it as its own `reason: "invalid"` row, not with a 400 for the batch.
       */
      invalidCandidate?: string;
    };

/** A request that should fail, and how. */
export type ErrorProbe =
  | { kind: 'no Authorization'; operation: string }
  | { kind: 'unknown key'; operation: string; key: string }
  | { kind: 'unknown id'; operation: string; id: string }
  | { kind: 'per_page out of range'; operation: string; perPage: number }
  | { kind: 'invalid order'; order: CustomOrderBody; mutation: MutationSpec }
  | { kind: 'malformed JSON'; text: string }
  | { kind: 'unknown route'; path: string };

/** Any probe. */
export type Probe = SuccessProbe | ErrorProbe;

const operationKey = (ops: readonly { key: string }[]) => fc.constantFrom(...ops.map((op) => op.key));

/** Availability candidates a search box may send that are not registrable names (malformed, or a subdomain). */
export const INVALID_CANDIDATES = [
  'acme_mail.com',
  'mail.acme-mail.com',
  'https://acme-mail.com/pricing',
  'acme mail',
  'acme',
] as const;

/** Requests that must succeed. */
export const successProbe: fc.Arbitrary<SuccessProbe> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('read' as const), operation: operationKey(PLAIN_READS) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('read' as const),
      operation: operationKey(LIST_OPERATIONS),
      perPage: fc.integer({ min: 1, max: 100 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create order' as const), order: customOrder }) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        kind: fc.constant('check availability' as const),
        invalidCandidate: fc.constantFrom(...INVALID_CANDIDATES),
      },
      { requiredKeys: ['kind'] },
    ),
  },
);

/** Requests that must fail with a documented error. */
export const errorProbe: fc.Arbitrary<ErrorProbe> = fc.oneof(
  fc.record({ kind: fc.constant('no Authorization' as const), operation: operationKey(OPERATIONS) }),
  fc.record({
    kind: fc.constant('unknown key' as const),
    operation: operationKey(OPERATIONS),
    key: fc.stringMatching(/^[A-Za-z0-9]{32}$/).map((body) => `pk_test_${body}`),
  }),
  fc.constantFrom(...GET_BY_ID).chain((op) =>
    fc.record({
      kind: fc.constant('unknown id' as const),
      operation: fc.constant(op.key),
      id: unknownId(idPrefixOf(op) ?? 'id_'),
    }),
  ),
  fc.record({
    kind: fc.constant('per_page out of range' as const),
    operation: operationKey(LIST_OPERATIONS),
    perPage: fc.oneof(fc.integer({ min: 101, max: 100_000 }), fc.integer({ min: -5, max: 0 })),
  }),
  fc.record({ kind: fc.constant('invalid order' as const), order: customOrder, mutation: mutationSpec }),
  fc.record({
    kind: fc.constant('malformed JSON' as const),
    text: fc.constantFrom('{"user": ', '{user: "a@b.com"}', '[1, 2', 'null,', '{"domains": [}'),
  }),
  fc.record({
    kind: fc.constant('unknown route' as const),
    path: fc.constantFrom('/order', '/orders/pending/all', '/mailboxes', '/domains/import/jobs/imj_x/retry'),
  }),
);

/** Any probe, errors and successes mixed. */
export const anyProbe: fc.Arbitrary<Probe> = fc.oneof(successProbe, errorProbe);

/** Sends a probe. Order bodies are freshened with a new tag so runs never collide. */
export async function sendProbe(ctx: PropertyContext, probe: Probe): Promise<Exchange> {
  switch (probe.kind) {
    case 'read':
      return ctx.api.get(operation(probe.operation).path, { per_page: probe.perPage });
    case 'create order':
      return ctx.api.post('/orders', freshenOrder(probe.order, ctx.unique('p')));
    case 'check availability': {
      const op = operation('POST /domains/availability');
      const body = exampleBody(op) as { domains: string[] };
      if (probe.invalidCandidate !== undefined) body.domains.push(probe.invalidCandidate);
      return ctx.api.post(op.path, body);
    }
    case 'no Authorization':
    case 'unknown key': {
      const op = operation(probe.operation);
      return ctx.api.request({
        method: op.method,
        path: pathOf(op, placeholderId(op)),
        body: exampleBody(op),
        auth: probe.kind === 'unknown key' ? { key: probe.key } : 'none',
      });
    }
    case 'unknown id':
      return ctx.api.get(pathOf(operation(probe.operation), probe.id));
    case 'per_page out of range':
      return ctx.api.get(operation(probe.operation).path, { per_page: probe.perPage });
    case 'invalid order': {
      const tag = ctx.unique('p');
      const { body } = applyMutation(freshenOrder(probe.order, tag), probe.mutation, {
        bundleId: await bundleFixture(ctx),
        extraDomain: freshenDomain('extra-acme.com', tag),
      });
      return ctx.api.post('/orders', body);
    }
    case 'malformed JSON':
      return ctx.api.request({ method: 'POST', path: '/orders', rawBody: probe.text });
    case 'unknown route':
      return ctx.api.get(probe.path);
  }
}
