/**
 * The emulator's state: one {@link Collection} per resource, holding plain JSON records (public
 * fields as the contract's generated types, plus a few internal ones), and the lookup indexes
 * built from them. Every change goes through a collection, which tells the persistence layer.
 */
import type {
  Bundle,
  components,
  Domain,
  DomainImport,
  ForwardingJob,
  Order,
  PendingAction,
  PermissionPreset,
  Swap,
  User,
} from '../schemas';
import { Collection } from './collection';
import { DomainStore } from './domain-store';
import { NameIndex } from './name-index';
import type { NameList } from './name-list';
import { TaskQueue } from './task-queue';

export { Collection } from './collection';

type Schemas = components['schemas'];

/** An API key of this emulator (`pk_test_…`). */
export interface ApiKeyRecord {
  id: string;
  key: string;
  preset: PermissionPreset;
  created_at: string;
  revoked_at: string | null;
}

/** What an order's receipt counts: its domains, licenses and registrations. */
export interface OrderCounts {
  domain_count: number;
  google_licenses: number;
  microsoft_licenses: number;
  registered_count: number;
}

/**
 * A stored order: the receipt fields plus what the detail view and the lifecycle need. Costs,
 * `renews_at` and the domain names are derived in the views (an emulator holding 100k orders
 * should not hold 100k copies of them).
 */
export interface OrderRecord extends Omit<Order, 'costs' | 'renews_at'> {
  /** Shared between orders with the same personas (interned). */
  personas: Schemas['Persona'][];
  /** `dom_…` ids of the domains on the order, in request order; null while they are `domain_block`. */
  domain_ids: string[] | null;
  /** The order's domains when it created all of them (see `DomainStore`); null once listed in `domain_ids`. */
  domain_block: DomainBlock | null;
  /** The cost basis, fixed at creation. */
  google_licenses: number;
  microsoft_licenses: number;
  /** Domains bought for the order (imported ones are free). */
  registered_count: number;
  /**
   * The receipt's counts as the order was created, kept once a partial cancel first lowers them:
   * a deduplicated replay answers the original receipt. Absent while nothing changed them.
   */
  created_counts?: OrderCounts;
  cancels_at: string | null;
  /** Emulated ms of creation (dedupe window). */
  created_ms: number;
  /** Dedupe fingerprint of the normalized body. */
  fingerprint: string;
  /** Google inboxes per domain in force (custom sizing or the bundle's). */
  density: number;
  /** `fail-` magic: ends failed instead of completed. */
  fails: boolean;
  /** Domains whose cancellation is scheduled (all of them for a whole-order cancel), or null. */
  cancelling_domain_ids: string[] | null;
  /** What will block the order when provisioning runs (decided at creation from magic values); absent when nothing. */
  blockers?: Blocker[];
  /** True once the blockers were raised as pending actions. */
  blockers_raised?: boolean;
}

/**
 * The brand-new domains of an order, stored once instead of one record each: the i-th domain
 * has the i-th id after the order's own (`nthId(order.id, i + 1, 'dom')`, see `IdFactory.extend`),
 * name `names[i]`, and the fields below until something changes it alone (then it is a stored
 * record, which wins).
 */
export interface DomainBlock {
  /** Normalized names, in request order (a plain array in a state file; see `NameList.from`). */
  names: NameList;
  /** The first `google` domains are Google domains, the others Microsoft ones. */
  google: number;
  /** Forwarding URL of every domain, or one each when they differ. */
  forwarding: string | null | (string | null)[];
  /** Status of every domain still derived from the block. */
  status: DomainRecord['status'];
  /** True once the domains went back to inventory (failed order). */
  released: boolean;
}

/** A pending action an order will raise: reason plus what it concerns. */
export interface Blocker {
  reason: PendingAction['reason'];
  domain_id?: string;
  domain?: string;
  user?: PendingAction['user'];
}

/** A stored domain. Inventory domains carry no provider/user/order/forwarding (the view drops them). */
export interface DomainRecord extends Domain {
  /** True once an import of this name completed (then it is orderable even if registered elsewhere). */
  imported: boolean;
}

/** A stored bundle; `used` turns DELETE into archiving. */
export interface BundleRecord extends Bundle {
  used: boolean;
}

/** A stored synchronous import (also created by import jobs). */
export interface ImportRecord extends DomainImport {
  created_ms: number;
}

/** A stored async import job; its per-domain view is computed from its import. */
export interface ImportJobRecord {
  id: string;
  created_at: string;
  /** Dedupe key: the normalized, sorted, unique domain set. */
  key: string;
  /** The import that carries the valid root domains, if any. */
  import_id: string | null;
  /** The requested names, normalized and unique, in request order. */
  domains: string[];
  /** Names rejected up front, with why. */
  rejected: { domain: string; reason: string }[];
}

/** A stored forwarding job. */
export interface ForwardingJobRecord extends ForwardingJob {
  domain_ids: string[];
  /**
   * The order each domain was on when the job was created (null: in inventory), by position: a
   * domain that has changed hands by the time the job ends is left alone. Absent in older files.
   */
  holders?: (string | null)[];
}

/** A stored swap with the links its list filters need. */
export interface SwapRecord extends Swap {
  user_id: string | null;
  order_id: string | null;
  /** Waiting for the replacement domain to be imported. */
  waiting_for_import: boolean;
  /**
   * What will block a user-name swap when it starts (decided at creation from the lint engine's
   * profile-picture warnings), shared by every row of the call; absent when nothing.
   */
  blockers?: SwapBlockers;
}

/** The blockers of one `POST /swaps/user_names` call and the rows (swap ids) they hold. */
export interface SwapBlockers {
  blockers: Blocker[];
  swap_ids: string[];
  /** True once they were raised as pending actions (by whichever row started first). */
  raised: boolean;
}

/**
 * A stored pending action. Imports' actions carry `import_id` (and are not order actions); a
 * user-name swap's carry `swap_ids` (the rows they hold) and their domain's `order_id`, under
 * which `GET /orders/pending` lists them, but they do not block that order.
 */
export interface ActionRecord extends PendingAction {
  import_id?: string;
  swap_ids?: string[];
}

/** A timed lifecycle step, run when the emulated clock reaches `at`. */
export interface TaskRecord {
  id: string;
  /** Emulated epoch ms. */
  at: number;
  kind: string;
  ref: string;
}

/** One webhook delivery (one per event, or more under chaos duplication). */
export interface DeliveryRecord {
  id: string;
  event_id: string;
  type: string;
  attempt: number;
  status: 'pending' | 'delivered' | 'failed';
  response_status: number | null;
  /** Why the last attempt got no HTTP status (absent when it got one, or before the first). */
  error?: string;
  /** Emulated epoch ms of the next attempt, or null when done. */
  next_attempt_ms: number | null;
  created_at: string;
  /** The exact JSON text that is signed and sent. */
  raw: string;
  /** For a replay: the delivery it sent again (absent on scheduled deliveries and older state files). */
  replay_of?: string;
}

/** Collection names, as written to the state file. */
export type CollectionName =
  | 'keys'
  | 'users'
  | 'bundles'
  | 'orders'
  | 'domains'
  | 'imports'
  | 'importJobs'
  | 'forwardingJobs'
  | 'swaps'
  | 'actions'
  | 'tasks'
  | 'deliveries';

/** Called on every change: `record` undefined means removed. */
export type ChangeListener = (collection: CollectionName, id: string, record: object | undefined) => void;

/** All collections, the indexes derived from them, and the change feed. */
export class Store {
  listener: ChangeListener | undefined;
  /**
   * How many changes have been reported. Whatever is computed from the records alone is current
   * while this stays the same (the response cache relies on it, as persistence relies on `changed`).
   */
  generation = 0;

  readonly keys = new Collection<ApiKeyRecord>('keys', this);
  readonly users = new Collection<User>('users', this);
  readonly bundles = new Collection<BundleRecord>('bundles', this);
  readonly orders = new Collection<OrderRecord>('orders', this);
  readonly domains: DomainStore = new DomainStore(this);
  readonly imports = new Collection<ImportRecord>('imports', this);
  readonly importJobs = new Collection<ImportJobRecord>('importJobs', this);
  readonly forwardingJobs = new Collection<ForwardingJobRecord>('forwardingJobs', this);
  readonly swaps = new Collection<SwapRecord>('swaps', this);
  readonly actions = new Collection<ActionRecord>('actions', this);
  readonly tasks: TaskQueue = new TaskQueue(this);
  readonly deliveries = new Collection<DeliveryRecord>('deliveries', this);

  /** Active API keys by their full key text. */
  readonly keyIndex = new Map<string, ApiKeyRecord>();
  /** Active customers by lower-cased email. */
  readonly userByEmail = new Map<string, string>();
  /** Latest order per dedupe fingerprint (a compact index: one entry per order ever made). */
  readonly orderByFingerprint = new NameIndex<OrderRecord>(
    (order, fingerprint) => order.fingerprint === fingerprint,
  );
  /** Import job per dedupe key. */
  readonly importJobByKey = new Map<string, string>();

  /** Every collection, by name. */
  get collections(): Record<CollectionName, Collection<{ id: string }>> {
    return {
      keys: this.keys,
      users: this.users,
      bundles: this.bundles,
      orders: this.orders,
      domains: this.domains,
      imports: this.imports,
      importJobs: this.importJobs,
      forwardingJobs: this.forwardingJobs,
      swaps: this.swaps,
      actions: this.actions,
      tasks: this.tasks,
      deliveries: this.deliveries,
    };
  }

  /** Reports a change to the listener (persistence). */
  changed(collection: CollectionName, id: string, record: object | undefined): void {
    this.generation++;
    this.listener?.(collection, id, record);
  }

  /**
   * Reports that `collection` dropped records all at once (see {@link Collection.clear}): one
   * change for the generation; the listener hears each of `ids` removed, and only a listener
   * reads them.
   */
  cleared(collection: CollectionName, ids: Iterable<string>): void {
    this.generation++;
    const listener = this.listener;
    if (listener) for (const id of ids) listener(collection, id, undefined);
  }

  /**
   * Drops every record but those `keep` names by collection (a reset keeps the startup key), then
   * rebuilds the indexes from what is left: costs what the kept records and the number of
   * collections cost, not what was dropped.
   */
  clear(keep: Partial<Record<CollectionName, readonly string[]>> = {}): void {
    for (const collection of Object.values(this.collections)) collection.clear(keep[collection.name]);
    this.rebuildIndexes();
  }

  /** Recomputes every index from the collections (after a restore or a {@link clear}). */
  rebuildIndexes(): void {
    this.keyIndex.clear();
    for (const key of this.keys.values()) if (key.revoked_at === null) this.keyIndex.set(key.key, key);
    this.userByEmail.clear();
    for (const user of this.users.values()) {
      if (user.status === 'active') this.userByEmail.set(user.email.toLowerCase(), user.id);
    }
    this.domains.rebuild(this.orders.values());
    this.orderByFingerprint.clear();
    for (const order of this.orders.values()) this.orderByFingerprint.set(order.fingerprint, order);
    this.importJobByKey.clear();
    for (const job of this.importJobs.values()) this.importJobByKey.set(job.key, job.id);
  }
}
