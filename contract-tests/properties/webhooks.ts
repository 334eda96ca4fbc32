/**
 * Webhooks: deliveries are signed per the docs (HMAC-SHA256 over `"<timestamp>.<raw body>"`,
 * `Peeker-Signature: v1=<hex>`) with a current `Peeker-Timestamp`; the kit's own `verifyWebhook`
 * accepts them and rejects stale, tampered and replayed copies; `order.action_required` events
 * match the open rows of `GET /orders/pending`.
 *
 * The suite starts a receiver on 127.0.0.1 and points the emulator at it through the control API.
 *
 * @packageDocumentation
 */
import * as fc from 'fast-check';
import { catalog, type PendingActionReason } from '../../schemas';
import {
  EVENT_ID_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyWebhook,
  type WebhookHeaders,
} from '../../webhooks/signature';
import { customOrder, freshenOrder } from '../arbitraries';
import { webhookEventProblems } from '../envelopes';
import { operation } from '../operations';
import { type ContractProperty, expectThat, type PropertyContext } from '../property';
import type { ReceivedDelivery } from '../receiver';
import { dataOf, describeExchange } from '../responses';
import { blockedOrderCases, blockOrder, PENDING_REASONS, PROVISIONING_SECONDS } from './lifecycle';

const TOLERANCE_SECONDS = catalog.webhookSignature.toleranceSeconds;
const SIGNED_PAYLOAD = catalog.webhookSignature.signedPayload;
// The emulator sends due deliveries while it advances the clock; this is slack for them to land.
const DELIVERY_WAIT_MS = 500;

/** Places an order, advances the clock, and collects the deliveries about it. */
async function deliveriesAbout(
  ctx: PropertyContext,
  body: unknown,
  wanted: (delivery: ReceivedDelivery) => boolean = () => true,
): Promise<{ orderId: string; deliveries: ReceivedDelivery[]; secret: string }> {
  const { receiver, secret } = await ctx.webhooks();
  const exchange = await ctx.api.post('/orders', body);
  const order = dataOf<{ id?: unknown }>(exchange, operation('POST /orders').successStatus, 'A new order');
  expectThat(typeof order.id === 'string', `${describeExchange(exchange)}: the order has no id.`, exchange);
  const orderId = order.id;
  await ctx.emulator().advance(PROVISIONING_SECONDS);
  const about = (delivery: ReceivedDelivery) => delivery.event.data?.id === orderId;
  const matching = await receiver.waitFor((d) => about(d) && wanted(d), { timeoutMs: DELIVERY_WAIT_MS });
  expectThat(
    matching.length > 0,
    `No matching webhook delivery about order ${orderId} reached the kit's receiver within ` +
      `${DELIVERY_WAIT_MS} ms of advancing the clock ${PROVISIONING_SECONDS} s ` +
      `(${receiver.deliveries.length} deliveries received in all).`,
    exchange,
  );
  return { orderId, deliveries: receiver.deliveries.filter(about), secret };
}

function header(delivery: ReceivedDelivery, name: string): string | undefined {
  const value = delivery.headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}

function label(delivery: ReceivedDelivery): string {
  return `${String(delivery.event.type)} delivery ${delivery.eventId ?? '(no Peeker-Event-Id)'}`;
}

/** `webhooks.deliveries-signed` */
export const deliveriesSigned: ContractProperty = {
  name: 'webhooks.deliveries-signed',
  group: 'webhooks',
  description:
    `Places generated orders and checks every delivery about them: ${SIGNATURE_HEADER} verifies with ` +
    `verifyWebhook (HMAC-SHA256 over "${SIGNED_PAYLOAD}", v1=<hex>) and the configured secret, and ` +
    `${EVENT_ID_HEADER} equals the body's id.`,
  promise:
    'Verify the signature. Reject any request with a missing or invalid Peeker-Signature. Dedupe on Peeker-Event-Id.',
  needsEmulator: true,
  runsFactor: 0.25,
  async run(ctx) {
    await ctx.check(customOrder, async (order) => {
      const { deliveries, secret } = await deliveriesAbout(ctx, freshenOrder(order, ctx.unique('w')));
      for (const delivery of deliveries) {
        // Freshness is webhooks.deliveries-fresh's promise: here only the signature counts.
        const verdict = verifyWebhook(delivery.rawBody, delivery.headers as WebhookHeaders, secret, {
          toleranceSeconds: Number.MAX_SAFE_INTEGER,
        });
        expectThat(
          verdict.ok,
          `The ${label(delivery)} does not verify: ${verdict.ok ? '' : verdict.message}`,
        );
        expectThat(
          delivery.eventId !== undefined && delivery.eventId === delivery.event.id,
          `The ${label(delivery)}: ${EVENT_ID_HEADER} should equal the body's id (${String(delivery.event.id)}).`,
        );
      }
    });
  },
};

/** `webhooks.deliveries-fresh` */
export const deliveriesFresh: ContractProperty = {
  name: 'webhooks.deliveries-fresh',
  group: 'webhooks',
  description:
    `Places generated orders and checks every delivery's ${TIMESTAMP_HEADER} is Unix seconds within ` +
    `${TOLERANCE_SECONDS} s of its arrival, so a handler following the docs does not reject it as stale.`,
  promise: 'Reject any request with … stale Peeker-Timestamp, > 5 min skew.',
  needsEmulator: true,
  runsFactor: 0.25,
  async run(ctx) {
    await ctx.check(customOrder, async (order) => {
      const { deliveries } = await deliveriesAbout(ctx, freshenOrder(order, ctx.unique('w')));
      for (const delivery of deliveries) {
        // Handlers compare with their own wall clock at arrival, so that is the reference here too.
        const arrivedAt = Math.floor(delivery.receivedAt / 1000);
        const text = header(delivery, TIMESTAMP_HEADER);
        const timestamp = text !== undefined && /^\d+$/.test(text) ? Number(text) : Number.NaN;
        expectThat(
          Math.abs(timestamp - arrivedAt) <= TOLERANCE_SECONDS,
          `The ${label(delivery)} is signed with ${TIMESTAMP_HEADER} ${JSON.stringify(text)}, ` +
            `${Number.isNaN(timestamp) ? 'not Unix seconds' : `${arrivedAt - timestamp} s before it arrived`} ` +
            `(tolerance ${TOLERANCE_SECONDS} s): handlers following the docs reject it as stale.`,
        );
      }
    });
  },
};

const EVENT_TYPES = new Set<string>(catalog.webhookEvents.map((event) => event.type));

/** `webhooks.payloads-match-schema` */
export const payloadsMatchSchema: ContractProperty = {
  name: 'webhooks.payloads-match-schema',
  group: 'webhooks',
  description:
    'Places generated orders (plain, failing, or blocked by a pending action) and validates every delivery about ' +
    'them: a documented event type, and a body matching that type’s schema from the contract — the envelope, and ' +
    'a data with the id and status the docs show; any other resource field sent (the kit’s reading) must match it.',
  promise:
    'Every shape matches live, every webhook fires. Only data varies by type; read data.status to decide what to render.',
  needsEmulator: true,
  runsFactor: 0.25,
  async run(ctx) {
    const outcome = fc.constantFrom<'completed' | 'failed' | PendingActionReason>(
      'completed',
      'failed',
      ...PENDING_REASONS,
    );
    await ctx.check(fc.record({ order: customOrder, outcome }), async ({ order, outcome: wanted }) => {
      const tag = ctx.unique('w');
      const body = freshenOrder(order, tag);
      if (wanted === 'failed') {
        const first = body.domains[0]!;
        body.domains[0] =
          typeof first === 'string' ? `fail-${first}` : { ...first, domain: `fail-${first.domain}` };
      } else if (wanted !== 'completed') {
        blockOrder(body, wanted, 0, tag);
      }
      const { deliveries } = await deliveriesAbout(ctx, body);
      for (const delivery of deliveries) {
        const type = String(delivery.event.type);
        expectThat(EVENT_TYPES.has(type), `The ${label(delivery)} has an undocumented event type "${type}".`);
        const problems = webhookEventProblems(delivery.event);
        expectThat(
          problems.length === 0,
          `The ${label(delivery)} does not match the contract's ${type} schema: ${problems.slice(0, 4).join('; ')}.`,
        );
      }
    });
  },
};

/** How to forge a copy of a genuine delivery. */
interface Forgery {
  /** Seconds beyond the tolerance for the stale checks. */
  staleBy: number;
  /** Which body byte to flip (modulo the length). */
  byte: number;
  /** How far to move the timestamp header. */
  shift: number;
}

/** `webhooks.verifier-rejects-forgeries` */
export const verifierRejectsForgeries: ContractProperty = {
  name: 'webhooks.verifier-rejects-forgeries',
  group: 'webhooks',
  description:
    'Takes genuine deliveries and checks verifyWebhook rejects altered copies: checked more than 5 min before or ' +
    'after the signing time, one body byte flipped, the timestamp header moved, signed with another secret; and ' +
    'that a delivery replayed by the emulator carries the same Peeker-Event-Id, so a handler deduping on it drops it.',
  promise:
    'Verify the signature. Reject any request with a missing or invalid Peeker-Signature (or stale ' +
    'Peeker-Timestamp, > 5 min skew). Make the handler idempotent. Dedupe on Peeker-Event-Id for at least 24h.',
  needsEmulator: true,
  runsFactor: 0.25,
  async run(ctx) {
    const forgery: fc.Arbitrary<Forgery> = fc.record({
      staleBy: fc.integer({ min: 1, max: 86_400 }),
      byte: fc.nat(),
      shift: fc.oneof(fc.integer({ min: -250, max: -1 }), fc.integer({ min: 1, max: 250 })),
    });
    await ctx.check(fc.record({ order: customOrder, forgery }), async ({ order, forgery: f }) => {
      const { deliveries, secret } = await deliveriesAbout(ctx, freshenOrder(order, ctx.unique('w')));
      const genuine = deliveries[0]!;
      const headers = genuine.headers as Record<string, string>;
      const signedAt = Number(header(genuine, TIMESTAMP_HEADER));
      const reject = (
        what: string,
        body: Buffer,
        hdrs: WebhookHeaders,
        key: string,
        now: number,
        reason: string,
      ) => {
        const verdict = verifyWebhook(body, hdrs, key, { now: () => now });
        expectThat(
          !verdict.ok && verdict.reason === reason,
          `verifyWebhook should reject ${what} of the ${label(genuine)} with ${reason}, got ` +
            `${verdict.ok ? 'ok' : verdict.reason}.`,
        );
      };
      const late = TOLERANCE_SECONDS + f.staleBy;
      reject('a copy checked too late', genuine.rawBody, headers, secret, signedAt + late, 'stale_timestamp');
      reject(
        'a copy checked too early',
        genuine.rawBody,
        headers,
        secret,
        signedAt - late,
        'stale_timestamp',
      );
      const flipped = Buffer.from(genuine.rawBody);
      if (flipped.length > 0) {
        flipped[f.byte % flipped.length]! ^= 0x01;
        reject('a copy with one body byte flipped', flipped, headers, secret, signedAt, 'signature_mismatch');
      }
      const moved = { ...headers, [TIMESTAMP_HEADER.toLowerCase()]: String(signedAt + f.shift) };
      reject(
        'a copy with the timestamp moved',
        genuine.rawBody,
        moved,
        secret,
        signedAt + f.shift,
        'signature_mismatch',
      );
      reject(
        'a copy checked with another secret',
        genuine.rawBody,
        headers,
        `${secret}x`,
        signedAt,
        'signature_mismatch',
      );

      // Replay: the emulator sends the logged delivery again; it must keep its event id.
      const control = ctx.emulator();
      const logged = (await control.deliveries()).find((d) => d.event_id === genuine.eventId);
      expectThat(
        logged !== undefined,
        `The emulator's delivery log has no entry for event ${genuine.eventId}.`,
      );
      const { receiver } = await ctx.webhooks();
      const before = receiver.deliveries.filter((d) => d.eventId === genuine.eventId).length;
      await control.replayDelivery(logged.id);
      const copies = await receiver.waitFor((d) => d.eventId === genuine.eventId, {
        count: before + 1,
        timeoutMs: DELIVERY_WAIT_MS,
      });
      expectThat(
        copies.length > before,
        `Replaying delivery ${logged.id} did not bring event ${genuine.eventId} again: a replay must keep its ` +
          `${EVENT_ID_HEADER} so handlers can drop it.`,
      );
    });
  },
};

/** `webhooks.action-required-matches-pending` */
export const actionRequiredMatchesPending: ContractProperty = {
  name: 'webhooks.action-required-matches-pending',
  group: 'webhooks',
  description:
    'Places orders that hit a pending-action reason and checks the order.action_required delivery reports the ' +
    'order as action_required and matches the open rows of GET /orders/pending (same ids and reasons when the ' +
    'event lists them).',
  promise:
    'A *.action_required webhook event - one per resource family. The GET /orders/pending endpoint for order actions.',
  needsEmulator: true,
  runsFactor: 0.25,
  async run(ctx) {
    await ctx.check(blockedOrderCases, async ({ order, reason, index }) => {
      const tag = ctx.unique('w');
      const body = freshenOrder(order, tag);
      blockOrder(body, reason, index, tag);
      const isActionRequired = (d: ReceivedDelivery) => d.event.type === 'order.action_required';
      const { orderId, deliveries } = await deliveriesAbout(ctx, body, isActionRequired);
      const event = deliveries.find(isActionRequired)!;
      expectThat(
        event.event.data?.status === 'action_required',
        `The ${label(event)} reports status ${JSON.stringify(event.event.data?.status)}, not action_required.`,
      );
      const page = await ctx.api.get('/orders/pending', { order_id: orderId });
      const rows = dataOf<{ id?: unknown; reason?: unknown }[]>(page, 200, 'GET /orders/pending?order_id=…');
      expectThat(
        Array.isArray(rows) && rows.some((row) => row.reason === reason),
        `Order ${orderId} got an order.action_required event, but GET /orders/pending lists no open ${reason} row for it.`,
        page,
      );
      const listed = event.event.data?.pending_actions;
      if (Array.isArray(listed)) {
        for (const action of listed as { id?: unknown; reason?: unknown }[]) {
          expectThat(
            rows.some((row) => row.id === action.id && row.reason === action.reason),
            `The event lists pending action ${String(action.id)} (${String(action.reason)}), which GET /orders/pending does not.`,
            page,
          );
        }
      }
    });
  },
};

/** The webhook properties. */
export const webhookProperties: readonly ContractProperty[] = [
  deliveriesSigned,
  deliveriesFresh,
  payloadsMatchSchema,
  verifierRejectsForgeries,
  actionRequiredMatchesPending,
];
