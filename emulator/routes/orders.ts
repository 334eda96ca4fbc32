/**
 * Orders: create (with dedupe), list, retrieve, cancel, and the pending-actions list.
 */

import type { CreateOrderRequest, components, OrderStatus, User } from '../../schemas';
import { isoSeconds } from '../clock';
import { sha256Base64url128 } from '../digest';
import type { Runtime } from '../emulator';
import { ApiError, invalidRequest, notFound } from '../errors';
import { nthId, ownString } from '../ids';
import {
  ACTIVE_ORDER_STATUSES,
  activeOrderOf,
  cancellationRef,
  endActionsOfCancelledOrder,
  endActionsOfLeavingDomains,
  failDomainsOfUnraisedBlockers,
  failSwap,
  isImported,
  openActionsOf,
  openSwapsOf,
  orderDomains,
  pendingPartialCancellations,
  pictureBlockers,
  setOrderStatus,
  usableFor,
} from '../lifecycle';
import { listPage } from '../list';
import { ANY_MAGIC, anyMagicIn, hasMagic, MAGIC, PRICES, TIMINGS } from '../magic';
import { NameList } from '../name-list';
import type { Blocker, BundleRecord, DomainBlock, DomainRecord, OrderRecord } from '../state';
import { nonRootDomainError, nonRootNames, normalizeDomain, normalizeDomainsHashed } from '../validation';
import { actionView, orderDetail, orderReceipt, viewTime } from '../views';
import { data, recordOr404 } from './common';
import type { RequestContext, RouteTable } from './types';

/**
 * How long a `concurrent_dedupe_race` request dawdles between its dedupe check and its insert:
 * long enough that simultaneous requests overlap even on a loaded machine (at 25 ms, a busy CI
 * host served them one after the other and the planted race did not show).
 */
const RACE_WINDOW_MS = 250;

type Persona = components['schemas']['Persona'];
type CancellationSchedule = components['schemas']['CancellationSchedule'];
type OrderCancelScheduledEventData = components['schemas']['OrderCancelScheduledEventData'];
const DEFAULT_DENSITY = 2;

/** Order routes. */
export const orderRoutes: RouteTable = {
  'POST /orders': createOrder,
  'GET /orders': (ctx) => {
    const { user_id, user_email, bundle_id, status } = ctx.query;
    // The customer who has this email now (as GET /domains and /orders/pending match it): an
    // order's own email is a copy made when it was placed, which PATCH /users/{id} leaves as it was.
    const emailUser =
      typeof user_email === 'string'
        ? (ctx.rt.store.userByEmail.get(user_email.toLowerCase()) ?? 'usr_none')
        : undefined;
    return {
      body: listPage(
        { operation: ctx.operation, listUrl: ctx.url, query: ctx.query },
        ctx.rt.tokens,
        ctx.rt.faults,
        (cursor, inclusive) => ctx.rt.store.orders.newestFirst(cursor, inclusive),
        (order) =>
          (user_id === undefined || order.user_id === user_id) &&
          (emailUser === undefined || order.user_id === emailUser) &&
          (bundle_id === undefined || order.bundle_id === bundle_id) &&
          (status === undefined || order.status === status),
        (order) => orderReceipt(order, ctx.at),
      ),
    };
  },
  'GET /orders/pending': (ctx) => {
    const { order_id, user, domain_id } = ctx.query;
    const status = ctx.query.status ?? 'open';
    const rt = ctx.rt;
    const userId = typeof user === 'string' ? resolveUserFilter(rt, user) : undefined;
    const hidden = rt.faults.has('pending_not_listed');
    return {
      body: listPage(
        { operation: ctx.operation, listUrl: ctx.url, query: ctx.query },
        rt.tokens,
        rt.faults,
        (cursor, inclusive) => rt.store.actions.newestFirst(cursor, inclusive),
        (action) =>
          !hidden &&
          action.order_id !== undefined &&
          action.status === status &&
          (order_id === undefined || action.order_id === order_id) &&
          (domain_id === undefined || action.domain_id === domain_id) &&
          (user === undefined || rt.store.orders.get(action.order_id)?.user_id === userId),
        actionView,
      ),
    };
  },
  'GET /orders/{id}': (ctx) => ({
    body: data(orderDetail(recordOr404(ctx, ctx.rt.store.orders, 'order'), ctx.rt.store, ctx.at)),
  }),
  'POST /orders/{id}/cancel': cancelOrder,
};

function resolveUserFilter(rt: Runtime, user: string): string {
  if (user.startsWith('usr_')) return user;
  // An unknown email matches nothing rather than failing: filters never 404.
  return rt.store.userByEmail.get(user.toLowerCase()) ?? 'usr_none';
}

/** The resolved plan of an order: domains per provider and the Google density. */
interface Plan {
  google: number;
  microsoft: number;
  density: number;
  googleLicenses: number;
  microsoftLicenses: number;
  bundle: BundleRecord | null;
}

async function createOrder(ctx: RequestContext) {
  const rt = ctx.rt;
  const body = ctx.body as CreateOrderRequest & { user: string };
  const customer = resolveCustomer(rt, body.user);
  const plan = resolvePlan(rt, body);
  const { names, hashes } = normalizeDomainsHashed(
    body.domains.map((entry) => (typeof entry === 'string' ? entry : entry.domain)),
  );
  const personas = body.personas ?? [];

  if (plan.bundle) {
    const required = plan.bundle.required_domains.total;
    if (names.length !== required) {
      throw new ApiError('domain_count_mismatch', 'Submitted domain count does not match the order plan', {
        field: 'domains',
        details: {
          required_count: required,
          submitted_count: names.length,
          missing_count: required - names.length,
        },
      });
    }
  }

  // Joined once: the fingerprint hashes it, the magic-token scan reads it, and a block of new
  // domains keeps it.
  const nameList = new NameList(names);
  // Over the customer: its id once it exists (an email can change hands, and a `usr_` id and
  // the email of one customer are one user); a new customer's email until it is created.
  let fingerprint = fingerprintOf(rt, body, customer.user?.id ?? customer.email, plan, nameList);
  if (!rt.faults.has('dedupe_off')) {
    const replay = findReplay(rt, fingerprint);
    // The receipt as first answered: its counts as created, and the status a new order has.
    if (replay) {
      const original = { ...replay, ...replay.created_counts, status: 'in_progress' as const };
      return { status: 200, body: data(orderReceipt(original, ctx.at)) };
    }
  }
  checkOrderable(customer.user, plan);

  // With dedupe broken, a replay is a brand-new order (that is the bug), not a domain clash.
  const nonRoot = nonRootNames(ctx.warnings, 'domains');
  let lookups = rt.store.domains.startNameLookups(names, hashes);
  let checked = checkDomains(
    rt,
    names,
    nameList,
    plan.google,
    lookups,
    nonRoot,
    rt.faults.has('dedupe_off') ? fingerprint : undefined,
  );

  if (rt.faults.has('concurrent_dedupe_race')) {
    // The bug this fault plants: the dedupe check above and the insert below are not atomic.
    const resets = rt.resets;
    await new Promise((resolve) => setTimeout(resolve, RACE_WINDOW_MS));
    // A reset meanwhile dropped the customer or bundle read above: the order is placed as if
    // it came after the reset (an order naming a record that is gone can't be saved or loaded).
    if (rt.resets !== resets) return createOrder(ctx);
    // Only dedupe races: an identical twin placed meanwhile is not a clash (its domains move
    // here, as under dedupe_off), but any other order that took a name meanwhile still is.
    // A twin that created the customer meanwhile carries the fingerprint by the customer's id.
    const twinCustomer = customer.user ?? resolveCustomer(rt, body.user).user;
    const twin = twinCustomer ? fingerprintOf(rt, body, twinCustomer.id, plan, nameList) : fingerprint;
    lookups = rt.store.domains.startNameLookups(names, hashes);
    checked = checkDomains(rt, names, nameList, plan.google, lookups, nonRoot, twin);
  }
  const known = checked.known;

  const now = rt.clock.now();
  const user = customer.user ?? createCustomer(rt, customer.email, now);
  // Created just now: the order keeps the fingerprint a replay will compute, by the new id.
  if (customer.user === undefined) fingerprint = fingerprintOf(rt, body, user.id, plan, nameList);
  const orderId = rt.ids.next('ord');
  // Brand-new domains only (the usual order): one compact block instead of a record each.
  // Right after the order's id: its domains take the ids that follow it (no id strings stored).
  const compact = !known && rt.ids.extend(names.length);
  let registeredCount = names.length;
  let domainIds: string[] | null = null;
  let idOf: (index: number) => string;
  if (compact) {
    idOf = (index) => nthId(orderId, index + 1, 'dom');
  } else {
    registeredCount = 0;
    // `map`, not `push`: an array grown by push reserves room for 16 ids; orders keep this one.
    const ids = names.map((name, index) => {
      const domain = attachDomain(rt, name, {
        provider: index < plan.google ? 'google' : 'microsoft',
        userId: user.id,
        orderId,
        forwarding: forwardingOf(body, index),
        now,
      });
      if (!domain.imported) registeredCount++;
      return domain.id;
    });
    domainIds = ids;
    idOf = (index) => ids[index]!;
  }

  const blockers = blockersOf(ctx, names, checked.magic, idOf, plan.google, personas);
  const order: OrderRecord = {
    id: orderId,
    user_id: user.id,
    email: user.email,
    bundle_id: plan.bundle?.id ?? null,
    status: 'in_progress',
    domain_count: names.length,
    created_at: isoSeconds(now),
    personas: internPersonas(rt, personas),
    domain_ids: domainIds,
    domain_block: !compact
      ? null
      : {
          names: nameList,
          google: plan.google,
          forwarding: blockForwarding(body),
          status: 'in_progress',
          released: false,
        },
    google_licenses: plan.googleLicenses,
    microsoft_licenses: plan.microsoftLicenses,
    registered_count: registeredCount,
    cancels_at: null,
    created_ms: now,
    fingerprint,
    density: plan.density,
    fails: checked.magic.some((index) => hasMagic(names[index]!, MAGIC.fail)),
    cancelling_domain_ids: null,
    // Always present (possibly undefined) so every order has the same shape in memory.
    blockers: blockers.length > 0 ? blockers : undefined,
  };
  rt.store.orders.insert(order);
  if (order.domain_block) rt.store.domains.addBlock(order, { batch: lookups, names });
  rt.store.orderByFingerprint.set(fingerprint, order);
  if (plan.bundle && !plan.bundle.used) {
    plan.bundle.used = true;
    rt.store.bundles.save(plan.bundle);
  }
  rt.scheduler.schedule('order.evaluate', order.id, TIMINGS.orderProvisioningSeconds, now);
  if (blockers.some((blocker) => blocker.reason === 'update_nameservers')) {
    rt.scheduler.schedule('order.nameservers', order.id, TIMINGS.nameserverAutoResolveSeconds, now);
  }
  // One receipt for both: the event is serialized as it is emitted.
  const receipt = orderReceipt(order, viewTime(now));
  rt.webhooks.emit('order.in_progress', receipt);
  return { status: 200, body: data(receipt) };
}

/** Orders with equal personas share one array (most orders of a partner reuse the same people). */
function internPersonas(rt: Runtime, personas: Persona[]): Persona[] {
  const key = JSON.stringify(personas);
  const known = rt.personaPool.get(key);
  if (known) return known;
  rt.personaPool.set(key, personas);
  return personas;
}

/**
 * The customer an order names: by `usr_` id (whatever its status: an identical retry replays even
 * after the customer was deleted, see {@link checkOrderable}) or by email (active customers only).
 */
function resolveCustomer(rt: Runtime, reference: string): { user: User | undefined; email: string } {
  if (reference.startsWith('usr_')) {
    const user = rt.store.users.get(reference);
    if (!user) throw notFound(`No customer ${reference} in this account.`, 'user');
    return { user, email: user.email.toLowerCase() };
  }
  const email = reference.trim().toLowerCase();
  const id = rt.store.userByEmail.get(email);
  return { user: id ? rt.store.users.get(id) : undefined, email };
}

function createCustomer(rt: Runtime, email: string, now: number): User {
  // Re-check: a concurrent order may have created the customer meanwhile.
  const existing = rt.store.userByEmail.get(email);
  if (existing) return rt.store.users.get(existing)!;
  const user: User = {
    id: rt.ids.next('usr'),
    email,
    first_name: null,
    last_name: null,
    status: 'active',
    sequencer: null,
    created_at: isoSeconds(now),
  };
  rt.store.users.insert(user);
  rt.store.userByEmail.set(email, user.id);
  return user;
}

/**
 * What only a new order needs: a customer still active (named by id) and an active bundle. A
 * replay skips it: retrying an order is safe whatever changed since (seed: dedupe).
 */
function checkOrderable(user: User | undefined, plan: Plan): void {
  // The record exists (GET /users/{id} returns it, `deleted`): say so, as PATCH /users/{id} does.
  if (user && user.status !== 'active') {
    throw notFound(
      `Customer ${user.id} was deleted; a deleted customer can't be ordered for (name an active customer, or an email for a new one).`,
      'user',
    );
  }
  if (plan.bundle && plan.bundle.status !== 'active') {
    throw invalidRequest(`Bundle ${plan.bundle.id} is archived; order with an active bundle.`, 'bundle_id');
  }
}

function resolvePlan(rt: Runtime, body: CreateOrderRequest): Plan {
  if (body.bundle_id !== undefined) {
    const bundle = rt.store.bundles.get(body.bundle_id);
    if (!bundle) throw notFound(`No bundle ${body.bundle_id} in this account.`, 'bundle_id');
    const density = bundle.google_inboxes_per_domain;
    return {
      google: bundle.required_domains.google,
      microsoft: bundle.required_domains.microsoft,
      density,
      googleLicenses: bundle.required_domains.google * density,
      microsoftLicenses: bundle.required_domains.microsoft,
      bundle,
    };
  }
  const density = body.google_inboxes_per_domain ?? DEFAULT_DENSITY;
  const googleLicenses = body.google_licenses ?? 0;
  const microsoftLicenses = body.microsoft_licenses ?? 0;
  return {
    google: Math.ceil(googleLicenses / density),
    microsoft: microsoftLicenses,
    density,
    googleLicenses,
    microsoftLicenses,
    bundle: null,
  };
}

/**
 * The dedupe fingerprint: user, provider route, bundle/custom sizing, inboxes per domain,
 * normalized domains, personas and cost basis (seed §5). Key order and whitespace of the JSON
 * body cannot matter: only these normalized values are hashed. `customer`: the customer's id, or
 * the normalized email of one not created yet.
 */
function fingerprintOf(
  rt: Runtime,
  body: CreateOrderRequest,
  customer: string,
  plan: Plan,
  names: NameList,
): string {
  // Density sizes Google domains only: an order without any is the same order at any density.
  const density = rt.faults.has('density_ignored_in_dedupe') || plan.google === 0 ? null : plan.density;
  const before = JSON.stringify({
    user: customer,
    route: {
      provider: body.sequencer.provider,
      client_id: body.sequencer.client_id,
      login_email: body.sequencer.login_email.toLowerCase(),
    },
    sizing: plan.bundle
      ? { bundle_id: plan.bundle.id, required_domains: plan.bundle.required_domains }
      : { google_licenses: plan.googleLicenses, microsoft_licenses: plan.microsoftLicenses },
    inboxes_per_domain: density,
  });
  const personas = (body.personas ?? []).map((p) => [p.first_name, p.last_name, p.profile_picture_url ?? '']);
  // JSON.stringify({personas, cost_basis: PRICES}), with the constant part serialized once.
  const after = `{"personas":${JSON.stringify(personas)},"cost_basis":${PRICES_JSON}}`;
  // The hash of JSON.stringify({...before, domains: names, ...after}) — the fingerprint saved
  // orders carry — with the names as the list already holds them, JSON array elements.
  // 128 bits are plenty to tell orders apart, and half the memory of a full digest per order.
  return sha256Base64url128(`${before.slice(0, -1)},"domains":[${names.json}],${after.slice(1)}`);
}

/** {@link PRICES} as the fingerprint hashes it: the same every time. */
const PRICES_JSON = JSON.stringify(PRICES);

function findReplay(rt: Runtime, fingerprint: string): OrderRecord | undefined {
  const order = rt.store.orderByFingerprint.get(fingerprint);
  // Reset or restore may have dropped the order the index still names.
  if (!order || rt.store.orders.get(order.id) !== order) return undefined;
  const inWindow = rt.clock.now() - order.created_ms < TIMINGS.dedupeWindowSeconds * 1000;
  return inWindow || rt.faults.has('dedupe_window_off') ? order : undefined;
}

/**
 * The state-dependent domain rules, first failing domain wins (in request order). `nonRoot`: the
 * indexes the lint engine found not to be root domains, refused unless the emulator knows them.
 * Orders with the `ignoredFingerprint` do not count as holding their domains. Tells whether some
 * name is already known to the emulator (then the order links existing records) and which names
 * carry a magic token.
 */
function checkDomains(
  rt: Runtime,
  names: string[],
  nameList: NameList,
  google: number,
  lookups: number,
  nonRoot: ReadonlySet<number> | undefined,
  ignoredFingerprint?: string,
): { known: boolean; magic: number[] } {
  let known = false;
  const magic: number[] = [];
  const someMagic = anyMagicIn(nameList);
  // A plain loop with the field built only on failure: this runs for every domain of every order.
  for (let index = 0; index < names.length; index++) {
    const name = names[index]!;
    // A name the emulator does not hold is registered, so it must be a root domain (one it holds,
    // imported or in inventory, is one already) — checked before the magic tokens, so that a
    // subdomain such as not-imported.acme.com gets this answer, not advice to import it.
    if (nonRoot?.has(index) && !rt.store.domains.hasName(name)) {
      throw nonRootDomainError(name, `domains[${index}]`);
    }
    if (someMagic && ANY_MAGIC.test(name)) {
      magic.push(index);
      checkMagic(rt, name, index, google);
    }
    if (checkKnown(rt, name, index, lookups, ignoredFingerprint)) known = true;
  }
  return { known, magic };
}

/** The magic-value rules of one domain (premium, not imported, DNS conflict on Google). */
function checkMagic(rt: Runtime, name: string, index: number, google: number): void {
  if (hasMagic(name, MAGIC.premium)) {
    throw new ApiError(
      'premium_domain_not_supported',
      `${name} is a premium domain; premium domains can't be ordered through the API.`,
      { field: `domains[${index}]` },
    );
  }
  if (hasMagic(name, MAGIC.notImported) && !isImported(rt, name)) {
    throw new ApiError(
      'domain_not_imported',
      `${name} is registered with another registrar and hasn't been imported for this customer. POST /domains/import first.`,
      { field: `domains[${index}]` },
    );
  }
  if (index < google && !usableFor(name).includes('google')) {
    throw new ApiError(
      'domain_not_usable_for_provider',
      `${name} can't host Google (DNS conflict); use it for Microsoft or pick another domain.`,
      {
        field: `domains[${index}]`,
        details: { domain: name, provider: 'google' },
      },
    );
  }
}

/** True if the emulator knows `name`; throws when an active order (not ignored) holds it. */
function checkKnown(
  rt: Runtime,
  name: string,
  index: number,
  lookups: number,
  ignoredFingerprint?: string,
): boolean {
  // `index` is the name's place in the order's lookup batch (see startNameLookups).
  const existing = rt.store.domains.peekByName(name, lookups, index);
  if (existing === undefined) return false;
  const holder = activeOrderOf(rt, existing);
  if (holder && holder.fingerprint !== ignoredFingerprint) {
    throw new ApiError(
      'domain_already_in_active_order',
      `${name} is on order ${holder.id} (${holder.status}).`,
      {
        field: `domains[${index}]`,
        details: { domain: name, order_id: holder.id },
      },
    );
  }
  return true;
}

/** The forwarding URL of the order's `index`-th domain (its own, else the order's), as an owned string. */
function forwardingOf(body: CreateOrderRequest, index: number): string | null {
  const entry = body.domains[index]!;
  const forwarding =
    (typeof entry === 'string' ? undefined : entry.forwarding_url) ?? body.forwarding_url ?? null;
  return forwarding === null ? null : ownString(forwarding);
}

/** A block's forwarding: one value for all domains, or one each when some domain has its own. */
function blockForwarding(body: CreateOrderRequest): DomainBlock['forwarding'] {
  const own = body.domains.some((entry) => typeof entry !== 'string' && entry.forwarding_url !== undefined);
  if (!own) return body.forwarding_url === undefined ? null : ownString(body.forwarding_url);
  return body.domains.map((_, index) => forwardingOf(body, index));
}

function attachDomain(
  rt: Runtime,
  name: string,
  link: {
    provider: 'google' | 'microsoft';
    userId: string;
    orderId: string;
    forwarding: string | null;
    now: number;
  },
): DomainRecord {
  const existing = rt.store.domains.byName(name);
  if (existing) {
    existing.category = 'connected';
    existing.status = 'in_progress';
    existing.provider = link.provider;
    existing.user_id = link.userId;
    existing.order_id = link.orderId;
    existing.forwarding_url = link.forwarding;
    rt.store.domains.save(existing);
    return existing;
  }
  // Every field in one literal: records keep one compact shape (no property backing store).
  const domain: DomainRecord = {
    id: rt.ids.next('dom'),
    domain: ownString(name),
    category: 'connected',
    status: 'in_progress',
    usable_for: usableFor(name),
    created_at: isoSeconds(link.now),
    imported: false,
    provider: link.provider,
    user_id: link.userId,
    order_id: link.orderId,
    forwarding_url: link.forwarding,
  };
  rt.store.domains.insert(domain);
  return domain;
}

/** The blockers magic values and the lint engine's profile-picture warnings plant on a new order. */
function blockersOf(
  ctx: RequestContext,
  names: string[],
  magic: number[],
  idOf: (index: number) => string,
  google: number,
  personas: NonNullable<CreateOrderRequest['personas']>,
): Blocker[] {
  const blockers: Blocker[] = [];
  for (const index of magic) {
    const name = names[index]!;
    if (hasMagic(name, MAGIC.needsNameservers)) {
      blockers.push({ reason: 'update_nameservers', domain_id: idOf(index), domain: name });
    }
    if (hasMagic(name, MAGIC.replaceMe)) {
      blockers.push({ reason: 'replace_domain', domain_id: idOf(index), domain: name });
    }
  }
  // The first domains are the Google ones (see `resolvePlan`).
  if (google > 0 && names.length > 0) {
    for (const blocker of pictureBlockers(ctx.warnings, personas, { id: idOf(0), name: names[0]! })) {
      blockers.push(blocker);
    }
  }
  return blockers;
}

function cancelOrder(ctx: RequestContext) {
  const rt = ctx.rt;
  const order = recordOr404(ctx, rt.store.orders, 'order');
  const body = (ctx.body ?? {}) as { domains?: string[] };
  if (!ACTIVE_ORDER_STATUSES.has(order.status)) {
    throw invalidRequest(`Order ${order.id} is ${order.status} and can't be cancelled.`, 'id');
  }
  const domains = orderDomains(rt, order);
  const requested = body.domains === undefined ? domains : referencedDomains(order, domains, body.domains);
  const now = rt.clock.now();
  const answer = () => ({ body: data(cancellationSchedule(rt, order, requested, now)) });
  // Already cancelling as a whole: the schedule stands.
  if (order.status === 'cancel_scheduled') return answer();

  const scheduled = new Set(order.cancelling_domain_ids ?? []);
  const fresh = requested.filter((domain) => !scheduled.has(domain.id));
  const requestedIds = new Set(requested.map((domain) => domain.id));
  const cancelsAt = isoSeconds(now + TIMINGS.cancelGraceSeconds * 1000);
  if (domains.every((domain) => requestedIds.has(domain.id) || scheduled.has(domain.id))) {
    // Nothing would be left: the whole order cancels (partial cancellations already scheduled
    // still end at their own, earlier time).
    order.cancels_at = cancelsAt;
    order.cancelling_domain_ids = domains.map((domain) => domain.id);
    setOrderStatus(rt, order, 'cancel_scheduled' as OrderStatus);
    // A cancelled order no longer waits on anyone, and its swaps will not happen.
    endActionsOfCancelledOrder(rt, order, now);
    for (const swap of openSwapsOf(rt, (swap) => swap.order_id === order.id)) failSwap(rt, swap);
    rt.webhooks.emit('order.cancel_scheduled', cancelScheduledData(order, now));
    rt.scheduler.schedule('order.cancel', order.id, TIMINGS.cancelGraceSeconds, now);
    return answer();
  }
  // Every listed domain is already scheduled: the schedules stand.
  if (fresh.length === 0) return answer();
  const freshIds = fresh.map((domain) => domain.id);
  order.cancelling_domain_ids = [...scheduled, ...freshIds];
  order.cancels_at = cancelsAt;
  rt.store.orders.save(order);
  rt.scheduler.schedule(
    'order.cancel_domains',
    cancellationRef(order.id, freshIds),
    TIMINGS.cancelGraceSeconds,
    now,
  );
  // Nobody has to act on a domain that is going, and no swap of it will happen; an order that
  // waited only on these domains moves on. An order's profile-picture action is about the persona,
  // whose picture goes on every Google domain of the order: it moves to one that stays and keeps
  // blocking (it clears only through the control API), and resolves only when none stays.
  const leaving = new Set(freshIds);
  for (const swap of openSwapsOf(rt, (swap) => leaving.has(swap.domain_id))) failSwap(rt, swap);
  // The documented event of an accepted cancellation, as for a whole order; its `data.status` is the
  // order's own (unchanged), which tells a partial schedule from a whole one. No event marks the
  // release an hour later: `order.cancelled` would say the whole order ended (docs/emulator.md).
  rt.webhooks.emit('order.cancel_scheduled', cancelScheduledData(order, now));
  failDomainsOfUnraisedBlockers(rt, order, leaving);
  const actions = openActionsOf(rt, (a) => a.order_id === order.id && leaving.has(a.domain_id ?? ''));
  endActionsOfLeavingDomains(rt, order, actions, now);
  return answer();
}

/**
 * The `order.cancel_scheduled` event's data: the receipt, and the order's `cancels_at`, the time
 * the event's description points a handler at (when the order, or its last scheduled partial
 * cancellation, ends).
 */
function cancelScheduledData(order: OrderRecord, now: number): OrderCancelScheduledEventData {
  return { ...orderReceipt(order, viewTime(now)), cancels_at: order.cancels_at! };
}

/**
 * The answer to a cancel, read from the schedules in force once it was handled: each requested
 * domain with the time it goes — its partial cancellation's, or the whole order's — and at the top
 * the latest of them, with the time that cancellation was asked for (each ends an hour after it
 * was asked for). A cancel asked again, in whole or for domains already scheduled, so answers the
 * schedule as it was first set, not a new one.
 */
function cancellationSchedule(
  rt: Runtime,
  order: OrderRecord,
  requested: readonly DomainRecord[],
  now: number,
): CancellationSchedule {
  const ends = new Map<string, number>();
  for (const cancellation of pendingPartialCancellations(rt, order)) {
    for (const id of cancellation.domainIds) if (!ends.has(id)) ends.set(id, cancellation.atMs);
  }
  // A domain without a partial cancellation of its own goes with the whole order (or, scheduled by
  // a version before partial cancellations had their own task, at the order's `cancels_at`). Never
  // null here: every requested domain is scheduled by now; a new hour is the fallback.
  const orderEnds =
    order.cancels_at === null ? now + TIMINGS.cancelGraceSeconds * 1000 : Date.parse(order.cancels_at);
  let latest = Number.NEGATIVE_INFINITY;
  const rows = requested.map((domain) => {
    const endsAt = ends.get(domain.id) ?? orderEnds;
    if (endsAt > latest) latest = endsAt;
    return { id: domain.id, domain: domain.domain, cancels_at: isoSeconds(endsAt) };
  });
  if (rows.length === 0) latest = orderEnds;
  return {
    id: order.id,
    status: 'cancel_scheduled',
    cancellation_scheduled_at: isoSeconds(latest - TIMINGS.cancelGraceSeconds * 1000),
    cancels_at: isoSeconds(latest),
    domains: rows,
  };
}

/** The order's domains a cancel body names (`dom_…` ids or names), each once, in request order. */
function referencedDomains(
  order: OrderRecord,
  domains: DomainRecord[],
  references: string[],
): DomainRecord[] {
  // One map for ids and names: a cancel may list thousands of an order's thousands of domains.
  const byKey = new Map<string, DomainRecord>();
  for (const domain of domains) {
    byKey.set(domain.id, domain);
    byKey.set(domain.domain, domain);
  }
  const out = new Set<DomainRecord>();
  references.forEach((reference, index) => {
    const key = reference.startsWith('dom_') ? reference : normalizeDomain(reference);
    const domain = byKey.get(key);
    if (!domain)
      throw invalidRequest(`${reference} is not a domain of order ${order.id}.`, `domains[${index}]`);
    out.add(domain);
  });
  return [...out];
}
