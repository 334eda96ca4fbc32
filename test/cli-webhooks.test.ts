import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhooksCommand } from '../cli/commands/webhooks';
import { verifyWebhook } from '../webhooks/signature';
import { captureOutput } from './helpers/capture-output';
import { refusingPort } from './helpers/ports';
import { type CliResult, runCli as runBuiltCli } from './helpers/run-cli';

// Deliberately not in a `whsec_` shape: the CLI must hide the secret it was given, whatever it looks like.
const SECRET = 'shh-cli-secret-7d1f';

/** Runs the built CLI; whatever the command did, the secret must never reach the terminal. */
async function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  stdin?: string | Buffer,
): Promise<CliResult> {
  const result = await runBuiltCli(args, { env: { PEEKER_WEBHOOK_SECRET: undefined, ...env }, stdin });
  expect(result.stdout).not.toContain(SECRET);
  expect(result.stderr).not.toContain(SECRET);
  return result;
}

const servers: Server[] = [];

async function startEndpoint(verifies: boolean): Promise<string> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const accepted = !verifies || verifyWebhook(Buffer.concat(chunks), req.headers, SECRET).ok;
      res.writeHead(accepted ? 200 : 401).end();
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/peeker`;
}

let correctUrl: string;
let unverifiedUrl: string;

beforeAll(async () => {
  correctUrl = await startEndpoint(true);
  unverifiedUrl = await startEndpoint(false);
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

describe('peeker-devkit webhooks --help', () => {
  it('prints usage, both subcommands and examples', async () => {
    const { code, stdout } = await runCli(['webhooks', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'peeker-devkit webhooks check --url URL [--secret S] [--timeout-ms N] [--format human|json]',
    );
    expect(stdout).toContain('peeker-devkit webhooks sign [--secret S] [--timestamp N] <body-file | ->');
    expect(stdout).toContain('curl -H @headers.txt');
    expect(stdout).toContain('Exit codes: 0 every check passed');
  });

  it('is listed in the top-level help', async () => {
    const { stdout } = await runCli(['--help']);
    expect(stdout).toMatch(/^ {2}webhooks +Check your webhook handler/m);
  });
});

describe('peeker-devkit webhooks check', () => {
  it('exits 0 and prints a table per rule when every check passes', async () => {
    const { code, stdout, stderr } = await runCli([
      'webhooks',
      'check',
      '--url',
      correctUrl,
      '--secret',
      SECRET,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`Webhook handler check: ${correctUrl}`);
    expect(lines.filter((line) => line.startsWith('Rule '))).toEqual([
      'Rule 1: Verify the signature',
      'Rule 2: Make the handler idempotent',
      'Rule 3: Return 2xx fast',
      "Rule 4: Don't trust event ordering",
    ]);
    expect(stdout).toMatch(
      /^ {2}✓ bad signature rejected +expected non-2xx \(4xx expected\) +got 401 in \d+ ms$/m,
    );
    expect(stdout).toMatch(
      /^ {2}✓ every valid delivery answered within 10 s +expected answered within 10 s +got slowest \d+ ms: /m,
    );
    expect(stdout).not.toContain('✗');
    expect(stdout).not.toContain('\u001b[');
    expect(lines.at(-2)).toBe('All 12 checks passed.');
  });

  it('exits 1 and says what to do when the handler does not verify signatures', async () => {
    const { code, stdout } = await runCli(['webhooks', 'check', '--url', unverifiedUrl, '--secret', SECRET]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^ {2}✗ bad signature rejected +expected non-2xx \(4xx expected\) +got 200 in \d+ ms$/m,
    );
    expect(stdout).toContain(
      '      → Treat a request without Peeker-Signature as forged: answer 400 and ignore the body.',
    );
    // The copy under another Peeker-Event-Id and the event were both answered 2xx: as a handler that
    // dedupes on the signed body id answers, so not a failure, but a note on what it cannot show.
    expect(stdout).toMatch(
      /^ {2}✓ replay under a forged Peeker-Event-Id +expected copy 4xx \(or 2xx\), then 2xx +got 200 in \d+ ms, 200 in \d+ ms$/m,
    );
    expect(stdout).toContain(
      "      note: Both answered 2xx. The checker only sees the responses: this is safe if the handler dedupes on the signed body's id (the event processed once), not if it dedupes on Peeker-Event-Id (processed twice). Answer 400 when the header differs from the body's id (verifyWebhook: event_id_mismatch) for the check to show it.",
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('5 of 12 checks failed.');
  });

  it('exits 0 for a handler that verifies the raw body and dedupes on the signed body id, answering a copy under another Peeker-Event-Id 2xx', async () => {
    const seen = new Set<string>();
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const timestamp = String(req.headers['peeker-timestamp']);
        const expected = `v1=${createHmac('sha256', SECRET).update(`${timestamp}.`).update(raw).digest('hex')}`;
        const fresh = Math.abs(Number(timestamp) - Date.now() / 1000) <= 300;
        if (req.headers['peeker-signature'] !== expected || !fresh) return void res.writeHead(400).end();
        const { id } = JSON.parse(raw.toString('utf8')) as { id: string };
        if (seen.has(id)) return void res.writeHead(200).end(); // already processed: skip the work
        seen.add(id);
        res.writeHead(200).end();
      });
    });
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/h`;
    const { code, stdout } = await runCli(['webhooks', 'check', '--url', url, '--secret', SECRET]);
    expect(code).toBe(0);
    const lines = stdout.replace(/\d+ ms/g, 'N ms').split('\n');
    expect(lines.filter((line) => line.includes('Peeker-Event-Id'))).toEqual([
      '  ✓ replay under a forged Peeker-Event-Id          expected copy 4xx (or 2xx), then 2xx  got 200 in N ms, 200 in N ms',
      "      note: Both answered 2xx. The checker only sees the responses: this is safe if the handler dedupes on the signed body's id (the event processed once), not if it dedupes on Peeker-Event-Id (processed twice). Answer 400 when the header differs from the body's id (verifyWebhook: event_id_mismatch) for the check to show it.",
    ]);
    expect(stdout).not.toContain('✗');
    expect(lines.at(-2)).toBe('All 12 checks passed.');
  });

  it('marks forged, duplicate and out-of-order deliveries ? (not shown), not ✓ or ✗, when a wrong URL answers 404 to every delivery', async () => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(404).end());
    });
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/nope`;
    const { code, stdout } = await runCli(['webhooks', 'check', '--url', url, '--secret', SECRET]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^ {2}\? bad signature rejected +expected non-2xx \(4xx expected\) +got 404 in \d+ ms$/m,
    );
    expect(stdout).not.toMatch(/✓ .* rejected/);
    expect(stdout).toContain('      → The endpoint answered 404 (not found): check the URL and path');
    expect(stdout).not.toContain('HMAC-SHA256');
    // Idempotency and ordering advice would send the reader after a handler bug that is not shown.
    expect(stdout).toMatch(
      /^ {2}\? duplicate delivery answered 2xx both times +expected 2xx for each delivery +got 404 in \d+ ms, 404 in \d+ ms$/m,
    );
    expect(stdout).toContain(
      '      → Not shown: the valid signed delivery was refused too (404), so these answers say nothing about duplicate handling. Fix what "valid signed delivery accepted" names, then run the check again.',
    );
    expect(stdout).not.toContain('Accept events in any order');
    expect(stdout).not.toContain('skip the work but still answer 200');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 of 12 checks failed; 10 not shown.');
  });

  it('fails rule 3, in both formats, when the handler drops every delivery instead of answering', async () => {
    const server = createServer((req) => {
      req.resume();
      req.on('end', () => req.socket.destroy());
    });
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;

    const human = await runCli(['webhooks', 'check', '--url', url, '--secret', SECRET]);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(
      /^ {2}✗ every valid delivery answered within 10 s +expected answered within 10 s +got slowest \d+ ms: .+, no answer$/m,
    );
    expect(human.stdout).toContain(
      '      → None of the 9 valid deliveries was answered (each connection was closed or refused without an HTTP response), so how fast the handler answers is unknown: fix what the rule-1 check names, then run the check again.',
    );
    expect(human.stdout).not.toContain('✓ every valid delivery');

    const json = await runCli(['webhooks', 'check', '--url', url, '--secret', SECRET, '--format', 'json']);
    const report = JSON.parse(json.stdout) as {
      checks: Array<{ rule: number; name: string; passed: boolean }>;
    };
    expect(report.checks.filter((check) => check.rule === 3)).toMatchObject([
      { name: 'every valid delivery answered within 10 s', passed: false },
    ]);
  });

  it('reads the secret from PEEKER_WEBHOOK_SECRET and prints JSON with --format json', async () => {
    const { code, stdout } = await runCli(['webhooks', 'check', '--url', correctUrl, '--format', 'json'], {
      PEEKER_WEBHOOK_SECRET: SECRET,
    });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { passed: boolean; url: string; checks: Array<{ passed: boolean }> };
    expect(report.passed).toBe(true);
    expect(report.url).toBe(correctUrl);
    expect(report.checks).toHaveLength(12);
  });

  it('colours the marks when colour is forced', async () => {
    const { stdout } = await runCli(['webhooks', 'check', '--url', correctUrl, '--secret', SECRET], {
      NO_COLOR: undefined,
      FORCE_COLOR: '1',
    });
    expect(stdout).toContain('\u001b[32m✓\u001b[39m');
  });

  it('hides the secret even when it appears in the URL', async () => {
    const { code, stdout } = await runCli(['webhooks', 'check', '--url', `${correctUrl}?token=${SECRET}`], {
      PEEKER_WEBHOOK_SECRET: SECRET,
    });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`Webhook handler check: ${correctUrl}?token=[secret]`);
  });

  it('leaves the URL and event ids of --format json intact with a secret too short to hide (1)', async () => {
    const { code, stdout } = await runCli([
      'webhooks',
      'check',
      '--url',
      unverifiedUrl,
      '--secret',
      '1',
      '--format',
      'json',
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      url: string;
      checks: Array<{ expectation: string; observed: Array<{ eventId: string }> }>;
    };
    expect(report.url).toBe(unverifiedUrl);
    expect(report.checks[0]!.expectation).toBe('2xx');
    const ids = report.checks.flatMap((check) => check.observed.map((o) => o.eventId));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('hides all of a whsec_ secret with - _ + / = in it, not just its leading letters and digits', async () => {
    const secret = 'whsec_Ab3-xY9_Zq+/Kp==';
    const { stdout, stderr } = await runCli(['webhooks', 'check', '--url', `${unverifiedUrl}?k=${secret}`], {
      PEEKER_WEBHOOK_SECRET: secret,
    });
    expect(stdout.split('\n')[0]).toBe(`Webhook handler check: ${unverifiedUrl}?k=[secret]`);
    expect(stdout + stderr).not.toMatch(/Zq|Kp==/);
  });

  it('exits 1 with a one-line diagnosis when nothing listens at the URL', async () => {
    const { port, release } = await refusingPort();
    const { code, stdout, stderr } = await runCli([
      'webhooks',
      'check',
      '--url',
      `http://127.0.0.1:${port}/`,
      '--secret',
      SECRET,
    ]).finally(release);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      `Webhook handler check: http://127.0.0.1:${port}/\n\n` +
        `✗ Could not reach the endpoint: connection refused by 127.0.0.1:${port}: is the server running and listening on that port?\n`,
    );
  });

  it.each([
    [
      'a missing --url',
      ['webhooks', 'check', '--secret', SECRET],
      'webhooks check: --url is required, e.g. --url http://localhost:3000/webhooks.',
    ],
    [
      'a missing secret',
      ['webhooks', 'check', '--url', 'http://127.0.0.1:9/'],
      'webhooks check: no webhook secret; pass --secret or set PEEKER_WEBHOOK_SECRET.',
    ],
    [
      'a URL that is not http(s)',
      ['webhooks', 'check', '--url', 'ftp://127.0.0.1/hooks', '--secret', SECRET],
      "webhooks check: --url 'ftp://127.0.0.1/hooks' is not an http:// or https:// URL.",
    ],
    [
      'a URL with a user name and password (never echoed)',
      ['webhooks', 'check', '--url', 'http://admin:hunter2@127.0.0.1:9/hook', '--secret', SECRET],
      "webhooks check: --url 'http://admin:***@127.0.0.1:9/hook' has a user name or password in it; webhook deliveries carry no credentials (handlers authenticate them by their Peeker-Signature): remove the 'user:password@' part.",
    ],
    [
      'a URL without a scheme',
      ['webhooks', 'check', '--url', 'localhost:3000/hooks', '--secret', SECRET],
      "webhooks check: --url 'localhost:3000/hooks' is not an http:// or https:// URL.",
    ],
    [
      'an unknown format',
      ['webhooks', 'check', '--url', 'http://127.0.0.1:9/', '--secret', SECRET, '--format', 'xml'],
      "webhooks check: --format expects 'human' or 'json', got 'xml'.",
    ],
    [
      'a bad timeout',
      ['webhooks', 'check', '--url', 'http://127.0.0.1:9/', '--secret', SECRET, '--timeout-ms', '0'],
      "webhooks check: --timeout-ms expects a whole number from 1 to 2147483647, got '0'.",
    ],
    [
      'a timeout longer than a Node timer takes',
      ['webhooks', 'check', '--url', 'http://127.0.0.1:9/', '--secret', SECRET, '--timeout-ms', '3000000000'],
      "webhooks check: --timeout-ms expects a whole number from 1 to 2147483647, got '3000000000'.",
    ],
    [
      'no subcommand',
      ['webhooks'],
      "webhooks: expected 'check' or 'sign'. Run 'peeker-devkit webhooks --help'.",
    ],
    [
      'an unknown subcommand',
      ['webhooks', 'verify'],
      "webhooks: unknown subcommand 'verify'; expected 'check' or 'sign'.",
    ],
    [
      'an option where the subcommand goes: an unknown option, not an unknown subcommand',
      ['webhooks', '--bogus'],
      "webhooks: unknown option '--bogus'. Run 'peeker-devkit webhooks --help' for the options.",
    ],
  ])('exits 2 with one line for %s', async (_case, args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`peeker-devkit: ${message}\n`);
  });
});

describe('peeker-devkit webhooks sign', () => {
  // Made while the tests are collected: the tables below name its files.
  const dir = mkdtempSync(join(tmpdir(), 'peeker-webhooks-sign-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const body = '{"id":"evt_01J0CLI","type":"order.in_progress"}';
  const bodyFile = join(dir, 'event.json');
  writeFileSync(bodyFile, body);
  // HMAC-SHA256(SECRET, "1700000000." + body), computed outside Node with Python's hmac module.
  const expectedHeaders =
    'Peeker-Event-Id: evt_01J0CLI\n' +
    'Peeker-Timestamp: 1700000000\n' +
    'Peeker-Signature: v1=b5ef29c1236cd93cc4811e7aa8b11cfe74afb2665c876e663bf277bec31c6faf\n';

  it('prints the three headers for a body file', async () => {
    const { code, stdout, stderr } = await runCli([
      'webhooks',
      'sign',
      '--secret',
      SECRET,
      '--timestamp',
      '1700000000',
      bodyFile,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(expectedHeaders);
  });

  it("reads the body from stdin with '-' and the secret from the environment", async () => {
    const { code, stdout } = await runCli(
      ['webhooks', 'sign', '--timestamp', '1700000000', '-'],
      { PEEKER_WEBHOOK_SECRET: SECRET },
      body,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(expectedHeaders);
  });

  it('reads the event id from a body that starts with a UTF-8 byte order mark, and signs the bytes as they are', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"evt_bom"}')]);
    const { code, stdout } = await runCli(
      ['webhooks', 'sign', '--secret', SECRET, '--timestamp', '1700000000', '-'],
      {},
      withBom,
    );
    expect(code).toBe(0);
    const headers = Object.fromEntries(
      stdout
        .trim()
        .split('\n')
        .map((line) => line.split(': ') as [string, string]),
    );
    expect(headers['Peeker-Event-Id']).toBe('evt_bom');
    expect(verifyWebhook(withBom, headers, SECRET, { now: () => 1_700_000_000 })).toMatchObject({ ok: true });
  });

  it('signs with the current time and a fresh event id when the body has none', async () => {
    const plain = join(dir, 'plain.txt');
    writeFileSync(plain, 'not json');
    const before = Math.floor(Date.now() / 1000);
    const { code, stdout } = await runCli(['webhooks', 'sign', '--secret', SECRET, plain]);
    expect(code).toBe(0);
    const headers = Object.fromEntries(
      stdout
        .trim()
        .split('\n')
        .map((line) => line.split(': ') as [string, string]),
    );
    expect(headers['Peeker-Event-Id']).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(Number(headers['Peeker-Timestamp'])).toBeGreaterThanOrEqual(before);
    expect(verifyWebhook('not json', headers, SECRET).ok).toBe(true);
  });

  it.each([
    [
      'no body file',
      ['webhooks', 'sign', '--secret', SECRET],
      "webhooks sign: expected one body file (or '-' for stdin), got 0.",
    ],
    [
      'a missing body file',
      ['webhooks', 'sign', '--secret', SECRET, '/nonexistent/event.json'],
      "webhooks sign: cannot read body file '/nonexistent/event.json': no such file.",
    ],
    [
      'a missing secret',
      ['webhooks', 'sign', bodyFile],
      'webhooks sign: no webhook secret; pass --secret or set PEEKER_WEBHOOK_SECRET.',
    ],
    [
      'a bad timestamp',
      ['webhooks', 'sign', '--secret', SECRET, '--timestamp', 'now', bodyFile],
      "webhooks sign: --timestamp expects a whole number from 0 to 99999999999, got 'now'.",
    ],
    [
      'a negative timestamp',
      ['webhooks', 'sign', '--secret', SECRET, '--timestamp', '-5', bodyFile],
      "webhooks sign: --timestamp expects a whole number from 0 to 99999999999, got '-5'.",
    ],
    [
      'a timestamp a double cannot hold exactly',
      ['webhooks', 'sign', '--secret', SECRET, '--timestamp', '9007199254740993', bodyFile],
      "webhooks sign: --timestamp expects a whole number from 0 to 99999999999, got '9007199254740993'.",
    ],
    [
      'a timestamp in milliseconds (Date.now())',
      ['webhooks', 'sign', '--secret', SECRET, '--timestamp', '1700000000000', bodyFile],
      'webhooks sign: --timestamp 1700000000000 looks like milliseconds (as Date.now() gives); it takes Unix seconds, e.g. 1700000000.',
    ],
    [
      'the first timestamp taken for milliseconds (10^11, the year 5138)',
      ['webhooks', 'sign', '--secret', SECRET, '--timestamp', '100000000000', bodyFile],
      'webhooks sign: --timestamp 100000000000 looks like milliseconds (as Date.now() gives); it takes Unix seconds, e.g. 100000000.',
    ],
  ])('exits 2 with one line for %s', async (_case, args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`peeker-devkit: ${message}\n`);
  });
});

describe('peeker-devkit webhooks check on a terminal', () => {
  it('shows progress on stderr, one line per delivery, the report staying on stdout', async () => {
    const { result, error, stdout, stderr } = await captureOutput(
      () => webhooksCommand.run(['check', '--url', `${correctUrl}?k=${SECRET}`, '--secret', SECRET]),
      { stderrIsTTY: true },
    );
    expect(error).toBeUndefined();
    expect(result).toBe(0);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `Checking ${correctUrl}?k=[secret]: 15 deliveries, one at a time, up to 10000 ms each`,
    );
    expect(lines.slice(1).map((line) => line.replace(/ \d+ ms$/, ' N ms'))).toEqual([
      '[ 1/15] order.in_progress (valid signature): 200 in N ms',
      '[ 2/15] order.completed (valid signature, pretty-printed body with \\/ and \\u00e9 escapes): 200 in N ms',
      '[ 3/15] order.in_progress (signed with a different secret): 401 in N ms',
      '[ 4/15] order.in_progress (no Peeker-Signature): 401 in N ms',
      '[ 5/15] order.in_progress (no Peeker-Timestamp): 401 in N ms',
      '[ 6/15] order.in_progress (timestamp 360 s old): 401 in N ms',
      '[ 7/15] order.in_progress (timestamp 360 s ahead): 401 in N ms',
      '[ 8/15] order.in_progress (signed, under a Peeker-Event-Id other than its body id): 401 in N ms',
      '[ 9/15] order.in_progress (the same event under its own Peeker-Event-Id): 200 in N ms',
      '[10/15] order.completed (first delivery): 200 in N ms',
      '[11/15] order.completed (same event again): 200 in N ms',
      '[12/15] domain.connected (before its order): 200 in N ms',
      '[13/15] order.in_progress (after its domain): 200 in N ms',
      '[14/15] order.completed (arrives first): 200 in N ms',
      '[15/15] order.in_progress (arrives late): 200 in N ms',
    ]);
    expect(stdout).toContain('All 12 checks passed.');
    expect(stdout).not.toContain('[ 1/15]');
  });
});
