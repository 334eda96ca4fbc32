import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import { Runtime, type RuntimeOptions } from '../emulator/emulator';
import { sampleOrderBody } from '../emulator/fixtures';
import { openStateFile } from '../emulator/persistence';
import { catalog } from '../schemas';
import { OPENAPI_PATH, parseSource } from '../schemas/build-artifacts';
import { spacedJson } from '../webhooks/body-text';
import { EVENT_ID_HEADER, verifyWebhook } from '../webhooks/signature';
import { refusingPort } from './helpers/ports';
import { runtimeOptions, seededRuntime } from './helpers/runtime';
import { useScratchDirectory } from './helpers/scratch';

const SECRET = 'webhook-test-secret';
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
const schemaFor = (type: string) =>
  ajv.getSchema(`https://peeker-devkit.dev/schemas/v1/webhook-${type}.json`) ??
  ajv.compile(
    JSON.parse(
      readFileSync(
        join(__dirname, '..', 'schemas', 'generated', 'json-schema', `webhook-${type}.json`),
        'utf8',
      ),
    ),
  );

const contract = parseSource(readFileSync(OPENAPI_PATH, 'utf8'));

/** The fields a contract schema requires, through its `allOf` references. */
function requiredFields(name: string): string[] {
  const schema = contract.components.schemas[name] as { required?: string[]; allOf?: { $ref: string }[] };
  const inherited = (schema.allOf ?? []).flatMap((part) => requiredFields(part.$ref.split('/').pop()!));
  return [...inherited, ...(schema.required ?? [])];
}

/** The resource the emulator sends whole as an event's `data` (the kit's reading of the event). */
function resourceOf(type: string): string {
  if (type === 'order.completed') return 'OrderDetail';
  if (type.startsWith('order.')) return 'Order';
  if (type.startsWith('domain.forwarding_')) return 'ForwardingJob';
  if (type.startsWith('domain_import.')) return 'DomainImport';
  if (type.startsWith('domain.')) return 'Domain';
  return 'Swap';
}

interface Received {
  headers: Record<string, string | string[] | undefined>;
  raw: Buffer;
  event: { id: string; type: string; created_at: string; data: { id: string; status: string } };
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A local endpoint answering `statuses` in turn (then the last one forever), each `delayMs` after
 * the request; `overlaps` counts requests that arrived while one for the same event was unanswered.
 */
async function receiver(statuses: number[] = [200], { delayMs = 0 } = {}) {
  const received: Received[] = [];
  const unanswered = new Set<string>();
  const state = { overlaps: 0 };
  let calls = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const event = JSON.parse(raw.toString('utf8'));
      received.push({ headers: req.headers, raw, event });
      if (unanswered.has(event.id)) state.overlaps += 1;
      unanswered.add(event.id);
      const status = statuses[Math.min(calls++, statuses.length - 1)]!;
      setTimeout(() => {
        unanswered.delete(event.id);
        res.writeHead(status).end();
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, state };
}

async function start(url: string, extra: Parameters<typeof startEmulator>[0] = {}) {
  const emulator: RunningEmulator = await startEmulator({
    port: 0,
    webhookUrl: url,
    webhookSecret: SECRET,
    ...extra,
  });
  cleanups.push(() => emulator.close());
  return new EmulatorClient(emulator);
}

const scratch = useScratchDirectory('peeker-webhooks-');

describe('webhooks', () => {
  it('signs every delivery and sends the order flow: in_progress, then domain.connected per domain and completed', async () => {
    const { url, received } = await receiver();
    const client = await start(url);
    const order = (
      await client.api('POST', '/orders', { body: sampleOrderBody(['hook-a.com', 'hook-b.com']) })
    ).body.data;
    await client.advance(0);
    expect(received.map((r) => r.event.type)).toEqual(['order.in_progress']);
    await client.advance(30);
    expect(received.map((r) => r.event.type)).toEqual([
      'order.in_progress',
      'domain.connected',
      'domain.connected',
      'order.completed',
    ]);
    for (const { headers, raw, event } of received) {
      const verified = verifyWebhook(raw, headers, SECRET);
      expect(verified).toEqual({ ok: true, eventId: event.id, timestamp: expect.any(Number) });
      expect(headers['content-type']).toBe('application/json');
      expect(event.id).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
      const validate = schemaFor(event.type);
      expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
    }
    // Written as Python's json.dumps writes (", " and ": ", non-ASCII as \uXXXX), never as
    // JSON.stringify does: a handler that verifies re-serialised JSON fails here, as against Peeker.
    for (const { headers, raw, event } of received) {
      const text = raw.toString('utf8');
      expect(text).toBe(spacedJson(event));
      expect(verifyWebhook(JSON.stringify(JSON.parse(text)), headers, SECRET)).toMatchObject({
        ok: false,
        reason: 'signature_mismatch',
      });
    }
    expect(received[0]!.raw.toString('utf8')).toMatch(
      /^\{"id": "evt_[0-9A-Z]{26}", "type": "order\.in_progress", "created_at": "[^"]+", "data": \{"id": "ord_/,
    );
    expect(received[0]!.event.data).toMatchObject({ id: order.id, status: 'in_progress' });
    expect(received[3]!.event.data).toMatchObject({
      id: order.id,
      status: 'completed',
      domains: { registered: ['hook-a.com', 'hook-b.com'] },
    });
    expect(new Set(received.map((r) => r.event.id)).size).toBe(4);
    const deliveries = (await client.control('GET', '/webhooks/deliveries')).body.data;
    expect(deliveries).toHaveLength(4);
    expect(deliveries[0]).toEqual({
      id: expect.stringMatching(/^dlv_/),
      event_id: received[0]!.event.id,
      type: 'order.in_progress',
      attempt: 1,
      status: 'delivered',
      response_status: 200,
      error: null,
      next_attempt_at: null,
      created_at: expect.any(String),
      body: received[0]!.event,
      replay_of: null,
    });
  });

  it.each([
    ['the real clock', {}],
    ['a frozen clock', { clock: 'frozen' as const }],
  ])(
    'sends an event a request raised right away, on %s, with no further request to the emulator',
    async (_clock, options) => {
      const { url, received } = await receiver();
      const client = await start(url, options);
      await client.api('POST', '/orders', { body: sampleOrderBody(['settle-a.com']) });
      // Only the receiver is watched: any request to the emulator would run its due work itself.
      for (let waited = 0; received.length === 0 && waited < 5000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(received.map((r) => r.event.type)).toEqual(['order.in_progress']);
    },
  );

  it('fires every event type of the catalog when its trigger happens, each matching its schema', async () => {
    const { url, received } = await receiver();
    const client = await start(url);
    const post = (path: string, body?: unknown) => client.api('POST', path, { body });
    // Orders: completed, failed, action_required, cancelled; domains: connected, action_required.
    const done = (await post('/orders', sampleOrderBody(['all-a.com']))).body.data;
    await post('/orders', sampleOrderBody(['fail-all.com'], { user: 'f@example.com' }));
    await post('/orders', sampleOrderBody(['all-needs-ns.com'], { user: 'n@example.com' }));
    // Imports: completed, failed, action_required.
    await post('/domains/import', { domains: ['imp-ok.com'] });
    await post('/domains/import', { domains: ['fail-imp.com'] });
    await post('/domains/import', { domains: ['imp-needs-ns.com'] });
    await client.advance(30);
    // Forwarding: updated and failed.
    await post('/domains/forwarding', { domains: ['all-a.com'], forwarding_url: 'https://acme.com' });
    await post('/domains/forwarding', {
      domains: ['all-a.com'],
      forwarding_url: 'https://unreachable.example',
    });
    // Swaps: created, in_progress, completed; failed; action_required.
    const [domain] = (await client.api('GET', `/domains?user_id=${done.user_id}`)).body.data;
    await post('/swaps', { type: 'standard', domain_id: domain.id, replacement_domain: 'all-b.com' });
    await client.advance(40);
    const others = (await client.api('GET', '/domains?category=connected&per_page=100')).body.data;
    const again = others.find((d: { domain: string }) => d.domain === 'all-b.com');
    await post('/swaps', { type: 'standard', domain_id: again.id, replacement_domain: 'fail-swap.com' });
    await client.advance(40);
    await post('/swaps', {
      type: 'standard',
      domain_id: again.id,
      replacement_domain: 'swap-not-imported.com',
    });
    await client.advance(10);
    await post(`/orders/${done.id}/cancel`);
    await client.advance(3600);

    const types = new Set(received.map((r) => r.event.type));
    expect([...types].sort()).toEqual(catalog.webhookEvents.map((e) => e.type).sort());
    for (const { event } of received) {
      const validate = schemaFor(event.type);
      expect(validate(event), `${event.type}: ${JSON.stringify(validate.errors)}`).toBe(true);
      // The contract requires only the documented id and status; the emulator sends the whole resource.
      const missing = requiredFields(resourceOf(event.type)).filter(
        (field) => !Object.hasOwn(event.data, field),
      );
      expect(missing, `${event.type} data lacks fields of ${resourceOf(event.type)}`).toEqual([]);
    }
    const actionRequired = received.find((r) => r.event.type === 'order.action_required')!.event
      .data as unknown as {
      pending_actions: { reason: string }[];
    };
    expect(actionRequired.pending_actions.map((a) => a.reason)).toEqual(['update_nameservers']);
  });

  it('sends order.cancel_scheduled for a partial cancel, with the order status unchanged, and nothing when its domains go', async () => {
    const { url, received } = await receiver();
    const client = await start(url, { clock: 'frozen' });
    const order = (
      await client.api('POST', '/orders', { body: sampleOrderBody(['part-hook-a.com', 'part-hook-b.com']) })
    ).body.data;
    await client.advance(30);
    const before = received.length;
    await client.api('POST', `/orders/${order.id}/cancel`, { body: { domains: ['part-hook-a.com'] } });
    await client.advance(0);
    // Asking again for a domain already scheduled accepts nothing new: no second event.
    await client.api('POST', `/orders/${order.id}/cancel`, { body: { domains: ['part-hook-a.com'] } });
    await client.advance(3600);
    const events = received.slice(before).map((r) => r.event);
    expect(events.map((event) => event.type)).toEqual(['order.cancel_scheduled']);
    expect(events[0]!.data).toMatchObject({
      id: order.id,
      status: 'completed',
      domain_count: 2,
      costs: { total_cents: order.costs.total_cents },
    });
    const validate = schemaFor('order.cancel_scheduled');
    expect(validate(events[0]), JSON.stringify(validate.errors)).toBe(true);
    // A whole-order cancel still sends both events, its data in the order's new status.
    await client.api('POST', `/orders/${order.id}/cancel`);
    await client.advance(3600);
    expect(received.slice(before + 1).map((r) => [r.event.type, r.event.data.status])).toEqual([
      ['order.cancel_scheduled', 'cancel_scheduled'],
      ['order.cancelled', 'cancelled'],
    ]);
    // Both name the time the cancellation finalizes, the one the order keeps.
    const [scheduled, cancelled] = received.slice(before + 1).map((r) => r.event);
    const { cancels_at } = (await client.api('GET', `/orders/${order.id}`)).body.data;
    const cancelsAt = (event: typeof scheduled) => (event!.data as { cancels_at?: string }).cancels_at;
    expect([cancelsAt(scheduled), cancelsAt(cancelled)]).toEqual([cancels_at, cancels_at]);
    const validateCancelled = schemaFor('order.cancelled');
    expect(validateCancelled(cancelled), JSON.stringify(validateCancelled.errors)).toBe(true);
  });

  it('retries non-2xx 5 times on the emulated clock (10 s, 30 s, 90 s, 270 s), then gives up; replay re-sends', async () => {
    const { url, received } = await receiver([500]);
    const client = await start(url);
    await client.api('POST', '/bundles', { body: { name: 'no events', monthly_sending_volume: 100 } });
    await client.api('POST', '/orders', { body: sampleOrderBody(['retry-a.com']) });
    await client.advance(0);
    const delivery = async () => (await client.control('GET', '/webhooks/deliveries')).body.data[0];
    let current = await delivery();
    expect(current).toMatchObject({ attempt: 1, status: 'pending', response_status: 500 });
    const delays: number[] = [];
    for (const wait of [10, 30, 90, 270]) {
      const before = await delivery();
      delays.push(
        Date.parse(before.next_attempt_at) -
          Date.parse((await client.control('GET', '/clock')).body.data.now),
      );
      await client.advance(wait - 1);
      expect((await delivery()).attempt).toBe(before.attempt);
      await client.advance(1);
      current = await delivery();
      expect(current.attempt).toBe(before.attempt + 1);
    }
    expect(delays.map((ms) => Math.round(ms / 1000))).toEqual([10, 30, 90, 270]);
    expect(current).toMatchObject({
      attempt: 5,
      status: 'failed',
      response_status: 500,
      next_attempt_at: null,
    });
    const attempts = received.filter((r) => r.event.type === 'order.in_progress');
    expect(attempts).toHaveLength(5);
    // The same logical event every time: one Peeker-Event-Id across retries.
    expect(new Set(attempts.map((r) => r.headers['peeker-event-id']))).toEqual(new Set([current.event_id]));
    const replayed = await client.control('POST', `/webhooks/deliveries/${current.id}/replay`);
    expect(replayed.body.data).toMatchObject({
      event_id: current.event_id,
      replay_of: current.id,
      attempt: 1,
      status: 'failed',
      response_status: 500,
      next_attempt_at: null,
    });
    expect(replayed.body.data.id).not.toBe(current.id);
    expect(await delivery()).toEqual(current);
  });

  it('replays a delivery as one extra attempt of its own: scheduled retries go on, a delivered one stays delivered', async () => {
    // The first attempt fails, the replay too; the receiver then works.
    const { url, received } = await receiver([500, 500, 200]);
    const client = await start(url, { clock: 'frozen' });
    await client.api('POST', '/orders', { body: sampleOrderBody(['replay-a.com']) });
    await client.advance(0);
    const list = async () => (await client.control('GET', '/webhooks/deliveries')).body.data;
    const [pending] = await list();
    expect(pending).toMatchObject({ attempt: 1, status: 'pending', replay_of: null });

    const failedReplay = (await client.control('POST', `/webhooks/deliveries/${pending.id}/replay`)).body
      .data;
    expect(failedReplay).toMatchObject({ replay_of: pending.id, status: 'failed', response_status: 500 });
    // The original is untouched: still pending, its retry still due 10 s after the first attempt.
    expect((await list())[0]).toEqual(pending);
    await client.advance(10);
    const [retried] = await list();
    expect(retried).toMatchObject({ id: pending.id, attempt: 2, status: 'delivered', response_status: 200 });

    // Replaying the delivered delivery against a handler that broke again leaves it delivered.
    const { url: brokenUrl } = await receiver([503]);
    await client.control('PUT', '/config', { webhook_url: brokenUrl });
    const broken = (await client.control('POST', `/webhooks/deliveries/${pending.id}/replay`)).body.data;
    expect(broken).toMatchObject({ replay_of: pending.id, status: 'failed', response_status: 503 });
    const deliveries = await list();
    expect(deliveries.map((d: { id: string; status: string }) => [d.id, d.status])).toEqual([
      [pending.id, 'delivered'],
      [failedReplay.id, 'failed'],
      [broken.id, 'failed'],
    ]);
    expect(received.map((r) => r.event.id)).toEqual([pending.event_id, pending.event_id, pending.event_id]);
  });

  it('never sends one delivery twice at once: a replay waits for the scheduled attempt in flight', async () => {
    const { url, received, state } = await receiver([500], { delayMs: 300 });
    const client = await start(url, { clock: 'frozen' });
    await client.api('POST', '/orders', { body: sampleOrderBody(['overlap-a.com']) });
    // The first attempt is on its way (sent as the order was answered) when the replay asks.
    const [delivery] = (await client.control('GET', '/webhooks/deliveries')).body.data;
    const replayed = (await client.control('POST', `/webhooks/deliveries/${delivery.id}/replay`)).body.data;
    expect(replayed).toMatchObject({ status: 'failed', response_status: 500 });
    expect(received).toHaveLength(2);
    expect(state.overlaps).toBe(0);
    expect((await client.control('GET', '/webhooks/deliveries')).body.data[0]).toMatchObject({
      id: delivery.id,
      attempt: 1,
      status: 'pending',
    });
  });

  it('forgets a delivery a reset dropped while it was being sent, after a restart too: no retries, nothing listed', async () => {
    const { url, received } = await receiver([500], { delayMs: 300 });
    const options = { port: 0, webhookUrl: url, webhookSecret: SECRET, clock: 'frozen' as const };
    const statePath = join(scratch.dir(), 'reset-in-flight.json');
    const first = await startEmulator({ ...options, statePath });
    const client = new EmulatorClient(first);
    await client.api('POST', '/orders', { body: sampleOrderBody(['reset-flight.com']) });
    // The first attempt is on its way (sent as the order was answered) when the reset comes.
    expect((await client.control('POST', '/reset')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await first.close();
    // The attempt's outcome, saved after the reset, brought the delivery back into the state file.
    const second = await startEmulator({ ...options, statePath });
    cleanups.push(() => second.close());
    const restarted = new EmulatorClient(second);
    expect((await restarted.control('GET', '/webhooks/deliveries')).body.data).toEqual([]);
    await restarted.advance(600);
    expect(received).toHaveLength(1);
  });

  it('does not record a replay whose delivery a reset dropped while it was sent, and says so', async () => {
    const { url, received } = await receiver([200], { delayMs: 300 });
    const client = await start(url, { clock: 'frozen' });
    await client.api('POST', '/orders', { body: sampleOrderBody(['reset-replay.com']) });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [delivery] = (await client.control('GET', '/webhooks/deliveries')).body.data;
    const replaying = client.control('POST', `/webhooks/deliveries/${delivery.id}/replay`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await client.control('POST', '/reset');
    const replayed = await replaying;
    expect(replayed.status).toBe(404);
    expect(replayed.body.error).toMatchObject({
      code: 'not_found',
      field: 'id',
      message: `Delivery ${delivery.id} was dropped by a reset while its replay was being sent: the replay went out, but it is not recorded.`,
    });
    expect(received).toHaveLength(2);
    expect((await client.control('GET', '/webhooks/deliveries')).body.data).toEqual([]);
  });

  it('gives one long advance the same retries as many short ones, each attempt at its due time', async () => {
    type Delivery = { type: string; attempt: number; status: string; next_attempt_at: string | null };
    // Each delivery as [type, attempt, status, seconds from its creation to its next attempt].
    const outcome = (deliveries: (Delivery & { created_at: string })[]) =>
      deliveries.map((d) => [
        d.type,
        d.attempt,
        d.status,
        d.next_attempt_at === null
          ? null
          : Math.round((Date.parse(d.next_attempt_at) - Date.parse(d.created_at)) / 1000),
      ]);
    const outcomes: { early: unknown; late: unknown }[] = [];
    for (const steps of [[100], [0, 10, 30, 60]]) {
      const { url, received } = await receiver([500]);
      const client = await start(url);
      const order = (await client.api('POST', '/orders', { body: sampleOrderBody(['steps-a.com']) })).body
        .data;
      for (const seconds of steps) await client.advance(seconds);
      const early = outcome((await client.control('GET', '/webhooks/deliveries')).body.data);
      expect(received).toHaveLength(9);
      await client.advance(900);
      const late = outcome((await client.control('GET', '/webhooks/deliveries')).body.data);
      expect(received).toHaveLength(15);
      outcomes.push({ early, late });
      // Events raised during an advance carry the emulated time they happened at.
      const completed = received.find((r) => r.event.type === 'order.completed')!.event;
      expect(completed.created_at).toBe(
        new Date(Date.parse(order.created_at) + 30_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      );
    }
    // Attempts at 0, 10 and 40 s (order.in_progress) and at 30, 40 and 70 s (raised at 30 s): the
    // fourth of each is due 90 s after the third.
    expect(outcomes[0]).toEqual({
      early: [
        ['order.in_progress', 3, 'pending', 130],
        ['domain.connected', 3, 'pending', 130],
        ['order.completed', 3, 'pending', 130],
      ],
      late: [
        ['order.in_progress', 5, 'failed', null],
        ['domain.connected', 5, 'failed', null],
        ['order.completed', 5, 'failed', null],
      ],
    });
    expect(outcomes[1]).toEqual(outcomes[0]);
  });

  it('delivers chaos-delayed events raised during an advance within that advance', async () => {
    const { url } = await receiver();
    const client = await start(url, { webhookChaos: true, seed: 11 });
    for (let i = 0; i < 6; i++) {
      await client.api('POST', '/orders', {
        body: sampleOrderBody([`chaos-late-${i}.com`], { user: `l${i}@example.com` }),
      });
    }
    await client.advance(200);
    const deliveries = (await client.control('GET', '/webhooks/deliveries')).body.data;
    const completed = deliveries.filter((d: { type: string }) => d.type === 'order.completed');
    expect(new Set(completed.map((d: { event_id: string }) => d.event_id)).size).toBe(6);
    const undelivered = deliveries.filter((d: { status: string }) => d.status !== 'delivered');
    expect(undelivered.map((d: { type: string; status: string }) => `${d.type} ${d.status}`)).toEqual([]);
  });

  it('treats an unreachable endpoint like a failed attempt, and says why each attempt got no status', async () => {
    const { port, release } = await refusingPort();
    cleanups.push(release);
    const client = await start(`http://127.0.0.1:${port}/unreachable`, { clock: 'frozen' });
    await client.api('POST', '/orders', { body: sampleOrderBody(['down-a.com']) });
    await client.advance(0);
    const list = async () => (await client.control('GET', '/webhooks/deliveries')).body.data;
    const [delivery] = await list();
    expect(delivery).toMatchObject({
      attempt: 1,
      status: 'pending',
      response_status: null,
      error: `connection refused by 127.0.0.1:${port}: is the server running and listening on that port?`,
    });

    // A handler that drops the connection, then one that answers 500: three different failures.
    const dropping = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => dropping.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => dropping.close(resolve)));
    const droppingHost = `127.0.0.1:${(dropping.address() as AddressInfo).port}`;
    await client.control('PUT', '/config', { webhook_url: `http://${droppingHost}/hooks` });
    await client.advance(10);
    expect((await list())[0]).toMatchObject({
      attempt: 2,
      response_status: null,
      error: `${droppingHost} closed the connection without an HTTP response: does the handler crash on this request?`,
    });
    const { url } = await receiver([500]);
    await client.control('PUT', '/config', { webhook_url: url });
    await client.advance(30);
    expect((await list())[0]).toMatchObject({ attempt: 3, response_status: 500, error: null });
  });

  it('keeps pending deliveries waiting, their attempts unspent, while no URL is configured', async () => {
    const { url, received } = await receiver([500, 200]);
    const client = await start(url, { clock: 'frozen' });
    await client.api('POST', '/orders', { body: sampleOrderBody(['wait-for-url.com']) });
    await client.advance(0);
    const list = async () => (await client.control('GET', '/webhooks/deliveries')).body.data;
    expect((await list())[0]).toMatchObject({ attempt: 1, status: 'pending', response_status: 500 });

    // As after a restart without --webhook-url: an hour passes, past every retry of the schedule.
    await client.control('PUT', '/config', { webhook_url: null, webhook_secret: null });
    await client.advance(3600);
    expect((await list())[0]).toMatchObject({
      attempt: 1,
      status: 'pending',
      response_status: 500,
      error: null,
    });
    expect(received).toHaveLength(1);

    await client.control('PUT', '/config', { webhook_url: url, webhook_secret: SECRET });
    await client.advance(0);
    expect((await list())[0]).toMatchObject({ attempt: 2, status: 'delivered', response_status: 200 });
    expect(received).toHaveLength(2);
  });

  it('refuses a webhook URL with a user name or password, without echoing the password', async () => {
    await expect(
      startEmulator({ port: 0, webhookUrl: 'http://admin:hunter2@127.0.0.1:9/hooks', webhookSecret: SECRET }),
    ).rejects.toThrow(
      "webhookUrl 'http://admin:***@127.0.0.1:9/hooks' has a user name or password in it; webhook deliveries carry no credentials (handlers authenticate them by their Peeker-Signature): remove the 'user:password@' part.",
    );
    const { url } = await receiver();
    const client = await start(url);
    for (const webhookUrl of ['http://admin:hunter2@127.0.0.1:9/hooks', 'http://hunter2@localhost:9/']) {
      const response = await client.control('PUT', '/config', { webhook_url: webhookUrl });
      expect(response.status).toBe(400);
      expect(response.body.error).toEqual({
        code: 'invalid_request',
        message:
          "webhook_url must not have a user name or password in it; webhook deliveries carry no credentials (handlers authenticate them by their Peeker-Signature): remove the 'user:password@' part.",
        field: 'webhook_url',
      });
    }
    expect((await client.control('GET', '/config')).body.data.webhook_url).toBe(url);
  });

  it('in chaos mode duplicates, delays and reorders deliveries, the same way for the same seed', async () => {
    const runs: { pattern: string[]; arrival: string[]; emitted: string[] }[] = [];
    for (let run = 0; run < 2; run++) {
      const { url, received } = await receiver();
      const client = await start(url, { webhookChaos: true, seed: 11 });
      for (let i = 0; i < 6; i++) {
        await client.api('POST', '/orders', {
          body: sampleOrderBody([`chaos-${i}.com`], { user: `c${i}@example.com` }),
        });
      }
      const deliveries = (await client.control('GET', '/webhooks/deliveries')).body.data as {
        event_id: string;
        type: string;
        created_at: string;
        next_attempt_at: string | null;
      }[];
      const seen = new Map<string, number>();
      const pattern = deliveries.map((d) => {
        const index = seen.get(d.event_id) ?? seen.size;
        seen.set(d.event_id, index);
        const delay =
          d.next_attempt_at === null ? 0 : Date.parse(d.next_attempt_at) - Date.parse(d.created_at);
        return `${index}:${d.type}:${Math.round(delay / 1000)}`;
      });
      await client.advance(120);
      const order = [...seen.keys()];
      runs.push({
        pattern,
        arrival: received.filter((r) => seen.has(r.event.id)).map((r) => String(order.indexOf(r.event.id))),
        emitted: order.map(String),
      });
    }
    const [first, second] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(first.pattern).toEqual(second.pattern);
    expect(first.pattern.length).toBeGreaterThan(6);
    expect(first.pattern.some((p) => !p.endsWith(':0'))).toBe(true);
    expect(first.arrival).toHaveLength(first.pattern.length);
    expect([...new Set(first.arrival)]).not.toEqual(first.emitted);
  });
});

describe('webhook delivery history', () => {
  it('keeps every pending delivery and the 10 000 newest finished ones through a long backlog, a replay, retries and a restart', async () => {
    // 15 000 events, every fifth answered 500 (it stays pending). `fetch` is stubbed: the test
    // is about what the emulator keeps, not about sockets.
    const EVENTS = 15_000;
    const KEPT = 10_000;
    const calls: { eventId: string; status: number }[] = [];
    let failing = true;
    vi.stubGlobal('fetch', async (_url: string, init: { headers: Record<string, string> }) => {
      const status = failing && calls.length % 5 === 4 ? 500 : 200;
      calls.push({ eventId: init.headers[EVENT_ID_HEADER]!, status });
      return new Response(null, { status });
    });
    cleanups.push(() => vi.unstubAllGlobals());
    const options: Partial<RuntimeOptions> = {
      webhookUrl: 'http://127.0.0.1:9/hooks',
      webhookSecret: SECRET,
      clock: 'frozen',
    };
    const path = join(scratch.dir(), 'delivery-cap.json');
    const rt = seededRuntime(options);
    const file = openStateFile(path, () => {});
    file.attach(rt);
    // Queuing and sending never walk the stored deliveries: trimming them once per queued event
    // made a backlog quadratic (the pending ones were walked each time, looking for finished ones).
    const walks = vi.spyOn(rt.store.deliveries, 'values');
    for (let i = 0; i < EVENTS; i++)
      rt.webhooks.emit('domain_import.completed', { id: `imp_${i}`, status: 'completed' });
    expect(rt.store.deliveries.size).toBe(EVENTS);
    await rt.webhooks.pump();
    expect(walks).not.toHaveBeenCalled();
    walks.mockRestore();
    rt.afterChange();
    // One attempt each, in id order (all were due at once): the listing is every pending delivery
    // and the newest 10 000 delivered ones, oldest first.
    expect(calls).toHaveLength(EVENTS);
    const delivered = calls.filter((call) => call.status === 200);
    const keptDelivered = new Set(delivered.slice(-KEPT).map((call) => call.eventId));
    const listed = () => rt.webhooks.list().map((d) => `${d.event_id} ${d.status}`);
    expect(listed()).toEqual(
      calls
        .filter((call) => call.status === 500 || keptDelivered.has(call.eventId))
        .map((call) => `${call.eventId} ${call.status === 500 ? 'pending' : 'delivered'}`),
    );
    expect(listed().filter((d) => d.endsWith(' delivered'))).toHaveLength(KEPT);

    // A replay is a finished delivery of its own, the newest: the oldest finished one makes room.
    failing = false;
    const before = rt.webhooks.list();
    const oldestFinished = before.find((d) => d.status === 'delivered')!;
    const replay = await rt.webhooks.replay(oldestFinished.id);
    expect(replay).toMatchObject({ status: 'delivered', replay_of: oldestFinished.id });
    expect(rt.webhooks.list().map((d) => d.id)).toEqual([
      ...before.filter((d) => d.id !== oldestFinished.id).map((d) => d.id),
      replay.id,
    ]);

    // The pending ones are retried and delivered: the older ones among them are now the oldest
    // finished deliveries, and go (the cap holds when deliveries finish, not only when one is queued).
    const listing = rt.webhooks.list();
    rt.clock.advanceTo(rt.clock.now() + 10_000);
    await rt.webhooks.pump();
    rt.afterChange();
    const final = rt.webhooks.list();
    expect(final.map((d) => d.id)).toEqual(listing.slice(-KEPT).map((d) => d.id));
    expect(final.every((d) => d.status === 'delivered')).toBe(true);
    file.close();

    // The state file holds what is kept: a restart lists the same deliveries.
    const state = openStateFile(path, () => {});
    const restarted = new Runtime(runtimeOptions(options));
    state.restoreInto(restarted, state.load(1)!);
    state.close();
    expect(restarted.webhooks.list()).toEqual(final);
  });

  it('drops the finished deliveries past the cap when it loads a state file that holds more', () => {
    const rt = seededRuntime({
      webhookUrl: 'http://127.0.0.1:9/hooks',
      webhookSecret: SECRET,
      clock: 'frozen',
    });
    const record = (status: 'pending' | 'delivered' | 'failed') => {
      const id = rt.ids.next('dlv');
      rt.store.deliveries.restore({
        id,
        event_id: `evt_${id}`,
        type: 'domain_import.completed',
        attempt: status === 'pending' ? 0 : 1,
        status,
        response_status: status === 'pending' ? null : status === 'delivered' ? 200 : 500,
        next_attempt_ms: status === 'pending' ? rt.clock.now() : null,
        created_at: new Date(rt.clock.now()).toISOString(),
        raw: '{}',
      });
      return id;
    };
    // As a state file written before the cap held when deliveries finished: 10 003 finished ones.
    const ids = [
      record('pending'),
      record('failed'),
      record('delivered'),
      record('failed'),
      record('pending'),
    ];
    for (let i = 0; i < 10_000; i++) ids.push(record('delivered'));
    rt.webhooks.rebuild();
    // The three oldest finished go; the pending ones stay, however old.
    expect([...rt.store.deliveries.values()].map((d) => d.id)).toEqual([ids[0], ids[4], ...ids.slice(5)]);
  });
});
