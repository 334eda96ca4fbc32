/**
 * Which fields of a state file's records name other records, and the check that each does: a
 * state file edited by hand (or cut short and repaired) can hold an order whose `user_id` names no
 * user, or a block of domains whose ids are another record's. Such a file is refused when it loads,
 * with the record, field and id named — instead of starting, then answering 500 or wrong data for
 * every request that follows the link.
 *
 * One table (`LINKS`), typed against each collection's record type like the field shapes in
 * `record-shapes.ts` (which run first, so every value here has its type). Fields not listed name
 * no record. The checks allocate nothing while every link holds, so a 10 MB state still loads
 * quickly.
 */

import type { User } from '../schemas';
import { STARTUP_KEY_ID } from './auth';
import { blockHead, compareUlids, idOffset } from './ids';
import type {
  ActionRecord,
  ApiKeyRecord,
  Blocker,
  CollectionName,
  DomainRecord,
  ForwardingJobRecord,
  ImportJobRecord,
  OrderRecord,
  SwapBlockers,
  SwapRecord,
  TaskRecord,
} from './state';

/** What a state file's records hold that breaks a link between them (see {@link linkProblem}). */
export type LinkProblem =
  | {
      kind: 'dangling';
      collection: CollectionName;
      /** The id of the record holding the link. */
      recordId: string;
      /** The field holding it, below the record (`domain_ids[3]`, `blockers[0].domain_id`). */
      path: string;
      /** What the field holds. */
      value: string;
      /** The id it names (the whole value, or one part of a task's `ref`). */
      id: string;
      /** The collection that id should be in. */
      target: CollectionName;
    }
  | {
      kind: 'block';
      collection: CollectionName;
      recordId: string;
      /** The order whose `domain_block` gives its `index`-th domain the same id. */
      orderId: string;
      index: number;
      name: string;
    }
  | {
      kind: 'shared';
      collection: CollectionName;
      recordId: string;
      /** The earlier record holding the same value. */
      otherId: string;
      /** The field whose value two live records share (`email`, `key`). */
      field: string;
      /** The record's value, when it may be printed (never a key's text). */
      value: string | undefined;
      /** The other record's value, when it may be printed (it differs in case only). */
      otherValue: string | undefined;
      /** How the two values count as one (`case aside`), or a fact that makes both live. */
      note: string | undefined;
    };

/** Whether a record of `target` has `id`. */
type Exists = (target: CollectionName, id: string) => boolean;

/** A field's link problem, with `path` below the field; undefined when each id it names exists. */
type FieldLink = (
  value: unknown,
  exists: Exists,
  record: object,
) => { path: string; value: string; id: string; target: CollectionName } | undefined;

/** The fields of `T` that name other records. */
type Links<T> = { [K in keyof T]?: FieldLink };

/** A field holding one id of `target` (or null / nothing: the shapes decide whether it may). */
function ref(target: CollectionName): FieldLink {
  return (value, exists) =>
    typeof value === 'string' && !exists(target, value) ? { path: '', value, id: value, target } : undefined;
}

function listOf(link: FieldLink): FieldLink {
  return (value, exists, record) => {
    if (!Array.isArray(value)) return undefined;
    for (let index = 0; index < value.length; index++) {
      const problem = link(value[index], exists, record);
      if (problem) return { ...problem, path: `[${index}]${problem.path}` };
    }
    return undefined;
  };
}

function object(fields: Record<string, FieldLink>): FieldLink {
  const entries = Object.entries(fields);
  return (value, exists, record) => {
    if (typeof value !== 'object' || value === null) return undefined;
    for (const [name, link] of entries) {
      const problem = link((value as Record<string, unknown>)[name], exists, record);
      if (problem) return { ...problem, path: `.${name}${problem.path}` };
    }
    return undefined;
  };
}

/**
 * What a task's `ref` names, by the task's kind (the handlers in `lifecycle.ts`; a test checks
 * that every kind with a handler is here or is `order.cancel_domains`).
 */
export const TASK_TARGETS: Readonly<Record<string, CollectionName>> = {
  'order.evaluate': 'orders',
  'order.nameservers': 'orders',
  'order.cancel': 'orders',
  'import.evaluate': 'imports',
  'import.nameservers': 'imports',
  'forwarding.finish': 'forwardingJobs',
  'swap.start': 'swaps',
  'swap.finish': 'swaps',
  'domain.release': 'domains',
};

/**
 * A task's `ref`: one id of the collection its kind works on; for `order.cancel_domains`, the
 * order and the domains leaving it (`ord_… dom_…,dom_…`). A kind this version does not know (a
 * newer version's) runs nothing, so its ref is left alone.
 */
const taskRef: FieldLink = (value, exists, record) => {
  if (typeof value !== 'string') return undefined;
  const kind = (record as TaskRecord).kind;
  const missing = (id: string, target: CollectionName) =>
    exists(target, id) ? undefined : { path: '', value, id, target };
  if (kind === 'order.cancel_domains') {
    const space = value.indexOf(' ');
    if (space < 0) return missing(value, 'orders');
    const problem = missing(value.slice(0, space), 'orders');
    if (problem || space === value.length - 1) return problem;
    for (const id of value.slice(space + 1).split(',')) {
      const domain = missing(id, 'domains');
      if (domain) return domain;
    }
    return undefined;
  }
  const target = TASK_TARGETS[kind];
  return target === undefined ? undefined : missing(value, target);
};

const blocker = object({ domain_id: ref('domains') } satisfies Links<Blocker>);

const orders: Links<OrderRecord> = {
  user_id: ref('users'),
  bundle_id: ref('bundles'),
  domain_ids: listOf(ref('domains')),
  cancelling_domain_ids: listOf(ref('domains')),
  blockers: listOf(blocker),
};

const domains: Links<DomainRecord> = { user_id: ref('users'), order_id: ref('orders') };

const importJobs: Links<ImportJobRecord> = { import_id: ref('imports') };

const forwardingJobs: Links<ForwardingJobRecord> = {
  domain_ids: listOf(ref('domains')),
  holders: listOf(ref('orders')),
};

const swaps: Links<SwapRecord> = {
  domain_id: ref('domains'),
  user_id: ref('users'),
  order_id: ref('orders'),
  blockers: object({
    blockers: listOf(blocker),
    swap_ids: listOf(ref('swaps')),
  } satisfies Links<SwapBlockers>),
};

const actions: Links<ActionRecord> = {
  order_id: ref('orders'),
  domain_id: ref('domains'),
  import_id: ref('imports'),
  swap_ids: listOf(ref('swaps')),
};

const tasks: Links<TaskRecord> = { ref: taskRef };

/**
 * Every collection's links. Keys, users, bundles and imports name no other record; a delivery's
 * `replay_of` may name one pruned since (done deliveries are dropped), so it is no link to check.
 */
const LINKS: Record<CollectionName, Record<string, FieldLink>> = {
  keys: {},
  users: {},
  bundles: {},
  orders,
  domains,
  imports: {},
  importJobs,
  forwardingJobs,
  swaps,
  actions,
  tasks,
  deliveries: {},
};

/**
 * Values no two live records may share, because the emulator looks records up by them: an active
 * key's text (which key authenticates) and an active customer's email (`userByEmail`, matched
 * without case). A file holding two would load with one of them silently unreachable.
 */
const UNIQUE: readonly {
  collection: CollectionName;
  field: string;
  live: (record: object) => boolean;
  valueIn: (record: object) => string;
  /** What makes two values one (emails: their lower case); the value itself when absent. */
  sameAs?: (value: string) => string;
  /** Said of a pair one of whose records is live whatever it holds. */
  liveNote?: (record: object, other: object) => string | undefined;
  printable: boolean;
}[] = [
  {
    collection: 'keys',
    field: 'key',
    // Every start makes the startup key active again (`ensureStartupKey`), revoked or not.
    live: (record) =>
      (record as ApiKeyRecord).revoked_at === null || (record as ApiKeyRecord).id === STARTUP_KEY_ID,
    valueIn: (record) => (record as ApiKeyRecord).key,
    liveNote: (...pair) =>
      pair.some(
        (key) => (key as ApiKeyRecord).id === STARTUP_KEY_ID && (key as ApiKeyRecord).revoked_at !== null,
      )
        ? `${STARTUP_KEY_ID}, the startup key, is revoked but made active again on every start`
        : undefined,
    printable: false,
  },
  {
    collection: 'users',
    field: 'email',
    live: (record) => (record as User).status === 'active',
    valueIn: (record) => (record as User).email,
    sameAs: (email) => email.toLowerCase(),
    printable: true,
  },
];

/** Records by id, per collection: what a state file holds once its journal is replayed. */
export type StoredRecords = ReadonlyMap<CollectionName, ReadonlyMap<string, object>>;

/**
 * The first broken link between `collections`' records (their fields already checked by
 * `recordProblem`), or undefined. Two kinds: an order's `domain_block` whose domain ids (the ids
 * right after the order's own, see `DomainBlock`) are another record's — any record but the domain
 * record its block slot became — and a field naming a record that is not there (a block's
 * domains are there, though no record is stored for them).
 */
export function linkProblem(collections: StoredRecords): LinkProblem | undefined {
  const blocks = new Blocks(collections.get('orders'));
  if (blocks.size > 0) {
    for (const [collection, records] of collections) {
      for (const record of records.values()) {
        const id = (record as { id: string }).id;
        const slot = blocks.slotOf(id);
        if (slot === undefined) continue;
        const name = slot.order.domain_block!.names.at(slot.index)!;
        // A domain changed on its own is stored under its block slot's id (materialized).
        if (collection === 'domains' && (record as DomainRecord).domain === name) continue;
        return { kind: 'block', collection, recordId: id, orderId: slot.order.id, index: slot.index, name };
      }
    }
  }
  const exists: Exists = (target, id) =>
    collections.get(target)?.has(id) === true ||
    (target === 'domains' && id.startsWith('dom_') && blocks.slotOf(id) !== undefined);
  for (const [collection, records] of collections) {
    const names = Object.keys(LINKS[collection]);
    if (names.length === 0) continue;
    const links = Object.values(LINKS[collection]);
    for (const record of records.values()) {
      for (let field = 0; field < names.length; field++) {
        const name = names[field]!;
        const problem = links[field]!((record as Record<string, unknown>)[name], exists, record);
        if (problem) {
          const recordId = (record as { id: string }).id;
          return { kind: 'dangling', collection, recordId, ...problem, path: `${name}${problem.path}` };
        }
      }
    }
  }
  for (const { collection, field, live, valueIn, sameAs, liveNote, printable } of UNIQUE) {
    const holders = new Map<string, { record: object; id: string; value: string }>();
    for (const record of collections.get(collection)?.values() ?? []) {
      if (!live(record)) continue;
      const value = valueIn(record);
      const recordId = (record as { id: string }).id;
      const key = sameAs ? sameAs(value) : value;
      const other = holders.get(key);
      if (other !== undefined) {
        const caseAside = other.value !== value ? `${field}s match whatever their case` : undefined;
        return {
          kind: 'shared',
          collection,
          recordId,
          otherId: other.id,
          field,
          value: printable ? value : undefined,
          otherValue: printable && other.value !== value ? other.value : undefined,
          note: caseAside ?? liveNote?.(record, other.record),
        };
      }
      holders.set(key, { record, id: recordId, value });
    }
  }
  return undefined;
}

/**
 * The orders that hold a `domain_block`, grouped by the head their block's ids share with the
 * order's own id (see `blockHead`), each group ascending: most ids are in no group, so finding
 * the block an id falls in mostly costs one map lookup.
 */
class Blocks {
  readonly #byHead = new Map<string, OrderRecord[]>();
  size = 0;

  constructor(orders: ReadonlyMap<string, object> | undefined) {
    for (const record of orders?.values() ?? []) {
      const order = record as OrderRecord;
      const head = order.domain_block ? blockHead(order.id) : undefined;
      if (head === undefined) continue;
      const group = this.#byHead.get(head);
      if (group) group.push(order);
      else this.#byHead.set(head, [order]);
      this.size++;
    }
    for (const group of this.#byHead.values()) group.sort((a, b) => compareUlids(a.id, b.id));
  }

  /**
   * The block slot whose domain id has the same ULID as `id` (any prefix): the last block starting
   * before it, when `id` lies within its range.
   */
  slotOf(id: string): { order: OrderRecord; index: number } | undefined {
    const head = blockHead(id);
    const group = head === undefined ? undefined : this.#byHead.get(head);
    if (!group) return undefined;
    let lo = 0;
    let hi = group.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareUlids(group[mid]!.id, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    const order = group[lo - 1];
    if (!order) return undefined;
    const index = idOffset(order.id, id) - 1;
    return index >= 0 && index < order.domain_block!.names.length ? { order, index } : undefined;
  }
}
