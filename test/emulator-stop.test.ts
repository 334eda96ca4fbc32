/**
 * Stopping an emulator while it is busy: a request in flight, a webhook delivery in flight, and
 * (under the `concurrent_dedupe_race` fault) a reset landing while an order waits to be placed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import { sampleDomains, sampleOrderBody } from '../emulator/fixtures';

const running: RunningEmulator[] = [];
const servers: Server[] = [];
const directories: string[] = [];
afterEach(async () => {
  for (const emulator of running.splice(0)) await emulator.close();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startEmulator>[0]) {
  const emulator = await startEmulator({ port: 0, rateLimitPerMinute: 0, ...options });
  running.push(emulator);
  return { emulator, client: new EmulatorClient(emulator) };
}

/** A webhook receiver that never answers: the requests it got, and its URL. */
async function silentReceiver(): Promise<{ arrived: IncomingMessage[]; url: string }> {
  const arrived: IncomingMessage[] = [];
  const receiver = createServer((request) => arrived.push(request));
  servers.push(receiver);
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  return { arrived, url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks` };
}

function statePath(): string {
  const directory = mkdtempSync(join(tmpdir(), 'peeker-emulator-stop-'));
  directories.push(directory);
  return join(directory, 'state.json');
}

describe('stopping a busy emulator', () => {
  it('answers a request in flight, closing its connection, instead of waiting out the keep-alive', async () => {
    const { emulator } = await start({ latencyMs: 1500 });
    // fetch keeps its connections alive: the answer arrives after close() began. The request must
    // have reached the server by then (on a loaded machine 50 ms was sometimes too little: the
    // stop closed a connection whose request was not read yet, ECONNRESET).
    const answer = fetch(`${emulator.baseUrl}/me`, {
      headers: { Authorization: `Bearer ${emulator.apiKey}` },
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const closed = emulator.close();
    const response = await answer;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    // Without `Connection: close` this waited about 70 s, far past the test's timeout.
    await closed;
  });

  it('stops within its grace period although a client stalled in the middle of a body', async () => {
    const { emulator } = await start({});
    const { port } = new URL(emulator.url);
    const socket = connect(Number(port), '127.0.0.1');
    try {
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        `POST /partner/v1/orders HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
          `Authorization: Bearer ${emulator.apiKey}\r\nContent-Type: application/json\r\n` +
          'Content-Length: 100\r\n\r\n{"user":"',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      const cut = new Promise((resolve) => socket.once('close', resolve));
      const started = Date.now();
      await emulator.close();
      running.pop();
      await cut;
      // The grace period (2 s), not the keep-alive timeout (72 s) — nor for ever: the rest never comes.
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      socket.destroy();
    }
  });

  it('abandons a webhook delivery in flight; the next run on the same state file sends it', async () => {
    const { arrived, url } = await silentReceiver();
    const path = statePath();
    const first = await start({ statePath: path, webhookUrl: url, webhookSecret: 'whsec_test' });
    await first.client.api('POST', '/orders', { body: sampleOrderBody(['stop-hook.com']) });
    while (arrived.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const aborted = new Promise((resolve) => arrived[0]!.socket.once('close', resolve));
    await first.emulator.close();
    running.pop();
    // Aborted by the stop, not by the 15 s delivery timeout.
    await aborted;

    const second = await start({ statePath: path, webhookUrl: url, webhookSecret: 'whsec_test' });
    await second.client.api('GET', '/me'); // a request runs the due work, the delivery included
    while (arrived.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(arrived[1]!.headers['peeker-event-id']).toBe(arrived[0]!.headers['peeker-event-id']);
  });

  it('answers 500 to a clock advance a stop cut short, naming where the clock stands', async () => {
    const { arrived, url } = await silentReceiver();
    const { emulator, client } = await start({
      clock: 'frozen',
      webhookUrl: url,
      webhookSecret: 'whsec_test',
    });
    await client.api('POST', '/orders', { body: sampleOrderBody(['stop-advance.com']) });
    while (arrived.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const before = Date.parse((await client.control('GET', '/clock')).body.data.now);
    // The advance waits for the delivery in flight, which never gets an answer; the stop cuts it.
    const advance = client.control('POST', '/clock/advance', { seconds: 86_400 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await emulator.close();
    running.pop();
    const answer = await advance;
    const iso = (ms: number) => `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
    expect(answer.status).toBe(500);
    expect(answer.body.error).toEqual({
      code: 'internal_error',
      message: `The emulator stopped before the clock advance to ${iso(before + 86_400_000)} finished: the clock stands at ${iso(before)}. Advance again once the emulator runs.`,
    });
  });

  it('does not record a replay a stop cut short (nor call it a timeout), and says so', async () => {
    const { arrived, url } = await silentReceiver();
    const path = statePath();
    const first = await start({ statePath: path, webhookUrl: url, webhookSecret: 'whsec_test' });
    await first.client.api('POST', '/orders', { body: sampleOrderBody(['stop-replay.com']) });
    while (arrived.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const [original] = (await first.client.control('GET', '/webhooks/deliveries')).body.data;
    // It waits behind the scheduled attempt in flight: the stop comes before it is sent at all.
    const replay = first.client.control('POST', `/webhooks/deliveries/${original.id}/replay`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await first.emulator.close();
    running.pop();
    const answer = await replay;
    expect(answer.status).toBe(500);
    expect(answer.body.error).toEqual({
      code: 'internal_error',
      message: `The emulator stopped before the replay of ${original.id} got an answer: the replay was abandoned and is not recorded. Replay it again once the emulator runs.`,
    });
    expect(arrived).toHaveLength(1);

    // Restarted without a webhook URL: the abandoned delivery waits for one, its attempts unspent.
    const second = await start({ statePath: path });
    await second.client.api('GET', '/me');
    const deliveries = (await second.client.control('GET', '/webhooks/deliveries')).body.data;
    expect(deliveries).toEqual([
      expect.objectContaining({ id: original.id, status: 'pending', attempt: 0, error: null }),
    ]);
  });

  it('places an order whose wait a reset interrupted as if it came after the reset', async () => {
    const path = statePath();
    const first = await start({ statePath: path, faults: ['concurrent_dedupe_race'] });
    const user = 'raced@example.com';
    await first.client.api('POST', '/orders', {
      body: sampleOrderBody(sampleDomains('race-a', 1), { user }),
    });
    const placing = first.client.api('POST', '/orders', {
      body: sampleOrderBody(sampleDomains('race-b', 1), { user }),
    });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await first.client.control('POST', '/reset')).status).toBe(200);
    const order = (await placing).body.data;
    // Its customer was dropped by the reset: the order created it anew.
    expect((await first.client.api('GET', `/users/${order.user_id}`)).body.data.email).toBe(user);
    expect((await first.client.api('GET', '/orders')).body.data.map((o: { id: string }) => o.id)).toEqual([
      order.id,
    ]);
    await first.emulator.close();
    running.pop();

    const second = await start({ statePath: path });
    expect((await second.client.api('GET', `/orders/${order.id}`)).status).toBe(200);
  });
});
