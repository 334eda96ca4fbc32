/**
 * A local webhook receiver for development (seed §7): listens on 127.0.0.1 only, verifies every
 * delivery with the kit's `verifyWebhook`, answers fast, and dedupes on the event id it returns
 * (the signed body's `id`, which `Peeker-Event-Id` must equal).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENT_ID_HEADER, verifyWebhook } from '../../../webhooks/signature';

/** One delivery as the Webhooks view lists it. */
export interface ReceivedWebhook {
  /**
   * The event id: for a verified delivery the one `verifyWebhook` returns (the signed body's `id`);
   * for a rejected one the `Peeker-Event-Id` header as sent, unverified. `undefined` when there is none.
   */
  eventId?: string;
  /** The event's `type`, when the body was readable. */
  type?: string;
  /** The event's `data.status`, when present. */
  dataStatus?: unknown;
  receivedAt: string;
  verified: boolean;
  /** Why verification failed (safe to show: never contains the secret). */
  failure?: string;
  /** How many more times the same event id arrived after this one. */
  duplicates: number;
  /** The raw body, for the detail view. */
  body: string;
}

/** Options for {@link startWebhookListener}. */
export interface WebhookListenerOptions {
  /** The webhook secret deliveries are signed with. */
  secret: string;
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Called after each delivery is handled (new, duplicate or rejected). */
  onDelivery?: (delivery: ReceivedWebhook, isNew: boolean) => void;
  /**
   * Keep at most this many deliveries (default 200). Event ids are remembered for dedupe only while
   * their delivery is kept: a retry of an event that fell off the list is listed again as new.
   */
  limit?: number;
  /** Clock for verification, Unix seconds (tests). */
  now?: () => number;
}

/** A running listener. */
export interface WebhookListener {
  /** The URL to give the sender, e.g. `http://127.0.0.1:53187/webhooks`. */
  url: string;
  /** Deliveries, newest first. */
  readonly deliveries: readonly ReceivedWebhook[];
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** Starts the listener on 127.0.0.1. */
export async function startWebhookListener(options: WebhookListenerOptions): Promise<WebhookListener> {
  const limit = options.limit ?? 200;
  let deliveries: ReceivedWebhook[] = [];
  // Only events still listed: the map shrinks with the list, and a retry of an event that fell off
  // the list is shown again rather than counted on an entry nobody can see.
  const byEventId = new Map<string, ReceivedWebhook>();

  const handle = (req: IncomingMessage, res: ServerResponse, raw: Buffer) => {
    const body = raw.toString('utf8');
    const verifyOptions = options.now ? { now: options.now } : {};
    const result = verifyWebhook(raw, req.headers, options.secret, verifyOptions);
    const headerId = req.headers[EVENT_ID_HEADER.toLowerCase()];
    // Dedupe on the id verifyWebhook vouches for: the header alone is not signed, and a replay under a
    // new one would otherwise be listed (and processed) as a new event.
    const eventId = result.ok
      ? result.eventId
      : typeof headerId === 'string' && headerId !== ''
        ? headerId
        : undefined;
    if (result.ok && eventId !== undefined) {
      const seen = byEventId.get(eventId);
      if (seen) {
        // Idempotent: the same event again is acknowledged but not processed twice.
        seen.duplicates += 1;
        reply(res, 200, { received: true, duplicate: true });
        options.onDelivery?.(seen, false);
        return;
      }
    }
    const delivery: ReceivedWebhook = {
      receivedAt: new Date().toISOString(),
      verified: result.ok,
      duplicates: 0,
      body,
    };
    if (eventId !== undefined) delivery.eventId = eventId;
    if (!result.ok) delivery.failure = result.message;
    try {
      const event = JSON.parse(body) as { type?: unknown; data?: { status?: unknown } };
      if (typeof event.type === 'string') delivery.type = event.type;
      if (event.data && typeof event.data === 'object' && 'status' in event.data)
        delivery.dataStatus = event.data.status;
    } catch {
      if (result.ok) delivery.failure = 'Signed, but the body is not JSON.';
    }
    deliveries = [delivery, ...deliveries];
    if (result.ok && eventId !== undefined) byEventId.set(eventId, delivery);
    for (const dropped of deliveries.splice(limit)) {
      if (dropped.eventId !== undefined && byEventId.get(dropped.eventId) === dropped) {
        byEventId.delete(dropped.eventId);
      }
    }
    reply(res, result.ok ? 200 : 400, result.ok ? { received: true } : { error: result.reason });
    options.onDelivery?.(delivery, true);
  };

  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST') {
      reply(res, 405, { error: 'POST webhook deliveries here.' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) reply(res, 413, { error: 'Delivery larger than 1 MB.' });
      else handle(req, res, Buffer.concat(chunks));
    });
    req.on('error', () => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    get deliveries() {
      return deliveries;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}
