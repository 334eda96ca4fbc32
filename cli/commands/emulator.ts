/**
 * `peeker-devkit emulator` — run the local Peeker sandbox emulator until Ctrl+C.
 */
import {
  ACCOUNT_TIERS,
  EMULATOR_OPTION_MAX,
  EmulatorOptionsError,
  FAULTS,
  type FaultName,
  startEmulator,
} from '../../emulator';
import { isFaultName } from '../../emulator/faults';
import { isAccountTier } from '../../emulator/premium-swaps';
import { isLoopbackUrl } from '../../emulator/webhooks';
import { printable } from '../../lint/text-utils';
import { maskUrlCredentials } from '../../lint/urls';
import { urlCredentialsRefusal } from '../../webhooks/endpoint';
import { type Command, integerOption, parseOptions, UsageError } from '../command';
import { printError, redactorFor, releaseHungUpTerminal, styles, useColor } from '../output';
import { STOP_SIGNALS } from '../signals';

/** Environment variable read when `--webhook-secret` is not given (keeps it out of shell history). */
const SECRET_ENV = 'PEEKER_WEBHOOK_SECRET';
const DEFAULT_PORT = 4010;

const HELP = `peeker-devkit emulator — a local, stateful Peeker sandbox (offline, deterministic)

Usage:
  peeker-devkit emulator [--port 4010] [--seed N] [--latency MS] [--rate-limit N] [--account-tier T]
                         [--webhook-url URL [--webhook-secret S] [--webhook-chaos]]
                         [--state FILE] [--clock real|frozen] [--fault NAME]...

Serves every Peeker Partner API operation on http://127.0.0.1:PORT under /partner/v1 and
/api/partner/v1, with the documented auth presets, error envelope, Peeker-Request-Id headers,
pagination, dedupe, rate limits, order lifecycle, pending actions and signed webhooks.
It prints a full-preset pk_test_ key at startup (the same key for the same --seed).

Options:
  --port N            port on 127.0.0.1, 0 to ${EMULATOR_OPTION_MAX.port} (default ${DEFAULT_PORT}; 0 picks a free one)
  --seed N            seed for keys, ids and generated data, 0 to ${EMULATOR_OPTION_MAX.seed} (default 1)
  --latency MS        delay added to every API response, 0 to ${EMULATOR_OPTION_MAX.latencyMs} (default 0)
  --rate-limit N      requests per minute per key, 0 to ${EMULATOR_OPTION_MAX.rateLimitPerMinute}
                        (default 600; 0 = no limit)
  --account-tier T    the account's plan tier, which sets the premium-swap quota:
                        ${ACCOUNT_TIERS.join(', ')} (default base)
  --webhook-url URL   send signed webhook deliveries here (on this machine, no user:password@)
  --webhook-secret S  the secret deliveries are signed with; default: $${SECRET_ENV}
  --webhook-chaos     duplicate, delay and reorder deliveries, deterministically from the seed
  --state FILE        keep state in FILE (atomic snapshot + fsync'ed journal) across restarts;
                        FILE.lock keeps a second emulator off it
  --clock MODE        real (default): emulated time runs with real time; frozen: it moves only
                        when advanced (POST /_emulator/clock/advance), for deterministic tests
  --fault NAME        switch a fault on (repeatable, or comma-separated: a,b); each breaks
                        one documented contract:
${FAULTS.map((fault) => `                        ${fault.name}`).join('\n')}

Control API (no auth, loopback only): http://127.0.0.1:PORT/_emulator/ — reset, keys, clock,
faults, config, webhook deliveries, pending actions. See docs/emulator.md.

A GET's answer is sent again as built while no record, setting or fault has changed;
PEEKER_EMULATOR_RESPONSE_CACHE=off builds every one, =verify also fails a request (500) whose
reused answer would differ from a fresh one.

Examples:
  peeker-devkit emulator
  peeker-devkit emulator --port 0 --seed 7 --rate-limit 60
  PEEKER_WEBHOOK_SECRET=whsec_test peeker-devkit emulator --webhook-url http://localhost:3000/hooks

Stops cleanly on Ctrl+C (SIGINT), SIGTERM or SIGHUP (its terminal closed), finishing requests in flight; keeps serving if its output is closed (… | head).
Exit codes: 0 stopped cleanly, 1 stopped but the last (unacknowledged) changes could not be saved,
2 usage error (bad option, port in use, state file unusable or in use by another emulator).`;

/**
 * The fault names of the `--fault` flags, each a name or a comma-separated list of them (as
 * `contract --only` takes its names). Checked here, not by startEmulator, so the message can point
 * at `--help`: the control API that lists faults is not running when the emulator refused to start.
 */
function faultNames(flags: readonly string[], redact: (text: string) => string): FaultName[] {
  const names = flags.flatMap((flag) => flag.split(',')).map((name) => name.trim());
  // A value of only commas and spaces names no fault, like an empty one (a stray comma inside a list is fine).
  const empty = flags.find((flag) => flag.replace(/[\s,]/g, '') === '');
  if (empty !== undefined) {
    throw new UsageError(
      `emulator: --fault needs a fault name, got '${empty.replace(/\s/g, ' ').slice(0, 40)}'. Run 'peeker-devkit emulator --help' for the list.`,
    );
  }
  const unknown = names.filter((name) => name !== '' && !isFaultName(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `emulator: unknown fault(s) ${unknown.map((name) => `'${redact(name).slice(0, 40)}'`).join(', ')} for --fault. ` +
        "Run 'peeker-devkit emulator --help' for the list.",
    );
  }
  return [...new Set(names.filter(isFaultName))];
}

/** The `emulator` command. */
export const emulatorCommand: Command = {
  name: 'emulator',
  summary: 'Run the local Peeker sandbox emulator (stateful, offline, with a control API).',
  help: HELP,
  async run(args) {
    const { values } = parseOptions('emulator', args, {
      port: { type: 'string' },
      seed: { type: 'string' },
      latency: { type: 'string' },
      'rate-limit': { type: 'string' },
      'account-tier': { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-secret': { type: 'string' },
      'webhook-chaos': { type: 'boolean' },
      state: { type: 'string' },
      clock: { type: 'string' },
      fault: { type: 'string', multiple: true },
    });
    const secret = values['webhook-secret'] ?? process.env[SECRET_ENV];
    const redact = redactorFor(secret, '…');
    const webhookUrl = values['webhook-url'];
    if (webhookUrl !== undefined && !isLoopbackUrl(webhookUrl)) {
      throw new UsageError(
        `emulator: --webhook-url must be an http(s) URL on this machine (127.0.0.1, localhost or [::1]), got '${maskUrlCredentials(webhookUrl)}'.`,
      );
    }
    const credentials =
      webhookUrl === undefined ? undefined : urlCredentialsRefusal('emulator: --webhook-url', webhookUrl);
    if (credentials !== undefined) throw new UsageError(credentials);
    const tier = values['account-tier'];
    if (tier !== undefined && !isAccountTier(tier)) {
      throw new UsageError(
        `emulator: --account-tier must be one of ${ACCOUNT_TIERS.join(', ')}, got '${redact(tier).slice(0, 40)}'.`,
      );
    }
    if (webhookUrl !== undefined && !secret) {
      throw new UsageError(`emulator: --webhook-url needs --webhook-secret or $${SECRET_ENV}.`);
    }
    if (values.state === '') throw new UsageError('emulator: --state needs a file path, got an empty one.');
    const clock = values.clock;
    if (clock !== undefined && clock !== 'real' && clock !== 'frozen') {
      throw new UsageError(`emulator: --clock must be real or frozen, got '${redact(clock).slice(0, 40)}'.`);
    }
    const faults = faultNames(values.fault ?? [], redact);
    // Listen for Ctrl+C before the emulator starts: a signal while it loads its state file (the lock
    // taken) must stop it as soon as it has started — closing the state file and removing its lock —
    // not kill the process with the lock left behind. SIGHUP too: closing the terminal (VS Code,
    // tmux, ssh) must not leave the lock either. The handlers stay until the end: a second signal
    // while stopping must not kill the process half-way (the state file still open).
    let stopRequested = false;
    let stop = (_signal: NodeJS.Signals) => {};
    // The first signal wins: it says whether the terminal is gone.
    const stopped = new Promise<NodeJS.Signals>((resolve) => {
      stop = (signal) => {
        stopRequested = true;
        resolve(signal);
      };
    });
    for (const signal of STOP_SIGNALS) process.on(signal, stop);
    const removeHandlers = () => {
      for (const signal of STOP_SIGNALS) process.off(signal, stop);
    };
    let emulator: Awaited<ReturnType<typeof startEmulator>>;
    try {
      emulator = await startEmulator({
        // Each flag is checked against the emulator's own range here, so its one message names
        // the flag as typed, not the option startEmulator would name.
        port: integerOption('port', values.port, DEFAULT_PORT, { max: EMULATOR_OPTION_MAX.port }),
        seed: integerOption('seed', values.seed, 1, { max: EMULATOR_OPTION_MAX.seed }),
        latencyMs: integerOption('latency', values.latency, 0, { max: EMULATOR_OPTION_MAX.latencyMs }),
        rateLimitPerMinute: integerOption('rate-limit', values['rate-limit'], 600, {
          max: EMULATOR_OPTION_MAX.rateLimitPerMinute,
        }),
        ...(tier === undefined ? {} : { accountTier: tier }),
        ...(webhookUrl === undefined ? {} : { webhookUrl }),
        ...(secret === undefined ? {} : { webhookSecret: secret }),
        webhookChaos: values['webhook-chaos'] ?? false,
        ...(values.state === undefined ? {} : { statePath: values.state }),
        ...(clock === undefined ? {} : { clock }),
        faults,
        onWarning: (message) => process.stderr.write(`peeker-devkit: emulator: ${redact(message)}\n`),
      });
    } catch (error) {
      removeHandlers();
      const message = error instanceof Error ? error.message : String(error);
      const code = (error as { code?: string }).code;
      if (code === 'EADDRINUSE') {
        throw new UsageError(
          `emulator: port ${values.port ?? DEFAULT_PORT} is already in use; pick another with --port.`,
        );
      }
      if (error instanceof EmulatorOptionsError || error instanceof Error) {
        throw new UsageError(`emulator: ${message}`);
      }
      throw error;
    }

    const s = styles(useColor());
    // Stopped while starting: no banner for an emulator that is going away.
    if (!stopRequested) {
      process.stdout.write(
        [
          `${s.bold('Peeker sandbox emulator')} listening on ${s.cyan(emulator.url)}`,
          `  Base URL     ${emulator.baseUrl}  (also ${emulator.url}/api/partner/v1)`,
          `  API key      ${emulator.apiKey}  (full preset; local throwaway key)`,
          `  Control API  ${emulator.controlUrl}/`,
          ...(webhookUrl
            ? [`  Webhooks     ${redact(webhookUrl)}${values['webhook-chaos'] ? ' (chaos)' : ''}`]
            : []),
          ...(values.state ? [`  State file   ${printable(values.state)}`] : []),
          ...(faults.length ? [`  ${s.yellow('Faults')}       ${faults.join(', ')}`] : []),
          s.dim('Press Ctrl+C to stop.'),
          '',
        ].join('\n'),
      );
    }

    const signal = await stopped;
    let code = 0;
    try {
      await emulator.close();
      process.stdout.write('Emulator stopped.\n');
    } catch (error) {
      printError(error, 'peeker-devkit: emulator');
      code = 1;
    } finally {
      removeHandlers();
    }
    // Last, after the lines above: a `kill -HUP` may leave the terminal there to show them.
    if (signal === 'SIGHUP') releaseHungUpTerminal();
    return code;
  },
};
