import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../contract-tests/control';
import {
  assertNotLiveKey,
  diagnoseNetworkError,
  type Exchange,
  isLiveKey,
  LiveKeyRefusedError,
  MAX_RESPONSE_BYTES,
  OffOriginLinkError,
  Pacer,
  RequestAbortedError,
  ResponseTooLargeError,
  TargetClient,
  TargetUnreachableError,
} from '../contract-tests/target';
import { requestTimeout } from '../webhooks/request-timeout';
import { underGc } from './helpers/gc';
import { refusingPort } from './helpers/ports';

const KEY = 'pk_test_FakeTargetKey0000000000000000';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
const servers: Server[] = [];

async function serve(handler: Handler): Promise<string> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => handler(req, res, body));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('TargetClient', () => {
  let origin: string;
  let calls429 = 0;
  beforeAll(async () => {
    origin = await serve((req, res, body) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/partner/v1/limited') {
        calls429++;
        if (calls429 === 1) {
          res.writeHead(429, {
            'Content-Type': 'application/json',
            'Peeker-Request-Id': 'req_01HZX0E5K7N9P2Q4R6S8T0U1V3',
          });
          res.end(
            JSON.stringify({
              error: { code: 'rate_limited', message: 'slow down', details: { retry_after_seconds: 0 } },
            }),
          );
          return;
        }
      }
      if (url.pathname === '/partner/v1/echo') {
        // A server quoting the credential it got: whole in headers, only the part after the prefix in its body.
        const auth = req.headers.authorization ?? '';
        res.writeHead(400, {
          'Content-Type': 'application/json',
          'Peeker-Request-Id': `req_${auth}`,
          'X-Echo-Auth': auth,
        });
        res.end(
          JSON.stringify({
            error: {
              code: 'invalid_request',
              message: `key id ${auth.replace('Bearer pk_test_', '')} is wrong`,
            },
          }),
        );
        return;
      }
      if (url.pathname === '/partner/v1/html') {
        res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>hi</html>');
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Peeker-Request-Id': 'req_01HZX0E5K7N9P2Q4R6S8T0U1V4',
      });
      res.end(
        JSON.stringify({
          data: { method: req.method, query: url.search, auth: req.headers.authorization ?? null, body },
        }),
      );
    });
  });

  it('records each exchange with its request id, redacting the key wherever it appears', async () => {
    const log: Exchange[] = [];
    const client = new TargetClient({ baseUrl: `${origin}/partner/v1/`, apiKey: KEY }).scoped((e) =>
      log.push(e),
    );
    const exchange = await client.post('/orders', { note: KEY });
    expect(log).toEqual([exchange]);
    expect(exchange).toMatchObject({
      method: 'POST',
      url: `${origin}/partner/v1/orders`,
      authorization: 'Bearer [redacted]',
      status: 200,
      requestId: 'req_01HZX0E5K7N9P2Q4R6S8T0U1V4',
    });
    // The server echoed the key: the recorded texts hide it, the parsed body is left for properties.
    expect(exchange.requestBody).toBe('{"note":"[redacted]"}');
    expect(exchange.responseBody).not.toContain(KEY);
    expect(exchange.responseBody).toContain('"auth":"Bearer [redacted]"');
  });

  it('hides the key in response headers and the part after its prefix wherever the server quotes them', async () => {
    const client = new TargetClient({ baseUrl: `${origin}/partner/v1`, apiKey: KEY });
    const exchange = await client.get('/echo');
    expect(exchange.responseHeaders['x-echo-auth']).toBe('Bearer [redacted]');
    expect(exchange.requestId).toBe('req_Bearer [redacted]');
    expect(exchange.responseHeaders['peeker-request-id']).toBe('req_Bearer [redacted]');
    expect(exchange.responseBody).toBe(
      '{"error":{"code":"invalid_request","message":"key id [redacted] is wrong"}}',
    );
    expect(client.redact(`id ${KEY.slice('pk_test_'.length)}.`)).toBe('id [redacted].');
    // A short part after the prefix is left alone: it could be any word or number.
    const short = new TargetClient({ baseUrl: `${origin}/partner/v1`, apiKey: 'pk_test_abc123' });
    expect(short.redact('abc123 pk_test_abc123')).toBe('abc123 [redacted]');
  });

  it('keeps the scheme and hides the credential of any Authorization it was told to send', async () => {
    const client = new TargetClient({ baseUrl: `${origin}/partner/v1`, apiKey: KEY });
    const basic = await client.get('/me', undefined, {
      header: `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`,
    });
    expect(basic.authorization).toBe('Basic [redacted]');
    const bare = await client.get('/me', undefined, { header: KEY });
    expect(bare.authorization).toBe('[redacted]');
    const other = await client.get('/me', undefined, { key: 'pk_test_abcdef123456' });
    expect(other.authorization).toBe('Bearer pk_test_…');
    const none = await client.get('/me', undefined, 'none');
    expect(none.authorization).toBeUndefined();
  });

  it('adds query parameters, leaving out undefined ones', async () => {
    const client = new TargetClient({ baseUrl: `${origin}/partner/v1`, apiKey: KEY });
    const exchange = await client.get('/orders?status=open', { per_page: 5, page_token: undefined });
    expect((exchange.json as { data: { query: string } }).data.query).toBe('?status=open&per_page=5');
  });

  it('waits out a 429 with retry_after_seconds and retries, unless told to show it', async () => {
    calls429 = 0;
    const client = new TargetClient({ baseUrl: `${origin}/partner/v1`, apiKey: KEY });
    const retried = await client.get('/limited');
    expect(retried.status).toBe(200);
    expect(client.counters).toMatchObject({ requests: 2, rateLimitWaits: 1 });
    calls429 = 0;
    const shown = await client.request({ method: 'GET', path: '/limited', obeyRateLimit: false });
    expect(shown.status).toBe(429);
  });

  it('keeps non-JSON bodies as text with json undefined', async () => {
    const client = new TargetClient({ baseUrl: `${origin}/partner/v1`, apiKey: KEY });
    const exchange = await client.get('/html');
    expect(exchange.json).toBeUndefined();
    expect(exchange.responseBody).toBe('<html>hi</html>');
  });

  it('follows same-origin links and refuses to send the key anywhere else', async () => {
    const client = new TargetClient({ baseUrl: `${origin}/partner/v1`, apiKey: KEY });
    expect((await client.get(`${origin}/partner/v1/orders?page_token=abc`)).status).toBe(200);
    await expect(client.get('https://api.peeker.ai/partner/v1/orders')).rejects.toThrow(OffOriginLinkError);
    expect(client.counters.requests).toBe(1);
  });

  it('remembers created orders and bundles for clean-up', async () => {
    const created = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"data":{"id":"ord_01ABC"}}');
    });
    const client = new TargetClient({ baseUrl: `${created}/partner/v1`, apiKey: KEY });
    await client.post('/orders', {});
    await client.get('/orders');
    expect([...client.counters.createdOrders]).toEqual(['ord_01ABC']);
  });
});

describe('TargetClient interrupted through its signal', () => {
  /** A target that answers every request 429 with a one-minute retry_after_seconds; `sent` counts them. */
  async function slowingDown(): Promise<{ baseUrl: string; sent: number[] }> {
    const sent: number[] = [];
    const origin = await serve((_req, res) => {
      sent.push(Date.now());
      res.writeHead(429, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          error: { code: 'rate_limited', message: 'slow down', details: { retry_after_seconds: 60 } },
        }),
      );
    });
    return { baseUrl: `${origin}/partner/v1`, sent };
  }

  it('stops waiting out a 429 at once and sends nothing more', async () => {
    const { baseUrl, sent } = await slowingDown();
    const interrupt = new AbortController();
    const client = new TargetClient({ baseUrl, apiKey: KEY, signal: interrupt.signal });
    const pending = client.get('/orders');
    const settled = pending.catch((error: unknown) => ({ error, at: Date.now() }));
    while (sent.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const abortedAt = Date.now();
    interrupt.abort('SIGINT');
    const outcome = (await settled) as { error: unknown; at: number };
    expect(outcome.error).toBeInstanceOf(RequestAbortedError);
    // "At once" next to the 60 s wait: a second is slack for a busy machine, and still 60 times shorter.
    expect(outcome.at - abortedAt).toBeLessThan(1_000);
    expect(client.counters).toMatchObject({ requests: 1, rateLimitWaits: 1 });
    // Later calls are refused without a request.
    await expect(client.get('/me')).rejects.toThrow(RequestAbortedError);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent).toHaveLength(1);
  });

  it('waits out no more of a 429 than the deadline it shares leaves, and answers with that 429', async () => {
    const { baseUrl, sent } = await slowingDown();
    const client = new TargetClient({ baseUrl, apiKey: KEY });
    const budget = requestTimeout(200);
    const started = Date.now();
    const exchange = await client.request({ method: 'GET', path: '/me', deadline: budget.signal });
    expect(exchange.status).toBe(429);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(sent).toHaveLength(1);
  });

  it('abandons a request in flight and a wait for the pace', async () => {
    const silent = await serve(() => {});
    const interrupt = new AbortController();
    const client = new TargetClient({
      baseUrl: `${silent}/partner/v1`,
      apiKey: KEY,
      signal: interrupt.signal,
    });
    const inFlight = client.get('/me').catch((error: unknown) => error);
    setTimeout(() => interrupt.abort('SIGTERM'), 50);
    const started = Date.now();
    expect(await inFlight).toBeInstanceOf(RequestAbortedError);
    expect(Date.now() - started).toBeLessThan(1_000);

    const pacer = new Pacer(1, 60_000);
    const stop = new AbortController();
    await pacer.acquire(stop.signal);
    const waiting = pacer.acquire(stop.signal).catch((error: unknown) => error);
    stop.abort();
    expect(await waiting).toBeInstanceOf(RequestAbortedError);
  });
});

describe('Pacer', () => {
  it('admits a burst up to the limit, then one start per freed slot of the window', async () => {
    const pacer = new Pacer(3, 300);
    const started = Date.now();
    const admitted: number[] = [];
    await Promise.all(
      Array.from({ length: 7 }, () => pacer.acquire().then(() => admitted.push(Date.now() - started))),
    );
    // 3 at once, 3 more once the first window has passed, the 7th after the second. Lower bounds are
    // the promise; the upper ones only catch waiting far too long (timers may fire late on a busy box).
    expect(admitted.slice(0, 3).every((ms) => ms < 250)).toBe(true);
    expect(admitted.slice(3, 6).every((ms) => ms >= 295 && ms < 1_000)).toBe(true);
    expect(admitted[6]).toBeGreaterThanOrEqual(595);
  });

  it('never waits without a limit', async () => {
    const pacer = new Pacer(Number.POSITIVE_INFINITY);
    const started = Date.now();
    await Promise.all(Array.from({ length: 1000 }, () => pacer.acquire()));
    expect(Date.now() - started).toBeLessThan(250);
  });
});

describe('live keys', () => {
  it('are refused before any request, by the constructor and per request', async () => {
    expect(() => assertNotLiveKey('pk_live_abc')).toThrow(LiveKeyRefusedError);
    expect(
      () => new TargetClient({ baseUrl: 'http://127.0.0.1:9/partner/v1', apiKey: 'pk_live_abc' }),
    ).toThrow(/Refusing a pk_live_ key/);
    const client = new TargetClient({ baseUrl: 'http://127.0.0.1:9/partner/v1', apiKey: KEY });
    await expect(client.get('/me', undefined, { key: 'pk_live_abc' })).rejects.toThrow(LiveKeyRefusedError);
  });
});

describe('isLiveKey', () => {
  it('sees a live key however it was pasted, and nothing else', () => {
    for (const key of [
      'pk_live_Zx7L',
      ' pk_live_Zx7L\n',
      '"pk_live_Zx7L"',
      "'pk_live_Zx7L'",
      'PK_LIVE_Zx7L',
      'Pk_Live_Zx7L',
      'pk_live%5FZx7L',
      'pk%5flive%5fZx7L',
      'pk_live%255FZx7L',
      'Bearer pk_live_Zx7L',
    ]) {
      expect([key, isLiveKey(key)]).toEqual([key, true]);
    }
    for (const key of ['pk_test_Zx7L', 'PK_TEST_Zx7L', 'pk_test_live', 'pk_live', '%zzpk_test_a']) {
      expect([key, isLiveKey(key)]).toEqual([key, false]);
    }
  });
});

describe('diagnoses', () => {
  it('never repeats a key a header could not carry, even the part after its line break', async () => {
    const key = 'pk_test_4f9aQ2Lm\n0PqRs8TuVw4XyZ7k';
    const client = new TargetClient({ baseUrl: 'http://127.0.0.1:9/partner/v1', apiKey: key });
    const message = await client.get('/me').then(
      () => 'answered',
      (error: unknown) => (error instanceof TargetUnreachableError ? error.message : String(error)),
    );
    expect(message).toContain('[redacted]');
    expect(message).not.toContain('0PqRs8');
    expect(message).not.toContain('4f9aQ2');
  });

  it('names a refused connection and what to do, calling the base URL what the caller calls it', async () => {
    const { port, release } = await refusingPort();
    try {
      const baseUrl = `http://127.0.0.1:${port}/partner/v1`;
      const error = await new TargetClient({ baseUrl, apiKey: KEY }).get('/me').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TargetUnreachableError);
      // By default the option a library caller sets, not a CLI flag it does not have.
      expect((error as TargetUnreachableError).diagnosis).toBe(
        `Nothing is listening at http://127.0.0.1:${port} (connection refused). Check baseUrl, or start the emulator with 'peeker-devkit emulator'.`,
      );
      const configNames = {
        baseUrl: 'the peeker.baseUrl setting',
        apiKey: 'the key',
        giveApiKey: 'set a key',
      };
      await expect(new TargetClient({ baseUrl, apiKey: KEY, configNames }).get('/me')).rejects.toThrow(
        `Nothing is listening at http://127.0.0.1:${port} (connection refused). Check the peeker.baseUrl setting, or start the emulator with 'peeker-devkit emulator'.`,
      );
    } finally {
      await release();
    }
  });

  it('names a server that does not answer in time', async () => {
    const silent = await serve(() => {});
    const client = new TargetClient({ baseUrl: `${silent}/partner/v1`, apiKey: KEY, timeoutMs: 200 });
    await expect(client.get('/me')).rejects.toThrow(
      `${silent} did not answer within 200 ms. Check that the base URL points at the Peeker API and that the server is up.`,
    );
  });

  it('times a request out though the garbage collector runs while it waits (Node 20 lost the timer)', async () => {
    const silent = await serve(() => {});
    const client = new TargetClient({ baseUrl: `${silent}/partner/v1`, apiKey: KEY, timeoutMs: 300 });
    const outcome = await underGc(() => client.get('/me'), 5_000);
    expect(outcome).toBeInstanceOf(TargetUnreachableError);
    expect((outcome as TargetUnreachableError).diagnosis).toBe(
      `${silent} did not answer within 300 ms. Check that the base URL points at the Peeker API and that the server is up.`,
    );
  });

  it('times out a body that never ends, and says the headers came', async () => {
    const stalled = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"data":');
    });
    // A second: the headers, sent at once, arrive well within it on a busy machine.
    const client = new TargetClient({ baseUrl: `${stalled}/partner/v1`, apiKey: KEY, timeoutMs: 1_000 });
    const outcome = await underGc(() => client.get('/me'), 8_000);
    expect(outcome).toBeInstanceOf(TargetUnreachableError);
    expect((outcome as TargetUnreachableError).diagnosis).toBe(
      `GET ${stalled}/partner/v1/me answered 200, but its body did not finish within 1 s: the server sent the headers and then stalled. Check that the server is up and is the Peeker API.`,
    );
  });

  it('names a connection cut mid-response as such, not as a TLS mix-up', async () => {
    const cut = await serve((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      res.write('{"data"');
      setTimeout(() => req.socket.destroy(), 50);
    });
    const client = new TargetClient({ baseUrl: `${cut}/partner/v1`, apiKey: KEY });
    await expect(client.get('/me')).rejects.toThrow(
      `${cut} closed the connection mid-response: GET ${cut}/partner/v1/me answered 200, then the body was cut off. Check that the server (or a proxy in front of it) is up and stable.`,
    );
  });

  it('stops reading a body past the limit and names the request and the limit', async () => {
    const endless = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(1 << 16, 32);
      let open = true;
      res.on('close', () => {
        open = false;
      });
      const write = () => {
        while (open) if (!res.write(chunk)) return void res.once('drain', write);
      };
      write();
    });
    const client = new TargetClient({ baseUrl: `${endless}/partner/v1`, apiKey: KEY });
    const error = await client.get('/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).diagnosis).toBe(
      `GET ${endless}/partner/v1/me answered 200 with a body over 4 MB, the most the kit reads of one response: is baseUrl the Peeker API base ending in /partner/v1?`,
    );
  });

  it('reads a body just under the limit in full', async () => {
    const text = `{"data":"${'x'.repeat(MAX_RESPONSE_BYTES - 20)}"}`;
    const big = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(text);
    });
    const exchange = await new TargetClient({ baseUrl: `${big}/partner/v1`, apiKey: KEY }).get('/me');
    expect((exchange.json as { data: string }).data).toHaveLength(MAX_RESPONSE_BYTES - 20);
  });

  it('calls only a timeout a timeout: an abort by the caller is not one', () => {
    const url = new URL('http://127.0.0.1:4010/partner/v1/me');
    const names = { baseUrl: 'baseUrl', apiKey: 'apiKey', giveApiKey: 'set apiKey' };
    expect(diagnoseNetworkError(new DOMException('stopped', 'AbortError'), url, 15_000, names)).toBe(
      'The request to http://127.0.0.1:4010 was abandoned before it was answered: it was aborted, not timed out.',
    );
    expect(diagnoseNetworkError(new DOMException('late', 'TimeoutError'), url, 15_000, names)).toBe(
      'http://127.0.0.1:4010 did not answer within 15 s. Check that the base URL points at the Peeker API and that the server is up.',
    );
  });

  it('names https spoken to a plain http server', async () => {
    const plain = await serve((_req, res) => res.end('{}'));
    const client = new TargetClient({
      baseUrl: `${plain.replace('http:', 'https:')}/partner/v1`,
      apiKey: KEY,
    });
    const error = (await client.get('/me').catch((e: unknown) => e)) as TargetUnreachableError;
    expect(error).toBeInstanceOf(TargetUnreachableError);
    expect(error.diagnosis).toMatch(
      /^TLS handshake with https:\/\/127\.0\.0\.1:\d+ failed \(\w+\): the server does not speak TLS/,
    );
  });
});

describe('isLoopbackHost', () => {
  it('knows this machine from others', () => {
    for (const host of ['127.0.0.1', '127.3.2.1', 'localhost', '[::1]', '::1'])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['api.peeker.ai', '10.0.0.1', '128.0.0.1', 'localhost.evil.com'])
      expect(isLoopbackHost(host)).toBe(false);
  });
});
