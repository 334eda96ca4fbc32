import { request as httpRequest } from 'node:http';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient, type EmulatorResponse } from '../emulator/client';
import listEnvelopeSchema from '../schemas/generated/json-schema/list-envelope.json';

const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
const isListEnvelope = ajv.compile(listEnvelopeSchema);

let emulator: RunningEmulator;
let client: EmulatorClient;
/** Customer ids, newest first. */
let userIds: string[];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimitPerMinute: 0 });
  client = new EmulatorClient(emulator);
  const created: string[] = [];
  for (let i = 0; i < 60; i++) {
    const response = await client.api('POST', '/users', { body: newUser(i) });
    created.push(response.body.data.id);
  }
  // Delete every third one so the status filter has something to do (deleted customers stay listed).
  for (let i = 0; i < 60; i += 3) await client.api('DELETE', `/users/${created[i]}`);
  userIds = created.reverse();
});
afterAll(() => emulator.close());

function newUser(i: number | string) {
  return { email: `customer${i}@example.com`, sequencer: { provider: 'smartlead', client_id: 1 } };
}

async function walk(first: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let url: string | null = first;
  let pages = 0;
  while (url) {
    const page: EmulatorResponse = await client.api('GET', url);
    expect(page.status).toBe(200);
    expect(isListEnvelope(page.body)).toBe(true);
    ids.push(...page.body.data.map((row: { id: string }) => row.id));
    url = page.body.links.next;
    pages++;
  }
  return { ids, pages };
}

describe('list envelope and pagination', () => {
  it('defaults to 25 per page, newest first, with absolute links on the emulator and no totals', async () => {
    const page = await client.api('GET', '/users');
    expect(page.body.data).toHaveLength(25);
    expect(page.body.data.map((row: { id: string }) => row.id)).toEqual(userIds.slice(0, 25));
    expect(page.body.meta).toEqual({ path: `${emulator.baseUrl}/users`, per_page: 25, returned: 25 });
    expect(page.body.links.first).toBe(`${emulator.baseUrl}/users?per_page=25`);
    expect(page.body.links.next).toMatch(
      new RegExp(`^${emulator.baseUrl}/users\\?per_page=25&page_token=eyJ`),
    );
  });

  it('keeps the base path the client used', async () => {
    const page = await client.api('GET', `${emulator.url}/api/partner/v1/users?per_page=5`);
    expect(page.body.meta.path).toBe(`${emulator.url}/api/partner/v1/users`);
    expect(
      page.body.links.next.startsWith(`${emulator.url}/api/partner/v1/users?per_page=5&page_token=`),
    ).toBe(true);
  });

  it('builds links on localhost when the client came as localhost, else on 127.0.0.1', async () => {
    const port = new URL(emulator.url).port;
    /** The answer to `GET /users?per_page=5` sent with this Host header. */
    const ask = (host: string) =>
      new Promise<{ status: number; body: { meta: { path: string }; links: { next: string } } }>(
        (resolve, reject) => {
          const request = httpRequest(
            {
              host: '127.0.0.1',
              port,
              path: '/partner/v1/users?per_page=5',
              headers: { Host: host, Authorization: `Bearer ${emulator.apiKey}` },
            },
            (response) => {
              let text = '';
              response.on('data', (chunk) => {
                text += chunk;
              });
              response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
            },
          );
          request.on('error', reject);
          request.end();
        },
      );
    // Asked twice under each name: each answer (the second from the response cache) names its own origin.
    for (const host of [
      `localhost:${port}`,
      `127.0.0.1:${port}`,
      `LocalHost:${port}`,
      `[::1]:${port}`,
      `127.0.0.1:${port}`,
    ]) {
      const { status, body } = await ask(host);
      expect(status).toBe(200);
      const origin = host.toLowerCase() === `localhost:${port}` ? `http://localhost:${port}` : emulator.url;
      expect(body.meta.path).toBe(`${origin}/partner/v1/users`);
      expect(body.links.next.startsWith(`${origin}/partner/v1/users?per_page=5&page_token=`)).toBe(true);
    }
    // Another port on localhost is not where the client is: links stay on the emulator's own origin.
    expect((await ask(`localhost:${Number(port) + 1}`)).body.meta.path).toBe(
      `${emulator.url}/partner/v1/users`,
    );
  });

  it.each([1, 7, 25, 40, 100])(
    'returns every row exactly once walking links.next at per_page=%i',
    async (perPage) => {
      const { ids, pages } = await walk(`/users?per_page=${perPage}`);
      expect(ids).toEqual(userIds);
      expect(pages).toBe(Math.max(1, Math.ceil(userIds.length / perPage)));
    },
  );

  it('keeps filters in links and in the token', async () => {
    const page = await client.api('GET', '/users?status=deleted&per_page=5');
    expect(page.body.links.first).toBe(`${emulator.baseUrl}/users?status=deleted&per_page=5`);
    expect(page.body.data.every((u: { status: string }) => u.status === 'deleted')).toBe(true);
    const { ids } = await walk('/users?status=deleted&per_page=5');
    expect(ids).toHaveLength(20);
  });

  it.each(['0', '101', '-1', '2.5', 'ten', ''])(
    'rejects per_page=%s with invalid_request on per_page',
    async (value) => {
      const response = await client.api('GET', `/users?per_page=${value}`);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'invalid_request', field: 'per_page' });
    },
  );

  it('rejects a tampered token', async () => {
    const next = new URL((await client.api('GET', '/users?per_page=5')).body.links.next);
    const token = next.searchParams.get('page_token')!;
    const [body, tag] = token.split('.') as [string, string];
    // The tag is 16 bytes: its last base64url character carries 2 bits and 4 unused low bits.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const flipped = `${tag.slice(0, -1)}${alphabet[alphabet.indexOf(tag.at(-1)!) ^ 1]}`;
    // The tag's second-last character carries six bits of the MAC: change it, whatever it is.
    const alteredMac = `${tag.slice(0, -2)}${tag.at(-2) === 'A' ? 'B' : 'A'}${tag.at(-1)}`;
    for (const tampered of [
      `${body}.${alteredMac}`,
      `x${token}`,
      token.replace('.', ''),
      'eyJvIjoxfQ.abc',
      // Lenient base64url decoding reads each of these as the original bytes.
      `${token}!!`,
      `${token}==`,
      `${body}.${flipped}`,
      `${body}!.${tag}`,
    ]) {
      next.searchParams.set('page_token', tampered);
      const response = await client.api('GET', next.toString());
      expect(response.status, tampered).toBe(400);
      expect(response.body.error).toEqual({
        code: 'invalid_request',
        message: 'page_token is not a token this server issued, or it was altered. Restart from links.first.',
        field: 'page_token',
      });
    }
    next.searchParams.set('page_token', token);
    expect((await client.api('GET', next.toString())).status).toBe(200);
  });

  it('rejects a token reused with different filters or per_page', async () => {
    const next = new URL((await client.api('GET', '/users?status=active&per_page=5')).body.links.next);
    const token = next.searchParams.get('page_token')!;
    for (const [query, sent] of [
      [`status=deleted&per_page=5&page_token=${token}`, 'status=deleted&per_page=5'],
      [`per_page=5&page_token=${token}`, 'per_page=5'],
      [`status=active&per_page=6&page_token=${token}`, 'status=active&per_page=6'],
      // The token alone: its per_page carries over, its filters must be sent (links.next has them).
      [`page_token=${token}`, 'no filters'],
    ]) {
      const response = await client.api('GET', `/users?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error).toEqual({
        code: 'invalid_request',
        message:
          `page_token was issued for status=active&per_page=5, not ${sent}. ` +
          'Send it with the filters and per_page it was issued for (links.next carries them), or restart from links.first.',
        field: 'page_token',
      });
    }
    // The token alone (filters from the token) is not a change of filters when they match.
    expect((await client.api('GET', `/users?status=active&page_token=${token}`)).status).toBe(200);
  });

  it('rejects a token of another list, naming the list it belongs to', async () => {
    const tokenOf = async (path: string) =>
      new URL((await client.api('GET', path)).body.links.next).searchParams.get('page_token');
    for (const [from, to] of [
      ['/users', '/orders'],
      ['/users', '/domains'],
      ['/domains', '/users'],
    ] as const) {
      const token = await tokenOf(`${from}?per_page=5`);
      const response = await client.api('GET', `${to}?per_page=5&page_token=${token}`);
      expect([response.status, response.body]).toEqual([
        400,
        {
          error: {
            code: 'invalid_request',
            message: `This page_token belongs to another list, GET ${from}. Start again without page_token.`,
            field: 'page_token',
          },
        },
      ]);
    }
  });

  it('is stable under inserts: a cursor on ids, not an offset', async () => {
    const first = await client.api('GET', '/users?per_page=10');
    for (let i = 0; i < 5; i++) {
      await client.api('POST', '/users', { body: newUser(`late${i}`) });
    }
    const { ids } = await walk(first.body.links.next);
    expect([...first.body.data.map((row: { id: string }) => row.id), ...ids]).toEqual(userIds);
  });
});
