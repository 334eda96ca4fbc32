/**
 * The protocol's lifecycle as a strict client or test harness checks it: what the server answers
 * before `initialize`, to an `initialize` without capabilities, and after `shutdown`.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildBundles, type LspClient, spawnServer } from './lsp-harness';

const clients: LspClient[] = [];

beforeAll(() => {
  buildBundles();
});

afterEach(async () => {
  for (const client of clients.splice(0)) await client.stop();
});

function spawn(): LspClient {
  const client = spawnServer();
  clients.push(client);
  return client;
}

/** The JSON-RPC error a request is answered with (or the result, to show it was not one). */
async function answer(client: LspClient, method: string, params?: unknown): Promise<unknown> {
  try {
    return { result: await client.connection.sendRequest(method, params) };
  } catch (error) {
    const { code, message } = error as { code: number; message: string };
    return { code, message };
  }
}

describe('initialize', () => {
  it.each([
    ['without capabilities', { processId: null, rootUri: null }],
    ['with null capabilities', { processId: null, rootUri: null, capabilities: null }],
    ['with no params at all', undefined],
  ])('%s: served as a client with no capabilities', async (_, params) => {
    const client = spawn();
    const init = (await answer(client, 'initialize', params)) as { result: { serverInfo: unknown } };
    expect(init.result.serverInfo).toEqual({ name: 'Peeker DevKit', version: '0.1.0' });
    await client.connection.sendNotification('initialized', {});
    const uri = 'file:///ws/caps.peeker.json';
    client.open(uri, '{"request": "POST /orders", "body": {"domains": ["Acme.com"]}}');
    expect((await client.diagnosticsFor(uri, 1)).map((d) => d.code)).toContain('domain_not_normalized');
    expect(client.logs.filter((l) => l.type === 1)).toEqual([]);
  });
});
