import { createHmac } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DoctorInterruptedError, doctorCommand, formatDoctorReport, runDoctor } from '../cli/commands/doctor';
import type { ContractReport } from '../contract-tests';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import { startWebhookListener } from '../extension/client/core/webhook-listener';
import { checkWebhookHandler } from '../webhooks/checker';
import { captureOutput } from './helpers/capture-output';
import { refusingPort } from './helpers/ports';
import { runCli } from './helpers/run-cli';

let emulator: RunningEmulator;
const now = () => new Date('2026-11-26T10:00:00.000Z');
const noWebhook = async () => {
  throw new Error('not called');
};
const passingContract = async () =>
  ({ results: [{ name: 'errors.envelope', status: 'passed' }] }) as unknown as ContractReport;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 3 });
});
afterAll(() => emulator.close());

function target(extra: object = {}) {
  return { baseUrl: emulator.baseUrl, apiKey: emulator.apiKey, contract: false, timeoutMs: 5000, ...extra };
}

describe('peeker-devkit doctor', () => {
  it('on a fresh emulator: key and GET /me done, no order yet, webhook and contract not checked', async () => {
    const rows = await runDoctor(target(), { checkWebhook: noWebhook, runContract: passingContract, now });
    expect(rows.map((r) => [r.id, r.state, r.note.replace(/req_[0-9A-Z]+/, 'req_…')])).toEqual([
      ['set-test-key', 'done', 'pk_test_… key · local emulator'],
      ['get-me', 'done', 'GET /me 200 (req_…) · local emulator'],
      ['first-order', 'missing', 'GET /orders lists no order yet: send a first POST /orders'],
      ['order-completed', 'missing', 'no completed order yet: watch your first order reach completed'],
      [
        'webhook-verified',
        'unchecked',
        'not checked: pass --webhook-url and --webhook-secret (or use the VS Code listener)',
      ],
      ['contract-kit', 'unchecked', "not checked: pass --contract (or run 'peeker-devkit contract')"],
      ['ready-for-live', 'missing', 'not until every step above is done'],
    ]);
    expect(
      formatDoctorReport(rows, target(), false)
        .replace(/req_[0-9A-Z]+/, 'req_…')
        .replace(emulator.baseUrl, 'BASE'),
    ).toBe(
      [
        'Peeker go-live checklist — BASE (pk_test_…)',
        '',
        '  ✓ 1. Set a test key                       pk_test_… key · local emulator',
        '  ✓ 2. GET /me works                        GET /me 200 (req_…) · local emulator',
        '  ✗ 3. Lint and send a first order          GET /orders lists no order yet: send a first POST /orders',
        '  ✗ 4. Watch it reach completed             no completed order yet: watch your first order reach completed',
        '  ? 5. Receive and verify a signed webhook  not checked: pass --webhook-url and --webhook-secret (or use the VS Code listener)',
        "  ? 6. Exercise the error branches          not checked: pass --contract (or run 'peeker-devkit contract')",
        '  ✗ 7. Ready for live                       not until every step above is done',
        '',
        '2 of 7 steps done. Not ready for live yet.',
      ].join('\n'),
    );
  });

  it('on the emulator: every practice step done once an order completed, a real handler verifies webhooks and the contract kit passed, but not ready for live', async () => {
    const order = await fetch(`${emulator.baseUrl}/orders`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${emulator.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        user: 'doctor@example.com',
        google_licenses: 2,
        microsoft_licenses: 0,
        google_inboxes_per_domain: 2,
        sequencer: {
          provider: 'smartlead',
          client_id: 1,
          login_email: 'ops@example.com',
          login_password: 'pw-12345678',
        },
        domains: ['doctor-check-one.com'],
        personas: [{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }],
      }),
    });
    expect(order.status).toBe(200);
    const advanced = await fetch(`${emulator.controlUrl}/clock/advance`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ seconds: 3600 }),
    });
    expect(advanced.status).toBe(200);
    const secret = 'whsec_doctor1';
    const listener = await startWebhookListener({ secret });
    try {
      const full = target({ contract: true, webhookUrl: listener.url, webhookSecret: secret });
      const deps = { checkWebhook: checkWebhookHandler, runContract: passingContract, now };
      const rows = await runDoctor(full, deps);
      expect(rows.map((r) => r.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'missing']);
      expect(rows[4]!.note).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/webhooks passed \d+ hygiene checks · kit-signed, not from Peeker$/,
      );
      expect(rows[5]!.note).toBe(`1 properties held against ${emulator.baseUrl} · local emulator`);
      expect(rows[6]).toEqual({
        id: 'ready-for-live',
        title: 'Ready for live',
        state: 'missing',
        note:
          '"Watch it reach completed" must be done in the real sandbox (a pk_test_ key, local emulator off), not only on the local emulator; ' +
          `"Receive and verify a signed webhook" needs a delivery from the real sandbox: the kit's own signed deliveries show your handler works, not that Peeker's reach it`,
      });
      expect(formatDoctorReport(rows, full, false).split('\n').at(-1)).toBe(
        '6 of 7 steps done. Not ready for live yet.',
      );

      // From the real sandbox (a base URL not on this machine) the API evidence counts, but the
      // webhooks doctor signs itself never stand for one from Peeker: not ready for live.
      const sandbox = await runDoctor(full, { ...deps, sourceOf: () => 'sandbox' });
      expect(sandbox.map((r) => r.state)).toEqual([
        'done',
        'done',
        'done',
        'done',
        'done',
        'done',
        'missing',
      ]);
      expect(sandbox[5]!.note).toBe(`1 properties held against ${emulator.baseUrl}`);
      expect(sandbox[6]!.note).toBe(
        `"Receive and verify a signed webhook" needs a delivery from the real sandbox: the kit's own signed deliveries show your handler works, not that Peeker's reach it`,
      );
      expect(formatDoctorReport(sandbox, full, false).split('\n').at(-1)).toBe(
        '6 of 7 steps done. Not ready for live yet.',
      );
    } finally {
      await listener.close();
    }
  });

  it('tells a terminal user about flags, not VS Code settings, when the API cannot be reached, and names the real timeout', async () => {
    const deps = { checkWebhook: noWebhook, runContract: passingContract, now };
    const { port: closedPort, release } = await refusingPort();
    const refused = await runDoctor(
      target({ baseUrl: `http://127.0.0.1:${closedPort}/partner/v1` }),
      deps,
    ).finally(release);
    expect(refused[1]!.note).toBe(
      `Nothing is listening at 127.0.0.1:${closedPort}. Start the emulator ('peeker-devkit emulator') or fix --base-url (or $PEEKER_BASE_URL).`,
    );

    const held: Socket[] = [];
    const silent = createServer((socket) => held.push(socket));
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const silentPort = (silent.address() as AddressInfo).port;
    try {
      const slow = await runDoctor(
        target({ baseUrl: `http://127.0.0.1:${silentPort}/partner/v1`, timeoutMs: 500 }),
        deps,
      );
      expect(slow[1]!.note).toBe(
        `No answer from 127.0.0.1:${silentPort} within 500 ms. Check the base URL and your network; the request may or may not have been processed, so check before resending.`,
      );
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise((done) => silent.close(done));
    }
  });

  it('hides the webhook secret, whatever its shape, in its notes and in --format json, as webhooks check does', async () => {
    const secret = 'QZsecretQZ42xx';
    const listener = await startWebhookListener({ secret });
    try {
      const webhookUrl = `${listener.url}?k=${secret}`;
      const deps = { checkWebhook: checkWebhookHandler, runContract: passingContract, now };
      const rows = await runDoctor(target({ webhookUrl, webhookSecret: secret }), deps);
      expect(rows[4]!.note).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/webhooks\?k=\[secret\] passed \d+ hygiene checks · kit-signed, not from Peeker$/,
      );
      const { stdout, stderr } = await runCli(
        [
          ...['doctor', '--base-url', emulator.baseUrl, '--api-key', emulator.apiKey],
          ...['--webhook-url', webhookUrl, '--format', 'json'],
        ],
        { env: { PEEKER_WEBHOOK_SECRET: secret } },
      );
      expect(stdout + stderr).not.toContain(secret);
      const report = JSON.parse(stdout) as { steps: Array<{ note: string }> };
      expect(report.steps[4]!.note).toMatch(/\/webhooks\?k=\[secret\] passed \d+ hygiene checks/);
    } finally {
      await listener.close();
    }
  });

  it('names only the handler failures of its own when its endpoint refuses every delivery (the others prove nothing then)', async () => {
    const refusing = createHttpServer((_req, res) => res.writeHead(404).end());
    await new Promise<void>((done) => refusing.listen(0, '127.0.0.1', done));
    try {
      const webhookUrl = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/hooks`;
      const deps = { checkWebhook: checkWebhookHandler, runContract: passingContract, now };
      const rows = await runDoctor(target({ webhookUrl, webhookSecret: 'whsec_doctor404' }), deps);
      // The forged, duplicate, out-of-order and re-spaced deliveries' checks are "not shown" (also
      // refused): not listed as the handler's failures.
      expect(rows[4]!.note).toBe(
        "the handler failed: valid signed delivery accepted (run 'peeker-devkit webhooks check')",
      );
    } finally {
      await new Promise((done) => refusing.close(done));
    }
  });

  it('passes step 5 for a handler that dedupes on the signed body id and answers a copy under another Peeker-Event-Id 2xx', async () => {
    const secret = 'whsec_doctorBodyId';
    const seen = new Set<string>();
    // Its own HMAC and timestamp check, no event-id check: a duplicate of the body's id is answered 200, unprocessed.
    const handler = createHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const timestamp = String(req.headers['peeker-timestamp']);
        const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.`).update(raw).digest('hex')}`;
        const fresh = Math.abs(Number(timestamp) - Date.now() / 1000) <= 300;
        if (req.headers['peeker-signature'] !== expected || !fresh) return void res.writeHead(400).end();
        const { id } = JSON.parse(raw.toString('utf8')) as { id: string };
        if (seen.has(id)) return void res.writeHead(200).end(); // already processed: skip the work
        seen.add(id);
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((done) => handler.listen(0, '127.0.0.1', done));
    try {
      const webhookUrl = `http://127.0.0.1:${(handler.address() as AddressInfo).port}/hooks`;
      const deps = { checkWebhook: checkWebhookHandler, runContract: passingContract, now };
      const rows = await runDoctor(target({ webhookUrl, webhookSecret: secret }), deps);
      expect(rows[4]).toMatchObject({
        state: 'done',
        note: `${webhookUrl} passed 12 hygiene checks · kit-signed, not from Peeker`,
      });
      expect(seen.size).toBeGreaterThan(0);
    } finally {
      handler.closeAllConnections();
      await new Promise((done) => handler.close(done));
    }
  });

  it('names where a redirect points, what was wrong with a GET /me 200, and a body cut or stalled', async () => {
    const deps = { checkWebhook: noWebhook, runContract: passingContract, now };
    const fake = createHttpServer((req, res) => {
      const mode = req.url?.split('/')[1];
      if (mode === 'moved') {
        res.writeHead(301, { Location: 'https://127.0.0.2:9/partner/v1/me' }).end();
      } else if (mode === 'relative') {
        res.writeHead(308, { Location: '/v2/me' }).end();
      } else if (mode === 'echo') {
        // A server that puts the key it received in the URL it redirects to.
        const key = (req.headers.authorization ?? '').replace(/^Bearer /, '');
        res.writeHead(302, { Location: `/me?api_key=${key}` }).end();
      } else if (mode === 'long') {
        res.writeHead(302, { Location: `/${'x'.repeat(5000)}` }).end();
      } else if (mode === 'empty') {
        res.writeHead(302, { Location: '' }).end();
      } else if (mode === 'utf8') {
        // Raw UTF-8 bytes in the header (Node writes a string header as Latin-1).
        res
          .writeHead(302, { Location: Buffer.from('https://example.test/аpple', 'utf8').toString('latin1') })
          .end();
      } else if (mode === 'shape') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Peeker-Request-Id': 'req_SHAPE' });
        res.end(JSON.stringify({ data: { api_key: { environment: 'test', permission_preset: 'full' } } }));
      } else if (mode === 'cut') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
        res.write('{"data"');
        setTimeout(() => req.socket.destroy(), 50);
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"data":');
      }
    });
    // An https:// server spoken to in plain http drops the connection without an answer.
    const dropping = createServer((socket) => socket.once('data', () => socket.destroy()));
    await new Promise<void>((done) => fake.listen(0, '127.0.0.1', done));
    await new Promise<void>((done) => dropping.listen(0, '127.0.0.1', done));
    const host = `127.0.0.1:${(fake.address() as AddressInfo).port}`;
    const droppingHost = `127.0.0.1:${(dropping.address() as AddressInfo).port}`;
    const note = async (baseUrl: string, timeoutMs = 5000) =>
      (await runDoctor(target({ baseUrl, timeoutMs }), deps))[1]!.note;
    try {
      expect(await note(`http://${host}/moved/partner/v1`)).toBe(
        'GET /me answered 301 redirecting to https://127.0.0.2:9/partner/v1/me: the doctor does not follow redirects; set --base-url (or $PEEKER_BASE_URL) to the API base it points at',
      );
      // A relative Location is resolved against the request's URL, as `contract` names it.
      expect(await note(`http://${host}/relative/partner/v1`)).toBe(
        `GET /me answered 308 redirecting to http://${host}/v2/me: the doctor does not follow redirects; set --base-url (or $PEEKER_BASE_URL) to the API base it points at`,
      );
      // The key as given is hidden whatever its shape (a pk_ key is hidden by its prefix anyway).
      const echoed = (
        await runDoctor(
          target({ baseUrl: `http://${host}/echo/partner/v1`, apiKey: 'sk_FakeKey12345' }),
          deps,
        )
      )[1]!.note;
      expect(echoed).toBe(
        `GET /me answered 302 redirecting to http://${host}/me?api_key=[redacted]: the doctor does not follow redirects; set --base-url (or $PEEKER_BASE_URL) to the API base it points at`,
      );
      // A Location of any length is quoted up to 300 characters.
      const long = `http://${host}/${'x'.repeat(5000)}`;
      expect(await note(`http://${host}/long/partner/v1`)).toBe(
        `GET /me answered 302 redirecting to ${long.slice(0, 300)}…: the doctor does not follow redirects; set --base-url (or $PEEKER_BASE_URL) to the API base it points at`,
      );
      expect(await note(`http://${host}/empty/partner/v1`)).toBe(
        'GET /me answered 302, a redirect without a Location: the doctor does not follow redirects; set --base-url (or $PEEKER_BASE_URL) to the API base itself',
      );
      expect(await note(`http://${host}/utf8/partner/v1`)).toBe(
        'GET /me answered 302 redirecting to https://example.test/%D0%B0pple: the doctor does not follow redirects; set --base-url (or $PEEKER_BASE_URL) to the API base it points at',
      );
      expect(await note(`http://${host}/shape/partner/v1`)).toBe(
        'GET /me answered 200, req_SHAPE; GET /me did not return {data: {api_key: {environment, permission_preset}, partner}}.',
      );
      expect(await note(`http://${host}/cut/partner/v1`)).toBe(
        `${host} closed the connection mid-response: it answered 200, then the body was cut off. Check that the server (or a proxy in front of it) is up and stable.`,
      );
      expect(await note(`http://${host}/stall/partner/v1`, 1000)).toBe(
        `${host} answered 200, but its body did not finish within 1 s: the server sent the headers and then stalled. Check that it is up, then try again.`,
      );
      expect(await note(`http://${droppingHost}/partner/v1`)).toBe(
        `${droppingHost} closed the connection without answering. If it is an https:// server, use an https:// base URL; otherwise check --base-url (or $PEEKER_BASE_URL) and that the server is up.`,
      );
    } finally {
      fake.closeAllConnections();
      await new Promise((done) => fake.close(done));
      await new Promise((done) => dropping.close(done));
    }
  });

  it.each([
    [
      ['--api-key', 'pk_live_abc'],
      'That is a pk_live_ key: the go-live checklist is proven in the sandbox. Use your pk_test_ key.',
    ],
    [['--api-key', 'pk_test_a', '--format', 'xml'], "--format expects human or json, got 'xml'."],
    [
      ['--api-key', 'pk_test_a', '--base-url', 'ftp://x'],
      'The base URL must start with https:// (or http:// for a local emulator), not ftp:.',
    ],
    [
      ['--api-key', 'pk_test_a', '--timeout-ms', '3000000000'],
      "--timeout-ms expects a whole number from 1 to 2147483647, got '3000000000'.",
    ],
    [
      ['--api-key', 'pk_test_a', '--base-url', 'http://192.0.2.2:4202/partner/v1'],
      'The base URL http://192.0.2.2:4202 is plain http on another machine: your API key would cross the network in clear. Use https:// (http:// is for a local emulator).',
    ],
    [
      ['--api-key', 'pk_test_a', '--webhook-url', 'http://127.0.0.1:9/x'],
      '--webhook-url needs the secret: --webhook-secret or PEEKER_WEBHOOK_SECRET.',
    ],
    [
      [
        '--api-key',
        'pk_test_a',
        '--webhook-url',
        'http://admin:hunter2@127.0.0.1:9/x',
        '--webhook-secret',
        's',
      ],
      "--webhook-url 'http://admin:***@127.0.0.1:9/x' has a user name or password in it; webhook deliveries carry no credentials (handlers authenticate them by their Peeker-Signature): remove the 'user:password@' part.",
    ],
    [
      ['--api-key', 'pk_live_9fQ2-xLmP'],
      'That is a pk_live_ key: the go-live checklist is proven in the sandbox. Use your pk_test_ key.',
    ],
    // A live key however pasted: quoted (docker --env-file keeps quotes), upper case, percent-encoded.
    ...['"pk_live_FAKEKEY00000000000"', 'PK_LIVE_FAKEKEY00000000000', 'pk_live%5FFAKEKEY00000000000'].map(
      (key): [string[], string] => [
        ['--api-key', key],
        'That is a pk_live_ key: the go-live checklist is proven in the sandbox. Use your pk_test_ key.',
      ],
    ),
    [
      ['--api-key', "'pk_test_FAKEKEY00000000000'"],
      'The key in --api-key is wrapped in quotes (as some .env loaders keep them): remove them, the key is only pk_test_ and letters and digits.',
    ],
    [
      ['--api-key', 'pk_test_…'],
      "The key in --api-key has '…' (U+2026, as in the docs' placeholder) at character 9, which an HTTP header " +
        'cannot carry. Copy the key again: pk_test_ or pk_live_ followed by letters and digits.',
    ],
    [
      ['--api-key', 'pk_test_abc\nvW8yZ1aB3cD5'],
      'The key in --api-key has a line break at character 12, which an HTTP header cannot carry. ' +
        'Copy the key again: pk_test_ or pk_live_ followed by letters and digits.',
    ],
  ])('refuses %j', async (args, message) => {
    const saved = process.env.PEEKER_WEBHOOK_SECRET;
    delete process.env.PEEKER_WEBHOOK_SECRET;
    try {
      await expect(doctorCommand.run(args)).rejects.toThrow(message);
    } finally {
      if (saved !== undefined) process.env.PEEKER_WEBHOOK_SECRET = saved;
    }
  });
});

describe('peeker-devkit doctor stopped by a signal', () => {
  it("hands its signal and progress to the contract run, and ends with the run's own Interrupted line", async () => {
    const stop = new AbortController();
    const onContractProgress = () => {};
    let given: { signal?: AbortSignal; onProgress?: unknown } = {};
    const interrupted = runDoctor(target({ contract: true, signal: stop.signal, onContractProgress }), {
      checkWebhook: noWebhook,
      now,
      runContract: async (options) => {
        given = options ?? {};
        stop.abort('SIGTERM');
        throw new Error('Interrupted (SIGTERM); restored the settings of the emulator at BASE.');
      },
    });
    await expect(interrupted).rejects.toThrow(
      new DoctorInterruptedError('Interrupted (SIGTERM); restored the settings of the emulator at BASE.'),
    );
    expect(given.signal).toBe(stop.signal);
    expect(given.onProgress).toBe(onContractProgress);
  });

  it('stops between steps once its signal is aborted, sending nothing more', async () => {
    const stop = new AbortController();
    stop.abort('SIGINT');
    const deps = { checkWebhook: noWebhook, runContract: passingContract, now };
    await expect(runDoctor(target({ contract: true, signal: stop.signal }), deps)).rejects.toThrow(
      new DoctorInterruptedError('Interrupted (SIGINT) before the checklist was done.'),
    );
  });

  it('puts a running emulator back when Ctrl+C stops --contract, says so and exits 130', async () => {
    const running = await startEmulator({ port: 0, seed: 5, rateLimitPerMinute: 50 });
    try {
      const client = new EmulatorClient(running);
      const before = (await client.control('GET', '/config')).body;
      const result = await runCli(
        ['doctor', '--base-url', running.baseUrl, '--api-key', running.apiKey, '--contract'],
        {
          env: { PEEKER_BASE_URL: undefined, PEEKER_API_KEY: undefined, PEEKER_WEBHOOK_SECRET: undefined },
          onSpawn: (child) => {
            // Once the suite has changed the emulator's settings (its rate cap): one signal only.
            const poll = setInterval(async () => {
              const config = (await client.control('GET', '/config')).body as {
                data: { rate_limit_per_minute: number };
              };
              if (config.data.rate_limit_per_minute === 50 || child.killed) return;
              clearInterval(poll);
              child.kill('SIGINT');
            }, 20);
            child.on('exit', () => clearInterval(poll));
          },
        },
      );
      expect(result).toEqual({
        code: 130,
        stdout: '',
        stderr: `peeker-devkit: doctor: Interrupted (SIGINT); restored the settings of the emulator at ${running.baseUrl}.\n`,
      });
      // Killed half-way, it left the emulator at 2 requests a minute: everything answered 429.
      expect((await client.control('GET', '/config')).body).toEqual(before);
      expect((await client.control('GET', '/config/snapshots')).body).toEqual({ data: [] });
    } finally {
      await running.close();
    }
  }, 60_000);
});

describe('peeker-devkit doctor on a terminal', () => {
  it('shows the webhook check and the contract run progressing on stderr, the report on stdout', async () => {
    const handler = createHttpServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200).end());
    });
    await new Promise<void>((done) => handler.listen(0, '127.0.0.1', done));
    const hook = `http://127.0.0.1:${(handler.address() as AddressInfo).port}/hooks`;
    // Its own: the contract run places orders.
    const running = await startEmulator({ port: 0, seed: 6 });
    let output: Awaited<ReturnType<typeof captureOutput>>;
    try {
      output = await captureOutput(
        () =>
          doctorCommand.run([
            ...['--base-url', running.baseUrl, '--api-key', running.apiKey],
            ...['--webhook-url', hook, '--webhook-secret', 'whsec_doctorTerminal', '--contract'],
          ]),
        { stderrIsTTY: true },
      );
    } finally {
      handler.closeAllConnections();
      await new Promise((done) => handler.close(done));
      await running.close();
    }
    const { stdout, stderr } = output;
    expect(stderr).toContain(`Checking ${hook}: 15 deliveries, one at a time, up to 10000 ms each\n`);
    expect(stderr).toMatch(/^\[ 1\/15\] order\.in_progress \(valid signature\): 200 in \d+ ms$/m);
    expect(stderr).toContain(`Testing emulator ${running.baseUrl} (`);
    expect(stderr).toMatch(/^\[ ?1\/\d+\] [✓✗!-] request-ids\./m);
    expect(stdout).toContain('Peeker go-live checklist');
    expect(stdout).not.toContain('[ 1/15]');
  }, 120_000);
});
