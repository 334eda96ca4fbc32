import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import { sampleOrderBody } from '../emulator/fixtures';
import { verifyWebhook } from '../webhooks/signature';
import { refusingPort } from './helpers/ports';
import { type CliResult, runCli as runBuiltCli } from './helpers/run-cli';
import { useScratchDirectory } from './helpers/scratch';

const LIVE_KEY = 'pk_live_FakeLiveKeyForTests0000';
const TEST_KEY = 'pk_test_FakeTestKeyForTests0000';
const USER_WEBHOOK_SECRET = 'whsec_Sup3rS3cret';

/** Runs `peeker-devkit contract …`; whatever happened, no key reaches the terminal, and no stack trace either. */
async function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  onSpawn?: (child: ChildProcess) => void,
): Promise<CliResult> {
  const result = await runBuiltCli(['contract', ...args], {
    env: { PEEKER_BASE_URL: undefined, PEEKER_API_KEY: undefined, ...env },
    ...(onSpawn === undefined ? {} : { onSpawn }),
  });
  for (const key of [LIVE_KEY, TEST_KEY, USER_WEBHOOK_SECRET, ...emulators.map((e) => e.apiKey)]) {
    expect(result.stdout + result.stderr).not.toContain(key);
  }
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

const servers: Server[] = [];
const emulators: RunningEmulator[] = [];
/** JUnit reports the runs write, removed after the file's tests. */
const scratch = useScratchDirectory('contract-cli-');

/** A fake API on 127.0.0.1 answering every request with `status`, `contentType` and `body`. */
async function fakeApi(status: number, contentType: string, body: string): Promise<string> {
  const server = createServer((_req, res) => {
    res.writeHead(status, {
      'Content-Type': contentType,
      'Peeker-Request-Id': 'req_01HZX0E5K7N9P2Q4R6S8T0U1V3',
    });
    res.end(body);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Like {@link fakeApi}, and `requests` lists every request it got (`GET /partner/v1/me`). */
async function recordingApi(
  status: number,
  contentType: string,
  body: string,
): Promise<{ origin: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(status, { 'Content-Type': contentType });
    res.end(body);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const me = (environment: string) =>
  JSON.stringify({
    data: { api_key: { environment, permission_preset: 'full' }, partner: { id: 'org_1', name: 'Acme' } },
  });

afterAll(async () => {
  for (const emulator of emulators) await emulator.close();
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

describe('peeker-devkit contract: usage and configuration errors (exit 2)', () => {
  it('refuses a pk_live_ key from the flag or the environment, without printing it', async () => {
    const flag = await runCli(['--base-url', 'https://api.peeker.ai/partner/v1', '--api-key', LIVE_KEY]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe(
      'peeker-devkit: contract: refusing a pk_live_ key: contract tests place orders and send invalid requests. ' +
        'Use a pk_test_ (sandbox) key, or no key to test the embedded emulator.\n',
    );
    const env = await runCli([], {
      PEEKER_BASE_URL: 'https://api.peeker.ai/partner/v1',
      PEEKER_API_KEY: LIVE_KEY,
    });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('refusing a pk_live_ key');
  });

  it('refuses a live key however it was pasted (quoted, upper case, percent-encoded), sending nothing', async () => {
    const base = ['--base-url', 'https://api.peeker.ai/partner/v1'];
    for (const key of [`"${LIVE_KEY}"`, LIVE_KEY.toUpperCase(), LIVE_KEY.replace('live_', 'live%5F')]) {
      expect(await runCli([...base, '--api-key', key])).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'peeker-devkit: contract: refusing a pk_live_ key: contract tests place orders and send invalid requests. ' +
          'Use a pk_test_ (sandbox) key, or no key to test the embedded emulator.\n',
      });
    }
  });

  it('refuses a key an HTTP header cannot carry, naming where it came from but not the key', async () => {
    const base = ['--base-url', 'https://api.peeker.ai/partner/v1'];
    expect(await runCli([...base, '--api-key', 'pk_test_…'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "peeker-devkit: contract: The key in --api-key has '…' (U+2026, as in the docs' placeholder) at character 9, which " +
        'an HTTP header cannot carry. Copy the key again: pk_test_ or pk_live_ followed by letters and digits.\n',
    });
    expect(
      await runCli(base, { PEEKER_API_KEY: `${TEST_KEY.slice(0, 12)} ${TEST_KEY.slice(12)}\n` }),
    ).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'peeker-devkit: contract: The key in $PEEKER_API_KEY has a space at character 13, which an HTTP header cannot ' +
        'carry. Copy the key again: pk_test_ or pk_live_ followed by letters and digits.\n',
    });
  });

  it('wants a base URL with --api-key', async () => {
    const result = await runCli(['--api-key', TEST_KEY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'peeker-devkit: contract: --api-key needs --base-url (or $PEEKER_BASE_URL), e.g. --base-url ' +
        'https://api.peeker.ai/partner/v1; without a target the embedded emulator is tested with its own key.\n',
    );
  });

  it('names unknown properties, formats, seeds it could not replay and a --path without a single property', async () => {
    const unknown = await runCli(['--only', 'dedupe,nope']);
    // A CLI user gets the flag that lists the names, not the library's CONTRACT_PROPERTIES.
    expect(unknown).toMatchObject({
      code: 2,
      stderr:
        'peeker-devkit: contract: Unknown property or group: nope. Groups: request-ids, errors, auth, dedupe, pagination, rate-limit, lifecycle, webhooks; ' +
        "'peeker-devkit contract --list' prints the property names.\n",
    });
    const format = await runCli(['--format', 'xml']);
    expect(format).toMatchObject({
      code: 2,
      stderr: "peeker-devkit: contract: --format expects 'human' or 'json', got 'xml'.\n",
    });
    const seed = await runCli(['--seed', '99999999999999999999']);
    expect(seed).toMatchObject({
      code: 2,
      stderr:
        "peeker-devkit: contract: --seed expects a whole number from 0 to 4294967295, got '99999999999999999999'.\n",
    });
    // Property seeds are 32-bit: 4294967297 would replay the run of seed 1.
    expect(await runCli(['--seed', '4294967296'])).toMatchObject({
      code: 2,
      stderr:
        "peeker-devkit: contract: --seed expects a whole number from 0 to 4294967295, got '4294967296'.\n",
    });
    const path = await runCli(['--only', 'errors', '--path', '1:2']);
    expect(path.code).toBe(2);
    expect(path.stderr).toContain(
      '--path replays one counterexample of one property: select exactly one with --only (selected 4).',
    );
  });

  it('diagnoses an unreachable target in one line', async () => {
    const { port, release } = await refusingPort();
    const origin = `http://127.0.0.1:${port}`;
    const result = await runCli(['--base-url', `${origin}/partner/v1`, '--api-key', TEST_KEY]).finally(
      release,
    );
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: contract: Nothing is listening at ${origin} (connection refused). Check --base-url, or start the emulator with 'peeker-devkit emulator'.\n`,
    });
  });

  it('diagnoses an unreachable target before asking for a key, and asks for one where something answers', async () => {
    const { port, release } = await refusingPort();
    const origin = `http://127.0.0.1:${port}`;
    expect(await runCli(['--base-url', `${origin}/partner/v1`]).finally(release)).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: contract: Nothing is listening at ${origin} (connection refused). Check --base-url, or start the emulator with 'peeker-devkit emulator'.\n`,
    });
    const live = await fakeApi(
      401,
      'application/json',
      '{"error":{"code":"unauthorized","message":"No key."}}',
    );
    expect(await runCli(['--base-url', `${live}/partner/v1`])).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: contract: No API key for ${live}/partner/v1: pass --api-key pk_test_… or set PEEKER_API_KEY (a full-preset sandbox key).\n`,
    });
  });

  it('gives a silent target the 15 s its diagnosis names, once in all (emulator probe and GET /me share them)', async () => {
    // With a key (emulator probe, then GET /me) and without (emulator probe, then the reachability probe), side by side.
    const runs = [['--api-key', TEST_KEY], []].map(async (key) => {
      // Timed from the first connection, not from the spawn: a busy machine can take seconds to start node.
      let firstConnectionAt = 0;
      const server = createServer(() => {});
      server.on('connection', () => {
        firstConnectionAt ||= Date.now();
      });
      servers.push(server);
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const started = Date.now();
      const result = await runCli(['--base-url', `${origin}/partner/v1`, ...key]);
      return {
        origin,
        result,
        elapsed: Date.now() - started,
        afterConnecting: Date.now() - firstConnectionAt,
      };
    });
    for (const { origin, result, elapsed, afterConnecting } of await Promise.all(runs)) {
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `peeker-devkit: contract: ${origin} did not answer within 15 s. Check that the base URL points at the Peeker API and that the server is up.\n`,
      });
      expect(elapsed).toBeGreaterThanOrEqual(15_000);
      // Both probes from one 15 s budget: two budgets would take 30 s.
      expect(afterConnecting).toBeLessThan(20_000);
    }
  }, 40_000);

  it('diagnoses a base URL that answers HTML instead of the API', async () => {
    const origin = await fakeApi(200, 'text/html', '<!doctype html><title>Welcome</title>');
    const result = await runCli(['--base-url', origin, '--api-key', TEST_KEY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `peeker-devkit: contract: GET ${origin}/me answered 200 with text/html, not JSON: is --base-url the API base ` +
        'ending in /partner/v1 (e.g. https://api.peeker.ai/partner/v1)?\n',
    );
  });

  it('diagnoses a key for the live environment per GET /me', async () => {
    const origin = await fakeApi(200, 'application/json', me('live'));
    const result = await runCli(['--base-url', `${origin}/partner/v1`, '--api-key', TEST_KEY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "peeker-devkit: contract: GET /me says this key belongs to the 'live' environment; contract tests run against " +
        'the sandbox only: use a pk_test_ key.\n',
    );
  });

  it('stops at a GET /me answering 5xx, before sending anything else, in one line', async () => {
    const plain = await recordingApi(500, 'text/plain', 'Internal Server Error');
    expect(await runCli(['--base-url', `${plain.origin}/partner/v1`, '--api-key', TEST_KEY])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `peeker-devkit: contract: GET ${plain.origin}/partner/v1/me answered 500 (text/plain: "Internal Server Error"). ` +
        'Nothing else was sent: the suite needs GET /me to confirm a full-preset pk_test_ key first. ' +
        'Check that the target is up and is the Peeker API, or try again later.\n',
    });
    // The emulator probe (answered 500 too, so no emulator) and GET /me: no write.
    expect(plain.requests).toEqual(['GET /_emulator/config', 'GET /partner/v1/me']);

    const json = await recordingApi(
      503,
      'application/json',
      JSON.stringify({ error: { code: 'internal_error', message: `Down for maintenance (${TEST_KEY}).` } }),
    );
    const result = await runCli(['--base-url', `${json.origin}/partner/v1`, '--api-key', TEST_KEY]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(
      `answered 503 (application/json: "internal_error: Down for maintenance ([redacted])."). Nothing else was sent`,
    );
    expect(json.requests).toEqual(['GET /_emulator/config', 'GET /partner/v1/me']);
  });

  it('says a JSON GET /me without the key details is not the Peeker API, not which environment the key is for', async () => {
    const other = await recordingApi(
      200,
      'application/json',
      JSON.stringify({ data: { environment: 'test', preset: 'full' } }),
    );
    expect(await runCli(['--base-url', `${other.origin}/partner/v1`, '--api-key', TEST_KEY])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `peeker-devkit: contract: GET ${other.origin}/partner/v1/me answered 200 without the key's details the Peeker ` +
        'API gives there (data.api_key.environment and data.api_key.permission_preset): is --base-url the Peeker ' +
        'API base ending in /partner/v1 (e.g. https://api.peeker.ai/partner/v1)?\n',
    });
    expect(other.requests).toEqual(['GET /_emulator/config', 'GET /partner/v1/me']);
  });

  it.each([[['--only', '']], [['--only', ' , ']], [['--only=']], [['--only', 'dedupe', '']]])(
    'refuses an --only that names nothing (%j) instead of running the whole suite',
    async (args) => {
      const result = await runCli([...args, '--num-runs', '1']);
      const value = args.length === 1 ? '' : args.at(-1)!;
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `peeker-devkit: contract: --only needs a property or group name, got '${value}'. Run 'peeker-devkit contract --list' for the names.\n`,
      });
    },
  );

  it('refuses a base URL with a user name or password before sending anything, as doctor does', async () => {
    const api = await recordingApi(200, 'application/json', me('test'));
    const url = `${api.origin.replace('http://', 'http://user:s3cretpw@')}/partner/v1`;
    for (const [args, env] of [
      [['--base-url', url, '--api-key', TEST_KEY], {}],
      [[], { PEEKER_BASE_URL: url, PEEKER_API_KEY: TEST_KEY }],
    ] as const) {
      const result = await runCli([...args], env);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: 'peeker-devkit: contract: --base-url must not carry a user name or password.\n',
      });
      expect(result.stderr).not.toContain('s3cretpw');
    }
    expect(api.requests).toEqual([]);
  });

  it('refuses plain http to another machine', async () => {
    const result = await runCli(['--base-url', 'http://api.peeker.ai/partner/v1', '--api-key', TEST_KEY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'peeker-devkit: contract: --base-url http://api.peeker.ai is plain http on another machine: the key would cross ' +
        'the network in clear. Use https://.\n',
    );
  });
});

describe('peeker-devkit contract: runs', () => {
  let faulty: RunningEmulator;
  beforeAll(async () => {
    faulty = await startEmulator({ seed: 3, faults: ['totals_in_meta'] });
    emulators.push(faulty);
  });

  it('tests the embedded emulator by default, prints a summary per contract and writes JUnit (exit 0)', async () => {
    const junit = join(scratch.dir(), 'contract.xml');
    const only = ['--only', 'request-ids.present-on-every-response', 'request-ids.unique-across-calls'];
    const result = await runCli([...only, '--num-runs', '2', '--seed', '5', '--junit', junit]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Peeker contract tests — embedded emulator http:\/\/127\.0\.0\.1:\d+\/partner\/v1\nseed 5 · 2 runs per property\n/,
    );
    expect(result.stdout).toMatch(/\n {2}✓ request-ids\.present-on-every-response {2}4 runs, 4 requests, /);
    expect(result.stdout).toMatch(/\n {2}✓ request-ids\.unique-across-calls {8}2 runs, \d+ requests, /);
    expect(result.stdout).toContain('\nSummary per contract\n  Request ids  2/2 hold\n');
    expect(result.stdout).toMatch(/\nAll 2 properties hold\. \d+ requests · \d+ control calls · /);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain(
      '<testsuite name="request-ids: Request ids" tests="2" failures="0" errors="0" skipped="0"',
    );
    expect(xml).toContain(
      '<testcase classname="contract.request-ids" name="request-ids.unique-across-calls"',
    );
  });

  it("prints the embedded emulator's warnings as one line of its own, not as a Node warning", async () => {
    const only = ['--only', 'request-ids.present-on-every-response', '--num-runs', '1'];
    const result = await runCli(only, { PEEKER_EMULATOR_RESPONSE_CACHE: 'bogus' });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'peeker-devkit: contract: embedded emulator: PEEKER_EMULATOR_RESPONSE_CACHE="bogus" is not on, off or verify; the response cache stays on.\n',
    );
    expect(result.stderr).not.toContain('(node:');
  });

  it('takes --only names separated by spaces in one value, as from --only "$PROPS"', async () => {
    const two = 'request-ids.present-on-every-response  request-ids.unique-across-calls';
    const result = await runCli(['--only', two, '--path', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('select exactly one with --only (selected 2)');
  });

  it('reports a broken promise with its counterexample, request id and a replay command that reproduces it (exit 1)', async () => {
    const args = [
      '--base-url',
      faulty.baseUrl,
      '--only',
      'pagination.no-totals',
      '--num-runs',
      '3',
      '--seed',
      '9',
    ];
    const result = await runCli(args);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  ✗ pagination.no-totals  failed');
    expect(result.stdout).toContain(
      '  Promise: "There are no totals (total, total_count, etc.) in v1 - page to the end and accumulate if you need an exact count."',
    );
    expect(result.stdout).toMatch(
      / {2}Broken: {2}GET \/partner\/v1\/\S+ → 200 \(req_[0-9A-Z]{26}\) carries totals: meta\.total\./,
    );
    expect(result.stdout).toMatch(
      / {2}Counterexample \(after \d+ shrinks?\):\n {4}\{"list":"GET \/[a-z/]+","size":\d+\}/,
    );
    expect(result.stdout).toMatch(/ {2}Response: 200 · Peeker-Request-Id: req_[0-9A-Z]{26} · \d+ ms\n/);
    const replay = /Replay: {2}peeker-devkit contract (.+)\n/.exec(result.stdout)?.[1];
    expect(replay).toMatch(
      new RegExp(
        `^--base-url ${faulty.baseUrl} --only pagination.no-totals --seed 9 --num-runs 3 --path [0-9:]+$`,
      ),
    );
    const again = await runCli(replay!.split(' '));
    expect(again.code).toBe(1);
    const broken = (text: string) => /Broken: {2}(GET \S+)/.exec(text)?.[1]?.replace(/page_token=\S+/, '');
    expect(broken(again.stdout)).toBe(broken(result.stdout));
  });

  it('calls a --path that names no case a usage error (exit 2), not a broken property', async () => {
    const only = ['--base-url', faulty.baseUrl, '--only', 'pagination.no-totals', '--path', '9:9:9:9'];
    expect(await runCli([...only, '--num-runs', '1', '--seed', '4'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'peeker-devkit: contract: --path 9:9:9:9 names no case of pagination.no-totals with --seed 4 --num-runs 1; ' +
        'copy the Replay line of the report exactly.\n',
    });
    // A case index at or past the run count was never generated with these options.
    expect(await runCli([...only.slice(0, -1), '3', '--num-runs', '3', '--seed', '4'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'peeker-devkit: contract: --path 3 names no case of pagination.no-totals with --seed 4 --num-runs 3; ' +
        'copy the Replay line of the report exactly.\n',
    });
    const unseeded = await runCli(only);
    expect(unseeded).toMatchObject({ code: 2, stdout: '' });
    expect(unseeded.stderr).toMatch(
      /^peeker-devkit: contract: --path 9:9:9:9 names no case of pagination\.no-totals with --seed \d+ \(random: none was given\) --num-runs 30 \(the default\); copy the Replay line of the report exactly\.\n$/,
    );
  });

  it('replays only the case a --path names, not the cases after it', async () => {
    const result = await runCli([
      '--only',
      'dedupe.same-body-same-order',
      '--seed',
      '1',
      '--num-runs',
      '3',
      '--path',
      '2',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { results: { name: string; status: string; runs: number }[] };
    expect(report.results.map(({ name, status, runs }) => ({ name, status, runs }))).toEqual([
      { name: 'dedupe.same-body-same-order', status: 'passed', runs: 1 },
    ]);
  });

  it('writes the report as JSON with --format json', async () => {
    const result = await runCli([
      '--base-url',
      faulty.baseUrl,
      '--only',
      'pagination.no-totals',
      '--num-runs',
      '2',
      '--seed',
      '9',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      target: { kind: 'emulator', baseUrl: faulty.baseUrl, activeFaults: ['totals_in_meta'] },
      seed: 9,
      numRuns: 2,
      passed: false,
      results: [
        { name: 'pagination.no-totals', group: 'pagination', status: 'failed', needsEmulator: false },
      ],
    });
    expect(report.results[0].failure.exchange.requestId).toMatch(/^req_[0-9A-Z]{26}$/);
  });

  it('skips what needs the emulator against a server without its control API', async () => {
    const origin = await fakeApi(200, 'application/json', me('test'));
    const result = await runCli([
      '--base-url',
      `${origin}/partner/v1`,
      '--api-key',
      TEST_KEY,
      '--only',
      'rate-limit,webhooks',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '\n  - rate-limit.cap-enforced-with-retry-after  skipped: needs emulator\n',
    );
    expect(result.stdout).toContain(
      '\n  Rate limit  2 skipped (needs emulator)\n  Webhooks    5 skipped (needs emulator)\n',
    );
    expect(result.stdout).toMatch(/\nNo property ran\. 7 skipped · 1 request · \d+ ms\n$/);
    expect(result.stdout).toContain('Clean-up: cancelled 0 of 0 orders created by the run');
  });

  it('checks the --junit path before running: a directory or a missing folder is exit 2 at once', async () => {
    const { emulator, client } = await userEmulator();
    const directory = scratch.dir();
    const args = ['--base-url', emulator.baseUrl, '--only', 'request-ids', '--num-runs', '1', '--junit'];
    expect(await runCli([...args, directory])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `peeker-devkit: contract: cannot write the JUnit report to '${directory}': it is a directory; ` +
        `name a file, e.g. --junit ${directory}/contract.xml.\n`,
    });
    expect(await runCli([...args, join(directory, 'missing', 'contract.xml')])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `peeker-devkit: contract: cannot write the JUnit report to '${directory}/missing/contract.xml': ` +
        `the directory '${directory}/missing' does not exist.\n`,
    });
    // An empty path, and a new folder's name ending in '/': dirname() looked at the folder above.
    expect(await runCli([...args, ''])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'peeker-devkit: contract: --junit needs a file path, got an empty one.\n',
    });
    expect(await runCli([...args.slice(0, -1), '--junit='])).toMatchObject({ code: 2, stdout: '' });
    expect(await runCli([...args, join(directory, 'newdir/')])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `peeker-devkit: contract: cannot write the JUnit report to '${directory}/newdir/': it names a directory ` +
        `(it ends in '/'); name a file, e.g. --junit ${directory}/newdir/contract.xml.\n`,
    });
    // Nothing ran: the suite would have minted a key on the emulator.
    expect((await client.control('GET', '/keys')).body.data).toHaveLength(1);
  });

  it.skipIf(!existsSync('/dev/full'))(
    'prints the finished report, then the error, when the JUnit report still cannot be written (exit 2)',
    async () => {
      const result = await runCli([
        '--only',
        'request-ids.present-on-every-response',
        '--num-runs',
        '1',
        '--junit',
        '/dev/full',
      ]);
      expect(result.code).toBe(2);
      expect(result.stdout).toMatch(
        /\nAll 1 property hold\. \d+ requests · \d+ control calls · (?:\d+ ms|\d+\.\d s)\n$/,
      );
      expect(result.stderr).toBe(
        "peeker-devkit: contract: cannot write the JUnit report to '/dev/full' (ENOSPC).\n",
      );
    },
  );

  it('lists every property with --list', async () => {
    const result = await runCli(['--list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Request ids \(request-ids\)\n {2}request-ids\.present-on-every-response\n/,
    );
    expect(result.stdout).toContain('  rate-limit.retry-after-is-enough  [needs emulator]\n');
  });
});

/**
 * A sandbox-like target on 127.0.0.1 (no control API) whose key checks out but that answers every
 * other call 429 with `retry_after_seconds`; `sent` has the time of each of those calls.
 */
async function rateLimitedSandbox(retryAfterSeconds: number): Promise<{ baseUrl: string; sent: number[] }> {
  const sent: number[] = [];
  const server = createServer((req, res) => {
    const headers = {
      'Content-Type': 'application/json',
      'Peeker-Request-Id': 'req_01HZX0E5K7N9P2Q4R6S8T0U1V3',
    };
    if (req.url === '/partner/v1/me') {
      res.writeHead(200, headers).end(me('test'));
      return;
    }
    if (!req.url?.startsWith('/_emulator')) sent.push(Date.now());
    res.writeHead(req.url?.startsWith('/_emulator') ? 404 : 429, headers);
    res.end(
      JSON.stringify({
        error: {
          code: 'rate_limited',
          message: 'Too many requests.',
          details: { retry_after_seconds: retryAfterSeconds },
        },
      }),
    );
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/partner/v1`, sent };
}

describe('peeker-devkit contract: interrupted while waiting out a 429', () => {
  it('exits right after the Interrupted line and sends nothing more (not after retry_after_seconds)', async () => {
    const { baseUrl, sent } = await rateLimitedSandbox(60);
    let signalledAt = 0;
    let exitedAt = 0;
    const result = await runCli(['--base-url', baseUrl, '--api-key', TEST_KEY], {}, (child) => {
      const poll = setInterval(() => {
        if (sent.length === 0) return;
        clearInterval(poll);
        signalledAt = Date.now();
        child.kill('SIGINT');
      }, 10);
      child.on('exit', () => {
        exitedAt = Date.now();
        clearInterval(poll);
      });
    });
    expect(result).toEqual({
      code: 130,
      stdout: '',
      stderr: `peeker-devkit: contract: Interrupted (SIGINT) before clean-up: 0 orders this run placed on ${baseUrl} were not cancelled.\n`,
    });
    expect(exitedAt - signalledAt).toBeLessThan(2_000);
    expect(sent.filter((at) => at > signalledAt)).toEqual([]);
  }, 20_000);
});

/** A partner's webhook handler on 127.0.0.1: answers 401 to deliveries its secret does not verify, like a real one. */
async function userWebhookHandler(): Promise<{ url: string; verdicts: number[] }> {
  const verdicts: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const status = verifyWebhook(Buffer.concat(chunks), req.headers, USER_WEBHOOK_SECRET).ok ? 200 : 401;
      verdicts.push(status);
      res.writeHead(status).end();
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, verdicts };
}

/** The user's emulator: its own webhook URL and secret, the default rate cap. */
async function userEmulator(): Promise<{
  emulator: RunningEmulator;
  client: EmulatorClient;
  verdicts: number[];
}> {
  const handler = await userWebhookHandler();
  const emulator = await startEmulator({
    port: 0,
    webhookUrl: handler.url,
    webhookSecret: USER_WEBHOOK_SECRET,
  });
  emulators.push(emulator);
  return { emulator, client: new EmulatorClient(emulator), verdicts: handler.verdicts };
}

describe('peeker-devkit contract: a running emulator ends as it was', () => {
  it("puts back the webhook URL and secret after the webhook properties (deliveries verify at the user's handler)", async () => {
    const { emulator, client, verdicts } = await userEmulator();
    const before = (await client.control('GET', '/config')).body;
    const result = await runCli(['--base-url', emulator.baseUrl, '--only', 'webhooks', '--num-runs', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\nAll 5 properties hold\. /);
    expect((await client.control('GET', '/config')).body).toEqual(before);
    expect((await client.control('GET', '/config/snapshots')).body).toEqual({ data: [] });
    await client.api('POST', '/orders', { body: sampleOrderBody(['after-suite-acme.com']) });
    await client.advance(0);
    expect(verdicts.length).toBeGreaterThan(0);
    expect(new Set(verdicts)).toEqual(new Set([200]));
  });

  // SIGHUP: its terminal (ssh, tmux, VS Code) closed.
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('puts the settings back when %s stops the run, and says so (exit %i)', async (signal, code) => {
    const { emulator, client, verdicts } = await userEmulator();
    const before = (await client.control('GET', '/config')).body;
    const result = await runCli(['--base-url', emulator.baseUrl, '--only', 'webhooks'], {}, (child) => {
      // Stop it once the suite has pointed the emulator's webhooks at its own receiver: one signal
      // only, a second one would kill the CLI at once.
      const poll = setInterval(async () => {
        const config = (await client.control('GET', '/config')).body as { data: { webhook_url: string } };
        if (config.data.webhook_url === before.data.webhook_url || child.killed) return;
        clearInterval(poll);
        child.kill(signal);
      }, 20);
      child.on('exit', () => clearInterval(poll));
    });
    expect(result).toEqual({
      code,
      stdout: '',
      stderr: `peeker-devkit: contract: Interrupted (${signal}); restored the settings of the emulator at ${emulator.baseUrl}.\n`,
    });
    expect((await client.control('GET', '/config')).body).toEqual(before);
    expect((await client.control('GET', '/config/snapshots')).body).toEqual({ data: [] });
    await client.api('POST', '/orders', {
      body: sampleOrderBody([`after-${signal.toLowerCase()}-acme.com`]),
    });
    await client.advance(0);
    expect(verdicts.length).toBeGreaterThan(0);
    expect(new Set(verdicts)).toEqual(new Set([200]));
  });

  it("puts back the settings an earlier run saved but never restored (it was killed) before taking them as the user's", async () => {
    const { emulator, client, verdicts } = await userEmulator();
    const before = (await client.control('GET', '/config')).body;
    // What `kill -9` during a run leaves: the suite's snapshot, its cap and its (dead) receiver.
    await client.control('POST', '/config/snapshots', { label: 'peeker-devkit contract' });
    await client.control('PUT', '/config', {
      rate_limit_per_minute: 1_000_000,
      webhook_url: 'http://127.0.0.1:9/webhooks/peeker',
      webhook_secret: 'whsec_suite0000000000000000',
    });
    const result = await runCli([
      '--base-url',
      emulator.baseUrl,
      '--only',
      'request-ids.present-on-every-response',
      '--num-runs',
      '1',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '\nClean-up: put back the emulator settings that an earlier contract run saved and never restored (it did not finish)\n',
    );
    expect((await client.control('GET', '/config')).body).toEqual(before);
    expect((await client.control('GET', '/config/snapshots')).body).toEqual({ data: [] });
    // The probes' orders were delivered to the user's handler too: every delivery must verify there.
    await client.api('POST', '/orders', { body: sampleOrderBody(['after-leftovers-acme.com']) });
    await client.advance(0);
    expect(verdicts.length).toBeGreaterThan(0);
    expect(new Set(verdicts)).toEqual(new Set([200]));
  });
});

/**
 * A sandbox-like proxy (no control API) in front of a fresh emulator that closes the connection,
 * unanswered, on any `POST` whose body is not JSON.
 */
async function sandboxDroppingMalformedJson(): Promise<{ baseUrl: string; apiKey: string }> {
  const emulator = await startEmulator({ port: 0 });
  emulators.push(emulator);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.url?.startsWith('/_emulator')) {
        res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":{"code":"not_found"}}');
        return;
      }
      if (req.method === 'POST' && body !== '') {
        try {
          JSON.parse(body);
        } catch {
          req.socket.destroy();
          return;
        }
      }
      const response = await fetch(new URL(req.url ?? '/', emulator.url), {
        method: req.method ?? 'GET',
        headers: {
          ...(req.headers.authorization ? { Authorization: req.headers.authorization } : {}),
          ...(req.headers['content-type'] ? { 'Content-Type': req.headers['content-type'] } : {}),
        },
        ...(body === '' ? {} : { body }),
      });
      res.writeHead(response.status, {
        'Content-Type': response.headers.get('content-type') ?? 'application/json',
        'Peeker-Request-Id': response.headers.get('peeker-request-id') ?? '',
      });
      res.end(await response.text());
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/partner/v1`,
    apiKey: emulator.apiKey,
  };
}

describe('peeker-devkit contract: a target that stops answering mid-run', () => {
  it('still prints the report (JSON) and writes the JUnit file, then names the request, exit 2', async () => {
    const { baseUrl, apiKey } = await sandboxDroppingMalformedJson();
    const junit = join(scratch.dir(), 'contract-stop.xml');
    const only = 'request-ids.unique-across-calls,errors.status-matches-code';
    const result = await runCli(
      [
        '--base-url',
        baseUrl,
        '--only',
        only,
        '--seed',
        '7',
        '--num-runs',
        '3',
        '--format',
        'json',
        '--junit',
        junit,
      ],
      { PEEKER_API_KEY: apiKey },
    );
    expect(result.code).toBe(2);
    const origin = new URL(baseUrl).origin;
    expect(result.stderr).toMatch(
      new RegExp(
        "^peeker-devkit: contract: The target stopped answering during errors\\.status-matches-code: POST /orders with a malformed JSON body \\('[^']*'\\) got no usable answer: " +
          `${origin.replace(/\./g, '\\.')} closed the connection\\. .+ It had answered the run's \\d+ earlier requests: it is this request it does not handle\\.\\n$`,
      ),
    );
    const report = JSON.parse(result.stdout) as {
      passed: boolean;
      results: { name: string; status: string; reason?: string }[];
      cleanup: string[];
    };
    expect(report.passed).toBe(false);
    expect(report.results.map((r) => `${r.name} ${r.status}`)).toEqual([
      'request-ids.unique-across-calls passed',
      'errors.status-matches-code error',
    ]);
    expect(`peeker-devkit: contract: ${report.results[1]!.reason}\n`).toBe(result.stderr);
    expect(report.cleanup).toContain('deleted 1 of 1 bundles created by the run');
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/<testsuites [^>]*tests="2" failures="0" errors="1"/);
    expect(xml).toContain('name="errors.status-matches-code"');
  });
});
