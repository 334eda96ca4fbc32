/**
 * Lifecycle and pending actions: orders start `in_progress` and reach `completed` (or `failed`)
 * through documented transitions; blocked orders are `action_required` with an open row in
 * `GET /orders/pending` until it is resolved, then leave both. Driven by the emulator's clock and
 * magic values (`fail-` prefix, `needs-ns`, `replace-me`, a non-public picture URL).
 *
 * @packageDocumentation
 */
import * as fc from 'fast-check';
import { catalog, type OrderStatus, type PendingActionReason } from '../../schemas';
import {
  type CustomOrderBody,
  customOrder,
  domainOf,
  freshenDomain,
  freshenOrder,
  requiredDomainCount,
} from '../arbitraries';
import { operation } from '../operations';
import { type ContractProperty, expectThat, type PropertyContext } from '../property';
import { dataOf, describeExchange } from '../responses';
import type { Exchange } from '../target';

/** Emulated seconds after which a new order has finished provisioning (plus a margin). */
export const PROVISIONING_SECONDS = 31;

const { initial: INITIAL_STATUS, transitions: TRANSITIONS } = catalog.orderLifecycle;
const ORDER_STATUS = operation('POST /orders').successStatus;

/** A non-public picture URL: the emulator (like Peeker) cannot fetch it. */
const PRIVATE_PICTURE_URL = 'http://localhost/avatar.png';

/** Reads an order's status through `GET /orders/{id}`. */
async function statusOf(ctx: PropertyContext, id: string): Promise<{ status: unknown; exchange: Exchange }> {
  const exchange = await ctx.api.get(`/orders/${encodeURIComponent(id)}`);
  return { status: dataOf<{ status?: unknown }>(exchange, 200, `GET /orders/${id}`).status, exchange };
}

/** Places an order and returns its id, checking it starts in the documented initial status. */
async function place(ctx: PropertyContext, body: CustomOrderBody): Promise<string> {
  const exchange = await ctx.api.post('/orders', body);
  const order = dataOf<{ id?: unknown; status?: unknown }>(exchange, ORDER_STATUS, 'A new order');
  expectThat(typeof order.id === 'string', `${describeExchange(exchange)}: the order has no id.`, exchange);
  expectThat(
    order.status === INITIAL_STATUS,
    `A new order should start ${INITIAL_STATUS}, got ${JSON.stringify(order.status)}.`,
    exchange,
  );
  return order.id;
}

function expectTransition(from: unknown, to: unknown, exchange: Exchange): void {
  if (from === to) return;
  const allowed = TRANSITIONS[from as OrderStatus] ?? [];
  expectThat(
    allowed.includes(to as OrderStatus),
    `The order went from ${JSON.stringify(from)} to ${JSON.stringify(to)}, which the documented lifecycle does not allow ` +
      `(from ${String(from)}: ${allowed.join(', ') || 'nothing'}).`,
    exchange,
  );
}

/** `lifecycle.orders-reach-completed` */
export const ordersReachCompleted: ContractProperty = {
  name: 'lifecycle.orders-reach-completed',
  group: 'lifecycle',
  description:
    `Places generated orders, moves the emulated clock ${PROVISIONING_SECONDS} s on, and checks each went ` +
    `${INITIAL_STATUS} → completed (or → failed when a domain carries the emulator's "fail-" prefix), ` +
    'through documented transitions only.',
  promise: 'Run a few real ones; watch the order move through in_progress → completed.',
  needsEmulator: true,
  runsFactor: 0.5,
  async run(ctx) {
    const cases = fc.record({
      order: customOrder,
      outcome: fc.constantFrom('completed', 'failed') as fc.Arbitrary<OrderStatus>,
    });
    await ctx.check(cases, async ({ order, outcome }) => {
      const body = freshenOrder(order, ctx.unique('l'));
      if (outcome === 'failed') {
        const first = body.domains[0]!;
        body.domains[0] =
          typeof first === 'string' ? `fail-${first}` : { ...first, domain: `fail-${first.domain}` };
      }
      const id = await place(ctx, body);
      const before = await statusOf(ctx, id);
      expectTransition(INITIAL_STATUS, before.status, before.exchange);
      await ctx.emulator().advance(PROVISIONING_SECONDS);
      const after = await statusOf(ctx, id);
      expectTransition(before.status, after.status, after.exchange);
      expectThat(
        after.status === outcome,
        `${PROVISIONING_SECONDS} emulated seconds after creation, the order should be ${outcome}, got ` +
          `${JSON.stringify(after.status)}.`,
        after.exchange,
      );
    });
  },
};

/** Makes `body` trip the pending action for `reason`; returns the domain concerned, when one is. */
export function blockOrder(
  body: CustomOrderBody,
  reason: PendingActionReason,
  index: number,
  tag: string,
): string | undefined {
  if (reason === 'profile_picture_not_accessible') {
    if (body.google_licenses === 0) {
      // Profile pictures are a Google thing: make sure the order has Google inboxes.
      body.google_licenses = 1;
      const count = requiredDomainCount(body);
      while (body.domains.length < count)
        body.domains.push(freshenDomain(`pictures-${body.domains.length}-acme.com`, tag));
    }
    body.personas[index % body.personas.length]!.profile_picture_url = PRIVATE_PICTURE_URL;
    return undefined;
  }
  const word = reason === 'update_nameservers' ? 'needs-ns' : 'replace-me';
  const at = index % body.domains.length;
  const domain = freshenDomain(`${word}-${domainOf(body.domains[at]!).split('.')[0]}.com`, tag);
  body.domains[at] = domain;
  return domain;
}

/** Every documented pending-action reason. */
export const PENDING_REASONS = Object.keys(catalog.pendingActionReasons) as PendingActionReason[];

/** A generated custom order, a pending-action reason to trip, and which entry trips it (for {@link blockOrder}). */
export const blockedOrderCases = fc.record({
  order: customOrder,
  reason: fc.constantFrom(...PENDING_REASONS),
  index: fc.nat({ max: 9 }),
});

interface PendingRow {
  id?: unknown;
  type?: unknown;
  reason?: unknown;
  status?: unknown;
  order_id?: unknown;
  domain?: unknown;
}

/** `lifecycle.pending-actions-listed` */
export const pendingActionsListed: ContractProperty = {
  name: 'lifecycle.pending-actions-listed',
  group: 'lifecycle',
  description:
    'Places orders that hit each documented pending-action reason, and checks the order becomes action_required ' +
    'with an open GET /orders/pending row (right reason, type and domain); once the action is resolved, the row ' +
    'leaves the open list, appears under status=resolved, and the order moves on.',
  promise:
    'Until it is resolved, the resource stays action_required. You see pending actions in three places: the status ' +
    'field …, the GET /orders/pending endpoint for order actions, a *.action_required webhook event.',
  needsEmulator: true,
  runsFactor: 0.5,
  async run(ctx) {
    await ctx.check(blockedOrderCases, async ({ order, reason, index }) => {
      const tag = ctx.unique('a');
      const body = freshenOrder(order, tag);
      const domain = blockOrder(body, reason, index, tag);
      const id = await place(ctx, body);
      await ctx.emulator().advance(PROVISIONING_SECONDS);
      const blocked = await statusOf(ctx, id);
      expectThat(
        blocked.status === 'action_required',
        `An order with a ${reason} blocker should be action_required after ${PROVISIONING_SECONDS} s, got ${JSON.stringify(blocked.status)}.`,
        blocked.exchange,
      );

      const open = await ctx.api.get('/orders/pending', { order_id: id });
      const rows = dataOf<PendingRow[]>(open, 200, 'GET /orders/pending?order_id=…');
      const row = Array.isArray(rows) ? rows.find((r) => r.reason === reason) : undefined;
      expectThat(
        row !== undefined,
        `The action_required order ${id} has no open ${reason} row in GET /orders/pending (got ${Array.isArray(rows) ? rows.length : 'no'} rows).`,
        open,
      );
      const expectedType = catalog.pendingActionReasons[reason].action_type;
      expectThat(
        row.status === 'open' &&
          row.type === expectedType &&
          (row.order_id === undefined || row.order_id === id),
        `The ${reason} row should be status open, type ${expectedType}, order_id ${id}; got ` +
          `${JSON.stringify({ status: row.status, type: row.type, order_id: row.order_id })}.`,
        open,
      );
      if (domain !== undefined && row.domain !== undefined) {
        expectThat(
          row.domain === domain,
          `The ${reason} row names domain ${String(row.domain)}, not ${domain}.`,
          open,
        );
      }

      expectThat(typeof row.id === 'string', `The ${reason} row has no id.`, open);
      await ctx.emulator().resolvePending(row.id);
      const openPage = await ctx.api.get('/orders/pending', { order_id: id });
      const stillOpen = dataOf<PendingRow[]>(openPage, 200, 'GET /orders/pending?order_id=…');
      expectThat(
        !stillOpen.some((r) => r.id === row.id),
        `Resolved action ${row.id} is still listed as open.`,
        openPage,
      );
      const resolvedPage = await ctx.api.get('/orders/pending', { order_id: id, status: 'resolved' });
      const resolved = dataOf<PendingRow[]>(resolvedPage, 200, 'GET /orders/pending?status=resolved');
      expectThat(
        resolved.some((r) => r.id === row.id && r.status === 'resolved'),
        `Resolved action ${row.id} is missing from GET /orders/pending?status=resolved.`,
        resolvedPage,
      );
      // Give provisioning time to resume before judging where the order went.
      await ctx.emulator().advance(PROVISIONING_SECONDS);
      const after = await statusOf(ctx, id);
      expectTransition('action_required', after.status, after.exchange);
      expectThat(
        after.status !== 'action_required',
        `With its only action resolved, order ${id} is still action_required.`,
        after.exchange,
      );
    });
  },
};

/** The lifecycle properties. */
export const lifecycleProperties: readonly ContractProperty[] = [ordersReachCompleted, pendingActionsListed];
