/**
 * A local webhook receiver for the webhook properties: an HTTP server on 127.0.0.1 that keeps every
 * delivery's raw bytes and headers (signatures cover the raw body) and answers 200 at once.
 *
 * @packageDocumentation
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENT_ID_HEADER } from '../webhooks/signature';
import { sleep } from './target';

/** One delivery as it arrived. */
export interface ReceivedDelivery {
  /** The body exactly as received. */
  rawBody: Buffer;
  /** Request headers (Node's lower-cased record). */
  headers: IncomingHttpHeaders;
  /** The parsed body when it is JSON. */
  event: {
    id?: unknown;
    type?: unknown;
    data?: { id?: unknown; status?: unknown } & Record<string, unknown>;
  };
  /** `Peeker-Event-Id`, when sent. */
  eventId: string | undefined;
  /** Wall-clock arrival time, ms since the epoch. */
  receivedAt: number;
}

/** A running receiver. */
export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>/webhooks/peeker`. */
  readonly url: string;
  /** Every delivery so far, in arrival order. */
  readonly deliveries: readonly ReceivedDelivery[];
  /**
   * Resolves with the deliveries matching `predicate` once at least `count` arrived, or with what
   * arrived by `timeoutMs` or by the time the receiver is closed.
   */
  waitFor(
    predicate: (delivery: ReceivedDelivery) => boolean,
    options?: { count?: number; timeoutMs?: number },
  ): Promise<ReceivedDelivery[]>;
  /** Stops the server. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_048_576;

/** Starts a receiver on an ephemeral port of 127.0.0.1. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const deliveries: ReceivedDelivery[] = [];
  let closed = false;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const eventIdHeader = req.headers[EVENT_ID_HEADER.toLowerCase()];
      deliveries.push({
        rawBody,
        headers: req.headers,
        event: parseEvent(rawBody),
        eventId: typeof eventIdHeader === 'string' ? eventIdHeader : undefined,
        receivedAt: Date.now(),
      });
      // Answer first, like a good handler (rule 3): verification happens in the properties.
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}');
    });
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/webhooks/peeker`,
    deliveries,
    async waitFor(predicate, { count = 1, timeoutMs = 2_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const matching = deliveries.filter(predicate);
        // Closed (the suite was interrupted): nothing more can arrive.
        if (matching.length >= count || Date.now() >= deadline || closed) return matching;
        await sleep(10);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        closed = true;
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parseEvent(rawBody: Buffer): ReceivedDelivery['event'] {
  try {
    const parsed: unknown = JSON.parse(rawBody.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as ReceivedDelivery['event']) : {};
  } catch {
    return {};
  }
}
