/**
 * `peeker-devkit` itself (cli/main.ts, cli/output.ts): how every command's usage and error messages
 * are printed, whatever command produced them.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli } from './helpers/run-cli';

const LIVE_KEY = 'pk_live_FakeLiveKeyForCliTests00';

describe('usage and error messages', () => {
  it.each([
    [
      ['doctor', '--base-url', LIVE_KEY],
      'doctor: The base URL "pk_live_…" is not a URL; use e.g. https://api.peeker.ai/partner/v1.',
    ],
    [['doctor', '--format', LIVE_KEY], "doctor: --format expects human or json, got 'pk_live_…'."],
    [
      ['doctor', '--api-key', 'pk_test_a', '--timeout-ms', LIVE_KEY],
      "doctor: --timeout-ms expects a whole number from 1 to 2147483647, got 'pk_live_…'.",
    ],
    [
      ['webhooks', 'check', '--url', 'http://127.0.0.1:9/', '--secret', 's', '--timeout-ms', LIVE_KEY],
      "webhooks check: --timeout-ms expects a whole number from 1 to 2147483647, got 'pk_live_…'.",
    ],
    [
      ['contract', '--seed', LIVE_KEY],
      "contract: --seed expects a whole number from 0 to 4294967295, got 'pk_live_…'.",
    ],
    [
      ['lint', '--operation', LIVE_KEY, 'examples'],
      `lint: unknown operation 'pk_live_…'. Write it as "METHOD /path", e.g. --operation "POST /orders".`,
    ],
    [['lint', '--format', LIVE_KEY], "lint: --format expects human, json or sarif, got 'pk_live_…'."],
    [['lsp', '--socket', LIVE_KEY], "lsp: --socket expects a whole number from 1 to 65535, got 'pk_live_…'."],
    [[LIVE_KEY], "unknown command 'pk_live_…'. Run 'peeker-devkit --help' for the list."],
    [[`--${LIVE_KEY}`], "unknown command '--pk_live_…'. Run 'peeker-devkit --help' for the list."],
    [
      ['lint', `--${LIVE_KEY}`],
      "lint: unknown option '--pk_live_…'. Run 'peeker-devkit lint --help' for the options.",
    ],
  ])('hide a key wherever it was typed: %j', async (args, message) => {
    expect(await runCli(args, { env: { PEEKER_API_KEY: undefined } })).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: ${message}\n`,
    });
  });

  it('hide every line of a secret given with a line break, and stay on one line', async () => {
    const key = 'pk_test_abc\nvW8yZ1aB3cD5';
    expect(await runCli(['doctor', '--api-key', key, '--format', key])).toEqual({
      code: 2,
      stdout: '',
      stderr: "peeker-devkit: doctor: --format expects human or json, got 'pk_test_…'.\n",
    });
    const secret = 'first-line\nsecond-line-secret';
    expect(
      await runCli(['webhooks', 'sign', '--timestamp', '1', '/nonexistent/second-line-secret'], {
        env: { PEEKER_WEBHOOK_SECRET: secret },
      }),
    ).toEqual({
      code: 2,
      stdout: '',
      stderr: "peeker-devkit: webhooks sign: cannot read body file '/nonexistent/…': no such file.\n",
    });
  });

  it.each([
    [['lint', '--format', 'json', '--format', 'sarif', 'examples'], '--format'],
    [['webhooks', 'sign', '--secret', 'first-secret', '--secret', 'second-secret', '-'], '--secret'],
    [['doctor', '--api-key', 'pk_test_a', '--api-key=pk_test_b'], '--api-key'],
  ])('refuse a one-value flag given twice, without echoing the values: %j', async (args, flag) => {
    const command = args[0] === 'webhooks' ? `webhooks ${args[1]}` : args[0];
    expect(await runCli(args)).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: ${command}: option '${flag}' is given more than once; give it once. Run 'peeker-devkit ${command} --help' for the options.\n`,
    });
  });

  it.each([
    [['contract', '--seed', '-1'], "contract: --seed expects a whole number from 0 to 4294967295, got '-1'."],
    [
      ['contract', '--num-runs', '-1'],
      "contract: --num-runs expects a whole number from 1 to 100000, got '-1'.",
    ],
    [
      ['webhooks', 'sign', '--secret', 'sekrit', '--timestamp', '-5', 'ev.json'],
      "webhooks sign: --timestamp expects a whole number from 0 to 99999999999, got '-5'.",
    ],
    [
      ['doctor', '--api-key', 'pk_test_a', '--timeout-ms', '-1'],
      "doctor: --timeout-ms expects a whole number from 1 to 2147483647, got '-1'.",
    ],
  ])(
    'take a negative number after a flag as its value, refused by its range in one line: %j',
    async (args, message) => {
      expect(await runCli(args)).toEqual({ code: 2, stdout: '', stderr: `peeker-devkit: ${message}\n` });
    },
  );

  it("word a flag followed by another flag on one line, not Node's three, and keep a typed line break escaped", async () => {
    // A flag followed by another flag: its value was forgotten (a negative number would be taken).
    expect(await runCli(['webhooks', 'sign', '--timestamp', '--secret', 'sekrit', 'ev.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "peeker-devkit: webhooks sign: option '--timestamp' needs a value; the word after it starts with '-', so it is read as an option (write --timestamp=VALUE for a value that starts with '-'). Run 'peeker-devkit webhooks sign --help' for the options.\n",
    });
    // A line break the user typed into an option name stays escaped: it is not Node's.
    expect(await runCli(['lint', '--fo\nrm -rf', 'examples'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "peeker-devkit: lint: unknown option '--fo\\nrm -rf'. Run 'peeker-devkit lint --help' for the options.\n",
    });
  });

  it('escape control characters, so one message is one line', async () => {
    expect(await runCli(['lint', '--operation', 'POST /orders\nrm -rf', 'examples'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `peeker-devkit: lint: unknown operation 'POST /orders\\nrm -rf'. ` +
        'Write it as "METHOD /path", e.g. --operation "POST /orders".\n',
    });
  });
});

/** Runs the built CLI with its stdout closed before it writes a byte, as `… | head -0` does. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a reader that closes the output early', () => {
  it.each([
    [['--help'], 0],
    [['lint', 'examples/order-custom.peeker.json'], 0],
    [['lint', '--format', 'sarif', 'examples/invalid'], 1],
  ])('%j ends quietly with its own exit code', async (args, code) => {
    expect(await runWithClosedStdout(args)).toEqual({ code, stderr: '' });
  });
});

describe('an unknown option', () => {
  it.each([
    [['lint', '--bogus', 'examples'], 'lint'],
    [['contract', '--bogus'], 'contract'],
    [['emulator', '--bogus'], 'emulator'],
    [['doctor', '--bogus'], 'doctor'],
    [['lsp', '--bogus'], 'lsp'],
    [['webhooks', '--bogus'], 'webhooks'],
    [['webhooks', 'check', '--bogus'], 'webhooks check'],
    [['webhooks', 'sign', '--bogus', '-'], 'webhooks sign'],
    [['emulator', '--port', '0', '-x'], 'emulator'],
  ])('%j gets the same words from every command, and where its options are listed', async (args, command) => {
    const option = args.find((arg) => arg === '--bogus' || arg === '-x');
    expect(await runCli(args)).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: ${command}: unknown option '${option}'. Run 'peeker-devkit ${command} --help' for the options.\n`,
    });
  });
});

describe('an option typed wrong', () => {
  const helpFor = (command: string) => `Run 'peeker-devkit ${command} --help' for the options.`;
  it.each([
    [['lint', '--operation'], 'lint', "option '--operation' needs a value."],
    [['lint', '--fix=yes', 'a.json'], 'lint', "option '--fix' takes no value."],
    [['lint', '--fix=', 'a.json'], 'lint', "option '--fix' takes no value."],
    [['contract', '--list=1'], 'contract', "option '--list' takes no value."],
    [['contract', '--seed'], 'contract', "option '--seed' needs a value."],
    [['emulator', '--port'], 'emulator', "option '--port' needs a value."],
    [['doctor', '--api-key'], 'doctor', "option '--api-key' needs a value."],
    [['lsp', '--stdio=1'], 'lsp', "option '--stdio' takes no value."],
    [['webhooks', 'check', '--url'], 'webhooks check', "option '--url' needs a value."],
    [['webhooks', 'sign', '--secret'], 'webhooks sign', "option '--secret' needs a value."],
    [
      ['emulator', '--port', '--seed', '1'],
      'emulator',
      "option '--port' needs a value; the word after it starts with '-', so it is read as an option (write --port=VALUE for a value that starts with '-').",
    ],
    [
      ['emulator', 'foo'],
      'emulator',
      "unexpected argument 1 after 'emulator' (not shown, as it may be a key or secret): emulator takes options only.",
    ],
    [
      ['lsp', '--stdio', '--', 'x'],
      'lsp',
      "unexpected argument 3 after 'lsp' (not shown, as it may be a key or secret): lsp takes options only.",
    ],
  ])('%j names the command, the flag and where the options are listed', async (args, command, problem) => {
    expect(
      await runCli(args, { env: { PEEKER_API_KEY: undefined, PEEKER_WEBHOOK_SECRET: undefined } }),
    ).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: ${command}: ${problem} ${helpFor(command)}\n`,
    });
  });

  it.each([
    // The second half of a secret with a space, typed without quotes.
    [
      ['webhooks', 'check', '--url', 'http://127.0.0.1:9/', '--secret', 'correct', 'horse-battery'],
      'webhooks check',
      5,
    ],
    [['doctor', '--base-url', 'http://127.0.0.1:9/', 'unprefixedkey123'], 'doctor', 3],
    [['emulator', '--port', '0', '--seed', '-7', 'sekrit-value'], 'emulator', 5],
  ])('%j says which argument is out of place without echoing it', async (args, command, position) => {
    const result = await runCli(args, {
      env: { PEEKER_API_KEY: undefined, PEEKER_WEBHOOK_SECRET: undefined },
    });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: ${command}: unexpected argument ${position} after '${command}' (not shown, as it may be a key or secret): ${command} takes options only. ${helpFor(command)}\n`,
    });
  });

  it('never echoes a value starting with a dash given to a secret flag', async () => {
    expect(await runCli(['webhooks', 'sign', '--secret', '-Dash-secret', '-'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: webhooks sign: option '--secret' needs a value; the word after it starts with '-', so it is read as an option (write --secret=VALUE for a value that starts with '-'). ${helpFor('webhooks sign')}\n`,
    });
  });
});

describe('help', () => {
  it('with --help: on stdout, exit 0; without a command: the same help on stderr, exit 2 (a usage error)', async () => {
    const help = await runCli(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^peeker-devkit 0\.1\.0 — tools for the Peeker Partner API\n\nUsage: /);
    expect(help.stdout).toContain(
      'Without a command, this help\ngoes to stderr with exit code 2 (a usage error); with --help, to stdout with 0.\n',
    );
    expect(await runCli([])).toEqual({ code: 2, stdout: '', stderr: help.stdout });
  });
});
