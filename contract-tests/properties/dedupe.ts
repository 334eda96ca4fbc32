/**
 * Dedupe: resending the same order body returns the same order (sequentially and concurrently,
 * whatever the key order or whitespace); any change to a fingerprint field — density included —
 * is a different order; import jobs dedupe on the normalized, sorted, unique domain set.
 *
 * @packageDocumentation
 */
import * as fc from 'fast-check';
import { catalog } from '../../schemas';
import {
  type CustomOrderBody,
  customerEmail,
  customOrder,
  customSizing,
  type Density,
  distinctDomains,
  domainName,
  freshenDomain,
  freshenOrder,
  type Persona,
  persona,
  requiredDomainCount,
  respace,
  shuffleKeys,
} from '../arbitraries';
import { operation } from '../operations';
import { type ContractProperty, expectThat, type PropertyContext } from '../property';
import { dataOf, describeExchange, errorOf } from '../responses';
import type { Exchange } from '../target';

const ORDER_PROMISE =
  'Resend the same body and you get the same order back. We hash the order shape server-side and dedupe for ' +
  '24 hours. No header to set, no idempotency key to generate.';

/** Status of a new `POST /orders`. */
const ORDER_STATUS = operation('POST /orders').successStatus;
const IMPORT_JOB_STATUS = operation('POST /domains/import/jobs').successStatus;
const CANCEL_STATUS = operation('POST /orders/{id}/cancel').successStatus;
const GET_ORDER_STATUS = operation('GET /orders/{id}').successStatus;
/** How long an order body dedupes, in seconds (the seed's 24 hours). */
const WINDOW_SECONDS = catalog.dedupe.orders.window_hours * 3600;
/** Room left for real time passing between the window property's requests (see its `inside`). */
const REAL_TIME_MARGIN_SECONDS = 600;

/**
 * The status a deduplicated replay must answer: the original's on an emulator (the kit's choice);
 * any 2xx on a real sandbox, since the docs only promise the same order (or job) back.
 */
function replayStatus(ctx: PropertyContext, original: number): number | undefined {
  return ctx.target.kind === 'sandbox' ? undefined : original;
}

async function placeOrder(
  ctx: PropertyContext,
  body: unknown,
  what: string,
): Promise<{ id: string; exchange: Exchange }> {
  const exchange = await ctx.api.post('/orders', body);
  const order = dataOf<{ id?: unknown }>(exchange, ORDER_STATUS, what);
  expectThat(typeof order.id === 'string', `${describeExchange(exchange)}: the order has no id.`, exchange);
  return { id: order.id, exchange };
}

/** `dedupe.same-body-same-order` */
export const sameBodySameOrder: ContractProperty = {
  name: 'dedupe.same-body-same-order',
  group: 'dedupe',
  description:
    'Places a generated order, sends the identical body again (1–3 times) and checks every replay answers ' +
    'the same order id, with the same status on an emulator (any success on a real sandbox).',
  promise: ORDER_PROMISE,
  needsEmulator: false,
  async run(ctx) {
    await ctx.check(
      fc.record({ order: customOrder, replays: fc.integer({ min: 1, max: 3 }) }),
      async (value) => {
        const body = freshenOrder(value.order, ctx.unique('d'));
        const first = await placeOrder(ctx, body, 'A new generated order');
        for (let i = 0; i < value.replays; i++) {
          const replay = await ctx.api.post('/orders', body);
          const order = dataOf<{ id?: unknown }>(
            replay,
            replayStatus(ctx, ORDER_STATUS),
            'Resending the same order body',
          );
          expectThat(
            order.id === first.id,
            `Resending the same body returned order ${String(order.id)}, not the original ${first.id}.`,
            replay,
          );
        }
      },
    );
  },
};

/** `dedupe.concurrent-same-body-one-order` */
export const concurrentSameBodyOneOrder: ContractProperty = {
  name: 'dedupe.concurrent-same-body-one-order',
  group: 'dedupe',
  description:
    'Sends the same generated order body 2–5 times at once (a client retrying after a timeout) and checks ' +
    'all answers succeed with one and the same order id.',
  promise: `${ORDER_PROMISE} Retrying job creation is safe.`,
  needsEmulator: false,
  async run(ctx) {
    await ctx.check(
      fc.record({ order: customOrder, copies: fc.integer({ min: 2, max: 5 }) }),
      async (value) => {
        const body = freshenOrder(value.order, ctx.unique('d'));
        const exchanges = await Promise.all(
          Array.from({ length: value.copies }, () => ctx.api.post('/orders', body)),
        );
        const ids = new Set<unknown>();
        // Which copy the server took as the original is unknown: each may answer a replay's status.
        for (const exchange of exchanges) {
          ids.add(
            dataOf<{ id?: unknown }>(
              exchange,
              replayStatus(ctx, ORDER_STATUS),
              'A concurrent copy of the same order body',
            ).id,
          );
        }
        expectThat(
          ids.size === 1,
          `${value.copies} simultaneous copies of one body created ${ids.size} different orders: ${[...ids].join(', ')}.`,
          exchanges.at(-1),
        );
      },
    );
  },
};

/** `dedupe.key-order-and-whitespace-ignored` */
export const keyOrderAndWhitespaceIgnored: ContractProperty = {
  name: 'dedupe.key-order-and-whitespace-ignored',
  group: 'dedupe',
  description:
    'Places a generated order, then resends the same content with its keys shuffled (at every level) and ' +
    'different whitespace, and checks the same order id comes back: the fingerprint hashes the normalized order.',
  promise: 'The fingerprint hashes the normalized order.',
  needsEmulator: false,
  async run(ctx) {
    const variant = fc.record({
      order: customOrder,
      keySeed: fc.integer({ min: 1, max: 0x7fffffff }),
      spacing: fc.constantFrom('pretty', 'tabs', 'padded') as fc.Arbitrary<'pretty' | 'tabs' | 'padded'>,
    });
    await ctx.check(variant, async ({ order, keySeed, spacing }) => {
      const body = freshenOrder(order, ctx.unique('d'));
      const first = await placeOrder(ctx, body, 'A new generated order');
      const rawBody = respace(JSON.stringify(shuffleKeys(body, keySeed)), spacing);
      const replay = await ctx.api.request({ method: 'POST', path: '/orders', rawBody });
      const again = dataOf<{ id?: unknown }>(
        replay,
        replayStatus(ctx, ORDER_STATUS),
        'The same order with reordered keys and new whitespace',
      );
      expectThat(
        again.id === first.id,
        `The same order with reordered keys and ${spacing} whitespace created order ${String(again.id)}, ` +
          `not the original ${first.id}.`,
        replay,
      );
    });
  },
};

/** `dedupe.window-24h` */
export const windowOf24Hours: ContractProperty = {
  name: 'dedupe.window-24h',
  group: 'dedupe',
  description:
    'Places a generated order and cancels it (so it holds no domains once the hour of grace is over), moves the ' +
    'emulated clock to a moment inside the 24 h window and resends the body: the same order; then to 24 h or ' +
    'later after creation: a new order, while the first is still readable.',
  promise: `${ORDER_PROMISE} After 24 h the same body is a new order; the old one is still readable.`,
  needsEmulator: true,
  embeddedOnly: 'moves the emulated clock by days: embedded emulator only, or --move-clock-by-days',
  runsFactor: 0.5,
  async run(ctx) {
    const moments = fc.record({
      order: customOrder,
      // Short of the window's end by a margin: on an emulator whose clock runs, the real time the
      // requests take (latency up to a minute each) is emulated time too.
      inside: fc.integer({ min: 1, max: WINDOW_SECONDS - REAL_TIME_MARGIN_SECONDS }),
      // Past the window by up to three days; 0 is the window's end, which is already outside.
      after: fc.integer({ min: 0, max: 3 * 86_400 }),
    });
    await ctx.check(moments, async ({ order, inside, after }) => {
      const body = freshenOrder(order, ctx.unique('d'));
      const first = await placeOrder(ctx, body, 'A new generated order');
      const cancel = await ctx.api.post(`/orders/${encodeURIComponent(first.id)}/cancel`, {});
      dataOf(cancel, CANCEL_STATUS, `Cancelling order ${first.id}`);
      const clock = ctx.emulator();
      await clock.advance(inside);
      const early = await ctx.api.post('/orders', body);
      const replay = dataOf<{ id?: unknown }>(
        early,
        replayStatus(ctx, ORDER_STATUS),
        `Resending the same body ${inside} s after the first`,
      );
      expectThat(
        replay.id === first.id,
        `Resending the same body ${inside} s after the first (inside the 24 h window) returned order ` +
          `${String(replay.id)}, not the original ${first.id}.`,
        early,
      );
      await clock.advance(WINDOW_SECONDS - inside + after);
      const late = await ctx.api.post('/orders', body);
      const second = dataOf<{ id?: unknown }>(
        late,
        ORDER_STATUS,
        `Resending the same body ${WINDOW_SECONDS + after} s after the first (its order cancelled)`,
      );
      expectThat(
        second.id !== first.id,
        `Resending the same body ${WINDOW_SECONDS + after} s after the first (past the 24 h window) answered ` +
          `the first order ${first.id} again: the dedupe window does not end.`,
        late,
      );
      const old = await ctx.api.get(`/orders/${encodeURIComponent(first.id)}`);
      const kept = dataOf<{ id?: unknown }>(
        old,
        GET_ORDER_STATUS,
        `Reading order ${first.id} after the window`,
      );
      expectThat(kept.id === first.id, `GET /orders/${first.id} answered order ${String(kept.id)}.`, old);
    });
  },
};

/** A change to one fingerprint field, as data. */
type FingerprintChange =
  | { field: 'user'; email: string }
  | { field: 'personas'; persona: Persona }
  | {
      field: 'google_licenses / microsoft_licenses';
      sizing: Pick<CustomOrderBody, 'google_licenses' | 'microsoft_licenses'>;
    }
  | { field: 'domains'; index: number; replacement: string };

const fingerprintChange: fc.Arbitrary<FingerprintChange> = fc.oneof(
  fc.record({ field: fc.constant('user' as const), email: customerEmail }),
  fc.record({ field: fc.constant('personas' as const), persona }),
  fc.record({
    field: fc.constant('google_licenses / microsoft_licenses' as const),
    sizing: customSizing.map(({ google_licenses, microsoft_licenses }) => ({
      google_licenses,
      microsoft_licenses,
    })),
  }),
  fc.record({ field: fc.constant('domains' as const), index: fc.nat({ max: 9 }), replacement: domainName }),
);

/**
 * Applies a fingerprint change to a fresh body; the result differs from `body` in that field
 * (and keeps its domain count consistent), or is `undefined` when the change would be a no-op.
 */
function changeFingerprint(
  body: CustomOrderBody,
  change: FingerprintChange,
  tag: string,
): CustomOrderBody | undefined {
  const changed = structuredClone(body);
  switch (change.field) {
    case 'user':
      changed.user = change.email.replace(/@(.*)$/, (_m, domain: string) => `@${freshenDomain(domain, tag)}`);
      break;
    case 'personas':
      changed.personas = [...changed.personas, change.persona];
      break;
    case 'google_licenses / microsoft_licenses': {
      changed.google_licenses = change.sizing.google_licenses;
      changed.microsoft_licenses = change.sizing.microsoft_licenses;
      const count = requiredDomainCount(changed);
      changed.domains = changed.domains.slice(0, count);
      for (let i = changed.domains.length; i < count; i++)
        changed.domains.push(freshenDomain(`more-${i}-acme.com`, tag));
      break;
    }
    case 'domains':
      changed.domains[change.index % changed.domains.length] = freshenDomain(change.replacement, `${tag}x`);
      break;
  }
  return JSON.stringify(changed) === JSON.stringify(body) ? undefined : changed;
}

/**
 * Names a fingerprint change by the values both orders sent, e.g. `The order with domain b.com
 * instead of the first order's a.com`: the generated change alone can read as no change at all
 * (shrinking may pick the original domain), since the kit makes each domain unique before sending it.
 */
function describeFingerprintChange(
  body: CustomOrderBody,
  changed: CustomOrderBody,
  change: FingerprintChange,
): string {
  switch (change.field) {
    case 'user':
      return `The order with user ${changed.user} instead of ${body.user}`;
    case 'personas': {
      const added = change.persona;
      return `The order with persona ${added.first_name} ${added.last_name} added to the first order's ${body.personas.length}`;
    }
    case 'google_licenses / microsoft_licenses':
      return (
        `The order with google_licenses ${changed.google_licenses} and microsoft_licenses ${changed.microsoft_licenses} ` +
        `instead of ${body.google_licenses} and ${body.microsoft_licenses}`
      );
    case 'domains': {
      const index = change.index % body.domains.length;
      return `The order with domain ${changed.domains[index]} instead of the first order's ${body.domains[index]}`;
    }
  }
}

/**
 * The second of two orders sharing domains is a different order: a new id, or — because the first
 * order still holds those domains — `domain_already_in_active_order`. Never the first order back.
 */
function expectDifferentOrder(exchange: Exchange, firstId: string, what: string): void {
  const error = errorOf(exchange);
  if (exchange.status >= 400) {
    expectThat(
      error.code === 'domain_already_in_active_order',
      `${what} should be a new order (or refused because the first order holds its domains), got ` +
        `${describeExchange(exchange)}.`,
      exchange,
    );
    return;
  }
  const order = dataOf<{ id?: unknown }>(exchange, ORDER_STATUS, what);
  expectThat(
    order.id !== firstId,
    `${what} was deduplicated into the first order ${firstId}: the fingerprint ignores that field.`,
    exchange,
  );
}

/** `dedupe.fingerprint-change-new-order` */
export const fingerprintChangeNewOrder: ContractProperty = {
  name: 'dedupe.fingerprint-change-new-order',
  group: 'dedupe',
  description:
    'Places a generated order, changes one fingerprint field (customer, personas, license counts, one domain) ' +
    'and sends it: the answer must never be the first order (a new order, or domain_already_in_active_order ' +
    'for the domains the first order holds).',
  promise:
    'The fingerprint hashes the normalized order: user, provider route, bundle/custom sizing, inboxes-per-domain, ' +
    'domains, personas, and cost basis.',
  needsEmulator: false,
  async run(ctx) {
    await ctx.check(
      fc.record({ order: customOrder, change: fingerprintChange }),
      async ({ order, change }) => {
        const tag = ctx.unique('d');
        const body = freshenOrder(order, tag);
        const changed = changeFingerprint(body, change, tag);
        fc.pre(changed !== undefined);
        const first = await placeOrder(ctx, body, 'A new generated order');
        expectDifferentOrder(
          await ctx.api.post('/orders', changed),
          first.id,
          describeFingerprintChange(body, changed, change),
        );
      },
    );
  },
};

/** License counts for which density 2 and 3 need the same number of Google domains. */
const DENSITY_NEUTRAL_GOOGLE_LICENSES = [1, 2, 4];

/** `dedupe.density-is-fingerprinted` */
export const densityIsFingerprinted: ContractProperty = {
  name: 'dedupe.density-is-fingerprinted',
  group: 'dedupe',
  description:
    'Places a custom order, then the same body with only google_inboxes_per_domain changed (license counts ' +
    'chosen so both densities need the same domains) and checks it is not deduplicated into the first order.',
  promise:
    'Two custom orders with the same license counts but different domain density do not dedupe together.',
  needsEmulator: false,
  async run(ctx) {
    const pair = fc.record({
      order: customOrder,
      google_licenses: fc.constantFrom(...DENSITY_NEUTRAL_GOOGLE_LICENSES),
      densities: fc.constantFrom<[Density | undefined, Density | undefined]>(
        [undefined, 3],
        [2, 3],
        [3, 2],
        [3, undefined],
      ),
    });
    await ctx.check(pair, async ({ order, google_licenses, densities: [before, after] }) => {
      const body: CustomOrderBody = { ...freshenOrder(order, ctx.unique('d')), google_licenses };
      delete body.google_inboxes_per_domain;
      if (before !== undefined) body.google_inboxes_per_domain = before;
      const count = requiredDomainCount(body);
      body.domains = body.domains.slice(0, count);
      for (let i = body.domains.length; i < count; i++)
        body.domains.push(freshenDomain(`dense-${i}-acme.com`, ctx.unique('d')));
      const changed: CustomOrderBody = { ...body };
      delete changed.google_inboxes_per_domain;
      if (after !== undefined) changed.google_inboxes_per_domain = after;
      const first = await placeOrder(ctx, body, 'A new custom order');
      expectDifferentOrder(
        await ctx.api.post('/orders', changed),
        first.id,
        `The same order with google_inboxes_per_domain ${after ?? 'omitted (2)'} instead of ${before ?? 'omitted (2)'}`,
      );
    });
  },
};

/** How a resent import differs from the original without changing its domain set. */
interface ImportVariant {
  domains: string[];
  order: number[];
  upperCase: boolean[];
  duplicates: number[];
  extra: string;
}

/** `dedupe.import-jobs-normalized-domain-set` */
export const importJobsNormalizedDomainSet: ContractProperty = {
  name: 'dedupe.import-jobs-normalized-domain-set',
  group: 'dedupe',
  description:
    'Creates an import job for a generated domain set, resends the set reordered, partly upper-cased and with ' +
    'duplicates (same job id expected), then a set with one more domain (a different job expected).',
  promise:
    'Async import jobs also dedupe retries without a header, using the normalized sorted unique domain set. ' +
    'Resending the same domains returns the same import job.',
  needsEmulator: false,
  async run(ctx) {
    const op = operation('POST /domains/import/jobs');
    const variant: fc.Arbitrary<ImportVariant> = distinctDomains(1, 5).chain((domains) =>
      fc.record({
        domains: fc.constant(domains),
        order: fc.shuffledSubarray(
          domains.map((_, i) => i),
          { minLength: domains.length, maxLength: domains.length },
        ),
        upperCase: fc.array(fc.boolean(), { minLength: domains.length, maxLength: domains.length }),
        duplicates: fc.array(fc.nat({ max: domains.length - 1 }), { maxLength: 3 }),
        extra: domainName.filter((name) => !domains.includes(name)),
      }),
    );
    await ctx.check(variant, async (value) => {
      const tag = ctx.unique('i');
      const domains = value.domains.map((name) => freshenDomain(name, tag));
      const first = dataOf<{ id?: unknown }>(
        await ctx.api.post(op.path, { domains }),
        IMPORT_JOB_STATUS,
        'A new import job',
      );
      const resent = [
        ...value.order.map((i) => (value.upperCase[i] ? domains[i]!.toUpperCase() : domains[i]!)),
        ...value.duplicates.map((i) => domains[i]!),
      ];
      const replay = await ctx.api.post(op.path, { domains: resent });
      const again = dataOf<{ id?: unknown }>(
        replay,
        replayStatus(ctx, IMPORT_JOB_STATUS),
        'Resending the same domain set',
      );
      expectThat(
        again.id === first.id,
        `The same domain set reordered/upper-cased/with duplicates created job ${String(again.id)}, not ${String(first.id)}.`,
        replay,
      );
      const bigger = await ctx.api.post(op.path, { domains: [...domains, freshenDomain(value.extra, tag)] });
      const other = dataOf<{ id?: unknown }>(
        bigger,
        IMPORT_JOB_STATUS,
        'An import of a different domain set',
      );
      expectThat(
        other.id !== first.id,
        `A domain set with one more domain was deduplicated into job ${String(first.id)}.`,
        bigger,
      );
    });
  },
};

/** The dedupe properties. */
export const dedupeProperties: readonly ContractProperty[] = [
  sameBodySameOrder,
  concurrentSameBodyOneOrder,
  keyOrderAndWhitespaceIgnored,
  windowOf24Hours,
  fingerprintChangeNewOrder,
  densityIsFingerprinted,
  importJobsNormalizedDomainSet,
];
