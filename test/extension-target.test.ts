/**
 * Where requests go (extension/client/core/target.ts), decided and named once:
 * - a Testing-view run (contract kit and request-file smoke tests share the decision) uses the
 *   local emulator when it is on, else the configured target only with a key that is not live,
 *   else an emulator embedded for the run — never a live key, so never "Send to LIVE";
 * - the Send lens, the status bar and the walkthrough call the target by the same name.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { ContractConfigError, runContractSuite } from '../contract-tests';
import { type AccountSummary, describeAccount } from '../extension/client/core/account';
import { recordEvidence } from '../extension/client/core/go-live-checklist';
import type { Result } from '../extension/client/core/request-file';
import {
  contractRunOptions,
  sendLens,
  TARGET_LABELS,
  type Target,
  type TargetFacts,
  type TargetKind,
  targetKindOf,
  testRunTarget,
} from '../extension/client/core/target';

const emulator: Result<Target> = {
  ok: true,
  value: { baseUrl: 'http://127.0.0.1:41237/partner/v1', apiKey: 'pk_test_EMULATOR1', kind: 'emulator' },
};
const sandbox: Result<Target> = {
  ok: true,
  value: { baseUrl: 'https://api.peeker.ai/partner/v1', apiKey: 'pk_test_FAKE1', kind: 'configured' },
};
const localBaseUrl: Result<Target> = {
  ok: true,
  value: { baseUrl: 'http://127.0.0.1:8801/partner/v1', apiKey: 'pk_test_FAKE1', kind: 'configured' },
};
const live: Result<Target> = {
  ok: true,
  value: { baseUrl: 'https://api.peeker.ai/partner/v1', apiKey: 'pk_live_FAKE1', kind: 'configured' },
};
const noKey: Result<Target> = {
  ok: false,
  message: 'No API key yet: run "Peeker: Set API Key" or turn on "Use local emulator".',
};

describe('testRunTarget', () => {
  it('uses the local emulator when it is on, even with a live key stored', () => {
    expect(testRunTarget(emulator, false)).toEqual({
      kind: 'current',
      target: emulator.ok && emulator.value,
      where: 'the local emulator',
      source: 'emulator',
    });
    // The session reports isLive false while the emulator is on, but the emulator wins either way.
    expect(testRunTarget(emulator, true)).toMatchObject({ kind: 'current', where: 'the local emulator' });
  });

  it('uses a stored sandbox key against the configured base URL', () => {
    expect(testRunTarget(sandbox, false)).toEqual({
      kind: 'current',
      target: sandbox.ok && sandbox.value,
      where: 'https://api.peeker.ai/partner/v1',
      source: 'sandbox',
    });
  });

  it('counts a base URL on this machine as the local emulator for evidence', () => {
    expect(testRunTarget(localBaseUrl, false)).toMatchObject({
      kind: 'current',
      where: 'http://127.0.0.1:8801/partner/v1',
      source: 'emulator',
    });
  });

  it('never uses a live key: an embedded emulator instead', () => {
    expect(testRunTarget(live, true)).toEqual({ kind: 'embedded', why: 'a test run never uses a live key' });
    // A pk_test_ key that GET /me reported live is live too (the session says so through isLive).
    expect(testRunTarget(sandbox, true)).toEqual({
      kind: 'embedded',
      why: 'a test run never uses a live key',
    });
  });

  it('falls back to an embedded emulator when nothing can be sent, saying why', () => {
    expect(testRunTarget(noKey, false)).toEqual({
      kind: 'embedded',
      why: 'No API key yet: run "Peeker: Set API Key" or turn on "Use local emulator".',
    });
  });
});

describe('contractRunOptions: the contract kit in the Testing view', () => {
  const servers: Server[] = [];
  afterAll(async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
  });
  /** Where the configured base URL points: a server answering every request 401 (a refused key). */
  async function refusingServer(): Promise<string> {
    const server = createServer((_req, res) =>
      res
        .writeHead(401, { 'Content-Type': 'application/json' })
        .end('{"error":{"code":"unauthorized","message":"No."}}'),
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/partner/v1`;
  }
  const refusal = (options: Parameters<typeof runContractSuite>[0]) =>
    runContractSuite({ ...options, only: ['dedupe'] }).then(
      () => 'ran',
      (error: unknown) => (error instanceof ContractConfigError ? error.message : String(error)),
    );
  const configured = (baseUrl: string): Result<Target> => ({
    ok: true,
    value: { baseUrl, apiKey: 'pk_test_FAKE1', kind: 'configured' },
  });

  it('points the kit at the chosen target, or at none (it embeds its own emulator)', () => {
    expect(contractRunOptions(testRunTarget(sandbox, false))).toMatchObject({
      baseUrl: 'https://api.peeker.ai/partner/v1',
      apiKey: 'pk_test_FAKE1',
    });
    const embedded = contractRunOptions(testRunTarget(live, true));
    expect(embedded.baseUrl).toBeUndefined();
    expect(embedded.apiKey).toBeUndefined();
  });

  it('has set-up errors name the peeker.baseUrl setting and the Set API Key command, not CLI flags', async () => {
    const baseUrl = await refusingServer();
    expect(await refusal(contractRunOptions(testRunTarget(configured(baseUrl), false)))).toBe(
      'The API key was refused (401 unauthorized): check the API key stored with "Peeker: Set API Key"; ' +
        'it may be mistyped or revoked.',
    );
    const server = servers.pop()!;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    expect(await refusal(contractRunOptions(testRunTarget(configured(baseUrl), false)))).toBe(
      `Nothing is listening at ${new URL(baseUrl).origin} (connection refused). Check the peeker.baseUrl setting, ` +
        "or start the emulator with 'peeker-devkit emulator'.",
    );
    expect(
      await refusal(contractRunOptions(testRunTarget(configured('http://api.peeker.ai/partner/v1'), false))),
    ).toBe(
      'The peeker.baseUrl setting http://api.peeker.ai is plain http on another machine: the key would cross ' +
        'the network in clear. Use https://.',
    );
    // Without a key (not something the Testing view sends, but its words all the same).
    const keyless = await refusingServer();
    expect(
      await refusal({ ...contractRunOptions(testRunTarget(configured(keyless), false)), apiKey: '' }),
    ).toBe(
      `No API key for ${keyless}: run "Peeker: Set API Key" and paste a pk_test_… key (a full-preset sandbox key).`,
    );
  });
});

describe('targetKindOf and the Send lens: one name for where requests go', () => {
  const SANDBOX_URL = 'https://api.peeker.ai/partner/v1';
  const facts = (over: Partial<TargetFacts>): TargetFacts => ({
    emulatorOn: false,
    storedKey: 'pk_test_FAKE1',
    baseUrl: SANDBOX_URL,
    ...over,
  });
  const account = (environment: string): AccountSummary => ({
    environment,
    preset: 'full',
    partnerId: 'org_01HZX0OG1A2B3C4D5E6F7G8H',
    partnerName: 'Acme Resellers',
  });

  it.each<[string, Partial<TargetFacts>, TargetKind, string, string]>([
    [
      'the embedded emulator, even with a live key stored',
      { emulatorOn: true, storedKey: 'pk_live_FAKE2' },
      'local-emulator',
      '$(play) Send (local emulator)',
      'peeker.sendRequest',
    ],
    [
      'the embedded emulator with no key',
      { emulatorOn: true, storedKey: undefined },
      'local-emulator',
      '$(play) Send (local emulator)',
      'peeker.sendRequest',
    ],
    ['a pk_test_ key against the sandbox', {}, 'sandbox', '$(play) Send (sandbox)', 'peeker.sendRequest'],
    [
      'a pk_test_ key against a base URL on this machine',
      { baseUrl: 'http://127.0.0.1:8801/partner/v1' },
      'local-emulator',
      '$(play) Send (local emulator)',
      'peeker.sendRequest',
    ],
    [
      'a pk_test_ key against localhost',
      { baseUrl: 'http://localhost:8801/partner/v1' },
      'local-emulator',
      '$(play) Send (local emulator)',
      'peeker.sendRequest',
    ],
    ['a pk_live_ key', { storedKey: 'pk_live_FAKE2' }, 'live', '$(play) Send (LIVE)', 'peeker.sendRequest'],
    [
      'a pk_test_ key GET /me calls live',
      { account: account('live') },
      'live',
      '$(play) Send (LIVE)',
      'peeker.sendRequest',
    ],
    [
      'a pk_live_ key against a base URL on this machine (writes still ask)',
      { storedKey: 'pk_live_FAKE2', baseUrl: 'http://127.0.0.1:8801/partner/v1' },
      'live',
      '$(play) Send (LIVE)',
      'peeker.sendRequest',
    ],
    [
      'no key, emulator off',
      { storedKey: undefined },
      'no-key',
      '$(key) Send (no API key — set one)',
      'peeker.setApiKey',
    ],
    [
      'no key, a base URL on this machine',
      { storedKey: undefined, baseUrl: 'http://127.0.0.1:8801/partner/v1' },
      'no-key',
      '$(key) Send (no API key — set one)',
      'peeker.setApiKey',
    ],
  ])('%s', (_, over, kind, title, command) => {
    expect(targetKindOf(facts(over))).toBe(kind);
    expect(sendLens(facts(over))).toEqual({ title, command });
  });

  it('uses the words of the status bar and of the walkthrough evidence notes', () => {
    expect(TARGET_LABELS).toEqual({
      'local-emulator': 'local emulator',
      sandbox: 'sandbox',
      live: 'LIVE',
      'no-key': 'no API key',
    });
    // The walkthrough marks emulator evidence "· local emulator": the same words as the lens.
    expect(
      recordEvidence({}, [{ kind: 'meOk', detail: 'GET /me 200' }], new Date(0), 'emulator').meOk?.detail,
    ).toBe(`GET /me 200 · ${TARGET_LABELS['local-emulator']}`);
    expect(describeAccount(undefined, undefined)).toBe(TARGET_LABELS['no-key']);
  });
});
