/**
 * What a Testing-view run talks to (contract kit and request-file smoke tests share the decision):
 * the local emulator when it is on, else the configured target only with a key that is not live,
 * else an emulator embedded for the run. A live key is never used, so a run never asks "Send to LIVE".
 */
import { describe, expect, it } from 'vitest';
import type { Result } from '../extension/client/core/request-file';
import { type Target, testRunTarget } from '../extension/client/core/target';

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
