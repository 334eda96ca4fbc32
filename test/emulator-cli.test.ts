import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startupKeyFor } from '../emulator/auth';
import type { Json } from '../emulator/client';

const ROOT = resolve(__dirname, '..');
const SECRET = 'cli-hook-secret-91f2';
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Runs `peeker-devkit emulator …` from source; resolves once the banner is out (or the process ended). */
function launch(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'emulator', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', PEEKER_WEBHOOK_SECRET: '', ...env },
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const ready = new Promise<void>((r) => {
    child.stdout.on('data', () => stdout.includes('Press Ctrl+C') && r());
    void exit.then(() => r());
  });
  return { child, ready, exit, output: () => ({ stdout, stderr }) };
}

describe('peeker-devkit emulator', () => {
  it('prints the base URL and the startup key, serves the API, and stops cleanly on SIGTERM', async () => {
    const run = launch([
      '--port',
      '0',
      '--seed',
      '9',
      '--webhook-url',
      'http://127.0.0.1:9/hooks',
      '--webhook-secret',
      SECRET,
    ]);
    await run.ready;
    const { stdout } = run.output();
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)![1]!;
    expect(stdout).toContain(`Base URL     ${url}/partner/v1  (also ${url}/api/partner/v1)`);
    expect(stdout).toContain(`API key      ${startupKeyFor(9)}  (full preset; local throwaway key)`);
    expect(stdout).toContain(`Control API  ${url}/_emulator/`);
    const me = await fetch(`${url}/partner/v1/me`, {
      headers: { Authorization: `Bearer ${startupKeyFor(9)}` },
    });
    expect(me.status).toBe(200);
    const config: Json = await (await fetch(`${url}/_emulator/config`)).json();
    expect(config.data.webhook_secret_set).toBe(true);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.output().stdout).toMatch(/Emulator stopped\.\n$/);
    expect(JSON.stringify(run.output())).not.toContain(SECRET);
  });

  it('stops cleanly on SIGINT and applies --fault and --rate-limit', async () => {
    const run = launch([
      '--port',
      '0',
      '--fault',
      'totals_in_meta',
      '--fault',
      'auth_off',
      '--rate-limit',
      '2',
    ]);
    await run.ready;
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(run.output().stdout)![1]!;
    expect(run.output().stdout).toContain('Faults       totals_in_meta, auth_off');
    const faults: Json = await (await fetch(`${url}/_emulator/faults`)).json();
    expect(faults.data.active).toEqual(['auth_off', 'totals_in_meta']);
    expect(((await (await fetch(`${url}/_emulator/config`)).json()) as Json).data.rate_limit_per_minute).toBe(
      2,
    );
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
  });

  it.each([
    [['--port', 'abc'], "--port expects a whole number, got 'abc'."],
    [['--fault', 'gremlins'], 'Unknown fault(s): gremlins.'],
    [['--account-tier', 'gold'], "--account-tier must be one of base, premium, vip, vip_plus, got 'gold'."],
    [
      ['--webhook-url', 'https://example.com/hooks', '--webhook-secret', SECRET],
      "--webhook-url must be an http(s) URL on this machine (127.0.0.1, localhost or [::1]), got 'https://example.com/hooks'.",
    ],
    [
      ['--webhook-url', 'http://127.0.0.1:9/hooks'],
      '--webhook-url needs --webhook-secret or $PEEKER_WEBHOOK_SECRET.',
    ],
    [['--colour'], "Unknown option '--colour'"],
  ])('exits 2 with one line for %j', async (args, message) => {
    const run = launch(args);
    expect(await run.exit).toBe(2);
    const { stdout, stderr } = run.output();
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toContain(SECRET);
  });

  it('explains itself in --help, faults included', async () => {
    const run = launch(['--help']);
    expect(await run.exit).toBe(0);
    expect(run.output().stdout).toContain('peeker-devkit emulator [--port 4010] [--seed N]');
    expect(run.output().stdout).toContain('concurrent_dedupe_race');
  });
});
