import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startupKeyFor } from '../emulator/auth';
import type { Json } from '../emulator/client';
import { portOutsideEphemeralRange } from './helpers/ports';

const ROOT = resolve(__dirname, '..');
const SECRET = 'cli-hook-secret-91f2';
const children: ChildProcessWithoutNullStreams[] = [];
const directories: string[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/**
 * Runs `peeker-devkit emulator …` from source; resolves once the banner is out (or the process ended).
 * `fileSizeLimitKb` runs it under `ulimit -f`: writes past that size fail (EFBIG), like a full disk.
 */
function launch(args: string[], env: Record<string, string> = {}, fileSizeLimitKb?: number) {
  const command = [process.execPath, '--import', 'tsx', 'cli/main.ts', 'emulator', ...args];
  const options = { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', PEEKER_WEBHOOK_SECRET: '', ...env } };
  const child =
    fileSizeLimitKb === undefined
      ? spawn(command[0]!, command.slice(1), options)
      : spawn('sh', ['-c', `ulimit -f ${fileSizeLimitKb} && exec "$@"`, 'sh', ...command], options);
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

  it('stops cleanly on SIGINT and applies --fault (repeated or comma-separated) and --rate-limit', async () => {
    const run = launch([
      '--port',
      '0',
      '--fault',
      'totals_in_meta, auth_off',
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

  it('keeps serving when its output is closed (… | head -1), and still stops cleanly', async () => {
    // Its banner (and the port in it) cannot be read: it is told a port no other test file's server takes.
    const port = await portOutsideEphemeralRange();
    const run = launch(['--port', String(port)]);
    run.child.stdout.destroy();
    let status = 0;
    for (let attempt = 0; attempt < 100 && status !== 200; attempt++) {
      await new Promise((done) => setTimeout(done, 100));
      status = await fetch(`http://127.0.0.1:${port}/partner/v1/me`, {
        headers: { Authorization: `Bearer ${startupKeyFor(1)}` },
      }).then(
        (response) => response.status,
        () => 0,
      );
    }
    expect(status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.output().stderr).toBe('');
  });

  it.each([
    [['--port', 'abc'], "--port expects a whole number from 0 to 65535, got 'abc'."],
    [['--port', '70000'], "--port expects a whole number from 0 to 65535, got '70000'."],
    // The control API that lists faults is not running: point at --help instead.
    [
      ['--fault', 'gremlins'],
      "peeker-devkit: emulator: unknown fault(s) 'gremlins' for --fault. Run 'peeker-devkit emulator --help' for the list.\n",
    ],
    [
      ['--fault', 'auth_off,gremlins,'],
      "peeker-devkit: emulator: unknown fault(s) 'gremlins' for --fault. Run 'peeker-devkit emulator --help' for the list.\n",
    ],
    [
      ['--fault', ''],
      "peeker-devkit: emulator: --fault needs a fault name, got ''. Run 'peeker-devkit emulator --help' for the list.\n",
    ],
    [
      ['--fault', ' , '],
      "peeker-devkit: emulator: --fault needs a fault name, got ' , '. Run 'peeker-devkit emulator --help' for the list.\n",
    ],
    [
      ['--webhook-secret', SECRET, '--fault', `${'x'.repeat(30)}${SECRET}`],
      `peeker-devkit: emulator: unknown fault(s) '${'x'.repeat(30)}…' for --fault. Run 'peeker-devkit emulator --help' for the list.\n`,
    ],
    [['--account-tier', 'gold'], "--account-tier must be one of base, premium, vip, vip_plus, got 'gold'."],
    [['--clock', 'fast'], "--clock must be real or frozen, got 'fast'."],
    // A secret pasted into the wrong flag is hidden before the value is cut, so no prefix of it shows.
    [
      ['--webhook-secret', SECRET, '--account-tier', `${'x'.repeat(30)}${SECRET}`],
      `--account-tier must be one of base, premium, vip, vip_plus, got '${'x'.repeat(30)}…'.`,
    ],
    [
      ['--webhook-url', 'https://example.com/hooks', '--webhook-secret', SECRET],
      "--webhook-url must be an http(s) URL on this machine (127.0.0.1, localhost or [::1]), got 'https://example.com/hooks'.",
    ],
    [
      ['--webhook-url', 'http://127.0.0.1:9/hooks'],
      '--webhook-url needs --webhook-secret or $PEEKER_WEBHOOK_SECRET.',
    ],
    [
      ['--webhook-url', 'http://admin:hunter2@127.0.0.1:9/hooks', '--webhook-secret', SECRET],
      "emulator: --webhook-url 'http://admin:***@127.0.0.1:9/hooks' has a user name or password in it; webhook deliveries carry no credentials (handlers authenticate them by their Peeker-Signature): remove the 'user:password@' part.",
    ],
    [
      ['--webhook-url', 'https://admin:hunter2@example.com/hooks', '--webhook-secret', SECRET],
      "got 'https://admin:***@example.com/hooks'.",
    ],
    [
      ['--colour'],
      "peeker-devkit: emulator: unknown option '--colour'. Run 'peeker-devkit emulator --help' for the options.",
    ],
  ])('exits 2 with one line for %j', async (args, message) => {
    const run = launch(args);
    expect(await run.exit).toBe(2);
    const { stdout, stderr } = run.output();
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toContain(SECRET);
    expect(stderr).not.toContain('hunter2');
  });

  // One message per numeric flag, with the emulator's real range and the flag as typed — never a
  // second, different range from startEmulator under its option name (seed, rateLimitPerMinute).
  it.each([
    [['--seed', '1.5'], "--seed expects a whole number from 0 to 4294967295, got '1.5'."],
    [['--seed', '4294967296'], "--seed expects a whole number from 0 to 4294967295, got '4294967296'."],
    [['--seed', '99999999999'], "--seed expects a whole number from 0 to 4294967295, got '99999999999'."],
    [
      ['--rate-limit', '99999999999999'],
      "--rate-limit expects a whole number from 0 to 1000000000, got '99999999999999'.",
    ],
    [['--rate-limit=-1'], "--rate-limit expects a whole number from 0 to 1000000000, got '-1'."],
    // A negative number after the flag is its value, not parseArgs' three lines about an ambiguous option.
    [['--port', '-1'], "--port expects a whole number from 0 to 65535, got '-1'."],
    [['--seed', '-1'], "--seed expects a whole number from 0 to 4294967295, got '-1'."],
    [['--rate-limit', '-3'], "--rate-limit expects a whole number from 0 to 1000000000, got '-3'."],
    [['--latency', '-5'], "--latency expects a whole number from 0 to 60000, got '-5'."],
    [['--latency', '60001'], "--latency expects a whole number from 0 to 60000, got '60001'."],
    [['--latency', '2147483648'], "--latency expects a whole number from 0 to 60000, got '2147483648'."],
  ])('refuses the number in %j with one exact line naming the flag and its range', async (args, message) => {
    const run = launch(args);
    expect(await run.exit).toBe(2);
    expect(run.output()).toEqual({ stdout: '', stderr: `peeker-devkit: emulator: ${message}\n` });
  });

  it('states each numeric range in --help', async () => {
    const run = launch(['--help']);
    expect(await run.exit).toBe(0);
    const { stdout } = run.output();
    expect(stdout).toContain(
      '  --port N            port on 127.0.0.1, 0 to 65535 (default 4010; 0 picks a free one)\n',
    );
    expect(stdout).toContain(
      '  --seed N            seed for keys, ids and generated data, 0 to 4294967295 (default 1)\n',
    );
    expect(stdout).toContain(
      '  --latency MS        delay added to every API response, 0 to 60000 (default 0)\n',
    );
    expect(stdout).toContain(
      '  --rate-limit N      requests per minute per key, 0 to 1000000000\n                        (default 600; 0 = no limit)\n',
    );
  });

  it.each([
    [['--state', ''], 'emulator: --state needs a file path, got an empty one.'],
    [
      ['--state', '/nonexistent-peeker/dir/st.json'],
      'emulator: State file /nonexistent-peeker/dir/st.json: directory /nonexistent-peeker/dir does not exist.',
    ],
    [
      ['--state', tmpdir()],
      `emulator: State file ${tmpdir()} is a directory; give a file path, e.g. ${join(tmpdir(), 'emulator-state.json')}.`,
    ],
  ])('refuses %j with one exact line, exit 2, and creates nothing', async (args, message) => {
    const run = launch(args);
    await run.ready;
    expect(run.output()).toEqual({ stdout: '', stderr: `peeker-devkit: ${message}\n` });
    expect(await run.exit).toBe(2);
    const made = ['tmp', 'journal', 'lock'].map((end) => resolve(ROOT, `${args[1]}.${end}`));
    try {
      expect(made.filter((file) => existsSync(file))).toEqual([]);
    } finally {
      for (const file of made) rmSync(file, { force: true });
    }
  });

  it('explains itself in --help, faults included', async () => {
    const run = launch(['--help']);
    expect(await run.exit).toBe(0);
    expect(run.output().stdout).toContain('peeker-devkit emulator [--port 4010] [--seed N]');
    expect(run.output().stdout).toContain('concurrent_dedupe_race');
  });
});

describe('peeker-devkit emulator --state', () => {
  function stateDirectory(): string {
    const directory = mkdtempSync(join(tmpdir(), 'peeker-emulator-cli-'));
    directories.push(directory);
    return directory;
  }

  const baseOf = (stdout: string) =>
    `${/listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)![1]!}/partner/v1`;
  const auth = { Authorization: `Bearer ${startupKeyFor(1)}`, 'Content-Type': 'application/json' };
  const bundle = (name: string) => JSON.stringify({ name, monthly_sending_volume: 1000 });

  it('keeps a second emulator off a state file in use (exit 2, naming the first) and frees it on SIGINT', async () => {
    const path = join(stateDirectory(), 'st.json');
    const first = launch(['--port', '0', '--state', path]);
    await first.ready;
    const base = baseOf(first.output().stdout);
    const created = await fetch(`${base}/bundles`, { method: 'POST', headers: auth, body: bundle('first') });
    expect(created.status).toBe(201);

    const second = launch(['--port', '0', '--state', path]);
    await second.ready;
    const pid = first.child.pid;
    expect(second.output()).toEqual({
      stdout: '',
      stderr: `peeker-devkit: emulator: State file ${path} is in use by another emulator (pid ${pid}); stop it first or use another state file. If no emulator runs as pid ${pid}, delete ${path}.lock.\n`,
    });
    expect(await second.exit).toBe(2);

    first.child.kill('SIGINT');
    expect(await first.exit).toBe(0);
    expect(existsSync(`${path}.lock`)).toBe(false);
    const third = launch(['--port', '0', '--state', path]);
    await third.ready;
    const bundles: Json = await (
      await fetch(`${baseOf(third.output().stdout)}/bundles`, { headers: auth })
    ).json();
    expect(bundles.data.map((b: { name: string }) => b.name)).toEqual(['first']);
    third.child.kill('SIGTERM');
    expect(await third.exit).toBe(0);
    expect(existsSync(`${path}.lock`)).toBe(false);
  }, 60_000);

  it('shows a state file name with control characters escaped in its banner, not sent to the terminal', async () => {
    const path = join(stateDirectory(), 'st\u001b[31mred\u202e.json');
    const run = launch(['--port', '0', '--state', path]);
    await run.ready;
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    const { stdout } = run.output();
    expect(stdout).toContain(
      `  State file   ${path.replace('\u001b', '\\u001b').replace('\u202e', '\\u202e')}\n`,
    );
    expect(stdout.includes('\u001b') || stdout.includes('\u202e')).toBe(false);
  });

  // SIGHUP: its terminal (VS Code, tmux, ssh) closed.
  it.each(['SIGTERM', 'SIGHUP'] as const)(
    'stops cleanly on a %s sent the moment the banner is out, releasing the lock',
    async (signal) => {
      const path = join(stateDirectory(), 'st.json');
      const run = launch(['--port', '0', '--state', path]);
      await run.ready;
      run.child.kill(signal);
      expect(await run.exit).toBe(0);
      expect(run.output().stdout).toMatch(/Emulator stopped\.\n$/);
      expect(existsSync(`${path}.lock`)).toBe(false);
    },
  );

  // A real hang-up, not `kill -HUP`: the emulator runs on a pseudo-terminal whose other end closes.
  // Node 20 aborted at exit restoring the dead terminal's settings (SIGABRT or SIGSEGV, not 0).
  const hasPython = spawnSync('python3', ['-c', 'import pty']).status === 0;
  it.skipIf(process.platform === 'win32' || !hasPython)(
    'exits 0 when its terminal closes, with the state saved and the lock released',
    async () => {
      const path = join(stateDirectory(), 'st.json');
      const script = [
        'import os, pty, select, sys',
        'pid, fd = pty.fork()',
        'if pid == 0:',
        '    os.execv(sys.argv[1], sys.argv[1:])',
        "out = b''",
        "while b'Press Ctrl+C' not in out:",
        '    if not select.select([fd], [], [], 30)[0]: break',
        '    out += os.read(fd, 4096)',
        'os.close(fd)',
        '_, status = os.waitpid(pid, 0)',
        "print(os.waitstatus_to_exitcode(status), b'Press Ctrl+C' in out)",
      ].join('\n');
      const command = [
        process.execPath,
        '--import',
        'tsx',
        'cli/main.ts',
        'emulator',
        '--port',
        '0',
        '--state',
        path,
      ];
      const result = await new Promise<string>((done) => {
        const child = spawn('python3', ['-c', script, ...command], {
          cwd: ROOT,
          env: { ...process.env, NO_COLOR: '1' },
        });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
        });
        child.once('exit', () => done(stdout));
      });
      expect(result.trim()).toBe('0 True');
      expect(readdirSync(join(path, '..')).sort()).toEqual(['st.json', 'st.json.journal']);
    },
    60_000,
  );

  it('stops cleanly on a SIGINT sent while it is still starting (its lock taken), removing the lock', async () => {
    const path = join(stateDirectory(), 'st.json');
    const run = launch(['--port', '0', '--state', path]);
    // The lock is the first thing it takes, before it loads the state and starts listening.
    while (!existsSync(`${path}.lock`) && run.child.exitCode === null) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    run.child.kill('SIGINT');
    // Killed by the signal (nothing listened for it yet), it left the lock, which a start on another
    // host name (a container re-created on the same volume) never takes over.
    expect(await run.exit).toBe(0);
    expect(existsSync(`${path}.lock`)).toBe(false);
    // Stopped as soon as it had started: whether the banner made it out first depends on when Node
    // got to the signal, but the stop is always said.
    expect(run.output().stdout).toMatch(/Emulator stopped\.\n$/);
    expect(run.output().stderr).toBe('');
  });

  it('takes over a stale lock whose process is gone, and says so', async () => {
    const path = join(stateDirectory(), 'st.json');
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(`${path}.lock`, `${JSON.stringify({ pid: dead, host: hostname() })}\n`);
    const run = launch(['--port', '0', '--state', path]);
    await run.ready;
    expect(run.output().stderr).toBe(
      `peeker-devkit: emulator: State file ${path}: took over ${path}.lock from pid ${dead}, which is no longer running.\n`,
    );
    expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toEqual({
      pid: run.child.pid,
      host: hostname(),
    });
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(readdirSync(join(path, '..')).sort()).toEqual(['st.json', 'st.json.journal']);
  });

  it.skipIf(process.platform === 'win32')(
    'answers 500 while the disk is full, and exits 1 naming what it could not save',
    async () => {
      const path = join(stateDirectory(), 'st.json');
      // 64 blocks (of 512 or 1024 bytes, by shell) per file: the first snapshot (≈ 8 KB) fits, the
      // journal fills up after a hundred bundles or so.
      const run = launch(['--port', '0', '--state', path, '--rate-limit', '0'], {}, 64);
      await run.ready;
      const base = baseOf(run.output().stdout);
      const acknowledged: string[] = [];
      let last: Json;
      for (let i = 0; i < 1000; i++) {
        const response = await fetch(`${base}/bundles`, {
          method: 'POST',
          headers: auth,
          body: bundle(`b${i}`),
        });
        last = await response.json();
        if (!response.ok) break;
        acknowledged.push(last.data.id);
      }
      expect(last).toEqual({
        error: {
          code: 'internal_error',
          message:
            'The emulator cannot save its state (EFBIG); nothing is acknowledged until it can. Retry later.',
        },
      });
      run.child.kill('SIGTERM');
      expect(await run.exit).toBe(1);
      expect(run.output().stderr).toBe(
        `peeker-devkit: emulator: State file ${path}: cannot write ${path}.journal (EFBIG: file too large, write); answering 500 internal_error until it can be written again.\n` +
          `peeker-devkit: emulator: Could not save the last changes to ${path} (EFBIG: file too large, write); they are lost, but no call acknowledged them (each answered 500).\n`,
      );

      const again = launch(['--port', '0', '--state', path]);
      await again.ready;
      expect(acknowledged.length).toBeGreaterThan(10);
      for (const id of acknowledged) {
        const response = await fetch(`${baseOf(again.output().stdout)}/bundles/${id}`, { headers: auth });
        expect(response.status, id).toBe(200);
      }
      again.child.kill('SIGTERM');
      expect(await again.exit).toBe(0);
    },
    60_000,
  );
});
