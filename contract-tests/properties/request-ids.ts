/**
 * Request ids: every response, success or error, carries a well-formed, unique `Peeker-Request-Id`.
 *
 * @packageDocumentation
 */
import * as fc from 'fast-check';
import { anyProbe, sendProbe } from '../probes';
import { type ContractProperty, expectThat } from '../property';
import { describeExchange } from '../responses';
import { REQUEST_ID_HEADER } from '../target';

const SEED_PROMISE = 'Every response - success or error - carries a Peeker-Request-Id header.';

/** `request-ids.present-on-every-response` */
export const presentOnEveryResponse: ContractProperty = {
  name: 'request-ids.present-on-every-response',
  group: 'request-ids',
  description:
    'Sends mixed sequences of succeeding and failing requests (2xx, 400, 401, 404) and checks that each ' +
    'response carries Peeker-Request-Id in the documented format (a strict ULID from the emulator).',
  promise: SEED_PROMISE,
  needsEmulator: false,
  // One request per run: cheap, so more runs.
  runsFactor: 2,
  async run(ctx) {
    const { requestIdPattern, requestIdRule } = ctx.target;
    await ctx.check(anyProbe, async (probe) => {
      const exchange = await sendProbe(ctx, probe);
      expectThat(
        exchange.requestId !== undefined,
        `${describeExchange(exchange)}: the response has no ${REQUEST_ID_HEADER} header.`,
        exchange,
      );
      expectThat(
        requestIdPattern.test(exchange.requestId),
        `${describeExchange(exchange)}: ${REQUEST_ID_HEADER} "${exchange.requestId}" is not ${requestIdRule}.`,
        exchange,
      );
    });
  },
};

/** `request-ids.unique-across-calls` */
export const uniqueAcrossCalls: ContractProperty = {
  name: 'request-ids.unique-across-calls',
  group: 'request-ids',
  description:
    'Sends batches of at least two requests, some sequentially and some concurrently, and checks that no ' +
    'two responses of a batch share a Peeker-Request-Id.',
  promise: `${SEED_PROMISE} Support uses this ID to find the exact call.`,
  needsEmulator: false,
  async run(ctx) {
    // Each batch is compared with itself only, and always has two calls: a shrunk counterexample
    // then shows both calls of the clash, and replaying its --path alone fails again (ids seen
    // in earlier runs would make a one-call case fail in the run but hold in its replay).
    const batch = fc.record({
      sequential: fc.array(anyProbe, { minLength: 2, maxLength: 3 }),
      concurrent: fc.array(anyProbe, { minLength: 0, maxLength: 4 }),
    });
    await ctx.check(batch, async ({ sequential, concurrent }) => {
      const seen = new Map<string, string>();
      const exchanges = [];
      for (const probe of sequential) exchanges.push(await sendProbe(ctx, probe));
      exchanges.push(...(await Promise.all(concurrent.map((probe) => sendProbe(ctx, probe)))));
      for (const exchange of exchanges) {
        // A missing id is request-ids.present-on-every-response's finding, not this one's.
        if (exchange.requestId === undefined) continue;
        const earlier = seen.get(exchange.requestId);
        expectThat(
          earlier === undefined,
          `${describeExchange(exchange)} reuses the Peeker-Request-Id of an earlier call of this batch (${earlier}); ` +
            'support could not tell the two calls apart.',
          exchange,
        );
        seen.set(exchange.requestId, describeExchange(exchange));
      }
    });
  },
};

/** The request-id properties. */
export const requestIdProperties: readonly ContractProperty[] = [presentOnEveryResponse, uniqueAcrossCalls];
