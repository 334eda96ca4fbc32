/**
 * `peeker-devkit lsp`: the same server from the CLI bundle, over stdio, as Neovim, Helix or Zed
 * start it; and its usage errors.
 */
import { fork, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMessageConnection,
  type InitializeResult,
  IPCMessageReader,
  IPCMessageWriter,
  SocketMessageReader,
  SocketMessageWriter,
} from 'vscode-languageserver/node';
import { brief, type LspClient, ROOT, SERVER_JS, startClient } from './lsp-harness';

const CLI = resolve(ROOT, 'dist/cli.js');
let client: LspClient;

beforeAll(async () => {
  ({ client } = await startClient({ command: [CLI, 'lsp', '--stdio'] }));
});

afterAll(async () => {
  expect(await client?.stop()).toBe(0);
});

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input: '' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('peeker-devkit lsp --stdio', () => {
  it('serves diagnostics like dist/server.js', async () => {
    const uri = 'file:///ws/cli/order.peeker.json';
    client.open(
      uri,
      '{"request": "POST /orders", "body": {"user": "usr_1", "bundle_id": "bun_1", "microsoft_licenses": 1}}',
    );
    const diagnostics = await client.diagnosticsFor(uri, 1);
    // Sorted by position (lint's contract): the missing body fields are reported on `"body"` (0:28),
    // before the conflict on `"microsoft_licenses"` (0:76).
    expect(diagnostics.map(brief)).toEqual([
      '0:28-0:34 1 invalid_request Missing `personas` (or `users`). Personas are required (`personas`, or the deprecated `users`).',
      '0:28-0:34 1 invalid_request Missing required field `sequencer`. Where the inboxes are routed. Add it.',
      "0:28-0:34 1 invalid_request Missing required field `domains`. One entry per domain of the plan: bundle orders need the bundle's `required_domains.total`; custom orders need ceil(`google_licenses` ÷ `google_inboxes_per_domain`) Google domains plus `microsoft_licenses` Microsoft domains (the custom formula is a Peeker DevKit assumption). Add it.",
      '0:54-0:65 1 order_shape_conflict `bundle_id` cannot be combined with custom sizing (`microsoft_licenses`): a bundle already fixes the license counts and inbox density. Keep the bundle or the custom sizing, not both.',
    ]);
    // stdout carries only the protocol: the server's own log lines arrive as window/logMessage.
    expect(client.logs[0]?.message).toMatch(/^Peeker DevKit language server 0\.1\.0 ready/);
  });

  it('serves a client that sends a rootUri without declaring workspace folders, logging no error', async () => {
    const { client: plain } = await startClient({
      command: [CLI, 'lsp', '--stdio'],
      workspaceFolders: [{ uri: 'file:///ws/plain', name: 'plain' }],
    });
    try {
      const uri = 'file:///ws/plain/me.peeker.json';
      plain.open(uri, '{"request": "GET /me"}');
      expect(await plain.diagnosticsFor(uri, 1)).toEqual([]);
      expect(plain.logs.filter((log) => log.type === 1)).toEqual([]);
    } finally {
      expect(await plain.stop()).toBe(0);
    }
  });
});

describe('--socket', () => {
  it.each([
    ['peeker-devkit lsp', [CLI, 'lsp']],
    ['dist/server.js', [SERVER_JS]],
  ])('%s connects to the client listening on that port and serves it', async (_, command) => {
    const listener = createServer();
    await new Promise<void>((done) => listener.listen(0, '127.0.0.1', done));
    const { port } = listener.address() as AddressInfo;
    const server = spawn(process.execPath, [...command, `--socket=${port}`], { cwd: ROOT });
    const [socket] = (await once(listener, 'connection')) as [Socket];
    listener.close();
    const connection = createMessageConnection(
      new SocketMessageReader(socket),
      new SocketMessageWriter(socket),
    );
    connection.listen();
    const init: InitializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    });
    expect(init.serverInfo?.name).toBe('Peeker DevKit');
    await connection.sendRequest('shutdown');
    const exited = once(server, 'exit');
    await connection.sendNotification('exit');
    expect((await exited)[0]).toBe(0);
    connection.dispose();
  });
});

describe('dist/server.js --node-ipc', () => {
  it('serves a parent over its IPC channel, as the VS Code extension starts it', async () => {
    const server = fork(SERVER_JS, ['--node-ipc', `--clientProcessId=${process.pid}`], {
      cwd: ROOT,
      silent: true,
    });
    const connection = createMessageConnection(new IPCMessageReader(server), new IPCMessageWriter(server));
    connection.listen();
    const init: InitializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    });
    expect(init.serverInfo?.name).toBe('Peeker DevKit');
    await connection.sendRequest('shutdown');
    const exited = once(server, 'exit');
    await connection.sendNotification('exit');
    expect((await exited)[0]).toBe(0);
    connection.dispose();
  });
});

describe('dist/server.js usage: the same checks, one line on stderr', () => {
  function server(...args: string[]) {
    const result = spawnSync(process.execPath, [SERVER_JS, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      input: '',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('without a transport, with two, or with a bad value: exit 2', () => {
    expect(server()).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'server.js: the language server needs exactly one transport: --stdio (what editors use), --node-ipc, --socket=<port> or --pipe=<name>; got 0.\n',
    });
    expect(server('--stdio', '--socket=7000').stderr).toBe(
      'server.js: the language server needs exactly one transport: --stdio (what editors use), --node-ipc, --socket=<port> or --pipe=<name>; got 2.\n',
    );
    expect(server('--socket=http')).toEqual({
      status: 2,
      stdout: '',
      stderr: "server.js: --socket expects a whole number from 1 to 65535, got 'http'.\n",
    });
    expect(server('--stdoi')).toEqual({
      status: 2,
      stdout: '',
      stderr: "server.js: Unknown option '--stdoi'\n",
    });
    expect(server('--node-ipc')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'server.js: --node-ipc needs a parent process with an IPC channel; use --stdio from an editor.\n',
    });
  });

  it('with no client listening on the socket: exit 1 and say so', async () => {
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const { port } = probe.address() as AddressInfo;
    await new Promise((done) => probe.close(done));
    expect(server(`--socket=${port}`)).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `server.js: cannot connect to the client at 127.0.0.1:${port} (nothing is listening there). ` +
        'The client listens first, then starts the server with --socket=…\n',
    });
  });
});

describe('usage', () => {
  it('without a transport: exit 2 and one line naming the options', () => {
    expect(cli('lsp')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'peeker-devkit: lsp: the language server needs exactly one transport: --stdio (what editors use), --node-ipc, --socket=<port> or --pipe=<name>; got 0.\n',
    });
  });

  it('with an unknown flag, a bad port or a bad process id: exit 2', () => {
    expect(cli('lsp', '--stdoi').status).toBe(2);
    expect(cli('lsp', '--stdoi').stderr).toBe(
      "peeker-devkit: lsp: unknown option '--stdoi'. Run 'peeker-devkit lsp --help' for the options.\n",
    );
    expect(cli('lsp', '--socket=http')).toEqual({
      status: 2,
      stdout: '',
      stderr: "peeker-devkit: lsp: --socket expects a whole number from 1 to 65535, got 'http'.\n",
    });
    expect(cli('lsp', '--stdio', '--clientProcessId=abc')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "peeker-devkit: lsp: --clientProcessId expects a whole number from 1 to 9007199254740991, got 'abc'.\n",
    });
  });

  it('with an empty or blank --pipe: exit 2 (not a connection to a pipe named nothing)', () => {
    for (const pipe of ['--pipe=', '--pipe=  ']) {
      expect(cli('lsp', pipe)).toEqual({
        status: 2,
        stdout: '',
        stderr:
          'peeker-devkit: lsp: --pipe needs the name of the pipe the client listens on, got an empty one.\n',
      });
    }
  });

  it('with a --clientProcessId that is no longer running: exit 1 and say so', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    expect(cli('lsp', '--stdio', `--clientProcessId=${dead}`)).toEqual({
      status: 1,
      stdout: '',
      stderr: `peeker-devkit: lsp: the client process ${dead} (--clientProcessId) is no longer running: there is no client to serve.\n`,
    });
  });

  it('with no client listening on the socket or pipe: exit 1 and say so', async () => {
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const { port } = probe.address() as AddressInfo;
    await new Promise((done) => probe.close(done));
    expect(cli('lsp', `--socket=${port}`)).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `peeker-devkit: lsp: cannot connect to the client at 127.0.0.1:${port} (nothing is listening there). ` +
        'The client listens first, then starts the server with --socket=…\n',
    });
    const pipe = join(tmpdir(), 'peeker-lsp-no-such.sock');
    expect(cli('lsp', `--pipe=${pipe}`)).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `peeker-devkit: lsp: cannot connect to the client at ${pipe} (no such pipe). ` +
        'The client listens first, then starts the server with --pipe=…\n',
    });
  });

  it('--help documents it and the command is listed', () => {
    const help = cli('lsp', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage:\n  peeker-devkit lsp --stdio');
    expect(cli('--help').stdout).toMatch(
      /\n {2}lsp +Run the language server for Neovim, Helix and other LSP editors \(--stdio\)\n/,
    );
  });
});
