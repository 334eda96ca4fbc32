import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRequest } from '../extension/client/core/http';
import { startWebhookListener, type WebhookListener } from '../extension/client/core/webhook-listener';
import { findOperation } from '../schemas';
import { signWebhook } from '../webhooks/signature';
import { refusingPort } from './helpers/ports';

let server: Server;
let base: string;
const seen: { method?: string; auth?: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      seen.push({ method: req.method, auth: req.headers.authorization, body });
      if (req.url?.endsWith('/moved')) {
        res.writeHead(302, { Location: `${base}/orders` }).end();
        return;
      }
      if (req.url?.endsWith('/huge')) {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Peeker-Request-Id': 'req_H' });
        res.end(`[${'1,'.repeat(50_000)}1]`);
        return;
      }
      res.writeHead(400, { 'Content-Type': 'application/json', 'Peeker-Request-Id': 'req_01TEST' });
      res.end(JSON.stringify({ error: { code: 'order_shape_conflict', message: 'x' } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/partner/v1`;
});
afterAll(
  () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
);

describe('sendRequest', () => {
  const operation = findOperation('POST /orders')!;

  it('sends the bearer key and body once, and reads status, request id and JSON', async () => {
    const outcome = await sendRequest(
      { operation, method: 'POST', url: `${base}/orders`, body: '{"a":1}' },
      { apiKey: 'pk_test_abc' },
    );
    expect(outcome.kind).toBe('response');
    if (outcome.kind !== 'response') return;
    expect(outcome.response.status).toBe(400);
    expect(outcome.response.requestId).toBe('req_01TEST');
    expect(outcome.response.json).toEqual({ error: { code: 'order_shape_conflict', message: 'x' } });
    expect(seen.at(-1)).toEqual({ method: 'POST', auth: 'Bearer pk_test_abc', body: '{"a":1}' });
  });

  it('does not retry a 4xx', async () => {
    const before = seen.length;
    await sendRequest(
      { operation, method: 'POST', url: `${base}/orders`, body: '{}' },
      { apiKey: 'pk_test_abc' },
    );
    expect(seen.length - before).toBe(1);
  });

  it('cuts a huge body instead of holding it all', async () => {
    const outcome = await sendRequest(
      { operation: findOperation('GET /orders')!, method: 'GET', url: `${base}/huge` },
      { apiKey: 'pk_test_abc', maxBodyBytes: 1000 },
    );
    expect(
      outcome.kind === 'response' && [
        outcome.response.truncated,
        outcome.response.bodyText.length,
        outcome.response.json,
      ],
    ).toEqual([true, 1000, undefined]);
  });

  it('shows a redirect as the response instead of following it', async () => {
    const before = seen.length;
    const outcome = await sendRequest(
      { operation: findOperation('GET /orders')!, method: 'GET', url: `${base}/moved` },
      { apiKey: 'pk_test_abc' },
    );
    expect(
      outcome.kind === 'response' && [outcome.response.status, outcome.response.headers.location],
    ).toEqual([302, `${base}/orders`]);
    expect(seen.length - before).toBe(1);
  });

  it('says clearly when nothing listens, without the key', async () => {
    const { port, release } = await refusingPort();
    const outcome = await sendRequest(
      { operation, method: 'POST', url: `http://127.0.0.1:${port}/partner/v1/orders` },
      { apiKey: 'pk_test_SECRET' },
    ).finally(release);
    expect(outcome).toEqual({
      kind: 'network',
      message: `Nothing is listening at 127.0.0.1:${port}. Start the local emulator (Peeker: Use Local Emulator) or fix the peeker.baseUrl setting.`,
      durationMs: expect.any(Number),
    });
  });
});

describe('webhook listener', () => {
  let listener: WebhookListener;
  const secret = 'whsec_test123';
  const deliveries: boolean[] = [];

  beforeAll(async () => {
    listener = await startWebhookListener({ secret, onDelivery: (_d, isNew) => deliveries.push(isNew) });
  });
  afterAll(() => listener.close());

  async function post(body: string, headers: Record<string, string>) {
    const res = await fetch(listener.url, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
    return res.status;
  }

  it('listens on 127.0.0.1 only', () => {
    expect(listener.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhooks$/);
  });

  it('accepts a signed delivery, dedupes its retry and rejects a tampered one', async () => {
    const body = JSON.stringify({
      id: 'evt_1',
      type: 'order.completed',
      data: { id: 'ord_1', status: 'completed' },
    });
    const signed = signWebhook(body, secret, Math.floor(Date.now() / 1000));
    expect(await post(body, { ...signed, 'Peeker-Event-Id': 'evt_1' })).toBe(200);
    expect(await post(body, { ...signed, 'Peeker-Event-Id': 'evt_1' })).toBe(200);
    expect(await post(`${body} `, { ...signed, 'Peeker-Event-Id': 'evt_2' })).toBe(400);
    expect(await post(body, {})).toBe(400);
    expect(deliveries).toEqual([true, false, true, true]);
    const [missing, tampered, good] = listener.deliveries;
    expect(good).toMatchObject({
      eventId: 'evt_1',
      type: 'order.completed',
      dataStatus: 'completed',
      verified: true,
      duplicates: 1,
    });
    expect(tampered).toMatchObject({ eventId: 'evt_2', verified: false });
    expect(missing).toMatchObject({
      verified: false,
      failure: expect.stringContaining('No Peeker-Signature header'),
    });
    expect(listener.deliveries).toHaveLength(3);
  });

  it('dedupes on the signed body id: a replay under another Peeker-Event-Id is rejected, one without it is a duplicate', async () => {
    const own = await startWebhookListener({ secret });
    try {
      const body = JSON.stringify({
        id: 'evt_signed',
        type: 'order.completed',
        data: { id: 'ord_1', status: 'completed' },
      });
      const signed = signWebhook(body, secret, Math.floor(Date.now() / 1000));
      const send = async (headers: Record<string, string>) => {
        const response = await fetch(own.url, {
          method: 'POST',
          body,
          headers: { 'Content-Type': 'application/json', ...signed, ...headers },
        });
        return [response.status, await response.json()];
      };
      expect(await send({ 'Peeker-Event-Id': 'evt_signed' })).toEqual([200, { received: true }]);
      expect(await send({ 'Peeker-Event-Id': 'evt_forged' })).toEqual([400, { error: 'event_id_mismatch' }]);
      expect(await send({})).toEqual([200, { received: true, duplicate: true }]);
      expect(own.deliveries.map((d) => [d.eventId, d.verified, d.duplicates])).toEqual([
        ['evt_forged', false, 0],
        ['evt_signed', true, 1],
      ]);
    } finally {
      await own.close();
    }
  });

  it('forgets an event id once its delivery falls off the list, so a later retry of it is shown again', async () => {
    const added: [string | undefined, boolean][] = [];
    const small = await startWebhookListener({
      secret,
      limit: 3,
      onDelivery: (delivery, isNew) => added.push([delivery.eventId, isNew]),
    });
    try {
      const send = async (id: string) => {
        const body = JSON.stringify({
          id,
          type: 'order.in_progress',
          data: { id: 'ord_1', status: 'in_progress' },
        });
        const response = await fetch(small.url, {
          method: 'POST',
          body,
          headers: {
            'Content-Type': 'application/json',
            'Peeker-Event-Id': id,
            ...signWebhook(body, secret, Math.floor(Date.now() / 1000)),
          },
        });
        return response.json();
      };
      for (const id of ['evt_1', 'evt_2', 'evt_3', 'evt_4'])
        expect(await send(id)).toEqual({ received: true });
      // evt_1 fell off the list: its retry is listed (and acknowledged) as new.
      expect(await send('evt_1')).toEqual({ received: true });
      // evt_4 is still listed: its retry is a duplicate, counted where it shows.
      expect(await send('evt_4')).toEqual({ received: true, duplicate: true });
      expect(small.deliveries.map((d) => [d.eventId, d.duplicates])).toEqual([
        ['evt_1', 0],
        ['evt_4', 1],
        ['evt_3', 0],
      ]);
      expect(added.slice(4)).toEqual([
        ['evt_1', true],
        ['evt_4', false],
      ]);
      // evt_2 fell off in turn: it is forgotten too.
      expect(await send('evt_2')).toEqual({ received: true });
    } finally {
      await small.close();
    }
  });
});
