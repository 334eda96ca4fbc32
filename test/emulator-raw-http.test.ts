import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import { REQUEST_ID_PATTERN } from '../emulator/ids';

let emulator: RunningEmulator;
let client: EmulatorClient;
let port: number;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimitPerMinute: 0 });
  client = new EmulatorClient(emulator);
  port = Number(new URL(emulator.url).port);
});
afterAll(() => emulator.close());

/** One response read off a socket, as the bytes came (requests fetch would not send). */
interface RawResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/** Writes `request` as is to the emulator's socket and reads the reply until the server closes it. */
function raw(request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    // A request the server may keep alive: stop reading shortly after the reply.
    const timer = setTimeout(() => socket.end(), 1500);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      let body = text.slice(split + 4);
      if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body });
    });
  });
}

function unchunk(text: string): string {
  let body = '';
  let at = 0;
  for (;;) {
    const end = text.indexOf('\r\n', at);
    const size = Number.parseInt(text.slice(at, end), 16);
    if (!(size > 0)) return body;
    body += text.slice(end + 2, end + 2 + size);
    at = end + 2 + size + 2;
  }
}

describe('absolute-form request targets (RFC 9112 §3.2.2)', () => {
  it('are routed by their path: links and meta.path are the same as for the origin form', async () => {
    for (const email of ['raw-a@example.com', 'raw-b@example.com']) {
      const sequencer = { provider: 'smartlead', client_id: 1 };
      expect((await client.api('POST', '/users', { body: { email, sequencer } })).status).toBe(201);
    }
    const target = `http://127.0.0.1:${port}/partner/v1/users?per_page=1`;
    const response = await raw(
      `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${emulator.apiKey}\r\n` +
        'Connection: close\r\n\r\n',
    );
    expect(response.status).toBe(200);
    const page = JSON.parse(response.body);
    expect(page.meta.path).toBe(`${emulator.baseUrl}/users`);
    expect(page.links.first).toBe(`${emulator.baseUrl}/users?per_page=1`);
    expect(page.links.next.startsWith(`${emulator.baseUrl}/users?per_page=1&page_token=`)).toBe(true);
  });

  it('build links on the host the target names, not the Host header', async () => {
    const ask = async (targetHost: string, hostHeader: string) => {
      const response = await raw(
        `GET http://${targetHost}:${port}/partner/v1/users?per_page=1 HTTP/1.1\r\nHost: ${hostHeader}:${port}\r\n` +
          `Authorization: Bearer ${emulator.apiKey}\r\nConnection: close\r\n\r\n`,
      );
      return JSON.parse(response.body).meta.path;
    };
    expect(await ask('localhost', '127.0.0.1')).toBe(`http://localhost:${port}/partner/v1/users`);
    expect(await ask('127.0.0.1', 'localhost')).toBe(`${emulator.baseUrl}/users`);
  });

  it('reach the control API as the control API: API faults do not apply to it', async () => {
    expect((await client.control('PUT', '/faults', { faults: ['wrong_envelope'] })).status).toBe(200);
    try {
      const body = '{}';
      const response = await raw(
        `POST http://127.0.0.1:${port}/_emulator/keys HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      );
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({
        error: { code: 'invalid_request', field: 'preset' },
      });
      expect(response.headers['peeker-request-id']).toMatch(REQUEST_ID_PATTERN);
    } finally {
      await client.control('PUT', '/faults', { faults: [] });
    }
  });

  it('refuses a target of another scheme for what it is, after the key check', async () => {
    const request = (key: string) =>
      `GET ftp://127.0.0.1:${port}/partner/v1/me HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
      `Authorization: Bearer ${key}\r\nConnection: close\r\n\r\n`;
    const response = await raw(request(emulator.apiKey));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      error: {
        code: 'invalid_request',
        message: `The request target must be a path such as /partner/v1/me (or an http:// URL), got "ftp://127.0.0.1:${port}/partner/v1/me".`,
      },
    });
    expect((await raw(request('pk_test_nope'))).status).toBe(401);
  });
});

describe('a body on an operation that takes none', () => {
  /** The request line and headers of a call with `body` (and its Content-Length) or none. */
  const send = (line: string, body?: string) =>
    raw(
      `${line} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${emulator.apiKey}\r\n` +
        (body === undefined
          ? ''
          : `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n`) +
        'Connection: close\r\n\r\n' +
        (body ?? ''),
    );

  it('is refused, malformed or not, and nothing is deleted; an empty body or none is fine', async () => {
    const bundle = await client.api('POST', '/bundles', {
      body: { name: 'B', monthly_sending_volume: 1000 },
    });
    const user = await client.api('POST', '/users', {
      body: { email: 'nobody-body@example.com', sequencer: { provider: 'smartlead', client_id: 1 } },
    });
    const bundlePath = `/partner/v1/bundles/${bundle.body.data.id}`;
    const userPath = `/partner/v1/users/${user.body.data.id}`;
    for (const [line, body, operation] of [
      [`DELETE ${bundlePath}`, '{garbage', 'DELETE /bundles/{id}'],
      [`DELETE ${userPath}`, '{"force":true}', 'DELETE /users/{id}'],
      ['GET /partner/v1/me', '{}', 'GET /me'],
    ] as const) {
      const response = await send(line, body);
      expect([response.status, JSON.parse(response.body)], operation).toEqual([
        400,
        { error: { code: 'invalid_request', message: `${operation} takes no request body: send none.` } },
      ]);
    }
    // A chunked body on a GET, which fastify never reads: no Content-Length to tell, yet a body.
    const chunked = await raw(
      `GET /partner/v1/me HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${emulator.apiKey}\r\n` +
        'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n7\r\n{"a":1}\r\n0\r\n\r\n',
    );
    expect([chunked.status, JSON.parse(chunked.body).error.message]).toEqual([
      400,
      'GET /me takes no request body: send none.',
    ]);
    expect((await client.api('GET', `/bundles/${bundle.body.data.id}`)).body.data.status).toBe('active');
    expect((await send(`DELETE ${bundlePath}`, '')).status).toBe(200);
    expect((await send(`DELETE ${userPath}`)).status).toBe(200);
  });
});

describe('requests Node would answer bare', () => {
  it('answers an HTTP/1.1 request without Host in the envelope, with a request id', async () => {
    const response = await raw(
      `GET /partner/v1/me HTTP/1.1\r\nAuthorization: Bearer ${emulator.apiKey}\r\nConnection: close\r\n\r\n`,
    );
    expect(response.status).toBe(400);
    expect(response.headers['peeker-request-id']).toMatch(REQUEST_ID_PATTERN);
    expect(JSON.parse(response.body)).toEqual({
      error: {
        code: 'invalid_request',
        message: `An HTTP/1.1 request needs a Host header (RFC 9112 §3.2). Send Host: 127.0.0.1:${port}.`,
      },
    });
  });

  it('still serves HTTP/1.0 without Host, which does not require it', async () => {
    const response = await raw(
      `GET /partner/v1/me HTTP/1.0\r\nAuthorization: Bearer ${emulator.apiKey}\r\n\r\n`,
    );
    expect(response.status).toBe(200);
    expect(response.headers['peeker-request-id']).toMatch(REQUEST_ID_PATTERN);
  });

  it('answers an Expect other than 100-continue in the envelope, with a request id', async () => {
    const body = '{"domains":["a.com"]}';
    const response = await raw(
      `POST /partner/v1/domains/availability HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
        `Authorization: Bearer ${emulator.apiKey}\r\nContent-Type: application/json\r\nExpect: foo\r\n` +
        `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(response.status).toBe(400);
    expect(response.headers['peeker-request-id']).toMatch(REQUEST_ID_PATTERN);
    expect(JSON.parse(response.body)).toEqual({
      error: {
        code: 'invalid_request',
        message:
          'Expect: foo is not supported; the only expectation is 100-continue. Leave the Expect header out.',
      },
    });
  });

  it('still honours Expect: 100-continue', async () => {
    const body = '{"domains":["a.com"]}';
    const response = await raw(
      `POST /partner/v1/domains/availability HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
        `Authorization: Bearer ${emulator.apiKey}\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n` +
        `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    // The interim 100 comes first; the final answer follows it.
    expect(response.status).toBe(100);
    expect(response.body).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  });
});

describe('requests with very many headers', () => {
  /** A request with `padding` headers of its own before the key (and Host and Connection before them). */
  const crowded = (line: string, padding: number, key = emulator.apiKey) =>
    raw(
      `${line} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n` +
        Array.from({ length: padding }, (_, i) => `X-Pad-${i}: 1\r\n`).join('') +
        `Authorization: Bearer ${key}\r\n\r\n`,
    );
  const TOO_MANY = {
    error: {
      code: 'payload_too_large',
      message: 'Too many request headers (1001; at most 1000). Send fewer headers.',
    },
  };

  it('reads the key after 997 other headers: 1000 in all are taken', async () => {
    const response = await crowded('GET /partner/v1/me', 997);
    expect(response.status).toBe(200);
  });

  it('answers 1001 headers with 413 payload_too_large, before the key is checked, never "Missing Authorization"', async () => {
    // Node kept the first 1000 and dropped the key after them: the answer was 401 "Missing Authorization header".
    for (const line of ['GET /partner/v1/me', 'GET /partner/v1/no-such-route', 'GET /_emulator/faults']) {
      const response = await crowded(line, 998);
      expect(response.status).toBe(413);
      expect(response.headers['peeker-request-id']).toMatch(REQUEST_ID_PATTERN);
      expect(JSON.parse(response.body)).toEqual(TOO_MANY);
    }
    // A URL the router refuses (bad percent-encoding), and a key that is wrong: the count comes first.
    for (const response of [
      await crowded('GET /partner/v1/users/%E0%A4%A', 998),
      await crowded('GET /partner/v1/me', 998, 'pk_test_nope'),
    ]) {
      expect(response.status).toBe(413);
      expect(JSON.parse(response.body)).toEqual(TOO_MANY);
    }
  });
});

describe('requests a web page makes the browser send', () => {
  const HOST_REFUSED =
    'is not this machine: the emulator answers only requests addressed to 127.0.0.1, localhost or [::1] (a guard against DNS rebinding).';
  const CONTROL_REFUSED =
    'The control API refuses requests a web page sends from another site (Origin or Sec-Fetch-Site says so): call it from a tool or a script.';

  it('refuses a Host that is not this machine (DNS rebinding), on the API and the control API', async () => {
    for (const [target, auth] of [
      ['/partner/v1/me', `Authorization: Bearer ${emulator.apiKey}\r\n`],
      ['/_emulator/keys', ''],
    ] as const) {
      const response = await raw(
        `GET ${target} HTTP/1.1\r\nHost: rebind.attacker.example:${port}\r\n${auth}Connection: close\r\n\r\n`,
      );
      expect(response.status).toBe(400);
      expect(response.headers['peeker-request-id']).toMatch(REQUEST_ID_PATTERN);
      expect(JSON.parse(response.body).error).toEqual({
        code: 'invalid_request',
        message: `Host rebind.attacker.example:${port} ${HOST_REFUSED}`,
      });
    }
    for (const host of [`localhost:${port}`, `[::1]:${port}`, `127.0.0.1:${port}`]) {
      const response = await raw(
        `GET /partner/v1/me HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${emulator.apiKey}\r\nConnection: close\r\n\r\n`,
      );
      expect(response.status, host).toBe(200);
    }
  });

  it('refuses a cross-site control call (POST /_emulator/reset from a page), and takes one from a tool', async () => {
    for (const headers of [
      'Origin: https://attacker.example\r\n',
      'Origin: null\r\n',
      'Sec-Fetch-Site: cross-site\r\n',
      'Sec-Fetch-Site: same-site\r\n',
    ]) {
      const response = await raw(
        `POST /_emulator/reset HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`,
      );
      expect(response.status, headers).toBe(400);
      expect(JSON.parse(response.body).error, headers).toEqual({
        code: 'invalid_request',
        message: CONTROL_REFUSED,
      });
    }
    const local = await raw(
      `GET /_emulator/faults HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://localhost:${port}\r\nConnection: close\r\n\r\n`,
    );
    expect(local.status).toBe(200);
  });
});
