/**
 * Error envelope: every 4xx/5xx uses `{error:{code,message,field?,details?}}` with a documented code
 * and its documented status; invalid bodies name the offending field; valid requests succeed.
 *
 * @packageDocumentation
 */
import * as fc from 'fast-check';
import { catalog, type ErrorCode } from '../../schemas';
import { customOrder, freshenDomain, freshenOrder } from '../arbitraries';
import { errorEnvelopeProblems } from '../envelopes';
import { bundleFixture } from '../fixtures';
import { applyMutation, fieldNames, mutationSpec } from '../mutations';
import { operation } from '../operations';
import { errorProbe, sendProbe, successProbe } from '../probes';
import { type ContractProperty, expectThat } from '../property';
import { asRecord, bodySnippet, dataOf, describeExchange, errorOf } from '../responses';

const ENVELOPE_PROMISE =
  'Every error response - 4xx and 5xx - uses the same envelope. Branch on error.code. ' +
  '{"error": {"code", "message", "field", "details"}}';

/** `errors.envelope-shape` */
export const envelopeShape: ContractProperty = {
  name: 'errors.envelope-shape',
  group: 'errors',
  description:
    'Provokes 400, 401 and 404 answers (bad keys, unknown ids, out-of-range per_page, invalid or malformed ' +
    'bodies, unknown routes) and validates each body against the ErrorEnvelope schema: exactly ' +
    '{error:{code,message,field?,details?}}, a code from the documented table, a non-empty message.',
  promise: ENVELOPE_PROMISE,
  needsEmulator: false,
  // One request per run: cheap, so more runs.
  runsFactor: 2,
  async run(ctx) {
    await ctx.check(errorProbe, async (probe) => {
      const exchange = await sendProbe(ctx, probe);
      // A request that should have failed but succeeded breaks another promise (auth, validation…).
      if (exchange.status < 400) return;
      expectThat(
        exchange.json !== undefined,
        `${describeExchange(exchange)}: the error body is not JSON (${exchange.responseHeaders['content-type'] ?? 'no content-type'}): ${bodySnippet(exchange)}.`,
        exchange,
      );
      const problems = errorEnvelopeProblems(exchange.json);
      expectThat(
        problems.length === 0,
        `${describeExchange(exchange)}: the body is not the documented error envelope: ${problems.join('; ')}. ` +
          `Got ${bodySnippet(exchange)}.`,
        exchange,
      );
    });
  },
};

/** `errors.status-matches-code` */
export const statusMatchesCode: ContractProperty = {
  name: 'errors.status-matches-code',
  group: 'errors',
  description:
    'Provokes errors and checks that each answer’s HTTP status is the one the documented code table gives ' +
    'for its error.code (invalid_request 400, unauthorized 401, not_found 404…).',
  promise:
    'Decision rule. Look at the status, then error.code. Common v1 codes: Code / Status / What it means.',
  needsEmulator: false,
  // One request per run: cheap, so more runs.
  runsFactor: 2,
  async run(ctx) {
    await ctx.check(errorProbe, async (probe) => {
      const exchange = await sendProbe(ctx, probe);
      const { code } = errorOf(exchange);
      if (exchange.status < 400 || code === undefined) return; // other properties' findings
      const documented = catalog.errorCodes[code as ErrorCode];
      expectThat(
        documented !== undefined,
        `${describeExchange(exchange)}: error.code "${code}" is not in the documented code table.`,
        exchange,
      );
      expectThat(
        exchange.status === documented.status,
        `${describeExchange(exchange)}: "${code}" is documented with status ${documented.status}, ` +
          `but the answer was ${exchange.status}.`,
        exchange,
      );
    });
  },
};

/** `errors.invalid-body-names-field` */
export const invalidBodyNamesField: ContractProperty = {
  name: 'errors.invalid-body-names-field',
  group: 'errors',
  description:
    'Mutates valid generated POST /orders bodies (drops a required field, breaks a type, enum, range or ' +
    'format, adds an unknown field, mixes bundle_id with custom sizing, sends one domain too few or many) ' +
    'and checks the specific code: invalid_request with error.field naming the offending field, ' +
    'order_shape_conflict, or domain_count_mismatch with honest details counts. A real sandbox may accept ' +
    'what only the kit refuses (an ftp:// forwarding_url).',
  promise:
    'invalid_request 400: A field is missing, the wrong type, or invalid. error.field points to the offender. ' +
    '4xx with field → fix the request body.',
  needsEmulator: false,
  async run(ctx) {
    await ctx.check(
      fc.record({ order: customOrder, mutation: mutationSpec }),
      async ({ order, mutation }) => {
        const tag = ctx.unique('e');
        const { body, expected } = applyMutation(freshenOrder(order, tag), mutation, {
          bundleId: await bundleFixture(ctx),
          extraDomain: freshenDomain('extra-acme.com', tag),
        });
        const exchange = await ctx.api.post('/orders', body);
        const accepted = exchange.status >= 200 && exchange.status < 300;
        if (expected.kitChoice && ctx.target.kind === 'sandbox' && accepted) return;
        const error = errorOf(exchange);
        const what = `POST /orders with ${mutation.kind}`;
        expectThat(
          exchange.status >= 400 && error.code === expected.code,
          `${what} should be rejected with ${expected.code}` +
            (expected.field ? ` naming "${expected.field}"` : '') +
            `, got ${describeExchange(exchange)}${error.field ? ` (field "${error.field}")` : ''}.`,
          exchange,
        );
        if (expected.field !== undefined) {
          expectThat(
            fieldNames(error.field, expected.field),
            `${what}: error.field should name "${expected.field}" (or a parent of it), got ` +
              `${error.field === undefined ? 'no field' : `"${error.field}"`}.`,
            exchange,
          );
        }
        if (expected.counts !== undefined) {
          for (const [key, value] of Object.entries(expected.counts)) {
            expectThat(
              error.details?.[key] === value,
              `${what}: error.details.${key} should be ${value}, got ${JSON.stringify(error.details?.[key])}.`,
              exchange,
            );
          }
        }
      },
    );
  },
};

/** `errors.valid-requests-succeed` */
export const validRequestsSucceed: ContractProperty = {
  name: 'errors.valid-requests-succeed',
  group: 'errors',
  description:
    'Sends valid requests (plain reads, lists with any per_page, generated orders, availability checks, some ' +
    'with a malformed or subdomain candidate) and checks each answers its documented success status with a ' +
    '{data: …} body, not an error; an availability check answers a bad candidate with a row of reason "invalid".',
  promise:
    'Sandbox runs the full API surface. Every shape matches live. 5xx → retry with backoff; open a ticket if it persists.',
  needsEmulator: false,
  // One request per run: cheap, so more runs.
  runsFactor: 2,
  async run(ctx) {
    await ctx.check(successProbe, async (probe) => {
      const exchange = await sendProbe(ctx, probe);
      const key =
        probe.kind === 'read'
          ? probe.operation
          : probe.kind === 'create order'
            ? 'POST /orders'
            : 'POST /domains/availability';
      const data = dataOf<{ domains?: unknown }>(exchange, operation(key).successStatus, `A valid ${key}`);
      if (probe.kind === 'check availability' && probe.invalidCandidate !== undefined) {
        // The docs: one row per domain, `reason` one of taken, premium, invalid, errored, stale.
        const rows = Array.isArray(data.domains) ? data.domains : [];
        expectThat(
          rows.some((row) => asRecord(row)?.available === false && asRecord(row)?.reason === 'invalid'),
          `An availability check with the candidate ${JSON.stringify(probe.invalidCandidate)} should answer ` +
            `it as a row {"available": false, "reason": "invalid"}, got ${bodySnippet(exchange, 400)}.`,
          exchange,
        );
      }
    });
  },
};

/** The error-envelope properties. */
export const errorProperties: readonly ContractProperty[] = [
  envelopeShape,
  statusMatchesCode,
  invalidBodyNamesField,
  validRequestsSucceed,
];
