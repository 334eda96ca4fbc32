/**
 * Realistic Peeker webhook event envelopes, for the handler checker and the emulator.
 *
 * Envelope (newer docs generation, flat `data`):
 * `{ "id": "evt_<ULID>", "type": "order.in_progress", "created_at": "<ISO>", "data": { "id", "status", … } }`.
 * The catalog below is API-FACTS §11 "Event catalog"; `data` follows the resource shapes of §10.
 *
 * @packageDocumentation
 */
import { ulid } from 'ulid';

/** The resource an event's `data` describes. */
export type WebhookEventResource = 'order' | 'domain' | 'domain_import' | 'forwarding_job' | 'swap';

/** One entry of {@link WEBHOOK_EVENT_TYPES}. */
export interface WebhookEventTypeInfo {
  /** The `type` field of the envelope, e.g. `order.completed`. */
  readonly type: string;
  /** Which resource `data` holds. */
  readonly resource: WebhookEventResource;
  /** The `data.status` the resource has when this event fires. */
  readonly status: string;
  /** When Peeker sends it, in one line. */
  readonly description: string;
}

/** Every documented webhook event type, in catalog order, with the state it reports. */
export const WEBHOOK_EVENT_TYPES = [
  {
    type: 'order.in_progress',
    resource: 'order',
    status: 'in_progress',
    description: 'Order accepted and provisioning started (there is no order.created).',
  },
  {
    type: 'order.completed',
    resource: 'order',
    status: 'completed',
    description: 'Every domain and inbox on the order is live.',
  },
  {
    type: 'order.failed',
    resource: 'order',
    status: 'failed',
    description: 'Provisioning hit an unrecoverable error.',
  },
  {
    type: 'order.action_required',
    resource: 'order',
    status: 'action_required',
    description: 'The order needs partner attention; read the open rows from GET /orders/pending.',
  },
  {
    type: 'order.cancel_scheduled',
    resource: 'order',
    status: 'cancel_scheduled',
    description: 'Cancellation accepted; it finalizes after a grace window.',
  },
  {
    type: 'order.cancelled',
    resource: 'order',
    status: 'cancelled',
    description: 'Cancellation done; the domains are released for reuse.',
  },
  {
    type: 'domain.connected',
    resource: 'domain',
    status: 'active',
    description: 'A domain is fully provisioned with its mail provider.',
  },
  {
    type: 'domain.action_required',
    resource: 'domain',
    status: 'action_required',
    description: 'A domain is blocked on the partner, e.g. nameservers not switched.',
  },
  {
    type: 'domain.forwarding_updated',
    resource: 'forwarding_job',
    status: 'completed',
    description: 'A forwarding change was applied (data is the forwarding job).',
  },
  {
    type: 'domain.forwarding_failed',
    resource: 'forwarding_job',
    status: 'failed',
    description:
      'A forwarding change failed: DNS lookup failure or invalid target (data is the forwarding job).',
  },
  {
    type: 'domain_import.completed',
    resource: 'domain_import',
    status: 'completed',
    description: 'Every domain in an import finished.',
  },
  {
    type: 'domain_import.failed',
    resource: 'domain_import',
    status: 'failed',
    description: 'An import failed before any domain connected.',
  },
  {
    type: 'domain_import.action_required',
    resource: 'domain_import',
    status: 'action_required',
    description: 'The customer has not pointed the nameservers yet.',
  },
  {
    type: 'swap.created',
    resource: 'swap',
    status: 'created',
    description: 'A domain swap was accepted by POST /swaps.',
  },
  {
    type: 'swap.in_progress',
    resource: 'swap',
    status: 'in_progress',
    description: 'Workers picked the swap up.',
  },
  {
    type: 'swap.completed',
    resource: 'swap',
    status: 'completed',
    description: 'The replacement domain is live; the old one is detached (or kept warm for premium).',
  },
  {
    type: 'swap.failed',
    resource: 'swap',
    status: 'failed',
    description: 'The swap hit an unrecoverable error.',
  },
  {
    type: 'swap.action_required',
    resource: 'swap',
    status: 'action_required',
    description: 'The swap is blocked on partner input, e.g. the replacement domain is not imported.',
  },
] as const satisfies readonly WebhookEventTypeInfo[];

/** A documented webhook event type, such as `'order.completed'`. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number]['type'];

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

const ID_PREFIX: Readonly<Record<WebhookEventResource, string>> = {
  order: 'ord',
  domain: 'dom',
  domain_import: 'imp',
  forwarding_job: 'fwj',
  swap: 'swp',
};

/** True if `value` is one of the {@link WEBHOOK_EVENT_TYPES}. */
export function isWebhookEventType(value: string): value is WebhookEventType {
  return WEBHOOK_EVENT_TYPES.some((info) => info.type === value);
}

/** The catalog entry of an event type. */
export function webhookEventTypeInfo(type: WebhookEventType): WebhookEventTypeInfo {
  // The lookup cannot miss: `type` is constrained to the catalog.
  return WEBHOOK_EVENT_TYPES.find((info) => info.type === type)!;
}

/** A fresh kit-generated id: `<prefix>_` + ULID (API-FACTS Decision 5), e.g. `newPeekerId('evt')`. */
export function newPeekerId(prefix: string): string {
  return `${prefix}_${ulid()}`;
}

/**
 * Builds a realistic event envelope of the given type with fresh ids.
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

/** `data` shaped like the resource's API object (API-FACTS §10), in the state the event reports. */
function defaultData(info: WebhookEventTypeInfo, createdAt: string): WebhookEventData {
  const id = newPeekerId(ID_PREFIX[info.resource]);
  const status = info.status;
  switch (info.resource) {
    case 'order':
      return {
        id,
        status,
        user_id: newPeekerId('usr'),
        email: 'client@example.com',
        bundle_id: null,
        domain_count: 2,
        costs: { total_cents: 6800, currency: 'usd' },
        created_at: createdAt,
      };
    case 'domain':
      return {
        id,
        status,
        domain: 'acme-mail.com',
        category: 'connected',
        provider: 'google',
        user_id: newPeekerId('usr'),
        order_id: newPeekerId('ord'),
        usable_for: ['google', 'microsoft'],
        forwarding_url: 'https://acme.com',
        created_at: createdAt,
      };
    case 'forwarding_job': {
      const failed = status === 'failed';
      return {
        id,
        status,
        completed_count: failed ? 0 : 1,
        failed_count: failed ? 1 : 0,
        forwarding_url: 'https://acme.com',
        completed: failed ? [] : ['acme-mail.com'],
        failed: failed ? [{ domain: 'acme-mail.com', reason: 'dns_lookup_failed' }] : [],
        created_at: createdAt,
        completed_at: createdAt,
      };
    }
    case 'domain_import':
      return { id, status, domains: ['team-acme.com'], created_at: createdAt };
    case 'swap':
      return {
        id,
        status,
        type: 'standard',
        domain_id: newPeekerId('dom'),
        replacement_domain: 'acme-fresh.com',
        created_at: createdAt,
      };
  }
}

// The docs' examples carry whole seconds (`2026-05-08T12:00:00Z`), not milliseconds.
function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
