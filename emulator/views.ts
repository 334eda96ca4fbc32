/**
 * Public views of stored records: exactly the contract's resource shapes (generated types),
 * without the emulator's internal fields.
 */
import type {
  Bundle,
  components,
  Domain,
  DomainImport,
  ForwardingJob,
  ImportJob,
  Order,
  OrderDetail,
  PendingAction,
  Swap,
  User,
} from '../schemas';
import { addMonths, isoSeconds } from './clock';
import { PRICES } from './magic';
import type {
  ActionRecord,
  BundleRecord,
  DomainRecord,
  ForwardingJobRecord,
  ImportJobRecord,
  ImportRecord,
  OrderRecord,
  Store,
  SwapRecord,
} from './state';

type OrderCosts = components['schemas']['OrderCosts'];

/**
 * `T` when it has no field beyond the contract's `View`; otherwise each extra field must be `never`,
 * so `view satisfies OnlyFieldsOf<View, typeof view>` fails to compile. Views made by leaving fields
 * out of a record use it: a field added to the record and not left out is a compile error here
 * rather than a leak into responses and webhooks.
 */
type OnlyFieldsOf<View, T> = T & { [K in Exclude<keyof T, keyof View>]: never };

/** An order's costs from its cost basis (illustrative prices, see `PRICES`). */
export function orderCosts(order: OrderRecord): Required<OrderCosts> {
  const lineItems: Required<OrderCosts>['line_items'] = [
    {
      type: 'google_license',
      quantity: order.google_licenses,
      amount_cents: order.google_licenses * PRICES.googleLicenseCents,
    },
    {
      type: 'microsoft_license',
      quantity: order.microsoft_licenses,
      amount_cents: order.microsoft_licenses * PRICES.microsoftLicenseCents,
    },
    {
      type: 'domain_registration',
      quantity: order.registered_count,
      amount_cents: order.registered_count * PRICES.domainRegistrationCents,
    },
  ];
  return {
    total_cents: lineItems.reduce((sum, item) => sum + item.amount_cents, 0),
    currency: PRICES.currency,
    line_items: lineItems,
  };
}

/**
 * The emulated moment views are made at (`renews_at` depends on it), and `until`: the earliest
 * moment at which a view made now would read otherwise (the next renewal of a live order it
 * showed). The response cache keeps an answer only until then, so a GET after a clock advance
 * shows the new `renews_at` though no record changed.
 */
export interface ViewTime {
  readonly now: number;
  until: number;
}

/** A {@link ViewTime} at `now` (emulated ms), which nothing has shown yet. */
export function viewTime(now: number): ViewTime {
  return { now, until: Number.POSITIVE_INFINITY };
}

/** The lean receipt (`POST /orders`, `GET /orders` rows) as it reads at `at`. */
export function orderReceipt(order: OrderRecord, at: ViewTime): Order {
  const costs = orderCosts(order);
  return {
    id: order.id,
    user_id: order.user_id,
    email: order.email,
    bundle_id: order.bundle_id,
    status: order.status,
    domain_count: order.domain_count,
    // The lean receipt carries the total only; the line items are in the full order.
    costs: { total_cents: costs.total_cents, currency: costs.currency },
    renews_at: renewsAt(order, at),
    created_at: order.created_at,
  };
}

/**
 * `renews_at` (Peeker DevKit's reading; the docs show only a new order's, one month after
 * `created_at`): the next renewal of a live order — the first `created_at` + whole calendar months
 * after `at.now`, always counted from `created_at` (a month-end day clamps: Jan 31 → Feb 28 →
 * Mar 31). An order that ended keeps the renewal it did not reach: a failed one (it fails while
 * provisioning) one month after creation; a cancelled one the first renewal at or after its
 * `cancels_at`, the end of the billing period it was cancelled in.
 */
function renewsAt(order: OrderRecord, at: ViewTime): string {
  // Whole seconds, as shown: a renewal happens when the clock reaches the `renews_at` it showed.
  const created = Math.floor(order.created_ms / 1000) * 1000;
  if (order.status === 'failed') return renewalAfter(created, created).text;
  if (order.status === 'cancelled') {
    // A state file written before cancelled orders kept their `cancels_at` has none: one month.
    const ended = order.cancels_at === null ? created : Date.parse(order.cancels_at) - 1;
    return renewalAfter(created, ended).text;
  }
  const renewal = renewalAfter(created, at.now);
  if (renewal.at < at.until) at.until = renewal.at;
  return renewal.text;
}

/** A renewal of an order: the one shown from `from` (the previous renewal) until `at`. */
interface Renewal {
  from: number;
  at: number;
  text: string;
}

/**
 * The renewal last looked up for each recent creation second: a list page's orders mostly share a
 * few, and calendar arithmetic is slow, so a renewal is reused while the time asked about lies in
 * its period.
 */
const renewals = new Map<number, Renewal>();

/** The first renewal of an order created at `created` (whole-second ms) strictly after `afterMs`. */
function renewalAfter(created: number, afterMs: number): Renewal {
  const known = renewals.get(created);
  if (known !== undefined && known.from <= afterMs && afterMs < known.at) return known;
  const start = new Date(created);
  const after = new Date(Math.max(afterMs, created));
  // The months between the two dates, then a step either way for the days and times within them.
  let months = Math.max(
    1,
    (after.getUTCFullYear() - start.getUTCFullYear()) * 12 + after.getUTCMonth() - start.getUTCMonth(),
  );
  while (addMonths(created, months) <= afterMs) months++;
  while (months > 1 && addMonths(created, months - 1) > afterMs) months--;
  const at = addMonths(created, months);
  const renewal: Renewal = {
    from: months === 1 ? Number.NEGATIVE_INFINITY : addMonths(created, months - 1),
    at,
    text: isoSeconds(at),
  };
  if (renewals.size >= 256) renewals.clear();
  renewals.set(created, renewal);
  return renewal;
}

/** The full order (`GET /orders/{id}`, `order.completed`) as it reads at `at`: line items, domain names, personas. */
export function orderDetail(order: OrderRecord, store: Store, at: ViewTime): OrderDetail {
  const registered: string[] = [];
  const imported: string[] = [];
  for (const domain of store.domains.membersOf(order)) {
    (domain.imported ? imported : registered).push(domain.domain);
  }
  return {
    ...orderReceipt(order, at),
    costs: orderCosts(order),
    domains: { registered, imported },
    personas: order.personas,
    cancels_at: order.cancels_at,
  };
}

/** A domain row; inventory rows omit provider, user, order and forwarding (as the docs show). */
export function domainView(domain: DomainRecord): Domain {
  const view: Domain = {
    id: domain.id,
    domain: domain.domain,
    category: domain.category,
    status: domain.status,
    usable_for: domain.usable_for,
    created_at: domain.created_at,
  };
  if (domain.category === 'connected') {
    if (domain.provider !== undefined) view.provider = domain.provider;
    if (domain.user_id !== undefined) view.user_id = domain.user_id;
    if (domain.order_id !== undefined) view.order_id = domain.order_id;
    view.forwarding_url = domain.forwarding_url ?? null;
  }
  return view;
}

/** A bundle. */
export function bundleView(bundle: BundleRecord): Bundle {
  const { used: _used, ...view } = bundle;
  return view satisfies OnlyFieldsOf<Bundle, typeof view>;
}

/** A customer. */
export function userView(user: User): User {
  return user;
}

/** An import. */
export function importView(record: ImportRecord): DomainImport {
  const { created_ms: _created, ...view } = record;
  return view satisfies OnlyFieldsOf<DomainImport, typeof view>;
}

/** An import job, its rows following the import that carries them. */
export function importJobView(job: ImportJobRecord, store: Store): ImportJob {
  const imported = job.import_id ? store.imports.get(job.import_id) : undefined;
  const rejected = new Map(job.rejected.map((row) => [row.domain, row.reason]));
  const byName = new Map((imported?.domains ?? []).map((row) => [row.domain, row]));
  const domains: ImportJob['domains'] = job.domains.map((domain) => {
    const reason = rejected.get(domain);
    if (reason !== undefined) return { domain, status: 'failed', reason };
    const row = byName.get(domain);
    const status =
      row?.status === 'completed' ? 'completed' : row?.status === 'failed' ? 'failed' : 'in_progress';
    const out: ImportJob['domains'][number] = { domain, status };
    if (job.import_id) out.import_id = job.import_id;
    if (row?.reason !== undefined) out.reason = row.reason;
    return out;
  });
  const completed = domains.filter((row) => row.status === 'completed').length;
  const failed = domains.filter((row) => row.status === 'failed').length;
  const done = completed + failed === domains.length;
  return {
    id: job.id,
    status: !done ? 'in_progress' : completed > 0 ? 'completed' : 'failed',
    domain_count: domains.length,
    completed_count: completed,
    failed_count: failed,
    domains,
    created_at: job.created_at,
  };
}

/** A forwarding job. */
export function forwardingView(job: ForwardingJobRecord): ForwardingJob {
  const { domain_ids: _ids, holders: _holders, ...view } = job;
  return view satisfies OnlyFieldsOf<ForwardingJob, typeof view>;
}

/** A swap. */
export function swapView(swap: SwapRecord): Swap {
  return {
    id: swap.id,
    type: swap.type,
    domain_id: swap.domain_id,
    replacement_domain: swap.replacement_domain,
    status: swap.status,
    created_at: swap.created_at,
  };
}

/** A pending action row. */
export function actionView(action: ActionRecord): PendingAction {
  const { import_id: _import, swap_ids: _swaps, ...view } = action;
  return view satisfies OnlyFieldsOf<PendingAction, typeof view>;
}
