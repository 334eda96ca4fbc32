/**
 * Language server benchmark (`npm run bench:lsp`, not a timed test).
 *
 * 1. Cold start: spawn `node dist/server.js --stdio`, initialize, open a clean 200-domain order, and
 *    stop the clock at the first `publishDiagnostics` — as a ratio to a bare `node -e 0` measured in
 *    the same run (goal ≤ 2×). Medians over interleaved runs.
 * 2. Per keystroke: edit one domain of that order again and again; report the server's own lint time
 *    per edit (from its debug log line) and the edit → publish latency, which by design includes the
 *    150 ms debounce.
 */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createMessageConnection,
  type MessageConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';

const ROOT = resolve(__dirname, '..');
const SERVER = resolve(ROOT, 'dist/server.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 40);

/** A clean custom order with 200 domains and 10 personas, as a request file or as a body with our `$schema`. */
function order200(kind: 'request-file' | 'body'): string {
  const body = {
    user: 'client@example.com',
    google_licenses: 400,
    google_inboxes_per_domain: 2,
    sequencer: {
      provider: 'smartlead',
      client_id: 366903,
      login_email: 'ops@acme.com',
      login_password: 'pw-123456',
    },
    domains: Array.from({ length: 200 }, (_, i) => `acme-mail-${i}.com`),
    personas: Array.from({ length: 10 }, (_, i) => ({
      first_name: `Sam${i}`,
      last_name: 'Lee',
      profile_picture_url: '',
    })),
  };
  const document =
    kind === 'request-file'
      ? { request: 'POST /orders', body }
      : { $schema: 'https://peeker-devkit.dev/schemas/v1/create-order-request.json', ...body };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const URIS = { 'request-file': 'file:///bench/order-200.peeker.json', body: 'file:///bench/order-200.json' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function bareNode(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - started;
}

interface Session {
  connection: MessageConnection;
  diagnostics: PublishDiagnosticsParams[];
  lintTimes: number[];
  waitForVersion(version: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Spawns the server and opens the order; resolves at the first publishDiagnostics with the elapsed
 * time, and the time the `initialize` answer took (the server's own start, before any lint).
 */
async function coldStart(
  uri: string,
  text: string,
): Promise<{ ms: number; initializeMs: number; session: Session }> {
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER, '--stdio']);
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const diagnostics: PublishDiagnosticsParams[] = [];
  const lintTimes: number[] = [];
  let wake: () => void = () => {};
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    diagnostics.push(params);
    wake();
  });
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    const match = / in ([\d.]+) ms: /.exec(params.message);
    if (match) lintTimes.push(Number(match[1]));
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
    params.items.map(() => null),
  );
  connection.listen();
  const first = new Promise<void>((done) => {
    wake = done;
  });
  let initializeMs = 0;
  void connection
    .sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true } },
    })
    .then(() => {
      initializeMs = performance.now() - started;
    });
  void connection.sendNotification('initialized', {});
  void connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'json', version: 1, text },
  });
  await first;
  const ms = performance.now() - started;
  const session: Session = {
    connection,
    diagnostics,
    lintTimes,
    waitForVersion: (version) =>
      new Promise<void>((done) => {
        const check = () => {
          if (diagnostics.some((p) => p.version === version)) done();
          else wake = check;
        };
        check();
      }),
    stop: async () => {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((done) => child.once('exit', done));
      connection.dispose();
    },
  };
  return { ms, initializeMs, session };
}

async function main(): Promise<void> {
  const kinds = ['body', 'request-file'] as const;
  const texts = { body: order200('body'), 'request-file': order200('request-file') };
  bareNode(); // warm the file system cache for node itself
  const nodeTimes: number[] = [];
  const initializeTimes: number[] = [];
  const serverTimes = { body: [] as number[], 'request-file': [] as number[] };
  // The server's own time for the first lint (cold code; the operation's generated validator is instantiated).
  const firstLintTimes = { body: [] as number[], 'request-file': [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    for (const kind of kinds) {
      nodeTimes.push(bareNode());
      const { ms, initializeMs, session } = await coldStart(URIS[kind], texts[kind]);
      serverTimes[kind].push(ms);
      initializeTimes.push(initializeMs);
      await new Promise((done) => setTimeout(done, 20)); // the lint's log line follows its publish
      if (session.lintTimes[0] !== undefined) firstLintTimes[kind].push(session.lintTimes[0]);
      const published = session.diagnostics[0]!.diagnostics;
      if (published.length !== 0)
        throw new Error(`the ${kind} order should be clean: ${JSON.stringify(published)}`);
      await session.stop();
    }
  }
  const node = median(nodeTimes);

  // Keystrokes: toggle one character in a domain name, waiting for each version's publish.
  const text = texts.body;
  const { session } = await coldStart(URIS.body, text);
  const anchor = text.indexOf('acme-mail-100.com');
  const lines = text.slice(0, anchor).split('\n');
  const position = { line: lines.length - 1, character: lines.at(-1)!.length + 'acme-mail-'.length };
  const latencies: number[] = [];
  session.lintTimes.length = 0;
  for (let version = 2; version < 2 + KEYSTROKES; version++) {
    const insert = version % 2 === 0;
    const started = performance.now();
    void session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URIS.body, version },
      contentChanges: [
        insert
          ? { range: { start: position, end: position }, text: 'x' }
          : { range: { start: position, end: { ...position, character: position.character + 1 } }, text: '' },
      ],
    });
    await session.waitForVersion(version);
    latencies.push(performance.now() - started);
  }
  await session.stop();

  const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
  console.log(
    `Peeker language server — ${RUNS} cold starts per kind, ${KEYSTROKES} keystrokes, 200-domain order (${text.length} chars)\n`,
  );
  line('node -e 0 (median)', `${node.toFixed(1)} ms`);
  line('server start → initialize answered (median)', `${median(initializeTimes).toFixed(1)} ms`);
  for (const kind of kinds) {
    const ms = median(serverTimes[kind]);
    const label = kind === 'body' ? 'body with $schema' : '*.peeker.json request file';
    line(
      `start → first publishDiagnostics, ${label}`,
      `${ms.toFixed(1)} ms = ${(ms / node).toFixed(2)}× node -e 0 (goal ≤ 2×) ${ms / node <= 2 ? '✓' : '✗'}`,
    );
    line('  of which the first lint, server side (median)', `${median(firstLintTimes[kind]).toFixed(1)} ms`);
  }
  line(
    're-lint per keystroke, server side (median / max)',
    `${median(session.lintTimes).toFixed(2)} ms / ${Math.max(...session.lintTimes).toFixed(2)} ms`,
  );
  line('keystroke → publish (median, incl. 150 ms debounce)', `${median(latencies).toFixed(1)} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
