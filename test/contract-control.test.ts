/**
 * The contract kit's control-API client against servers that answer `/_emulator/*` with something
 * else than a peeker-devkit emulator of this version would: every odd answer is a one-line
 * ControlApiError (a ContractConfigError from the suite's set-up), never a JavaScript error, and a
 * minted key is sent only when it is shaped like the emulator's keys.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { ContractConfigError, runContractSuite } from '../contract-tests';
import { ControlApiError, EmulatorControl } from '../contract-tests/control';

const servers: Server[] = [];

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A loopback server answering `answers[METHOD path]` (a JSON body, 200), anything else 404; it logs every request. */
async function fakeEmulator(answers: Record<string, unknown>): Promise<{ origin: string; log: string[] }> {
  const log: string[] = [];
  const server = createServer((req, res) => {
    const route = `${req.method} ${req.url}`;
    log.push(`${route} ${req.headers.authorization ?? ''}`.trim());
    req.resume();
    req.on('end', () => {
      if (!Object.hasOwn(answers, route)) {
        res.writeHead(404, { 'Content-Type': 'application/json' }).end('{}');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answers[route]));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, log };
}

const foreign = (origin: string, call: string, what: string) =>
  `The emulator at ${origin} answered ${call} ${what}: is it a peeker-devkit emulator of this version? ` +
  "Start one with 'peeker-devkit emulator', or check baseUrl.";

describe('EmulatorControl given answers it cannot use', () => {
  it.each([
    ['no data', {}, 'without a key (data.key and data.id)'],
    ['null', null, 'without a key (data.key and data.id)'],
    ['a key without an id', { data: { key: 'pk_test_abc123' } }, 'without a key (data.key and data.id)'],
    [
      'a key with a space',
      { data: { id: 'key_1', key: 'pk_test_has space' } },
      'with a key that is not pk_test_ followed by letters and digits',
    ],
    [
      'a key of another shape',
      { data: { id: 'key_1', key: 'sk_abcdef' } },
      'with a key that is not pk_test_ followed by letters and digits',
    ],
    [
      'a live key',
      { data: { id: 'key_1', key: 'pk_live_FakeLiveKeyForTests0000' } },
      'with a pk_live_ key, which the kit never sends',
    ],
  ])('refuses a minted key from %s, without quoting it', async (_, answer, what) => {
    const { origin } = await fakeEmulator({ 'POST /_emulator/keys': answer });
    const error = await new EmulatorControl(origin).createKey('full').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ControlApiError);
    expect((error as Error).message).toBe(foreign(origin, 'POST /_emulator/keys', what));
  });

  it('returns a key shaped like the emulator’s', async () => {
    const minted = { id: 'key_1', key: 'pk_test_Abc123', preset: 'full' };
    const { origin } = await fakeEmulator({ 'POST /_emulator/keys': { data: minted } });
    await expect(new EmulatorControl(origin).createKey('full')).resolves.toEqual(minted);
  });

  it('refuses settings, snapshots, faults, deliveries and a clock it cannot read', async () => {
    const { origin } = await fakeEmulator({
      'GET /_emulator/config': { data: 'x' },
      'GET /_emulator/config/snapshots': { data: { id: 'a' } },
      'POST /_emulator/config/snapshots': { data: [] },
      'GET /_emulator/faults': { data: { available: [], active: 'totals_in_meta' } },
      'GET /_emulator/webhooks/deliveries': { data: [1] },
      'GET /_emulator/clock': 7,
    });
    const control = new EmulatorControl(origin);
    const messages = await Promise.all(
      [
        control.config(),
        control.configSnapshots(),
        control.saveConfig('x'),
        control.faults(),
        control.deliveries(),
        control.now(),
      ].map((call) => call.then(String, (error: Error) => `${error.name}: ${error.message}`)),
    );
    expect(messages).toEqual([
      `ControlApiError: ${foreign(origin, 'GET /_emulator/config', 'without its settings (data.rate_limit_per_minute)')}`,
      `ControlApiError: ${foreign(origin, 'GET /_emulator/config/snapshots', 'with something other than a list of saved settings (data[].id)')}`,
      `ControlApiError: ${foreign(origin, 'POST /_emulator/config/snapshots', 'without the id to restore the settings with (data.id)')}`,
      `ControlApiError: ${foreign(origin, 'GET /_emulator/faults', 'without the faults (data.available and data.active, a list of names)')}`,
      `ControlApiError: ${foreign(origin, 'GET /_emulator/webhooks/deliveries', 'with something other than a list of deliveries (data[])')}`,
      'ControlApiError: GET /_emulator/clock returned an unreadable time.',
    ]);
  });
});

describe('runContractSuite against a foreign emulator', () => {
  const ME = { data: { api_key: { environment: 'test', permission_preset: 'full' } } };

  it('refuses a minted key it cannot send with a one-line ContractConfigError, sending nothing with it', async () => {
    const { origin, log } = await fakeEmulator({
      'GET /_emulator/config': { data: { rate_limit_per_minute: 60 } },
      'POST /_emulator/keys': { data: { id: 'key_1', key: 'pk_test_has space' } },
      'GET /partner/v1/me': ME,
    });
    const error = await runContractSuite({ baseUrl: `${origin}/partner/v1`, only: ['request-ids'] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContractConfigError);
    expect((error as Error).message).toBe(
      foreign(
        origin,
        'POST /_emulator/keys',
        'with a key that is not pk_test_ followed by letters and digits',
      ),
    );
    expect(log).toEqual(['GET /_emulator/config', 'POST /_emulator/keys']);
  });

  it('puts the settings it saved back when the emulator answers oddly afterwards', async () => {
    const saved = { id: 'cfs_1', label: 'peeker-devkit contract', config: {} };
    const { origin, log } = await fakeEmulator({
      'GET /_emulator/config': { data: { rate_limit_per_minute: 60 } },
      'GET /partner/v1/me': ME,
      'GET /_emulator/config/snapshots': { data: [] },
      'POST /_emulator/config/snapshots': { data: saved },
      'PUT /_emulator/config': { data: {} },
      'GET /_emulator/faults': { data: null },
      'POST /_emulator/config/snapshots/cfs_1/restore': { data: {} },
    });
    const error = await runContractSuite({
      baseUrl: `${origin}/partner/v1`,
      apiKey: 'pk_test_Abc123',
      only: ['request-ids'],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractConfigError);
    expect((error as Error).message).toBe(
      foreign(
        origin,
        'GET /_emulator/faults',
        'without the faults (data.available and data.active, a list of names)',
      ),
    );
    expect(log.at(-1)).toBe('POST /_emulator/config/snapshots/cfs_1/restore');
  });
});
