/**
 * A lint never publishes diagnostics of a version the client has already replaced, even when the
 * edit arrives while the (synchronous) lint runs, and a lint does not start for a version whose
 * edit is already queued. The server runs in this process on a pair of streams, with its linter
 * wrapped so that the test can type while a lint runs — no timing involved.
 */
import { Duplex, PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { lintText } from '../extension/server/lint-engine';
import { type DispatchCounter, drainMessageQueue, LintScheduler } from '../extension/server/lint-scheduler';
import { serveLanguageServer } from '../extension/server/run';

const URI = 'file:///ws/stale/order.peeker.json';

/** Version `n` of the document: `n` keystrokes typed into the description. */
function textOf(version: number): string {
  return `{\n  "request": "POST /orders",\n  "description": "${'x'.repeat(version - 1)}",\n  "body": {}\n}\n`;
}

/** A framed JSON-RPC notification, as a client writes it on the server's input. */
function frame(method: string, params: unknown): string {
  const body = JSON.stringify({ jsonrpc: '2.0', method, params });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

function didChange(version: number): string {
  return frame('textDocument/didChange', {
    textDocument: { uri: URI, version },
    contentChanges: [{ text: textOf(version) }],
  });
}

interface InProcessServer {
  client: MessageConnection;
  published: PublishDiagnosticsParams[];
  /** The version each lint ran on, in order. */
  linted: number[];
}

let running: InProcessServer | undefined;

afterEach(async () => {
  await running?.client.sendRequest('shutdown');
  running?.client.dispose();
  running = undefined;
});

/**
 * Starts the server in this process. `duringLint(version)` runs inside the lint of `version`, while
 * the server is busy: whatever it writes to the input is only read once the lint is over.
 */
async function startInProcess(
  duringLint: (version: number, input: PassThrough) => void,
  initializationOptions?: unknown,
): Promise<InProcessServer> {
  const input = new PassThrough();
  const output = new PassThrough();
  const linted: number[] = [];
  serveLanguageServer(
    {
      debounceMs: 1,
      lint: (text, target) => {
        // The description's length + 1, or 0 for a file without one.
        const version = (text.split('\n')[2]?.split('"')[3]?.length ?? -1) + 1;
        linted.push(version);
        duringLint(version, input);
        return lintText(text, target);
      },
    },
    Duplex.from({ readable: input, writable: output }),
  );
  const client = createMessageConnection(new StreamMessageReader(output), new StreamMessageWriter(input));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const wake of waiters.splice(0)) wake();
  });
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: {},
    initializationOptions,
  });
  await client.sendNotification('initialized', {});
  running = { client, published, linted };
  return running;
}

async function publishedVersion(server: InProcessServer, version: number): Promise<void> {
  for (let tries = 0; tries < 2000; tries++) {
    if (server.published.some((p) => p.version === version)) return;
    await new Promise((next) => setTimeout(next, 5));
  }
  throw new Error(`no publish of v${version}; got ${server.published.map((p) => p.version).join(', ')}`);
}

describe('a lint whose document changes while it runs', () => {
  it('does not publish: the edit typed during the lint is handled first, then its own version publishes', async () => {
    const server = await startInProcess((version, input) => {
      if (version === 1) input.write(didChange(2));
    });
    await server.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'json', version: 1, text: textOf(1) },
    });
    await publishedVersion(server, 2);
    expect(server.published.map((p) => p.version)).toEqual([2]);
    expect(server.linted).toEqual([1, 2]);
  });

  it('does not publish when several messages were queued ahead of the edit (one dispatched per turn)', async () => {
    const server = await startInProcess((version, input) => {
      if (version !== 1) return;
      // Unknown notifications (ignored) queued before the edits: the library decodes and dispatches one per turn.
      for (let i = 0; i < 5; i++) input.write(frame('$/peeker/test/noise', { i }));
      input.write(didChange(2));
      input.write(didChange(3));
    });
    await server.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'json', version: 1, text: textOf(1) },
    });
    await publishedVersion(server, 3);
    expect(server.published.map((p) => p.version)).toEqual([3]);
    // Version 2 was superseded before its lint could start: it is never linted.
    expect(server.linted).toEqual([1, 3]);
  });
});

describe('a lint whose document is replaced or retargeted while it runs', () => {
  it('does not publish for a file closed and opened again at the same version: the new text is linted', async () => {
    const reopened = '{\n  "request": "GET /me",\n  "description": "reopened"\n}\n';
    const server = await startInProcess((version, input) => {
      if (version !== 1) return;
      input.write(frame('textDocument/didClose', { textDocument: { uri: URI } }));
      input.write(
        frame('textDocument/didOpen', {
          textDocument: { uri: URI, languageId: 'json', version: 1, text: reopened },
        }),
      );
    });
    await server.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'json', version: 1, text: textOf(1) },
    });
    await publishedVersion(server, 1);
    // The first text (a POST /orders with an empty body) has findings; the reopened GET /me has none.
    expect(server.published).toEqual([{ uri: URI, version: 1, diagnostics: [] }]);
    expect(server.linted).toEqual([1, 'reopened'.length + 1]);
  });

  it('lints again when settings pushed during the lint give the file another operation', async () => {
    const bodyUri = 'file:///ws/orders/body.json';
    const operations: (string | undefined)[] = [];
    const server = await startInProcess(
      (_version, input) => {
        if (operations.length > 0) return;
        operations.push('pushed');
        input.write(
          frame('workspace/didChangeConfiguration', {
            settings: { peeker: { bodyFiles: { '**/orders/*.json': 'POST /swaps' } } },
          }),
        );
      },
      { bodyFiles: { '**/orders/*.json': 'POST /orders' } },
    );
    server.client.onNotification('peeker/documentTarget', (params: { uri: string; operation?: string }) => {
      if (params.uri === bodyUri) operations.push(params.operation);
    });
    await server.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: bodyUri, languageId: 'json', version: 1, text: '{}' },
    });
    for (let tries = 0; tries < 2000 && !server.published.some((p) => p.uri === bodyUri); tries++) {
      await new Promise((next) => setTimeout(next, 5));
    }
    await new Promise((next) => setTimeout(next, 50));
    // One publish, for the operation the settings name now; none for the one they named when the lint began.
    expect(operations).toEqual(['pushed', 'POST /swaps']);
    expect(server.published.filter((p) => p.uri === bodyUri)).toHaveLength(1);
  });
});

describe('LintScheduler', () => {
  /**
   * Dispatches `count` queued messages one per `setImmediate` turn, as vscode-jsonrpc does, with
   * `gap` turns without a dispatch before each (a message being decoded); the last is an edit.
   */
  function queueMessages(count: number, onEdit: () => void, gap = 0): DispatchCounter {
    let dispatched = 0;
    let wait = gap;
    const turn = (): void => {
      if (wait-- > 0) return void setImmediate(turn);
      wait = gap;
      dispatched++;
      if (dispatched === count) onEdit();
      else setImmediate(turn);
    };
    setImmediate(turn);
    return () => dispatched;
  }

  it('does not start a lint when an edit queued before it re-arms the timer', async () => {
    const runs: string[] = [];
    const errors: unknown[] = [];
    let counter: DispatchCounter = () => 0;
    const scheduler = new LintScheduler(
      (uri) => void runs.push(uri),
      (_uri, error) => errors.push(error),
      60_000,
      () => counter(),
    );
    scheduler.schedule(URI);
    // The lint is due now, but four messages and then an edit of the document are queued.
    counter = queueMessages(5, () => scheduler.schedule(URI));
    await scheduler.flush(URI);
    expect(runs).toEqual([]);
    expect(scheduler.isBusy(URI)).toBe(true);
    // The edit's own lint runs (here at once rather than after its debounce).
    await scheduler.flush(URI);
    expect(runs).toEqual([URI]);
    expect(errors).toEqual([]);
    scheduler.dispose();
  });

  it('drainMessageQueue waits through turns that only decode a message, until the queue is empty', async () => {
    let edited = false;
    const counter = queueMessages(
      20,
      () => {
        edited = true;
      },
      2,
    );
    await drainMessageQueue(counter);
    expect(edited).toBe(true);
    expect(counter()).toBe(20);
  });
});
