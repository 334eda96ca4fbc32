/**
 * Everything that happens on the emulated clock after a request was answered: orders
 * completing or getting blocked, cancellations finalizing, imports, forwarding jobs and swaps
 * finishing, pending actions opening and resolving, and the webhook events of each step.
 */
import { catalog, type OrderStatus, type PendingAction } from '../schemas';
import { isoSeconds } from './clock';
import { releaseFields, usableFor } from './domain-store';
import type { Runtime } from './emulator';
import { ownString } from './ids';
import { hasMagic, MAGIC, TIMINGS } from './magic';
import type {
  ActionRecord,
  Blocker,
  DomainRecord,
  ImportRecord,
  OrderRecord,
  SwapBlockers,
  SwapRecord,
  TaskRecord,
} from './state';
import type { BodyWarning } from './validation';
import {
  actionView,
  domainView,
  forwardingView,
  importView,
  orderDetail,
  orderReceipt,
  swapView,
  viewTime,
} from './views';

/**
 * Order statuses in which an order holds its domains (`domain_already_in_active_order`) and its
 * Microsoft licenses count as active inboxes (the premium-swap quota).
 */
export const ACTIVE_ORDER_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'in_progress',
  'action_required',
  'completed',
  'cancel_scheduled',
]);

const ACTION_MESSAGES: Record<PendingAction['reason'], (domain: string | undefined) => string> = {
  update_nameservers: (domain) =>
    `The customer hasn't pointed the nameservers of ${domain ?? 'the domain'} at the registrar Peeker requested. ` +
    'Send them the nameserver_groups from GET /domains/import/{id}.',
  replace_domain: (domain) => `${domain ?? 'The domain'} can't be provisioned. Submit a POST /swaps for it.`,
  profile_picture_not_accessible: () => 'The profile picture URL must be a publicly accessible image URL.',
};

export { usableFor } from './domain-store';

/** The persona fields a picture blocker copies into the action's `user`. */
export interface PersonaFields {
  first_name: string;
  last_name: string;
  profile_picture_url?: string | null;
}

/** Registers the handler of every timed step. */
export function registerLifecycle(rt: Runtime): void {
  const on = (kind: string, handler: (rt: Runtime, task: TaskRecord) => void) =>
    rt.scheduler.on(kind, (task) => handler(rt, task));
  on('order.evaluate', evaluateOrder);
  on('order.nameservers', (rt, task) => autoResolve(rt, task, (action) => action.order_id === task.ref));
  on('order.cancel', finalizeCancellation);
  on('order.cancel_domains', (rt, task) => {
    const { orderId, domainIds } = parseCancellationRef(task.ref);
    const order = rt.store.orders.get(orderId);
    // A failed or cancelled order already let every domain go: some may be on other orders now.
    if (order && ACTIVE_ORDER_STATUSES.has(order.status))
      releaseCancelledDomains(rt, order, new Set(domainIds));
  });
  on('import.evaluate', evaluateImport);
  on('import.nameservers', (rt, task) => autoResolve(rt, task, (action) => action.import_id === task.ref));
  on('forwarding.finish', finishForwarding);
  on('swap.start', startSwap);
  on('swap.finish', finishSwap);
  on('domain.release', (rt, task) => {
    const domain = rt.store.domains.get(task.ref);
    if (domain && isKeptWarm(rt, domain)) releaseDomain(rt, domain);
  });
}

// ───────────────────────────── orders ─────────────────────────────

function evaluateOrder(rt: Runtime, task: TaskRecord): void {
  const order = rt.store.orders.get(task.ref);
  if (order?.status !== 'in_progress') return;
  if (order.fails) {
    // A failed order holds nothing: its partial cancellations have nothing left to cancel, and its
    // swaps will not happen (as when it is cancelled), which frees the replacements they held.
    order.cancelling_domain_ids = null;
    order.cancels_at = null;
    setOrderStatus(rt, order, 'failed');
    for (const swap of openSwapsOf(rt, (swap) => swap.order_id === order.id)) failSwap(rt, swap);
    rt.store.domains.releaseOrder(order);
    rt.webhooks.emit('order.failed', orderReceipt(order, viewTime(rt.clock.now())));
    return;
  }
  if (!order.blockers_raised && order.blockers !== undefined) {
    order.blockers_raised = true;
    for (const blocker of order.blockers) raiseOrderBlocker(rt, order, blocker);
  }
  const open = openActionsOf(rt, (action) => blocksOrder(action, order.id));
  if (open.length > 0) {
    setOrderStatus(rt, order, 'action_required');
    const blocked = new Set(open.map((action) => action.domain_id).filter((id) => id !== undefined));
    for (const id of rt.store.domains.idsOf(order)) {
      if (!blocked.has(id)) continue;
      const domain = setDomainStatus(rt, id, 'action_required');
      if (domain) rt.webhooks.emit('domain.action_required', domainView(domain));
    }
    rt.webhooks.emit('order.action_required', {
      ...orderReceipt(order, viewTime(rt.clock.now())),
      pending_actions: open.map(actionView),
    });
    return;
  }
  const connected = rt.store.domains.setOrderStatus(order, 'active');
  setOrderStatus(rt, order, 'completed');
  for (const domain of connected) rt.webhooks.emit('domain.connected', domainView(domain));
  rt.webhooks.emit('order.completed', orderDetail(order, rt.store, viewTime(rt.clock.now())));
}

/**
 * Opens an order blocker as a pending action, unless the domain it concerns already left the
 * order or is scheduled to cancel (cancelled before provisioning ended): nobody has to act on that
 * domain. A profile-picture blocker concerns the persona, whose picture goes on every Google domain
 * of the order, so it moves to one that stays instead (see {@link pictureDomainOf}).
 */
function raiseOrderBlocker(rt: Runtime, order: OrderRecord, blocker: Blocker): void {
  const id = blocker.domain_id;
  const leaving =
    id !== undefined &&
    (order.cancelling_domain_ids?.includes(id) === true || !rt.store.domains.lists(order, id));
  if (!leaving) {
    openAction(rt, blocker, { order_id: order.id });
    return;
  }
  if (blocker.reason !== 'profile_picture_not_accessible') {
    failUnprovisionedDomain(rt, order, blocker.domain_id);
    return;
  }
  const home = pictureDomainOf(rt, order);
  if (home) openAction(rt, { ...blocker, domain_id: home.id, domain: home.domain }, { order_id: order.id });
}

/**
 * The domain an order's profile-picture action is filed under: the first Google domain the order
 * lists that is not scheduled to cancel (undefined when none is left).
 */
export function pictureDomainOf(rt: Runtime, order: OrderRecord): DomainRecord | undefined {
  const cancelling = new Set(order.cancelling_domain_ids ?? []);
  return rt.store.domains
    .membersOf(order)
    .find((domain) => domain.provider === 'google' && !cancelling.has(domain.id));
}

/**
 * Ends `actions`, open ones about domains leaving `order` (cancelled or swapped out): nobody has to
 * act on those domains any more, so they resolve, and a domain one of them blocked turns `failed`
 * (see {@link failUnprovisionedDomain}) — except the order's own profile-picture action, which is
 * about the persona and moves to a Google domain that stays (see {@link refilePictureAction}) while
 * there is one.
 */
export function endActionsOfLeavingDomains(
  rt: Runtime,
  order: OrderRecord,
  actions: readonly ActionRecord[],
  atMs: number,
): void {
  for (const action of actions) {
    // Before the action resolves: an order that moves on sets its domains' status, and a failed
    // domain keeps its own.
    if (blocksItsDomain(action)) failUnprovisionedDomain(rt, order, action.domain_id);
    else if (isOrderPictureAction(action) && refilePictureAction(rt, action, order)) continue;
    resolveAction(rt, action, atMs);
  }
}

/** True for an order's own action on a domain itself: its nameservers, or a name to replace. */
function blocksItsDomain(action: ActionRecord): boolean {
  return action.swap_ids === undefined && action.reason !== 'profile_picture_not_accessible';
}

/** True for an order's own profile-picture action (about a persona, filed under a domain). */
function isOrderPictureAction(action: ActionRecord): boolean {
  return action.swap_ids === undefined && action.reason === 'profile_picture_not_accessible';
}

/**
 * Sets one domain's status; a derived one becomes a stored record here, as one domain changes
 * alone. Returns the record (for its webhook), or undefined when there is no such domain.
 */
function setDomainStatus(rt: Runtime, id: string, status: DomainRecord['status']): DomainRecord | undefined {
  const domain = rt.store.domains.get(id);
  if (!domain) return undefined;
  domain.status = status;
  rt.store.domains.save(domain);
  return domain;
}

/**
 * Marks the domain of a blocker nobody cleared (its nameservers never pointed, or a name that
 * can't be provisioned) as it leaves `order`, cancelled or swapped out and kept warm: it never went
 * live, so it turns `failed` — never `active`, no `domain.connected` — until it is released. (The
 * picture blocker is about a persona, not its domain, and never calls this.) A domain already back
 * in inventory or on another order is left alone.
 */
function failUnprovisionedDomain(rt: Runtime, order: OrderRecord, id: string | undefined): void {
  if (id === undefined) return;
  const held = rt.store.domains.peek(id);
  if (held?.order_id !== order.id || held.category !== 'connected' || held.status === 'failed') return;
  setDomainStatus(rt, id, 'failed');
}

/**
 * Marks the domains among `leaving` (ids of domains leaving `order`, cancelled) that a nameserver or
 * replace-domain blocker of the order concerns while the order has not raised its blockers yet
 * (cancelled in its first 30 s): they turn `failed` at the cancel itself, as when the action was
 * open (see {@link failUnprovisionedDomain}), not only when the order's evaluation (which a whole
 * cancel never reaches) would have raised it.
 */
export function failDomainsOfUnraisedBlockers(
  rt: Runtime,
  order: OrderRecord,
  leaving: ReadonlySet<string>,
): void {
  if (order.blockers_raised || order.blockers === undefined) return;
  for (const blocker of order.blockers) {
    const id = blocker.domain_id;
    if (blocker.reason === 'profile_picture_not_accessible' || id === undefined || !leaving.has(id)) continue;
    failUnprovisionedDomain(rt, order, id);
  }
}

/**
 * Ends every open action of an order cancelled as a whole: it waits on nobody now. Unlike
 * {@link resolveAction}, the order does not move on (it is cancelling). A domain a nameserver or
 * replace-domain action blocked — or would have, its blocker not raised yet — turns `failed` (see
 * {@link failUnprovisionedDomain}); one the picture action was filed under is no longer
 * `action_required`.
 */
export function endActionsOfCancelledOrder(rt: Runtime, order: OrderRecord, atMs: number): void {
  failDomainsOfUnraisedBlockers(rt, order, new Set(rt.store.domains.idsOf(order)));
  const ended = openActionsOf(rt, (action) => action.order_id === order.id);
  for (const action of ended) {
    if (blocksItsDomain(action)) failUnprovisionedDomain(rt, order, action.domain_id);
    closeAction(rt, action, atMs);
  }
  for (const action of ended) if (action.domain_id !== undefined) unblockDomain(rt, order, action.domain_id);
}

/**
 * A domain of `order` still `action_required` though no open action of the order names it any
 * more (its picture action moved away or ended): nobody has to act on it, so it takes the status
 * its order's other domains have while they are provisioned, `in_progress`.
 */
function unblockDomain(rt: Runtime, order: OrderRecord, id: string): void {
  const held = rt.store.domains.peek(id);
  if (held?.order_id !== order.id || held.status !== 'action_required') return;
  if (openActionsOf(rt, (action) => action.order_id === order.id && action.domain_id === id).length > 0)
    return;
  setDomainStatus(rt, id, 'in_progress');
}

/**
 * Moves an order's open profile-picture action off a domain that is leaving the order onto a Google
 * domain that stays, where it keeps blocking the order (the persona's picture still goes there): that
 * domain becomes `action_required` (`domain.action_required`) if the order is. Returns false when no
 * Google domain stays, and then nothing changed.
 */
function refilePictureAction(rt: Runtime, action: ActionRecord, order: OrderRecord): boolean {
  const home = pictureDomainOf(rt, order);
  if (!home) return false;
  const left = action.domain_id;
  action.domain_id = home.id;
  action.domain = home.domain;
  rt.store.actions.save(action);
  if (left !== undefined) unblockDomain(rt, order, left);
  if (order.status === 'action_required' && home.status !== 'action_required') {
    const domain = setDomainStatus(rt, home.id, 'action_required');
    if (domain) rt.webhooks.emit('domain.action_required', domainView(domain));
  }
  return true;
}

/** Moves an order to a status the contract's lifecycle allows from its current one. */
export function setOrderStatus(rt: Runtime, order: OrderRecord, status: OrderRecord['status']): void {
  const allowed = catalog.orderLifecycle.transitions[order.status] ?? [];
  if (!allowed.includes(status)) {
    throw new Error(`Order lifecycle: ${order.status} → ${status} is not a documented transition.`);
  }
  order.status = status;
  rt.store.orders.save(order);
}

/** The domain records currently on an order, stored one by one from now on (so each may change alone). */
export function orderDomains(rt: Runtime, order: OrderRecord): DomainRecord[] {
  return rt.store.domains.materializeOrder(order);
}

function finalizeCancellation(rt: Runtime, task: TaskRecord): void {
  const order = rt.store.orders.get(task.ref);
  if (!order || order.cancelling_domain_ids === null) return;
  if (order.status !== 'cancel_scheduled') {
    // A partial cancellation scheduled by a version before `order.cancel_domains` existed.
    releaseCancelledDomains(rt, order, new Set(order.cancelling_domain_ids));
    return;
  }
  // Every domain still on the order goes, including any a partial cancellation had not yet
  // released, and so do the swapped-out ones it kept warm.
  for (const domain of orderDomains(rt, order)) releaseDomain(rt, domain);
  for (const task of rt.store.tasks.values()) {
    const domain = task.kind === 'domain.release' ? rt.store.domains.get(task.ref) : undefined;
    if (domain?.order_id === order.id && isKeptWarm(rt, domain)) releaseDomain(rt, domain);
  }
  // `cancels_at` stays: a cancelled order says when it was cancelled (and when its billing ended).
  order.cancelling_domain_ids = null;
  setOrderStatus(rt, order, 'cancelled');
  const receipt = orderReceipt(order, viewTime(rt.clock.now()));
  // With the time the cancellation finalized, as `order.cancel_scheduled` announced it.
  rt.webhooks.emit(
    'order.cancelled',
    order.cancels_at === null ? receipt : { ...receipt, cancels_at: order.cancels_at },
  );
}

/**
 * The task `ref` of a partial cancellation: the order id and the ids of the domains it releases
 * (each partial cancellation has its own grace window, so each carries its own list).
 */
export function cancellationRef(orderId: string, domainIds: readonly string[]): string {
  return `${orderId} ${domainIds.join(',')}`;
}

function parseCancellationRef(ref: string): { orderId: string; domainIds: string[] } {
  const [orderId = '', list = ''] = ref.split(' ');
  return { orderId, domainIds: list === '' ? [] : list.split(',') };
}

/** The partial cancellations of an order still waiting for their grace window, earliest first. */
export function pendingPartialCancellations(
  rt: Runtime,
  order: OrderRecord,
): { atMs: number; domainIds: string[] }[] {
  const out: { atMs: number; domainIds: string[] }[] = [];
  for (const task of rt.store.tasks.values()) {
    if (task.kind !== 'order.cancel_domains') continue;
    const { orderId, domainIds } = parseCancellationRef(task.ref);
    if (orderId === order.id) out.push({ atMs: task.at, domainIds });
  }
  return out.sort((a, b) => a.atMs - b.atMs);
}

/**
 * Ends a partial cancellation: the listed domains that are still scheduled to cancel go back to
 * inventory and leave the order, which goes on with the others.
 */
function releaseCancelledDomains(rt: Runtime, order: OrderRecord, ids: ReadonlySet<string>): void {
  const scheduled = new Set(order.cancelling_domain_ids ?? []);
  const leaving = new Set<string>();
  const domains = orderDomains(rt, order);
  // Counted once, before any license goes: each domain carries what it had on the whole order.
  const inboxes = inboxesByDomain(order, domains);
  for (const domain of domains) {
    if (!ids.has(domain.id) || !scheduled.has(domain.id)) continue;
    // Kept before the first change: a replay of the order's body answers the receipt as created.
    order.created_counts ??= {
      domain_count: order.domain_count,
      google_licenses: order.google_licenses,
      microsoft_licenses: order.microsoft_licenses,
      registered_count: order.registered_count,
    };
    lowerCostsFor(order, domain, inboxes.get(domain.id) ?? 0);
    releaseDomain(rt, domain);
    leaving.add(domain.id);
    scheduled.delete(domain.id);
  }
  order.domain_ids = rt.store.domains.idsOf(order).filter((id) => !leaving.has(id));
  order.domain_count = order.domain_ids.length;
  order.cancelling_domain_ids = scheduled.size > 0 ? [...scheduled] : null;
  if (order.status !== 'cancel_scheduled') {
    // The order's `cancels_at` is when its last scheduled cancellation ends.
    const later = pendingPartialCancellations(rt, order).at(-1);
    order.cancels_at = later === undefined ? null : isoSeconds(later.atMs);
  }
  rt.store.orders.save(order);
}

/**
 * Takes what a cancelled domain carried off the order's cost basis ([CAN new]: cancelling one Google
 * domain "cancels the 2–3 licenses on it and lowers only that part of the order amount"): its
 * `inboxes` in Google licenses (see {@link inboxesByDomain}), or the one license of a Microsoft
 * domain, and its registration unless it was imported (imported domains cost nothing, as at creation).
 */
function lowerCostsFor(order: OrderRecord, domain: DomainRecord, inboxes: number): void {
  // Never below zero: a state file written when a cancel took the density off may hold fewer.
  if (domain.provider === 'google') order.google_licenses = Math.max(0, order.google_licenses - inboxes);
  if (domain.provider === 'microsoft') order.microsoft_licenses = Math.max(0, order.microsoft_licenses - 1);
  if (!domain.imported) order.registered_count = Math.max(0, order.registered_count - 1);
}

/**
 * The inboxes on each of `domains` (an order's domains as it lists them, Google ones first), by
 * domain id: the one license of a Microsoft domain; on a Google domain the order's density, except
 * the last Google domain, which carries what is left of its `google_licenses` — a custom order's
 * licenses need not be a multiple of the density (5 at 3 per domain: 3 and 2).
 */
export function inboxesByDomain(order: OrderRecord, domains: readonly DomainRecord[]): Map<string, number> {
  const google = domains.filter((domain) => domain.provider === 'google');
  const out = new Map<string, number>();
  for (const domain of domains) if (domain.provider !== 'google') out.set(domain.id, 1);
  google.forEach((domain, index) => {
    const left = order.google_licenses - index * order.density;
    out.set(
      domain.id,
      index < google.length - 1 ? order.density : Math.min(order.density, Math.max(0, left)),
    );
  });
  return out;
}

/** The inboxes on one domain of `order` (see {@link inboxesByDomain}); 1 on a domain it does not list. */
export function inboxesOn(rt: Runtime, order: OrderRecord, domain: DomainRecord): number {
  return inboxesByDomain(order, rt.store.domains.membersOf(order)).get(domain.id) ?? 1;
}

/**
 * True for a domain a premium swap took off its order but keeps connected for a while. A domain
 * that an order lists again (ordered anew after its order ended) is not.
 */
export function isKeptWarm(rt: Runtime, domain: DomainRecord): boolean {
  const order = domain.order_id === undefined ? undefined : rt.store.orders.get(domain.order_id);
  return order !== undefined && !rt.store.domains.lists(order, domain.id);
}

/** Detaches a domain from its order: back to inventory, available. */
export function releaseDomain(rt: Runtime, domain: DomainRecord): void {
  releaseFields(domain);
  rt.store.domains.save(domain);
}

/** The order that holds this domain, if that order is still active. */
export function activeOrderOf(rt: Runtime, domain: DomainRecord | undefined): OrderRecord | undefined {
  if (!domain?.order_id || domain.category !== 'connected') return undefined;
  const order = rt.store.orders.get(domain.order_id);
  return order && ACTIVE_ORDER_STATUSES.has(order.status) ? order : undefined;
}

// ───────────────────────────── pending actions ─────────────────────────────

/** Opens a pending action. */
export function openAction(
  rt: Runtime,
  blocker: Blocker,
  link: { order_id?: string; import_id?: string },
): ActionRecord {
  const action: ActionRecord = {
    id: rt.ids.next('act'),
    type: catalog.pendingActionReasons[blocker.reason].action_type as ActionRecord['type'],
    reason: blocker.reason,
    status: 'open',
    ...(link.order_id ? { order_id: link.order_id } : {}),
    ...(blocker.domain_id ? { domain_id: blocker.domain_id } : {}),
    ...(blocker.domain ? { domain: blocker.domain } : {}),
    user: blocker.user ?? null,
    message: ACTION_MESSAGES[blocker.reason](blocker.domain),
    created_at: isoSeconds(rt.clock.now()),
    resolved_at: null,
    ...(link.import_id ? { import_id: link.import_id } : {}),
  };
  return rt.store.actions.insert(action);
}

/**
 * True for an action that holds order `orderId` back: its own, not a user-name swap's (those carry
 * the order only so that `GET /orders/pending` lists them with it).
 */
export function blocksOrder(action: ActionRecord, orderId: string): boolean {
  return action.order_id === orderId && action.swap_ids === undefined;
}

/**
 * The `profile_picture_not_accessible` blockers the lint engine's warnings plant: one per persona
 * whose picture it found not public, on `domain` (the Google domain the picture would go to).
 * Plain http on a public host is only the linter's caution: the docs list invalid, private, local
 * or unreachable URLs, not http, so it plants nothing.
 * `personas` is the body's list after migration, which the warnings' fields index: `personas[i]…`,
 * or `users[i]…` when the deprecated `users` was sent (migrated to `personas` item for item). A
 * body never carries both: the contract refuses the mix (`one-personas-field`, orders and
 * user-name swaps alike), so a warning always names the one list that was sent.
 */
export function pictureBlockers(
  warnings: readonly BodyWarning[],
  personas: readonly PersonaFields[],
  domain: { id: string; name: string },
): Blocker[] {
  const blockers: Blocker[] = [];
  for (const warning of warnings) {
    if (warning.code !== 'profile_picture_not_accessible' || warning.reason === 'not_https') continue;
    const match = /^(?:personas|users)\[(\d+)\]/.exec(warning.field ?? '');
    const persona = match ? personas[Number(match[1])] : undefined;
    if (!persona) continue;
    blockers.push({
      reason: 'profile_picture_not_accessible',
      domain_id: domain.id,
      domain: domain.name,
      user: {
        first_name: persona.first_name,
        last_name: persona.last_name,
        profile_picture_url: persona.profile_picture_url ?? null,
      },
    });
  }
  return blockers;
}

/** Open actions matching `predicate`, oldest first. */
export function openActionsOf(rt: Runtime, predicate: (action: ActionRecord) => boolean): ActionRecord[] {
  const out: ActionRecord[] = [];
  for (const action of rt.store.actions.values())
    if (action.status === 'open' && predicate(action)) out.push(action);
  return out;
}

/**
 * Resolves an action and lets its resource move on: an order with no open action left goes
 * back to in_progress and completes {@link TIMINGS.orderProvisioningSeconds} later; an import
 * completes the domain it was waiting for; a user-name swap row with no open action left goes
 * in_progress and completes {@link TIMINGS.swapFinishSeconds} later.
 */
export function resolveAction(rt: Runtime, action: ActionRecord, atMs = rt.clock.now()): void {
  if (action.status !== 'open') return;
  closeAction(rt, action, atMs);
  if (action.swap_ids) {
    for (const id of action.swap_ids) {
      const swap = rt.store.swaps.get(id);
      if (swap?.status !== 'action_required' || swap.waiting_for_import) continue;
      if (openActionsOf(rt, (other) => other.swap_ids?.includes(id) === true).length > 0) continue;
      proceedSwap(rt, swap, atMs);
    }
    return;
  }
  if (action.order_id) {
    const order = rt.store.orders.get(action.order_id);
    if (order?.status !== 'action_required') return;
    if (openActionsOf(rt, (other) => blocksOrder(other, order.id)).length > 0) return;
    setOrderStatus(rt, order, 'in_progress');
    rt.store.domains.setOrderStatus(order, 'in_progress');
    rt.webhooks.emit('order.in_progress', orderReceipt(order, viewTime(rt.clock.now())));
    rt.scheduler.schedule('order.evaluate', order.id, TIMINGS.orderProvisioningSeconds, atMs);
  }
  if (action.import_id) {
    const record = rt.store.imports.get(action.import_id);
    if (record) settleImport(rt, record, action.domain);
  }
}

/** Marks an action resolved at `atMs`, and nothing else (see {@link resolveAction} for what follows). */
function closeAction(rt: Runtime, action: ActionRecord, atMs: number): void {
  action.status = 'resolved';
  action.resolved_at = isoSeconds(atMs);
  rt.store.actions.save(action);
}

function autoResolve(rt: Runtime, task: TaskRecord, belongs: (action: ActionRecord) => boolean): void {
  for (const action of openActionsOf(rt, belongs)) {
    if (action.reason === 'update_nameservers') resolveAction(rt, action, task.at);
  }
}

// ───────────────────────────── imports ─────────────────────────────

function evaluateImport(rt: Runtime, task: TaskRecord): void {
  const record = rt.store.imports.get(task.ref);
  if (record?.status !== 'in_progress') return;
  let blocked = false;
  for (const row of record.domains) {
    if (row.status !== 'in_progress') continue;
    if (hasMagic(row.domain, MAGIC.needsNameservers)) {
      row.status = 'action_required';
      blocked = true;
      const domain = rt.store.domains.peekByName(row.domain)?.id;
      openAction(
        rt,
        { reason: 'update_nameservers', domain: row.domain, ...(domain ? { domain_id: domain } : {}) },
        { import_id: record.id },
      );
    } else {
      completeImportedDomain(rt, row);
    }
  }
  if (blocked) {
    record.status = 'action_required';
    rt.store.imports.save(record);
    rt.webhooks.emit('domain_import.action_required', importView(record));
    return;
  }
  finishImport(rt, record);
}

/** Completes the rows an import was waiting for (`domain` = the resolved one, or all). */
function settleImport(rt: Runtime, record: ImportRecord, domain: string | undefined): void {
  for (const row of record.domains) {
    if (row.status === 'action_required' && (domain === undefined || row.domain === domain)) {
      completeImportedDomain(rt, row);
    }
  }
  rt.store.imports.save(record);
  if (record.domains.some((row) => row.status === 'action_required')) return;
  finishImport(rt, record);
}

function finishImport(rt: Runtime, record: ImportRecord): void {
  const completed = record.domains.some((row) => row.status === 'completed');
  record.status = completed ? 'completed' : 'failed';
  record.completed_at = isoSeconds(rt.clock.now());
  rt.store.imports.save(record);
  rt.webhooks.emit(completed ? 'domain_import.completed' : 'domain_import.failed', importView(record));
}

function completeImportedDomain(rt: Runtime, row: ImportRecord['domains'][number]): void {
  if (hasMagic(row.domain, MAGIC.fail)) {
    row.status = 'failed';
    row.reason = 'registrar_rejected';
    return;
  }
  row.status = 'completed';
  const known = rt.store.domains.peekByName(row.domain);
  if (known) {
    // A domain on an active order's list stays as that order registered (and bills) it; a swap's
    // held replacement, not yet on the list, is what the import brings in.
    const holder = activeOrderOf(rt, known);
    const listed = holder !== undefined && rt.store.domains.lists(holder, known.id);
    const existing = listed ? undefined : rt.store.domains.byName(row.domain);
    if (existing) {
      existing.imported = true;
      rt.store.domains.save(existing);
    }
  } else {
    const domain: DomainRecord = {
      id: rt.ids.next('dom'),
      domain: ownString(row.domain),
      category: 'inventory',
      status: 'available',
      usable_for: usableFor(row.domain),
      created_at: isoSeconds(rt.clock.now()),
      imported: true,
    };
    rt.store.domains.insert(domain);
  }
  // Swaps that waited for this replacement to be imported can go on now.
  for (const swap of rt.store.swaps.values()) {
    if (swap.waiting_for_import && swap.replacement_domain === row.domain)
      proceedSwap(rt, swap, rt.clock.now());
  }
}

// ───────────────────────────── forwarding ─────────────────────────────

function finishForwarding(rt: Runtime, task: TaskRecord): void {
  const job = rt.store.forwardingJobs.get(task.ref);
  if (job?.status !== 'in_progress') return;
  const targetUnreachable = hasMagic(hostOf(job.forwarding_url), MAGIC.unreachable);
  for (const [index, id] of job.domain_ids.entries()) {
    const domain = rt.store.domains.get(id);
    if (!domain) continue;
    // Released, or on another order since the job was asked for: the forwarding was not meant for
    // whoever holds it now (the contract has no failure reason for that, so it is in neither list).
    // A domain in inventory is always left alone: a job asked for one in a state file written
    // before POST /domains/forwarding refused them changes nothing anybody sees.
    const holder = job.holders?.[index];
    if (domain.order_id === undefined || (holder !== undefined && domain.order_id !== holder)) continue;
    if (targetUnreachable) job.failed.push({ domain: domain.domain, reason: 'target_unreachable' });
    else if (hasMagic(domain.domain, MAGIC.dnsFail))
      job.failed.push({ domain: domain.domain, reason: 'dns_lookup_failed' });
    else {
      domain.forwarding_url = job.forwarding_url;
      rt.store.domains.save(domain);
      job.completed.push(domain.domain);
    }
  }
  job.completed_count = job.completed.length;
  job.failed_count = job.failed.length;
  job.status =
    job.failed_count === 0 ? 'completed' : job.completed_count === 0 ? 'failed' : 'partial_success';
  job.completed_at = isoSeconds(rt.clock.now());
  rt.store.forwardingJobs.save(job);
  if (job.completed_count > 0) rt.webhooks.emit('domain.forwarding_updated', forwardingView(job));
  if (job.failed_count > 0) rt.webhooks.emit('domain.forwarding_failed', forwardingView(job));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

// ───────────────────────────── swaps ─────────────────────────────

function startSwap(rt: Runtime, task: TaskRecord): void {
  const swap = rt.store.swaps.get(task.ref);
  if (swap?.status !== 'created') return;
  if (swap.blockers && !swap.blockers.raised) raiseSwapBlockers(rt, swap.blockers, swap.order_id);
  if (openActionsOf(rt, (action) => action.swap_ids?.includes(swap.id) === true).length > 0) {
    swap.status = 'action_required';
    rt.store.swaps.save(swap);
    rt.webhooks.emit('swap.action_required', swapView(swap));
    return;
  }
  const replacement = swap.replacement_domain;
  if (replacement !== null && hasMagic(replacement, MAGIC.notImported) && !isImported(rt, replacement)) {
    swap.status = 'action_required';
    swap.waiting_for_import = true;
    rt.store.swaps.save(swap);
    rt.webhooks.emit('swap.action_required', swapView(swap));
    return;
  }
  proceedSwap(rt, swap, task.at);
}

/**
 * Opens the pending actions of one user-name swap call, once for all its rows (every row starts
 * at the same time; the first one raises them), each holding every row of the call.
 */
function raiseSwapBlockers(rt: Runtime, pending: SwapBlockers, orderId: string | null): void {
  for (const blocker of pending.blockers) {
    const action = openAction(rt, blocker, orderId === null ? {} : { order_id: orderId });
    action.swap_ids = [...pending.swap_ids];
    rt.store.actions.save(action);
  }
  // Each row keeps its own copy once read back from a state file: mark them all.
  for (const id of pending.swap_ids) {
    const row = rt.store.swaps.get(id);
    if (!row?.blockers) continue;
    row.blockers.raised = true;
    rt.store.swaps.save(row);
  }
}

function proceedSwap(rt: Runtime, swap: SwapRecord, atMs: number): void {
  swap.status = 'in_progress';
  swap.waiting_for_import = false;
  rt.store.swaps.save(swap);
  rt.webhooks.emit('swap.in_progress', swapView(swap));
  rt.scheduler.schedule('swap.finish', swap.id, TIMINGS.swapFinishSeconds, atMs);
}

function finishSwap(rt: Runtime, task: TaskRecord): void {
  const swap = rt.store.swaps.get(task.ref);
  if (swap?.status !== 'in_progress') return;
  const replacement = swap.replacement_domain;
  if ((replacement !== null && hasMagic(replacement, MAGIC.fail)) || !isSwappable(rt, swap)) {
    failSwap(rt, swap);
    return;
  }
  if (replacement !== null) replaceDomain(rt, swap, replacement, task.at);
  swap.status = 'completed';
  rt.store.swaps.save(swap);
  rt.webhooks.emit('swap.completed', swapView(swap));
  if (replacement === null) return;
  // Seed §6: a POST /swaps resolves replace_domain — once the swap has put the replacement on the
  // order, not when it is created (a swap may still fail, and the old domain is unusable). The
  // order's other actions on the domain it retired go as for a cancelled domain: nobody has to act
  // on it any more, and the order's picture action moves to a Google domain that stays.
  const order = swap.order_id === null ? undefined : rt.store.orders.get(swap.order_id);
  if (!order) return;
  const actions = openActionsOf(
    rt,
    (a) => a.domain_id === swap.domain_id && a.order_id === order.id && a.swap_ids === undefined,
  );
  endActionsOfLeavingDomains(rt, order, actions, task.at);
}

/** True while the swapped domain is still one of its order's domains and the order is active. */
function isSwappable(rt: Runtime, swap: SwapRecord): boolean {
  const domain = rt.store.domains.peek(swap.domain_id);
  const order = activeOrderOf(rt, domain);
  return order?.id === swap.order_id && rt.store.domains.lists(order, swap.domain_id);
}

/** Swap statuses in which a swap may still change its domain. */
export const OPEN_SWAP_STATUSES: ReadonlySet<SwapRecord['status']> = new Set<SwapRecord['status']>([
  'created',
  'in_progress',
  'action_required',
]);

/** Open swaps matching `predicate`. */
export function openSwapsOf(rt: Runtime, predicate: (swap: SwapRecord) => boolean): SwapRecord[] {
  const out: SwapRecord[] = [];
  for (const swap of rt.store.swaps.values())
    if (OPEN_SWAP_STATUSES.has(swap.status) && predicate(swap)) out.push(swap);
  return out;
}

/**
 * Ends a swap that cannot complete (its replacement failed, or its order or domain was cancelled):
 * the replacement it held goes back to inventory.
 */
export function failSwap(rt: Runtime, swap: SwapRecord): void {
  swap.status = 'failed';
  swap.waiting_for_import = false;
  rt.store.swaps.save(swap);
  const replacement =
    swap.replacement_domain === null ? undefined : rt.store.domains.byName(swap.replacement_domain);
  const order = swap.order_id === null ? undefined : rt.store.orders.get(swap.order_id);
  if (
    order !== undefined &&
    replacement?.order_id === order.id &&
    !rt.store.domains.lists(order, replacement.id)
  ) {
    releaseDomain(rt, replacement);
  }
  rt.webhooks.emit('swap.failed', swapView(swap));
}

/**
 * Holds a swap's replacement for the order from the moment the swap is created (connected,
 * `in_progress`, not yet on the order's domain list): no other order or swap can claim the name
 * while the swap runs (`domain_already_in_active_order`).
 */
export function reserveReplacement(rt: Runtime, name: string, old: DomainRecord): void {
  const replacement = rt.store.domains.byName(name) ?? newDomain(rt, name);
  // Held, not yet live: it takes the old domain's forwarding when the swap completes.
  attachReplacement(rt, replacement, old, 'in_progress', null);
}

function newDomain(rt: Runtime, name: string): DomainRecord {
  return rt.store.domains.insert({
    id: rt.ids.next('dom'),
    domain: ownString(name),
    category: 'inventory',
    status: 'available',
    usable_for: usableFor(name),
    created_at: isoSeconds(rt.clock.now()),
    imported: false,
  });
}

/** Connects `replacement` to the order of `old`, with its provider, user and forwarding. */
function attachReplacement(
  rt: Runtime,
  replacement: DomainRecord,
  old: DomainRecord,
  status: DomainRecord['status'],
  forwardingUrl: string | null,
): void {
  replacement.category = 'connected';
  replacement.status = status;
  if (old.provider !== undefined) replacement.provider = old.provider;
  if (old.user_id !== undefined) replacement.user_id = old.user_id;
  replacement.order_id = old.order_id!;
  replacement.forwarding_url = forwardingUrl;
  rt.store.domains.save(replacement);
}

function replaceDomain(rt: Runtime, swap: SwapRecord, name: string, atMs: number): void {
  const old = rt.store.domains.get(swap.domain_id);
  const order = old?.order_id ? rt.store.orders.get(old.order_id) : undefined;
  if (!old || !order) return;
  // Reserved when the swap was created (a swap from an older state file may not have been).
  const replacement = rt.store.domains.byName(name) ?? newDomain(rt, name);
  // On an order still being provisioned (or blocked) the replacement joins its other domains and
  // connects with them, just before `order.completed`; on a completed order it is live at once.
  const live = order.status === 'completed';
  // The old domain's forwarding carries over, unless the replacement got its own while the swap
  // ran (a forwarding job on it): that is the later word.
  const forwarding = replacement.forwarding_url ?? old.forwarding_url ?? null;
  attachReplacement(rt, replacement, old, live ? 'active' : 'in_progress', forwarding);
  // The order's list changes one domain: its domains are stored one by one from now on.
  rt.store.domains.materializeOrder(order);
  order.domain_ids = rt.store.domains.idsOf(order).map((id) => (id === old.id ? replacement.id : id));
  rt.store.orders.save(order);
  if (live) rt.webhooks.emit('domain.connected', domainView(replacement));
  // Standard swaps retire the old domain at once; premium ones keep it warm for 14 days.
  if (swap.type === 'premium') rt.scheduler.schedule('domain.release', old.id, 14 * 24 * 3600, atMs);
  else releaseDomain(rt, old);
}

/** True once an import of this (normalized) name completed. */
export function isImported(rt: Runtime, name: string): boolean {
  return rt.store.domains.peekByName(name)?.imported === true;
}
