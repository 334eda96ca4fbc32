/**
 * The protocol's lifecycle as a strict client or test harness checks it: what the server answers
 * before `initialize`, to an `initialize` without capabilities, and after `shutdown`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type LspClient, spawnServer } from './lsp-harness';

const clients: LspClient[] = [];

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

describe('requests outside the initialize … shutdown window', () => {
  it('before initialize: -32002 ServerNotInitialized, and notifications are dropped', async () => {
    const client = spawn();
    const uri = 'file:///ws/early.peeker.json';
    client.open(uri, '{"request": "POST /orders", "body": {}}');
    expect(
      await answer(client, 'textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 2 },
      }),
    ).toEqual({
      code: -32002,
      message: 'textDocument/hover before initialize: send initialize first, and requests after its answer.',
    });
    expect(await answer(client, 'shutdown')).toEqual({
      code: -32002,
      message: 'shutdown before initialize: send initialize first, and requests after its answer.',
    });
    // The server works once initialized; the early didOpen was not taken.
    expect(
      await answer(client, 'initialize', { processId: null, rootUri: null, capabilities: {} }),
    ).toMatchObject({
      result: { serverInfo: { name: 'Peeker DevKit' } },
    });
    await client.connection.sendNotification('initialized', {});
    expect(await client.hover(uri, { line: 0, character: 2 })).toBeNull();
    client.open(uri, '{"request": "POST /orders", "body": {}}');
    expect((await client.diagnosticsFor(uri, 1)).length).toBeGreaterThan(0);
    expect(await answer(client, 'initialize', { capabilities: {} })).toEqual({
      code: -32600,
      message: 'initialize was already received: it is sent once.',
    });
  });

  it('after shutdown: InvalidRequest (-32600), and exit still ends the process with 0', async () => {
    const client = spawn();
    await answer(client, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    await client.connection.sendNotification('initialized', {});
    expect(await answer(client, 'shutdown')).toEqual({ result: null });
    const position = {
      textDocument: { uri: 'file:///ws/late.peeker.json' },
      position: { line: 0, character: 0 },
    };
    expect(await answer(client, 'textDocument/hover', position)).toEqual({
      code: -32600,
      message: 'textDocument/hover after shutdown: the server only takes the exit notification now.',
    });
    expect(await answer(client, 'shutdown')).toEqual({
      code: -32600,
      message: 'shutdown after shutdown: the server only takes the exit notification now.',
    });
    const exited = new Promise((done) => client.process.once('exit', done));
    await client.connection.sendNotification('exit');
    expect(await exited).toBe(0);
  });
});
