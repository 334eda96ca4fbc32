/**
 * `npm run bench:emulator` — how fast and how lean the sandbox emulator is, over loopback:
 *   - POST /orders with a valid 200-domain body (every request a new order: unique domains);
 *   - GET /orders (25 rows of a store holding the orders above);
 * side by side, in the same run, with a bare fastify + ajv server that only validates the same
 * body against the same JSON Schema and returns a canned receipt (the practical ceiling on this
 * machine), printed as ratios; then the emulator's RSS after 100 000 orders.
 * Goals (issue 6): POST ≥ 0.5× the bare server; RSS after 100k orders ≤ 200 MB.
 *
 * Each server runs in its own child process (the emulator as it ships, from dist/cli.js); this
 * process only generates load, so client and server do not share a core. Request counts and
 * times are bounded. Not a timed test: it prints figures, it does not fail.
 *
 * Prism (`@stoplight/prism-cli` 5.16, which needs Node ≥ 24) is not part of this run: see
 * docs/emulator.md → Benchmark.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import Fastify from 'fastify';
import { sampleDomains, sampleOrderBody } from '../emulator/fixtures';
import schema from '../schemas/generated/json-schema/create-order-request.json';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');

const POST_REQUESTS = Number(process.env.BENCH_POST_REQUESTS ?? 1500);
const GET_REQUESTS = Number(process.env.BENCH_GET_REQUESTS ?? 10_000);
const RSS_ORDERS = Number(process.env.BENCH_RSS_ORDERS ?? 100_000);
const PHASE_LIMIT_MS = 20_000;
const RSS_LIMIT_MS = 180_000;
const CONCURRENCY = 8;

// ───────────────────────────── the bare server (child mode) ─────────────────────────────

/** A fastify server that validates POST /orders bodies with ajv and answers canned JSON. */
async function runBareServer(): Promise<void> {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const receipt = {
    id: 'ord_01J0000000000000000000000A',
    user_id: 'usr_01J0000000000000000000000A',
    email: 'client@example.com',
    bundle_id: null,
    status: 'in_progress',
    domain_count: 200,
    costs: { total_cents: 300_000, currency: 'usd' },
    renews_at: '2026-07-01T00:00:00Z',
    created_at: '2026-06-01T00:00:00Z',
  };
  const list = {
    data: Array.from({ length: 25 }, () => receipt),
    links: { first: 'http://127.0.0.1/partner/v1/orders?per_page=25', next: null },
    meta: { path: 'http://127.0.0.1/partner/v1/orders', per_page: 25, returned: 25 },
  };
  const app = Fastify({ logger: false, bodyLimit: 1_048_576 });
  app.post('/partner/v1/orders', async (req, reply) => {
    if (!validate(req.body))
      return reply.code(400).send({ error: { code: 'invalid_request', message: 'invalid' } });
    return { data: receipt };
  });
  app.get('/partner/v1/orders', async () => list);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.stdout.write(
    `READY http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`,
  );
}

// ───────────────────────────── children ─────────────────────────────

interface Child {
  process: ChildProcess;
  url: string;
  apiKey: string;
}

function startChild(command: string[], ready: RegExp): Promise<Child> {
  const child = spawn(process.execPath, command, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = ready.exec(out);
      if (match) {
        resolvePromise({ process: child, url: match[1]!, apiKey: /(pk_test_\w+)/.exec(out)?.[1] ?? '' });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before it was ready: ${out}`)));
  });
}

const startEmulatorChild = () =>
  startChild(
    [CLI, 'emulator', '--port', '0', '--rate-limit', '0'],
    /listening on (http:\/\/127\.0\.0\.1:\d+)/,
  );
const startBareChild = () =>
  startChild(['--import', 'tsx', __filename, '--bare-server'], /READY (http:\/\/\S+)/);

async function stop(child: Child): Promise<void> {
  const exited = new Promise((r) => child.process.once('exit', r));
  child.process.kill('SIGTERM');
  await exited;
}

function rssMegabytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined; // Not Linux: no /proc.
  }
}

// ───────────────────────────── load ─────────────────────────────

interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: Record<number, number>;
}

/** Sends up to `count` requests (at most `limitMs`), `concurrency` at a time, over keep-alive. */
async function load(
  url: string,
  method: 'GET' | 'POST',
  apiKey: string,
  count: number,
  bodyOf: ((index: number) => string) | null,
  limitMs: number,
  concurrency = CONCURRENCY,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  const one = (body: string | null) =>
    new Promise<number>((resolvePromise, reject) => {
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method,
          headers: {
            Authorization: `Bearer ${apiKey}`,
            ...(body === null
              ? {}
              : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolvePromise(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body ?? undefined);
    });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const index = next++;
        if (index >= count || performance.now() - started > limitMs) return;
        const body = bodyOf ? bodyOf(index) : null;
        const t0 = performance.now();
        const status = await one(body);
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    statuses,
  };
}

// ───────────────────────────── report ─────────────────────────────

const row = (name: string, result: LoadResult) =>
  `  ${name.padEnd(24)}${result.perSecond.toFixed(0).padStart(8)} req/s${result.p50.toFixed(2).padStart(9)} ms${result.p99
    .toFixed(2)
    .padStart(9)} ms   (${result.requests} requests in ${result.seconds.toFixed(1)} s; ${Object.entries(
    result.statuses,
  )
    .map(([status, n]) => `${n}× ${status}`)
    .join(', ')})`;
const ratio = (a: LoadResult, b: LoadResult) =>
  `  ratio emulator/bare: throughput ${(a.perSecond / b.perSecond).toFixed(2)}×, p99 ${(a.p99 / b.p99).toFixed(2)}×`;

async function main(): Promise<void> {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npm run build` (npm run bench:emulator does).');
  const bodies = Array.from({ length: POST_REQUESTS }, (_, i) =>
    JSON.stringify(sampleOrderBody(sampleDomains(`bench${i}`, 200), { user: `bench${i % 50}@example.com` })),
  );
  process.stdout.write(
    `Emulator benchmark — loopback, ${CONCURRENCY} concurrent requests, servers in child processes\n` +
      `${''.padEnd(26)}throughput    p50        p99\n`,
  );

  const bare = await startBareChild();
  const emulator = await startEmulatorChild();
  try {
    // Warm-up both (JIT, lazy schema compilation), with bodies the measured phase does not reuse.
    const warm = (i: number) => JSON.stringify(sampleOrderBody(sampleDomains(`warm${i}`, 200)));
    await load(`${bare.url}/partner/v1/orders`, 'POST', bare.apiKey, 100, warm, 5000);
    await load(`${emulator.url}/partner/v1/orders`, 'POST', emulator.apiKey, 100, warm, 5000);
    await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });

    const postEmulator = await load(
      `${emulator.url}/partner/v1/orders`,
      'POST',
      emulator.apiKey,
      POST_REQUESTS,
      (i) => bodies[i]!,
      PHASE_LIMIT_MS,
    );
    const postBare = await load(
      `${bare.url}/partner/v1/orders`,
      'POST',
      bare.apiKey,
      POST_REQUESTS,
      (i) => bodies[i]!,
      PHASE_LIMIT_MS,
    );
    process.stdout.write(`POST /orders (valid 200-domain body, a new order each time)\n`);
    process.stdout.write(
      `${row('emulator', postEmulator)}\n${row('bare fastify + ajv', postBare)}\n${ratio(postEmulator, postBare)} (goal ≥ 0.5×)\n`,
    );

    const getEmulator = await load(
      `${emulator.url}/partner/v1/orders`,
      'GET',
      emulator.apiKey,
      GET_REQUESTS,
      null,
      PHASE_LIMIT_MS,
    );
    const getBare = await load(
      `${bare.url}/partner/v1/orders`,
      'GET',
      bare.apiKey,
      GET_REQUESTS,
      null,
      PHASE_LIMIT_MS,
    );
    process.stdout.write(`GET /orders (25 rows, ${postEmulator.requests} orders stored)\n`);
    process.stdout.write(
      `${row('emulator', getEmulator)}\n${row('bare fastify (canned)', getBare)}\n${ratio(getEmulator, getBare)}\n`,
    );
  } finally {
    await stop(bare);
    await stop(emulator);
  }

  // RSS after many small orders, in a fresh emulator.
  const fresh = await startEmulatorChild();
  try {
    const before = rssMegabytes(fresh.process.pid!);
    const small = (i: number) =>
      JSON.stringify(sampleOrderBody([`rss-${i}.com`], { user: `rss${i % 1000}@example.com` }));
    const result = await load(
      `${fresh.url}/partner/v1/orders`,
      'POST',
      fresh.apiKey,
      RSS_ORDERS,
      small,
      RSS_LIMIT_MS,
      16,
    );
    const after = rssMegabytes(fresh.process.pid!);
    const created = result.statuses[200] ?? 0;
    process.stdout.write(
      `RSS after ${created} orders (1 domain each; ${result.perSecond.toFixed(0)} orders/s): ` +
        (after === undefined
          ? 'n/a (no /proc on this platform)\n'
          : `${after.toFixed(0)} MB (at start ${before?.toFixed(0)} MB; goal ≤ 200 MB after 100 000)\n`),
    );
  } finally {
    await stop(fresh);
  }
  process.stdout.write(
    'Prism: not measured in this run (needs Node ≥ 24); see docs/emulator.md → Benchmark.\n',
  );
}

if (process.argv.includes('--bare-server')) {
  void runBareServer();
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`bench:emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
