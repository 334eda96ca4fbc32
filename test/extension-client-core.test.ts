/**
 * The VS Code client's pure parts: the crash/restart policy (restart, say so once, give up after
 * repeated crashes) and the status bar wording.
 */
import { describe, expect, it } from 'vitest';
import { RestartPolicy } from '../extension/client/restart-policy';
import { statusText } from '../extension/client/status-text';

describe('RestartPolicy', () => {
  const RESTARTED =
    'The Peeker DevKit language server stopped unexpectedly and was restarted. The "Peeker DevKit" output has the details.';

  it('restarts after a crash and says so only the first time', () => {
    const policy = new RestartPolicy({ maxCrashes: 5, windowMs: 180_000 });
    expect(policy.onCrash(0)).toEqual({ restart: true, message: RESTARTED });
    expect(policy.onCrash(10_000)).toEqual({ restart: true });
    expect(policy.onCrash(20_000)).toEqual({ restart: true });
  });

  it('gives up at the fifth crash within three minutes, with a way back', () => {
    const policy = new RestartPolicy({ maxCrashes: 5, windowMs: 180_000 });
    for (const at of [0, 1000, 2000, 3000]) expect(policy.onCrash(at).restart).toBe(true);
    expect(policy.onCrash(4000)).toEqual({
      restart: false,
      message:
        'The Peeker DevKit language server crashed 5 times in 3 minutes and was not restarted. The "Peeker DevKit" output has the details; run "Peeker: Restart Language Server" to try again.',
    });
  });

  it('forgets crashes older than the window, and all of them on a manual restart', () => {
    const policy = new RestartPolicy({ maxCrashes: 3, windowMs: 60_000 });
    policy.onCrash(0);
    policy.onCrash(1000);
    expect(policy.onCrash(61_500).restart).toBe(true); // the first two are out of the window
    policy.onCrash(62_000);
    expect(policy.onCrash(62_500).restart).toBe(false);
    policy.reset();
    expect(policy.onCrash(63_000)).toEqual({ restart: true });
  });
});

describe('statusText', () => {
  it('names the operation and where it came from', () => {
    expect(
      statusText({
        uri: 'file:///a.json',
        source: 'setting',
        operation: 'POST /orders',
        reason: 'peeker.bodyFiles "**/orders/*.json"',
      }),
    ).toEqual({
      text: '$(checklist) Peeker: POST /orders',
      tooltip:
        'Linted against POST /orders (peeker.bodyFiles "**/orders/*.json"). Click to lint this file as another operation.',
    });
  });

  it('a request file is switched by its "request" field', () => {
    expect(
      statusText({
        uri: 'file:///a.peeker.json',
        source: 'request-file',
        operation: 'GET /me',
        reason: 'a *.peeker.json request file',
      }),
    ).toEqual({
      text: '$(checklist) Peeker: GET /me',
      tooltip:
        'Linted against GET /me (a *.peeker.json request file). Change its "request" field to lint it as another operation.',
    });
  });

  it('a request file without a known operation, and non-Peeker files', () => {
    expect(statusText({ uri: 'file:///b.peeker.json', source: 'request-file' })).toEqual({
      text: '$(warning) Peeker: no operation',
      tooltip: 'This request file has no known "request" yet, so only the file itself is linted.',
    });
    expect(statusText({ uri: 'file:///c.json', source: 'none' })).toBeUndefined();
  });
});
