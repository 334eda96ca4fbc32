/**
 * Realistic Peeker webhook event envelopes, for the handler checker and the emulator.
 *
 * Envelope (newer docs generation, flat `data`):
 * `{ "id": "evt_<ULID>", "type": "order.in_progress", "created_at": "<ISO>", "data": { "id", "status", … } }`.
 * The event types and their descriptions come from the contract (`schemas/openapi.yaml` through
 * `catalog.webhookEvents`); `data` is typed with the contract's resource types, so a builder that
 * drifts from the schemas stops compiling.
 *
 * @packageDocumentation
 */
import {
  catalog,
  type components,
  type Domain,
  type DomainImport,
  type ForwardingJob,
  type Order,
  type OrderDetail,
  type Swap,
  type WebhookEventType,
} from '../schemas';
import { newPeekerId } from './ulid';

export type { WebhookEventType };
export { newPeekerId };

type Schemas = components['schemas'];

/** The resource an event's `data` describes, with the status it has when the event fires. */
export type WebhookEventState =
  | { readonly resource: 'order'; readonly status: Schemas['OrderStatus'] }
  | { readonly resource: 'domain'; readonly status: Schemas['DomainStatus'] }
  | { readonly resource: 'domain_import'; readonly status: Schemas['DomainImportStatus'] }
  | { readonly resource: 'forwarding_job'; readonly status: Schemas['ForwardingJobStatus'] }
  | { readonly resource: 'swap'; readonly status: Schemas['SwapStatus'] };

/** The resource kinds that appear in `data`. */
export type WebhookEventResource = WebhookEventState['resource'];

/** One entry of {@link WEBHOOK_EVENT_TYPES}. */
export type WebhookEventTypeInfo = WebhookEventState & {
  /** The `type` field of the envelope, e.g. `order.completed`. */
  readonly type: WebhookEventType;
  /** When Peeker sends it, in one line (from the contract). */
  readonly description: string;
};

// What each event reports. A Record over the contract's enum: adding an event type to the
// contract without saying what its `data` holds is a compile error here.
const EVENT_STATES: Readonly<Record<WebhookEventType, WebhookEventState>> = {
  'order.in_progress': { resource: 'order', status: 'in_progress' },
  'order.completed': { resource: 'order', status: 'completed' },
  'order.failed': { resource: 'order', status: 'failed' },
  'order.action_required': { resource: 'order', status: 'action_required' },
  'order.cancel_scheduled': { resource: 'order', status: 'cancel_scheduled' },
  'order.cancelled': { resource: 'order', status: 'cancelled' },
  'domain.connected': { resource: 'domain', status: 'active' },
  'domain.action_required': { resource: 'domain', status: 'action_required' },
  // The contract carries the forwarding job in these two, as `GET /domains/forwarding/{id}` does.
  'domain.forwarding_updated': { resource: 'forwarding_job', status: 'completed' },
  'domain.forwarding_failed': { resource: 'forwarding_job', status: 'failed' },
  'domain_import.completed': { resource: 'domain_import', status: 'completed' },
  'domain_import.failed': { resource: 'domain_import', status: 'failed' },
  'domain_import.action_required': { resource: 'domain_import', status: 'action_required' },
  'swap.created': { resource: 'swap', status: 'created' },
  'swap.in_progress': { resource: 'swap', status: 'in_progress' },
  'swap.completed': { resource: 'swap', status: 'completed' },
  'swap.failed': { resource: 'swap', status: 'failed' },
  'swap.action_required': { resource: 'swap', status: 'action_required' },
};

/** Every webhook event type of the contract, in catalog order, with its description and the state it reports. */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventTypeInfo[] = Object.freeze(
  catalog.webhookEvents.map(({ type, description }) =>
    Object.freeze({ type, description, ...EVENT_STATES[type] }),
  ),
);

/** The `data` of an event: the resource's id and status first, then its other fields. */
export interface WebhookEventData {
  /** The resource id: `ord_…`, `dom_…`, `imp_…`, `fwj_…` or `swp_…`. */
  id: string;
  /** The resource's status when the event fired: render from this, not from arrival order. */
  status: string;
  /** Other fields of the resource, as in the API's objects. */
  [field: string]: unknown;
}

/** A webhook delivery body. */
export interface WebhookEvent<T extends WebhookEventType = WebhookEventType> {
  /** `evt_…`, equal to the `Peeker-Event-Id` header and stable across retries. */
  id: string;
  /** One of the {@link WEBHOOK_EVENT_TYPES}; only `data` varies with it. */
  type: T;
  /** ISO 8601 UTC, whole seconds, e.g. `2026-05-08T12:00:00Z`. */
  created_at: string;
  /** The resource the event is about, flat (newer docs generation). */
  data: WebhookEventData;
}

/** Options for {@link buildWebhookEvent}. */
export interface BuildWebhookEventOptions {
  /** Event id. Default: a fresh `evt_<ULID>`. */
  id?: string;
  /** Event time. Default: now. */
  createdAt?: Date;
  /** Fields merged over the generated `data`, e.g. `{ id: orderId }` to describe a known order. */
  data?: Partial<WebhookEventData>;
}

/** True if `value` is one of the {@link WEBHOOK_EVENT_TYPES}. */
export function isWebhookEventType(value: string): value is WebhookEventType {
  return Object.hasOwn(EVENT_STATES, value);
}

/**
 * The catalog entry of an event type.
 *
 * @throws TypeError for a type that is not one of the {@link WEBHOOK_EVENT_TYPES} (from
 * JavaScript, or a cast), naming the known ones.
 */
export function webhookEventTypeInfo(type: WebhookEventType): WebhookEventTypeInfo {
  assertEventType(type, 'webhookEventTypeInfo');
  // `EVENT_STATES` covers the whole enum even if the generated catalog lags behind it.
  return (
    WEBHOOK_EVENT_TYPES.find((info) => info.type === type) ?? { type, description: '', ...EVENT_STATES[type] }
  );
}

function assertEventType(type: unknown, caller: string): asserts type is WebhookEventType {
  if (typeof type === 'string' && isWebhookEventType(type)) return;
  const known = Object.keys(EVENT_STATES).join(', ');
  const given = typeof type === 'string' ? `'${type}'` : String(type);
  throw new TypeError(`${caller}: unknown event type ${given}; expected one of ${known}.`);
}

/**
 * Builds a realistic event envelope of the given type with fresh ids.
 *
 * @throws TypeError for a type that is not one of the {@link WEBHOOK_EVENT_TYPES}, naming the known ones.
 *
 * @example A `domain.connected` that belongs to a known order:
 * ```ts
 * const started = buildWebhookEvent('order.in_progress');
 * const connected = buildWebhookEvent('domain.connected', { data: { order_id: started.data.id } });
 * ```
 */
export function buildWebhookEvent<T extends WebhookEventType>(
  type: T,
  options: BuildWebhookEventOptions = {},
): WebhookEvent<T> {
  assertEventType(type, 'buildWebhookEvent');
  const info = webhookEventTypeInfo(type);
  const createdAt = isoSeconds(options.createdAt ?? new Date());
  const generated = defaultData(info, createdAt);
  return {
    id: options.id ?? newPeekerId('evt'),
    type,
    created_at: createdAt,
    data: {
      ...generated,
      ...options.data,
      id: options.data?.id ?? generated.id,
      status: options.data?.status ?? generated.status,
    },
  };
}

/** `data` shaped like the resource's contract type, in the state the event reports. */
function defaultData(info: WebhookEventTypeInfo, createdAt: string): WebhookEventData {
  switch (info.resource) {
    case 'order': {
      const order: Order = {
        id: newPeekerId('ord'),
        user_id: newPeekerId('usr'),
        email: 'client@example.com',
        bundle_id: null,
        status: info.status,
        domain_count: 2,
        costs: { total_cents: 6800, currency: 'usd' },
        created_at: createdAt,
      };
      if (info.status !== 'completed') return order;
      // order.completed carries the full provisioned order.
      const detail: OrderDetail = {
        ...order,
        domains: { registered: ['acme-mail.com', 'acme-send.com'], imported: [] },
        personas: [{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }],
      };
      return detail;
    }
    case 'domain': {
      const domain: Domain = {
        id: newPeekerId('dom'),
        domain: 'acme-mail.com',
        category: 'connected',
        status: info.status,
        provider: 'google',
        user_id: newPeekerId('usr'),
        order_id: newPeekerId('ord'),
        usable_for: ['google', 'microsoft'],
        forwarding_url: 'https://acme.com',
        created_at: createdAt,
      };
      return domain;
    }
    case 'forwarding_job': {
      const failed = info.status === 'failed';
      const job: ForwardingJob = {
        id: newPeekerId('fwj'),
        status: info.status,
        completed_count: failed ? 0 : 1,
        failed_count: failed ? 1 : 0,
        forwarding_url: 'https://acme.com',
        completed: failed ? [] : ['acme-mail.com'],
        failed: failed ? [{ domain: 'acme-mail.com', reason: 'dns_lookup_failed' }] : [],
        created_at: createdAt,
        completed_at: createdAt,
      };
      return job;
    }
    case 'domain_import': {
      const domainImport: DomainImport = {
        id: newPeekerId('imp'),
        status: info.status,
        domains: [{ domain: 'team-acme.com', status: info.status }],
        nameserver_groups: [
          {
            nameservers: ['helena.ns.cloudflare.com', 'idris.ns.cloudflare.com'],
            domains: ['team-acme.com'],
          },
        ],
        created_at: createdAt,
      };
      return domainImport;
    }
    case 'swap': {
      const swap: Swap = {
        id: newPeekerId('swp'),
        type: 'standard',
        domain_id: newPeekerId('dom'),
        replacement_domain: 'acme-fresh.com',
        status: info.status,
        created_at: createdAt,
      };
      return swap;
    }
  }
}

// The docs' examples carry whole seconds (`2026-05-08T12:00:00Z`), not milliseconds.
function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
