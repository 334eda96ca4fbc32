/**
 * What each record of a state file must look like, field by field: a state file edited by hand or
 * written by another version is checked when it loads, so a wrong type is refused at startup with
 * the record and field named — instead of starting, then answering 500 (or serving the bad value)
 * for every request that touches it.
 *
 * One table per collection, typed against the collection's record type (`Shape<T>` lists every
 * field of `T`), so a field added to a record type does not compile until it is checked here too.
 * Enums come from the generated catalog, never copied. Fields a record may carry beyond its type
 * (a newer version's) are left alone: the emulator ignores them.
 *
 * The checks allocate nothing while a record is fine, so a 10 MB state still loads quickly. The
 * links between records (an id naming a record that is not there) are `record-links.ts`'s.
 */

import type { User } from '../schemas';
import { catalog } from '../schemas';
import type {
  ActionRecord,
  ApiKeyRecord,
  BundleRecord,
  CollectionName,
  DeliveryRecord,
  DomainRecord,
  ForwardingJobRecord,
  ImportJobRecord,
  ImportRecord,
  OrderRecord,
  SwapRecord,
  TaskRecord,
} from './state';

/** What is wrong with one value: where (a path below the record, e.g. `.domain_block.names[2]`) and what was due. */
export interface FieldProblem {
  path: string;
  expected: string;
  value: unknown;
}

/** Checks one value; undefined when it is fine. */
type Check = (value: unknown) => FieldProblem | undefined;

/** A check for every field of `T` (optional ones too: their check must accept undefined). */
type Shape<T> = { [K in keyof T]-?: Check };

const fail = (expected: string, value: unknown): FieldProblem => ({ path: '', expected, value });

const text: Check = (value) => (typeof value === 'string' ? undefined : fail('a string', value));
const integer: Check = (value) => (Number.isSafeInteger(value) ? undefined : fail('a whole number', value));
const count: Check = (value) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? undefined : fail('a whole number from 0', value);
const finite: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? undefined : fail('a number', value);
const flag: Check = (value) => (typeof value === 'boolean' ? undefined : fail('true or false', value));
/** An ISO 8601 timestamp, as the emulator writes them. */
const timestamp: Check = (value) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value))
    ? undefined
    : fail('an ISO 8601 timestamp', value);
/** A normalized domain name: it is stored inside a JSON string without escaping (see `NameList`). */
const domainName: Check = (value) =>
  typeof value === 'string' && /^[a-z0-9.-]+$/.test(value)
    ? undefined
    : fail('a lower-case domain name', value);

/** A string starting with `prefix` (an id of a known kind, a `pk_test_` key). */
function prefixed(prefix: string): Check {
  const expected = `a string starting with "${prefix}"`;
  return (value) =>
    typeof value === 'string' && value.startsWith(prefix) ? undefined : fail(expected, value);
}

/** One of the catalog enum's values (or of `values`). */
function oneOf(values: readonly (string | number)[]): Check {
  const allowed = new Set<unknown>(values);
  const expected = `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
  return (value) => (allowed.has(value) ? undefined : fail(expected, value));
}

function nullable(check: Check): Check {
  return (value) => {
    if (value === null) return undefined;
    const problem = check(value);
    // Only the value itself may be null: a field inside it keeps its own expectation.
    return problem && problem.path === '' ? { ...problem, expected: `${problem.expected} or null` } : problem;
  };
}

/** A field the record may leave out. */
function optional(check: Check): Check {
  return (value) => (value === undefined ? undefined : check(value));
}

function listOf(check: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return fail('an array', value);
    for (let index = 0; index < value.length; index++) {
      const problem = check(value[index]);
      if (problem) return { ...problem, path: `[${index}]${problem.path}` };
    }
    return undefined;
  };
}

function object(fields: Record<string, Check>): Check {
  const entries = Object.entries(fields);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('an object', value);
    for (const [name, check] of entries) {
      const problem = check((value as Record<string, unknown>)[name]);
      if (problem) return { ...problem, path: `.${name}${problem.path}` };
    }
    return undefined;
  };
}

/** Either check (the first one's expectation is named when neither fits). */
function either(first: Check, second: Check, expected: string): Check {
  return (value) => (first(value) && second(value) ? fail(expected, value) : undefined);
}

const enums = catalog.enums;
const prefixes = catalog.idPrefixes;

const person = object({
  first_name: optional(text),
  last_name: optional(text),
  profile_picture_url: optional(nullable(text)),
});
const blocker = object({
  reason: oneOf(enums.PendingActionReason!),
  domain_id: optional(text),
  domain: optional(text),
  user: optional(nullable(person)),
});

const keys: Shape<ApiKeyRecord> = {
  id: text,
  key: prefixed('pk_test_'),
  preset: oneOf(enums.PermissionPreset!),
  created_at: timestamp,
  revoked_at: nullable(timestamp),
};

const users: Shape<User> = {
  id: prefixed(prefixes.UserId!),
  email: text,
  first_name: optional(nullable(text)),
  last_name: optional(nullable(text)),
  status: oneOf(enums.UserStatus!),
  sequencer: optional(nullable(object({ provider: text, client_id: integer }))),
  created_at: timestamp,
};

const bundles: Shape<BundleRecord> = {
  id: prefixed(prefixes.BundleId!),
  name: text,
  monthly_sending_volume: integer,
  google_percent: nullable(integer),
  microsoft_percent: nullable(integer),
  send_on_weekends: flag,
  google_inboxes_per_domain: oneOf(enums.GoogleInboxesPerDomain!),
  status: oneOf(enums.BundleStatus!),
  effective: object({ google_percent: integer, microsoft_percent: integer }),
  required_domains: object({ google: count, microsoft: count, total: count }),
  created_at: timestamp,
  used: flag,
};

const orders: Shape<OrderRecord> = {
  id: prefixed(prefixes.OrderId!),
  user_id: text,
  email: text,
  bundle_id: nullable(text),
  status: oneOf(enums.OrderStatus!),
  domain_count: count,
  created_at: timestamp,
  personas: listOf(object({ first_name: text, last_name: text, profile_picture_url: nullable(text) })),
  domain_ids: nullable(listOf(text)),
  domain_block: nullable(
    object({
      names: listOf(domainName),
      google: count,
      forwarding: either(nullable(text), listOf(nullable(text)), 'a string, null or an array of them'),
      status: oneOf(enums.DomainStatus!),
      released: flag,
    }),
  ),
  google_licenses: count,
  microsoft_licenses: count,
  registered_count: count,
  created_counts: optional(
    object({
      domain_count: count,
      google_licenses: count,
      microsoft_licenses: count,
      registered_count: count,
    }),
  ),
  cancels_at: nullable(timestamp),
  created_ms: finite,
  fingerprint: text,
  density: count,
  fails: flag,
  cancelling_domain_ids: nullable(listOf(text)),
  blockers: optional(listOf(blocker)),
  blockers_raised: optional(flag),
};

const domains: Shape<DomainRecord> = {
  id: prefixed(prefixes.DomainId!),
  domain: domainName,
  category: oneOf(enums.DomainCategory!),
  status: oneOf(enums.DomainStatus!),
  provider: optional(oneOf(enums.Provider!)),
  user_id: optional(text),
  order_id: optional(text),
  usable_for: listOf(oneOf(enums.Provider!)),
  forwarding_url: optional(nullable(text)),
  created_at: timestamp,
  imported: flag,
};

const imports: Shape<ImportRecord> = {
  id: prefixed(prefixes.ImportId!),
  status: oneOf(enums.DomainImportStatus!),
  domains: listOf(object({ domain: text, status: oneOf(enums.DomainImportStatus!), reason: optional(text) })),
  nameserver_groups: listOf(object({ nameservers: listOf(text), domains: listOf(text) })),
  created_at: timestamp,
  completed_at: optional(nullable(timestamp)),
  created_ms: finite,
};

const importJobs: Shape<ImportJobRecord> = {
  id: prefixed(prefixes.ImportJobId!),
  created_at: timestamp,
  key: text,
  import_id: nullable(text),
  domains: listOf(text),
  rejected: listOf(object({ domain: text, reason: text })),
};

const forwardingJobs: Shape<ForwardingJobRecord> = {
  id: prefixed(prefixes.ForwardingJobId!),
  status: oneOf(enums.ForwardingJobStatus!),
  completed_count: count,
  failed_count: count,
  forwarding_url: text,
  completed: listOf(text),
  failed: listOf(object({ domain: text, reason: text })),
  created_at: timestamp,
  completed_at: optional(nullable(timestamp)),
  domain_ids: listOf(text),
  holders: optional(listOf(nullable(text))),
};

const swaps: Shape<SwapRecord> = {
  id: prefixed(prefixes.SwapId!),
  type: oneOf(enums.SwapType!),
  domain_id: text,
  replacement_domain: nullable(text),
  status: oneOf(enums.SwapStatus!),
  created_at: timestamp,
  user_id: nullable(text),
  order_id: nullable(text),
  waiting_for_import: flag,
  blockers: optional(object({ blockers: listOf(blocker), swap_ids: listOf(text), raised: flag })),
};

const actions: Shape<ActionRecord> = {
  id: prefixed(prefixes.PendingActionId!),
  type: oneOf(enums.PendingActionType!),
  reason: oneOf(enums.PendingActionReason!),
  status: oneOf(enums.PendingActionStatus!),
  order_id: optional(text),
  domain_id: optional(text),
  domain: optional(text),
  user: optional(nullable(person)),
  message: text,
  created_at: timestamp,
  resolved_at: optional(nullable(timestamp)),
  import_id: optional(text),
  swap_ids: optional(listOf(text)),
};

const tasks: Shape<TaskRecord> = { id: text, at: finite, kind: text, ref: text };

const deliveries: Shape<DeliveryRecord> = {
  id: text,
  event_id: text,
  type: oneOf(enums.WebhookEventType!),
  attempt: count,
  status: oneOf(['pending', 'delivered', 'failed']),
  response_status: nullable(integer),
  error: optional(text),
  next_attempt_ms: nullable(finite),
  created_at: timestamp,
  raw: text,
  replay_of: optional(text),
};

/** Every collection's fields (the key set is every collection name, so none is left unchecked). */
const SHAPES: Record<CollectionName, Record<string, Check>> = {
  keys,
  users,
  bundles,
  orders,
  domains,
  imports,
  importJobs,
  forwardingJobs,
  swaps,
  actions,
  tasks,
  deliveries,
};

/** Whether a state file's collection name is one this version knows. */
export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(SHAPES, name);
}

/** The first field of `record` (a record of `collection`) that is not what the emulator wrote, or undefined. */
export function recordProblem(collection: CollectionName, record: object): FieldProblem | undefined {
  const fields = SHAPES[collection];
  for (const name in fields) {
    const problem = fields[name]!((record as Record<string, unknown>)[name]);
    if (problem) return { ...problem, path: `${name}${problem.path}` };
  }
  return undefined;
}
