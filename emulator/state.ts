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

type Schemas = components['schemas'];

/** An API key of this emulator (`pk_test_…`). */
export interface ApiKeyRecord {
  id: string;
  key: string;
  preset: PermissionPreset;
  created_at: string;
  revoked_at: string | null;
}

/**
 * A stored order: the receipt fields plus what the detail view and the lifecycle need. Costs,
 * `renews_at` and the domain names are derived in the views (an emulator holding 100k orders
 * should not hold 100k copies of them).
 */
export interface OrderRecord extends Omit<Order, 'costs' | 'renews_at'> {
  /** Shared between orders with the same personas (interned). */
  personas: Schemas['Persona'][];
  /** `dom_…` ids of the domains on the order. */
  domain_ids: string[];
  /** The cost basis, fixed at creation. */
  google_licenses: number;
  microsoft_licenses: number;
  /** Domains bought for the order (imported ones are free). */
  registered_count: number;
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
}

/** A stored swap with the links its list filters need. */
export interface SwapRecord extends Swap {
  user_id: string | null;
  order_id: string | null;
  /** Waiting for the replacement domain to be imported. */
  waiting_for_import: boolean;
}

/** A stored pending action; imports' actions carry `import_id` (and are not order actions). */
export interface ActionRecord extends PendingAction {
  import_id?: string;
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
  /** Emulated epoch ms of the next attempt, or null when done. */
  next_attempt_ms: number | null;
  created_at: string;
  /** The exact JSON text that is signed and sent. */
  raw: string;
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

/** Records of one kind by id, plus the id order (ids are monotonic ULIDs: ascending = oldest first). */
export class Collection<T extends { id: string }> {
  readonly #records = new Map<string, T>();
  #ids: string[] = [];
  readonly #store: Store;

  /** @param name - The collection's name in the state file. */
  constructor(
    readonly name: CollectionName,
    store: Store,
  ) {
    this.#store = store;
  }

  /** How many records there are. */
  get size(): number {
    return this.#records.size;
  }

  /** The record with this id. */
  get(id: string): T | undefined {
    return this.#records.get(id);
  }

  /** Adds a new record. */
  insert(record: T): T {
    this.#records.set(record.id, record);
    const ids = this.#ids;
    // Ids are issued in ascending order, so this is an append except after a restore.
    if (ids.length === 0 || ids[ids.length - 1]! < record.id) ids.push(record.id);
    else ids.splice(lowerBound(ids, record.id), 0, record.id);
    this.#store.changed(this.name, record.id, record);
    return record;
  }

  /** Records that `record` (already in the collection) was mutated in place. */
  save(record: T): void {
    this.#store.changed(this.name, record.id, record);
  }

  /** Removes a record. */
  remove(id: string): void {
    if (!this.#records.delete(id)) return;
    const index = lowerBound(this.#ids, id);
    if (this.#ids[index] === id) this.#ids.splice(index, 1);
    this.#store.changed(this.name, id, undefined);
  }

  /** Every record, oldest first. */
  *values(): Generator<T> {
    for (const id of this.#ids) {
      const record = this.#records.get(id);
      if (record) yield record;
    }
  }

  /**
   * Records newest first, starting just below `cursor` (or at it when `inclusive`), or at the
   * newest record when there is no cursor. A cursor id that was deleted still positions correctly.
   */
  *newestFirst(cursor?: string, inclusive = false): Generator<T> {
    const ids = this.#ids;
    let start = ids.length - 1;
    if (cursor !== undefined) {
      const index = lowerBound(ids, cursor);
      start = inclusive && ids[index] === cursor ? index : index - 1;
    }
    for (let i = start; i >= 0; i--) {
      const record = this.#records.get(ids[i]!);
      if (record) yield record;
    }
  }

  /** Drops everything without reporting changes (used by reset and restore). */
  clear(): void {
    this.#records.clear();
    this.#ids = [];
  }

  /** Loads a record during restore, without reporting a change. */
  restore(record: T): void {
    if (!this.#records.has(record.id)) {
      const ids = this.#ids;
      if (ids.length === 0 || ids[ids.length - 1]! < record.id) ids.push(record.id);
      else ids.splice(lowerBound(ids, record.id), 0, record.id);
    }
    this.#records.set(record.id, record);
  }

  /** Forgets a record during restore, without reporting a change. */
  forget(id: string): void {
    if (!this.#records.delete(id)) return;
    const index = lowerBound(this.#ids, id);
    if (this.#ids[index] === id) this.#ids.splice(index, 1);
  }
}

/** First index whose id is ≥ `id`. */
function lowerBound(ids: readonly string[], id: string): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** All collections, the indexes derived from them, and the change feed. */
export class Store {
  listener: ChangeListener | undefined;

  readonly keys = new Collection<ApiKeyRecord>('keys', this);
  readonly users = new Collection<User>('users', this);
  readonly bundles = new Collection<BundleRecord>('bundles', this);
  readonly orders = new Collection<OrderRecord>('orders', this);
  readonly domains = new Collection<DomainRecord>('domains', this);
  readonly imports = new Collection<ImportRecord>('imports', this);
  readonly importJobs = new Collection<ImportJobRecord>('importJobs', this);
  readonly forwardingJobs = new Collection<ForwardingJobRecord>('forwardingJobs', this);
  readonly swaps = new Collection<SwapRecord>('swaps', this);
  readonly actions = new Collection<ActionRecord>('actions', this);
  readonly tasks = new Collection<TaskRecord>('tasks', this);
  readonly deliveries = new Collection<DeliveryRecord>('deliveries', this);

  /** Active API keys by their full key text. */
  readonly keyIndex = new Map<string, ApiKeyRecord>();
  /** Active customers by lower-cased email. */
  readonly userByEmail = new Map<string, string>();
  /** Domain records by normalized name. */
  readonly domainByName = new Map<string, string>();
  /** Latest order per dedupe fingerprint. */
  readonly orderByFingerprint = new Map<string, string>();
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
    this.listener?.(collection, id, record);
  }

  /** Recomputes every index from the collections (after a restore). */
  rebuildIndexes(): void {
    this.keyIndex.clear();
    for (const key of this.keys.values()) if (key.revoked_at === null) this.keyIndex.set(key.key, key);
    this.userByEmail.clear();
    for (const user of this.users.values()) {
      if (user.status === 'active') this.userByEmail.set(user.email.toLowerCase(), user.id);
    }
    this.domainByName.clear();
    for (const domain of this.domains.values()) this.domainByName.set(domain.domain, domain.id);
    this.orderByFingerprint.clear();
    for (const order of this.orders.values()) this.orderByFingerprint.set(order.fingerprint, order.id);
    this.importJobByKey.clear();
    for (const job of this.importJobs.values()) this.importJobByKey.set(job.key, job.id);
  }
}
