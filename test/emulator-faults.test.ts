import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FAULTS, type FaultName, type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient, type EmulatorResponse } from '../emulator/client';
import { sampleDomains, sampleOrderBody } from '../emulator/fixtures';
import { REQUEST_ID_PATTERN } from '../emulator/ids';
import { verifyWebhook } from '../webhooks/signature';

const SECRET = 'fault-test-secret';
let emulator: RunningEmulator | undefined;
let receiver: Server | undefined;
afterEach(async () => {
  await emulator?.close();
  receiver?.close();
  emulator = undefined;
  receiver = undefined;
});

/** A local webhook endpoint that records each delivery's verification result. */
async function startReceiver(): Promise<{ url: string; results: ReturnType<typeof verifyWebhook>[] }> {
  const results: ReturnType<typeof verifyWebhook>[] = [];
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      results.push(verifyWebhook(Buffer.concat(chunks), req.headers, SECRET));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`, results };
}

async function start(fault: FaultName, extra: Parameters<typeof startEmulator>[0] = {}) {
  emulator = await startEmulator({ port: 0, faults: [fault], ...extra });
  return new EmulatorClient(emulator);
}

/** For each fault: how it shows. Every case would fail against a healthy emulator. */
const BREAKS: Record<FaultName, () => Promise<void>> = {
  async missing_request_id() {
    const client = await start('missing_request_id');
    expect((await client.api('GET', '/me')).requestId).toBeNull();
    expect((await client.api('GET', '/nope')).requestId).toBeNull();
  },
  async duplicate_request_id() {
    const client = await start('duplicate_request_id');
    const [a, b] = [await client.api('GET', '/me'), await client.api('GET', '/me', { key: null })];
    expect(a.requestId).toMatch(REQUEST_ID_PATTERN);
    expect(b.requestId).toBe(a.requestId);
  },
  async wrong_envelope() {
    const client = await start('wrong_envelope');
    const response = await client.api('GET', '/me', { key: null });
    expect(response.status).toBe(401);
    expect(response.body.error).toBeUndefined();
    expect(response.body.code).toBe('unauthorized');
  },
  async wrong_error_status() {
    const client = await start('wrong_error_status');
    const response = await client.api('GET', '/orders?per_page=0');
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('invalid_request');
    expect((await client.api('GET', '/me', { key: null })).status).toBe(401);
  },
  async auth_off() {
    const client = await start('auth_off');
    expect((await client.api('GET', '/me', { key: null })).status).toBe(200);
    expect((await client.api('GET', '/me', { key: 'garbage' })).status).toBe(200);
  },
  async preset_ignored() {
    const client = await start('preset_ignored');
    const key = await client.key('read');
    const response = await client.api('POST', '/bundles', {
      key,
      body: { name: 'x', monthly_sending_volume: 100 },
    });
    expect(response.status).toBe(201);
  },
  async dedupe_off() {
    const client = await start('dedupe_off');
    const body = sampleOrderBody(sampleDomains('fault-dedupe', 2));
    const [a, b] = [
      await client.api('POST', '/orders', { body }),
      await client.api('POST', '/orders', { body }),
    ];
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body.data.id).not.toBe(a.body.data.id);
  },
  async dedupe_window_off() {
    const client = await start('dedupe_window_off');
    const body = sampleOrderBody(sampleDomains('fault-window', 2));
    const first = await client.api('POST', '/orders', { body });
    await client.api('POST', `/orders/${first.body.data.id}/cancel`);
    await client.advance(25 * 3600);
    const late = await client.api('POST', '/orders', { body });
    expect(late.body.data.id).toBe(first.body.data.id);
  },
  async density_ignored_in_dedupe() {
    const client = await start('density_ignored_in_dedupe');
    const body = sampleOrderBody(['density-x.com', 'density-y.com'], { google_licenses: 4 });
    const a = await client.api('POST', '/orders', { body });
    const b = await client.api('POST', '/orders', { body: { ...body, google_inboxes_per_domain: 3 } });
    expect(b.body.data.id).toBe(a.body.data.id);
  },
  async concurrent_dedupe_race() {
    const client = await start('concurrent_dedupe_race');
    const body = sampleOrderBody(sampleDomains('race', 2));
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => client.api('POST', '/orders', { body })),
    );
    expect(new Set(responses.map((r) => r.body.data.id)).size).toBe(4);
    // Sequential replays still dedupe.
    const replay = await client.api('POST', '/orders', { body });
    expect(responses.map((r) => r.body.data.id)).toContain(replay.body.data.id);
  },
  async import_dedupe_off() {
    const client = await start('import_dedupe_off');
    const body = { domains: ['a-import.com', 'b-import.com'] };
    const a = await client.api('POST', '/domains/import/jobs', { body });
    const b = await client.api('POST', '/domains/import/jobs', { body });
    expect(b.body.data.id).not.toBe(a.body.data.id);
  },
  async unsigned_page_token() {
    const client = await start('unsigned_page_token');
    const next = new URL((await client.api('GET', '/domains?per_page=5')).body.links.next);
    const token = next.searchParams.get('page_token')!;
    // Change a character of the MAC that carries data, whatever it was.
    next.searchParams.set(
      'page_token',
      `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`,
    );
    expect((await client.api('GET', next.toString())).status).toBe(200);
  },
  async page_token_ignores_filters() {
    const client = await start('page_token_ignores_filters');
    const next = new URL((await client.api('GET', '/domains?per_page=5')).body.links.next);
    next.searchParams.set('category', 'inventory');
    expect((await client.api('GET', next.toString())).status).toBe(200);
  },
  async totals_in_meta() {
    const client = await start('totals_in_meta');
    expect((await client.api('GET', '/domains')).body.meta.total).toBe(40);
  },
  async page_overlap() {
    const client = await start('page_overlap');
    const first = await client.api('GET', '/domains?per_page=5');
    const second = await client.api('GET', first.body.links.next);
    expect(second.body.data[0].id).toBe(first.body.data[4].id);
  },
  async per_page_ignored() {
    const client = await start('per_page_ignored');
    const page = await client.api('GET', '/domains?per_page=5');
    expect(page.body.data).toHaveLength(25);
  },
  async no_retry_after() {
    const client = await start('no_retry_after', { rateLimitPerMinute: 1 });
    await client.api('GET', '/me');
    const refused = await client.api('GET', '/me');
    expect(refused.status).toBe(429);
    expect(refused.body.error.details).toBeUndefined();
  },
  async rate_limit_off() {
    const client = await start('rate_limit_off', { rateLimitPerMinute: 1 });
    for (let i = 0; i < 5; i++) expect((await client.api('GET', '/me')).status).toBe(200);
  },
  async lifecycle_stuck() {
    const client = await start('lifecycle_stuck');
    const order = (await client.api('POST', '/orders', { body: sampleOrderBody(['stuck-a.com']) })).body.data;
    await client.advance(3600);
    expect((await client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('in_progress');
  },
  async pending_not_listed() {
    const client = await start('pending_not_listed');
    const order = (await client.api('POST', '/orders', { body: sampleOrderBody(['acme-needs-ns.com']) })).body
      .data;
    await client.advance(30);
    expect((await client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('action_required');
    expect((await client.api('GET', '/orders/pending')).body.data).toEqual([]);
  },
  async bad_webhook_signature() {
    const { url, results } = await startReceiver();
    const client = await start('bad_webhook_signature', { webhookUrl: url, webhookSecret: SECRET });
    await client.api('POST', '/orders', { body: sampleOrderBody(['signed-a.com']) });
    await client.advance(0);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => !r.ok && r.reason === 'signature_mismatch')).toBe(true);
  },
  async stale_webhook_timestamp() {
    const { url, results } = await startReceiver();
    const client = await start('stale_webhook_timestamp', { webhookUrl: url, webhookSecret: SECRET });
    await client.api('POST', '/orders', { body: sampleOrderBody(['stale-a.com']) });
    await client.advance(0);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => !r.ok && r.reason === 'stale_timestamp')).toBe(true);
  },
  async internal_error() {
    const client = await start('internal_error');
    const response = await client.api('GET', '/me');
    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      error: { code: 'internal_error', message: 'Unexpected server error (the internal_error fault is on).' },
    });
    expect(response.requestId).toMatch(REQUEST_ID_PATTERN);
    expect((await client.control('GET', '/faults')).status).toBe(200);
  },
};

describe('faults', () => {
  it('has a demonstration for every fault, in catalog order', () => {
    expect(Object.keys(BREAKS)).toEqual(FAULTS.map((fault) => fault.name));
  });

  it.each(FAULTS.map((fault) => [fault.name, fault.breaks] as const))('%s breaks: %s', async (name) => {
    await BREAKS[name]();
  });

  it('page_overlap keeps every walk finite: a one-row page cannot repeat a row and still move on', async () => {
    const client = await start('page_overlap');
    /** Follows links.next from `path`; gives up after 100 pages (a walk that never ends). */
    const walk = async (path: string) => {
      const pages: string[][] = [];
      for (let url: string | null = path; url !== null && pages.length < 100; ) {
        const page: EmulatorResponse = await client.api('GET', url);
        expect(page.status).toBe(200);
        pages.push(page.body.data.map((row: { id: string }) => row.id));
        url = page.body.links.next;
      }
      return pages;
    };
    const single = await walk('/domains?per_page=1');
    const rows = single.flat();
    // Every row once, then links.next is null: the fault breaks only the walk of pages of two or more.
    expect(single.length).toBeLessThan(100);
    expect(new Set(rows).size).toBe(rows.length);
    const seven = await walk('/domains?per_page=7');
    expect(seven.length).toBeLessThan(100);
    expect(new Set(seven.flat())).toEqual(new Set(rows));
    for (let i = 1; i < seven.length; i++) expect(seven[i]![0]).toBe(seven[i - 1]!.at(-1));
    expect(seven.flat()).toHaveLength(rows.length + seven.length - 1);
  });

  it('concurrent_dedupe_race breaks only dedupe: simultaneous different orders still clash on a domain', async () => {
    const client = await start('concurrent_dedupe_race');
    const [a, b] = await Promise.all(
      ['a@example.com', 'b@example.com'].map((user) =>
        client.api('POST', '/orders', { body: sampleOrderBody(['race-clash.com'], { user }) }),
      ),
    );
    expect([a!.status, b!.status].sort()).toEqual([200, 400]);
    const refused = a!.status === 400 ? a! : b!;
    expect(refused.body.error).toMatchObject({ code: 'domain_already_in_active_order', field: 'domains[0]' });
  });

  it('lifecycle_stuck holds only order steps: an advance still runs imports and forwarding at their own times', async () => {
    const client = await start('lifecycle_stuck', { clock: 'frozen' });
    const order = (await client.api('POST', '/orders', { body: sampleOrderBody(['stuck-b.com']) })).body.data;
    await client.advance(10);
    // The order step is due (and held) from here on: it must not make an advance jump to its end.
    await client.advance(25);
    const imported = (
      await client.api('POST', '/domains/import', { body: { domains: ['stuck-import.com'] } })
    ).body.data;
    await client.advance(5);
    const forwarded = (
      await client.api('POST', '/domains/forwarding', {
        body: { domains: ['stuck-b.com'], forwarding_url: 'https://acme.com' },
      })
    ).body.data;
    await client.advance(3600);
    const seconds = (iso: string) => Date.parse(iso) / 1000;
    const job = (await client.api('GET', `/domains/forwarding/${forwarded.id}`)).body.data;
    expect(seconds(job.completed_at) - seconds(forwarded.created_at)).toBe(30);
    const done = (await client.api('GET', `/domains/import/${imported.id}`)).body.data;
    expect(done.status).toBe('completed');
    expect(seconds(done.completed_at) - seconds(imported.created_at)).toBe(30);
    expect((await client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('in_progress');
  });

  it('quotes an empty fault name it rejects at startup', async () => {
    await expect(startEmulator({ port: 0, faults: [''] })).rejects.toThrow(
      'Unknown fault(s): "". Known faults',
    );
  });

  it('rejects an unknown fault at startup', async () => {
    await expect(startEmulator({ port: 0, faults: ['nope'] })).rejects.toThrow(
      `Unknown fault(s): "nope". Known faults (FAULTS, exported with startEmulator): ${FAULTS.map((f) => f.name).join(', ')}.`,
    );
  });
});
