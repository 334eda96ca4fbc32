/**
 * Webhook deliveries: events built with `webhooks/events.ts`, written with `spacedJson` (the
 * separators of Python's `json.dumps`), signed with `webhooks/signature.ts`, POSTed to the
 * configured (loopback) URL one attempt at a time, retried on non-2xx or timeout — 5 attempts,
 * backing off 10 s, 30 s, 90 s, 270 s of emulated time. Chaos mode duplicates, delays and reorders
 * deliveries, deterministically from the seed.
 */

import { spacedJson } from '../webhooks/body-text';
import { describeSendFailure } from '../webhooks/endpoint';
import { buildWebhookEvent, type WebhookEventType } from '../webhooks/events';
import { requestTimeout } from '../webhooks/request-timeout';
import { EVENT_ID_HEADER, signWebhook } from '../webhooks/signature';
import { type Clock, isoMillis } from './clock';
import { ApiError, notFound } from './errors';
import type { FaultSet } from './faults';
import type { IdFactory } from './ids';
import { TIMINGS } from './magic';
import { type Random, seededRandom } from './random';
import type { DeliveryRecord, Store } from './state';

/** Attempts per event, including the first (API-FACTS Decision 3). */
export const MAX_ATTEMPTS = TIMINGS.webhookRetrySeconds.length + 1;
/**
 * How many finished (`delivered` or `failed`) deliveries are kept for inspection: past it the
 * oldest finished ones (by id, the listing's order) are dropped. Pending ones are always kept.
 */
const KEEP_DELIVERIES = 10_000;
/** How far back `stale_webhook_timestamp` signs, in seconds (twice the 5-minute tolerance). */
const STALE_SECONDS = 600;

/**
 * What one POST of a delivery got: the response status, or null and why none arrived. `abandoned`:
 * the emulator stopped before it got an answer (or before it left), so there is nothing to record.
 */
interface SendResult {
  status: number | null;
  error?: string;
  abandoned?: true;
}

/** Where and how deliveries go. */
export interface WebhookSettings {
  url: string | null;
  secret: string | null;
  chaos: boolean;
}

/** A delivery as the control API shows it. */
export interface DeliveryView {
  id: string;
  event_id: string;
  type: string;
  attempt: number;
  status: DeliveryRecord['status'];
  response_status: number | null;
  /**
   * Why the last attempt got no HTTP status, in one line: no answer within 15 s, connection
   * refused, connection closed without a response, … Null when it got one (even a non-2xx) and
   * before the first attempt.
   */
  error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  body: unknown;
  /**
   * For a replay (`POST /_emulator/webhooks/deliveries/:id/replay`): the id of the delivery it sent
   * again. Null for a delivery the emulator scheduled itself.
   */
  replay_of: string | null;
}

/** True for `http(s)://` URLs whose host is this machine (the emulator only talks to loopback). */
export function isLoopbackUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    return (
      ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname)
    );
  } catch {
    return false;
  }
}

/** Emits events and drives their deliveries. */
export class WebhookDispatcher {
  readonly settings: WebhookSettings;
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #ids: IdFactory;
  readonly #faults: FaultSet;
  /** Duplicate/delay decisions, drawn once per event: the same flow gets the same chaos. */
  readonly #chaos: Random;
  /** Reordering draws, on their own stream: how deliveries batch up must not shift the decisions above. */
  readonly #shuffle: Random;
  #pumping: Promise<void> | undefined;
  #again = false;
  /** Ids of deliveries still `pending`: scanned on every tick, so kept apart from finished ones. */
  readonly #pendingIds = new Set<string>();
  /**
   * Ids of the stored finished deliveries from {@link #finishedFrom} on, ascending (oldest first),
   * at most {@link KEEP_DELIVERIES}: the cap drops from the front, without walking the pending
   * ones. The ids before `#finishedFrom` were dropped; they are cut off in one go now and then.
   */
  #finishedIds: string[] = [];
  #finishedFrom = 0;
  /**
   * The send in flight per delivery id: a replay and the pump's scheduled attempt of one delivery
   * take turns, so the receiver never gets the same delivery twice at once.
   */
  readonly #sending = new Map<string, Promise<void>>();
  /** Aborted by {@link stop}: a delivery in flight must not keep a stopped emulator's process alive. */
  readonly #stopped = new AbortController();

  constructor(
    store: Store,
    clock: Clock,
    ids: IdFactory,
    faults: FaultSet,
    chaos: Random,
    settings: WebhookSettings,
  ) {
    this.#store = store;
    this.#clock = clock;
    this.#ids = ids;
    this.#faults = faults;
    this.#chaos = chaos;
    this.#shuffle = seededRandom(Math.floor(chaos() * 2 ** 32), 5);
    this.settings = settings;
  }

  /** Records an event and queues its delivery (nothing is recorded while no URL is configured). */
  emit(type: WebhookEventType, data: object): void {
    if (!this.settings.url || !this.settings.secret) return;
    const now = this.#clock.now();
    const event = buildWebhookEvent(type, {
      id: this.#ids.next('evt'),
      createdAt: new Date(now),
      data: data as Record<string, unknown> & { id: string; status: string },
    });
    // Spaced like Python's json.dumps, never JSON.stringify's compact form: a handler that
    // verifies re-serialised JSON instead of the raw bytes fails here, as it would against Peeker.
    const raw = spacedJson(event);
    this.#queue(event.id, type, raw, now + this.#chaosDelayMs());
    // Chaos: the same event a second time, as retries on a flaky network do.
    if (this.settings.chaos && this.#chaos() < 0.3)
      this.#queue(event.id, type, raw, now + this.#chaosDelayMs(true));
  }

  /**
   * Emulated ms of the next pending attempt, or undefined — also while no URL and secret are
   * configured: pending deliveries then wait, rather than spend their attempts on "not sent".
   */
  nextAt(): number | undefined {
    if (!this.#canSend()) return undefined;
    let next: number | undefined;
    for (const delivery of this.#pending()) {
      if (next === undefined || delivery.next_attempt_ms! < next) next = delivery.next_attempt_ms!;
    }
    return next;
  }

  /**
   * Sends every due attempt, one after another, until none is due. Concurrent calls share the
   * running pass (and make it look again when it ends).
   */
  pump(): Promise<void> {
    if (this.#pumping) {
      this.#again = true;
      return this.#pumping;
    }
    const run = async () => {
      do {
        this.#again = false;
        const now = this.#clock.now();
        const due = [...this.#pending()].filter((d) => d.next_attempt_ms! <= now);
        due.sort((a, b) => a.next_attempt_ms! - b.next_attempt_ms! || (a.id < b.id ? -1 : 1));
        if (this.settings.chaos) shuffle(due, this.#shuffle);
        for (const delivery of due) {
          if (this.#stopped.signal.aborted) break;
          await this.#exclusive(delivery.id, () => this.#attempt(delivery));
        }
        if (due.length > 0) this.#again = true;
        // Stopped: an aborted attempt leaves its delivery due, and would be picked again at once.
      } while (this.#again && !this.#stopped.signal.aborted && this.#hasDue());
    };
    // `finally` runs after the assignment even when `run` finishes synchronously (nothing due).
    this.#pumping = run().finally(() => {
      this.#pumping = undefined;
    });
    return this.#pumping;
  }

  /**
   * Sends a delivery again now, e.g. after fixing a handler: one extra attempt, recorded as a
   * delivery of its own (`replay_of` names the original, no retries). The original is left as it
   * was — its scheduled retries go on, and a delivered one stays delivered. Waits for a scheduled
   * attempt of the same delivery that is in flight, rather than sending alongside it. Rejects
   * with `not_found` when there is no such delivery, or when a reset dropped it while the replay
   * was sent (the replay went out, but is not recorded); with `internal_error` when the emulator
   * stopped before the replay got an answer (abandoned, not recorded).
   */
  async replay(id: string): Promise<DeliveryView> {
    const original = this.#store.deliveries.get(id);
    if (!original) throw notFound(`No delivery ${id}.`, 'id');
    const createdAt = isoMillis(this.#clock.now());
    const { status, error, abandoned } = await this.#exclusive(original.id, () => this.#send(original));
    // Cut short by a stop: no answer to record, and unlike a scheduled attempt nothing sends it
    // again, so the caller hears it was abandoned (recording a failure would blame the handler).
    if (abandoned) {
      throw new ApiError(
        'internal_error',
        `The emulator stopped before the replay of ${id} got an answer: the replay was abandoned and is not recorded. Replay it again once the emulator runs.`,
      );
    }
    // A reset while it was sent dropped the original: its replay goes with it (not recorded).
    if (!this.#isStored(original)) {
      throw notFound(
        `Delivery ${id} was dropped by a reset while its replay was being sent: the replay went out, but it is not recorded.`,
        'id',
      );
    }
    const replay: DeliveryRecord = {
      id: this.#ids.next('dlv'),
      event_id: original.event_id,
      type: original.type,
      attempt: 1,
      status: isSuccess(status) ? 'delivered' : 'failed',
      response_status: status,
      ...(error === undefined ? {} : { error }),
      next_attempt_ms: null,
      created_at: createdAt,
      raw: original.raw,
      replay_of: original.id,
    };
    this.#store.deliveries.insert(replay);
    this.#finished(replay.id);
    return this.view(replay);
  }

  /** Every delivery, oldest first. */
  list(): DeliveryView[] {
    return [...this.#store.deliveries.values()].map((delivery) => this.view(delivery));
  }

  /** The control-API view of a delivery. */
  view(delivery: DeliveryRecord): DeliveryView {
    return {
      id: delivery.id,
      event_id: delivery.event_id,
      type: delivery.type,
      attempt: delivery.attempt,
      status: delivery.status,
      response_status: delivery.response_status,
      error: delivery.error ?? null,
      next_attempt_at: delivery.next_attempt_ms === null ? null : isoMillis(delivery.next_attempt_ms),
      created_at: delivery.created_at,
      body: JSON.parse(delivery.raw),
      replay_of: delivery.replay_of ?? null,
    };
  }

  #queue(eventId: string, type: string, raw: string, at: number): void {
    const id = this.#ids.next('dlv');
    this.#pendingIds.add(id);
    this.#store.deliveries.insert({
      id,
      event_id: eventId,
      type,
      attempt: 0,
      status: 'pending',
      response_status: null,
      next_attempt_ms: at,
      created_at: isoMillis(this.#clock.now()),
      raw,
    });
  }

  #chaosDelayMs(always = false): number {
    if (!this.settings.chaos) return 0;
    if (!always && this.#chaos() >= 0.35) return 0;
    return Math.floor(1 + this.#chaos() * 60) * 1000;
  }

  *#pending(): Generator<DeliveryRecord> {
    for (const id of this.#pendingIds) {
      const delivery = this.#store.deliveries.get(id);
      if (delivery?.status === 'pending') yield delivery;
      else this.#pendingIds.delete(id);
    }
  }

  /**
   * Aborts the deliveries in flight (the emulator is stopping): each stays pending as it was, to
   * be sent after a restart with the same state file.
   */
  stop(): void {
    this.#stopped.abort();
  }

  /**
   * Re-reads which deliveries are pending and which finished (after a restore or reset), and drops
   * finished ones past the cap (a state file written before the cap held when deliveries finished).
   */
  rebuild(): void {
    this.#pendingIds.clear();
    this.#finishedIds = [];
    this.#finishedFrom = 0;
    for (const delivery of this.#store.deliveries.values()) {
      if (delivery.status === 'pending') this.#pendingIds.add(delivery.id);
      else this.#finishedIds.push(delivery.id);
    }
    this.#trim();
  }

  /** Whether deliveries can go out: a URL and a secret are configured. */
  #canSend(): boolean {
    return Boolean(this.settings.url && this.settings.secret);
  }

  #hasDue(): boolean {
    if (!this.#canSend()) return false;
    const now = this.#clock.now();
    for (const delivery of this.#pending()) if (delivery.next_attempt_ms! <= now) return true;
    return false;
  }

  /** Whether `delivery` is still the stored record of its id (a reset drops every delivery). */
  #isStored(delivery: DeliveryRecord): boolean {
    return this.#store.deliveries.get(delivery.id) === delivery;
  }

  /** Runs `task` once every earlier task for the same delivery id has finished. */
  #exclusive<T>(id: string, task: () => Promise<T>): Promise<T> {
    const run = (this.#sending.get(id) ?? Promise.resolve()).then(task);
    // The chain must go on after a failed task; the caller still sees the failure through `run`.
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#sending.set(id, settled);
    void settled.then(() => {
      if (this.#sending.get(id) === settled) this.#sending.delete(id);
    });
    return run;
  }

  /** One scheduled attempt: delivered on a 2xx, else retried on the schedule, then `failed`. */
  async #attempt(delivery: DeliveryRecord): Promise<void> {
    // Dropped by a reset while it waited for a replay of it, or already settled.
    if (delivery.status !== 'pending' || !this.#isStored(delivery)) return;
    // The URL was removed while it waited: it waits for one, its attempts unspent.
    if (!this.#canSend()) return;
    const { status, error } = await this.#send(delivery);
    // Cut short by a stop: it stays pending as it was, and is sent again after a restart.
    if (this.#stopped.signal.aborted) return;
    // Dropped by a reset while it was sent: saving it now would bring it back (and persist it).
    if (!this.#isStored(delivery)) return;
    delivery.attempt += 1;
    delivery.response_status = status;
    if (error === undefined) delete delivery.error;
    else delivery.error = error;
    if (isSuccess(status)) {
      delivery.status = 'delivered';
      delivery.next_attempt_ms = null;
    } else if (delivery.attempt < MAX_ATTEMPTS) {
      delivery.status = 'pending';
      this.#pendingIds.add(delivery.id);
      delivery.next_attempt_ms =
        this.#clock.now() + TIMINGS.webhookRetrySeconds[delivery.attempt - 1]! * 1000;
    } else {
      delivery.status = 'failed';
      delivery.next_attempt_ms = null;
    }
    this.#store.deliveries.save(delivery);
    if (delivery.status !== 'pending') this.#finished(delivery.id);
  }

  /** POSTs a delivery, signed now: the response status, or null and why none arrived. */
  async #send(delivery: DeliveryRecord): Promise<SendResult> {
    const { url, secret } = this.settings;
    if (!url || !secret) return { status: null, error: 'not sent: no webhook URL and secret are configured' };
    // Stopped while it waited its turn: it never leaves (fetch would reject it at once).
    if (this.#stopped.signal.aborted) return { status: null, abandoned: true };
    const realSeconds = Math.floor(Date.now() / 1000);
    const timestamp = this.#faults.has('stale_webhook_timestamp') ? realSeconds - STALE_SECONDS : realSeconds;
    // A wrong key gives a well-formed signature that does not verify.
    const key = this.#faults.has('bad_webhook_signature') ? `${secret}-wrong` : secret;
    const timeout = requestTimeout(TIMINGS.webhookTimeoutMs, this.#stopped.signal);
    try {
      const response = await fetch(url, {
        method: 'POST',
        body: delivery.raw,
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'peeker-devkit-emulator',
          [EVENT_ID_HEADER]: delivery.event_id,
          ...signWebhook(delivery.raw, key, timestamp),
        },
        redirect: 'manual',
        signal: timeout.signal,
      });
      await response.body?.cancel();
      return { status: response.status };
    } catch (error) {
      const failure = describeSendFailure(error, url, TIMINGS.webhookTimeoutMs);
      // The only abort besides the timeout is stop()'s.
      if (failure.kind === 'aborted') return { status: null, abandoned: true };
      return { status: null, error: failure.message };
    } finally {
      timeout.clear();
    }
  }

  /** Counts a stored delivery that just finished, then holds the cap. */
  #finished(id: string): void {
    const ids = this.#finishedIds;
    // Deliveries mostly finish in the order they were made (an append); a retried one is older.
    if (ids.length === this.#finishedFrom || ids[ids.length - 1]! < id) ids.push(id);
    else {
      // Among the kept ids only: the dropped ones before them need not stay in order.
      let lo = this.#finishedFrom;
      let hi = ids.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ids[mid]! < id) lo = mid + 1;
        else hi = mid;
      }
      // Older than every kept one (a retried delivery, typically): into a dropped one's slot.
      if (lo === this.#finishedFrom && lo > 0) ids[--this.#finishedFrom] = id;
      else ids.splice(lo, 0, id);
    }
    this.#trim();
  }

  /**
   * Drops the oldest finished deliveries past {@link KEEP_DELIVERIES}. Amortized constant time:
   * the dropped ids are cut off the array once as many have gone as are kept.
   */
  #trim(): void {
    const ids = this.#finishedIds;
    while (ids.length - this.#finishedFrom > KEEP_DELIVERIES) {
      this.#store.deliveries.remove(ids[this.#finishedFrom++]!);
    }
    if (this.#finishedFrom >= KEEP_DELIVERIES) {
      this.#finishedIds = ids.slice(this.#finishedFrom);
      this.#finishedFrom = 0;
    }
  }
}

function isSuccess(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}

function shuffle<T>(items: T[], random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
