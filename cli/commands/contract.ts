/**
 * `peeker-devkit contract` — run the property-based contract tests against the embedded emulator,
 * a running emulator, or a Peeker sandbox.
 */
import { accessSync, constants as fsConstants, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import {
  CONTRACT_GROUPS,
  CONTRACT_PROPERTIES,
  ContractConfigError,
  ContractInterruptedError,
  ContractPathError,
  ContractStoppedError,
  DEFAULT_NUM_RUNS,
  DEFAULT_SANDBOX_NUM_RUNS,
  MAX_NUM_RUNS,
  MAX_SUITE_SEED,
  runContractSuite,
  selectProperties,
} from '../../contract-tests';
import { formatHumanReport } from '../../contract-tests/report/human';
import { formatJsonReport } from '../../contract-tests/report/json';
import { formatJunitReport } from '../../contract-tests/report/junit';
import {
  API_KEY_ENV,
  apiKeyOption,
  CLI_CONTRACT_NAMES,
  type Command,
  integerOption,
  parseOptions,
  UsageError,
} from '../command';
import { printError, redactorFor, redactSecrets, styles, useColor } from '../output';
import { contractProgressReporter, stderrProgress } from '../progress';
import { interruptOnStopSignals, signalExitCode } from '../signals';

const BASE_URL_ENV = 'PEEKER_BASE_URL';
// The prefix of this command's own error lines, as its usage errors and every other command's read.
const PREFIX = 'peeker-devkit: contract';

const HELP = `peeker-devkit contract — prove a Peeker target keeps the documented contracts

Usage:
  peeker-devkit contract [--base-url URL] [--api-key KEY] [--only NAME...] [--seed N]
                         [--num-runs N] [--path P] [--junit FILE] [--format human|json]
                         [--move-clock-by-days]
  peeker-devkit contract --list

Runs property-based tests (fast-check) of the promises in Peeker's best practices: request
ids, the error envelope, authentication and presets, dedupe, pagination, the rate limit,
the order lifecycle and pending actions, and webhooks. A failure shows the promise, the
shrunk counterexample, the request/response pair with its Peeker-Request-Id, and the
command that replays it.

Targets
  (no --base-url)  the embedded emulator, started in-process on 127.0.0.1 (the default)
  --base-url http://127.0.0.1:4010/partner/v1
                   a running emulator ('peeker-devkit emulator'); a key is minted if none given
  --base-url https://api.peeker.ai/partner/v1 --api-key pk_test_...
                   a Peeker sandbox: paced under 500 requests/min, obeys retry_after_seconds
                   (waits of up to 60 s, 3 retries a request; a longer one is reported),
                   cancels the orders it placed at the end; properties that need the
                   emulator's control API are shown as "skipped: needs emulator"

Options
  --base-url URL     API base (default: $${BASE_URL_ENV}, else the embedded emulator)
  --api-key KEY      a full-preset pk_test_ key (default: $${API_KEY_ENV}); pk_live_ keys are refused
  --only NAME...     run only these properties, groups (e.g. dedupe) or group.*; several
                     names may follow, separated by spaces or commas
  --seed N           suite seed, 0 to ${MAX_SUITE_SEED}, to replay a run (default: random,
                     printed in the report)
  --num-runs N       fast-check runs per property, 1 to ${MAX_NUM_RUNS} (default ${DEFAULT_NUM_RUNS} on an emulator, ${DEFAULT_SANDBOX_NUM_RUNS} on a sandbox)
  --path P           replay one counterexample as reported, not shrunk again (fast-check
                     path from a report; needs one --only)
  --junit FILE       also write a JUnit XML report to FILE (checked before the run)
  --format F         human (default) or json
  --list             list every property and exit
  --move-clock-by-days
                     on a running emulator, also run the properties that move its clock by
                     days (dedupe.window-24h): that ends its own dedupe windows and grace
                     periods for good (the embedded emulator always runs them)

Keys are never printed. Progress goes to stderr when it is a terminal.

Examples:
  npm run contract
  peeker-devkit contract --only dedupe --num-runs 50
  PEEKER_BASE_URL=https://api.peeker.ai/partner/v1 PEEKER_API_KEY=pk_test_... \\
    peeker-devkit contract --junit contract.xml
  peeker-devkit contract --only dedupe.same-body-same-order --seed 42 --path 3:1:0

Exit codes: 0 every property holds, 1 some property failed, 2 usage or configuration error
(unknown option, live key, unreachable or wrong target, key for the wrong environment),
130/143/129 interrupted by Ctrl+C/SIGTERM/SIGHUP (a running emulator's settings are put back first).`;

/** The `contract` command. */
export const contractCommand: Command = {
  name: 'contract',
  summary: 'Property-based contract tests against the embedded emulator, an emulator or a sandbox.',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseOptions(
      'contract',
      args,
      {
        'base-url': { type: 'string' },
        'api-key': { type: 'string' },
        only: { type: 'string', multiple: true },
        seed: { type: 'string' },
        'num-runs': { type: 'string' },
        path: { type: 'string' },
        junit: { type: 'string' },
        format: { type: 'string', default: 'human' },
        list: { type: 'boolean', default: false },
        'move-clock-by-days': { type: 'boolean', default: false },
      },
      // `--only a b c`: names after --only (or anywhere) add to the selection.
      true,
    );
    if (values.list) {
      process.stdout.write(`${listProperties(useColor())}\n`);
      return 0;
    }
    const format = values.format;
    if (format !== 'human' && format !== 'json') {
      throw new UsageError(`contract: --format expects 'human' or 'json', got '${format}'.`);
    }
    const apiKeyFlag = values['api-key'];
    const baseUrl = nonEmpty(values['base-url']) ?? nonEmpty(process.env[BASE_URL_ENV]);
    const apiKey = apiKeyOption(
      apiKeyFlag,
      'refusing a pk_live_ key: contract tests place orders and send invalid requests. ' +
        'Use a pk_test_ (sandbox) key, or no key to test the embedded emulator.',
      'contract',
    );
    const secret = redactorFor(apiKey, '[redacted]');

    if (baseUrl === undefined && nonEmpty(apiKeyFlag) !== undefined) {
      throw new UsageError(
        `contract: --api-key needs --base-url (or $${BASE_URL_ENV}), e.g. --base-url https://api.peeker.ai/partner/v1; ` +
          'without a target the embedded emulator is tested with its own key.',
      );
    }
    if (baseUrl === undefined && apiKey !== undefined) {
      printError(
        `$${API_KEY_ENV} is set but no base URL is: testing the embedded emulator. ` +
          `Set $${BASE_URL_ENV} to test a sandbox.`,
        PREFIX,
      );
    }
    const only = propertyNames([...(values.only ?? []), ...positionals]);
    const seed =
      values.seed === undefined
        ? undefined
        : integerOption('seed', values.seed, 0, { max: MAX_SUITE_SEED, command: 'contract' });
    const numRuns =
      values['num-runs'] === undefined
        ? undefined
        : integerOption('num-runs', values['num-runs'], 1, {
            min: 1,
            max: MAX_NUM_RUNS,
            command: 'contract',
          });
    if (values.path !== undefined && !/^\d+(:\d+)*$/.test(values.path)) {
      throw new UsageError(`contract: --path expects a fast-check path like 3:1:0, got '${values.path}'.`);
    }
    if (values.path !== undefined) {
      // Worded with the flags here: the library's own message names its options.
      const selected = selectedCount(only);
      if (selected !== undefined && selected !== 1) {
        throw new UsageError(
          `contract: --path replays one counterexample of one property: select exactly one with --only (selected ${selected}).`,
        );
      }
    }

    // A report path that cannot be written should not cost a whole run to find out.
    if (values.junit === '') throw new UsageError('contract: --junit needs a file path, got an empty one.');
    const junitProblem = values.junit === undefined ? undefined : junitPathProblem(values.junit);
    if (junitProblem !== undefined) {
      printError(`cannot write the JUnit report to '${values.junit}'${junitProblem}.`, PREFIX);
      return 2;
    }

    const color = useColor();
    const progress = stderrProgress(contractProgressReporter);
    // Ctrl+C, SIGTERM or SIGHUP stops the run, but only after the target is put back (a second one
    // kills at once).
    const interrupt = interruptOnStopSignals();
    let report: Awaited<ReturnType<typeof runContractSuite>>;
    /** Set when the target stopped answering mid-run: printed after the report of what did run. */
    let stopped: string | undefined;
    try {
      report = await runContractSuite({
        ...(baseUrl === undefined ? {} : { baseUrl }),
        ...(baseUrl === undefined || apiKey === undefined ? {} : { apiKey }),
        only,
        ...(seed === undefined ? {} : { seed }),
        ...(numRuns === undefined ? {} : { numRuns }),
        ...(values.path === undefined ? {} : { path: values.path }),
        ...(progress === undefined ? {} : { onProgress: progress }),
        // One line like the CLI's other messages, not Node's "(node:PID) Warning" with its hint.
        onWarning: (message) =>
          process.stderr.write(`${PREFIX}: embedded emulator: ${redactSecrets(message)}\n`),
        signal: interrupt.signal,
        configNames: CLI_CONTRACT_NAMES,
        moveClockByDays: values['move-clock-by-days'],
      });
    } catch (error) {
      if (error instanceof ContractInterruptedError) {
        printError(error, PREFIX);
        // The shell's convention for a run ended by a signal: 128 + its number (130 for Ctrl+C). The
        // target is put back by now: end here, not when the last abandoned timer or socket is gone.
        return { exitAtOnce: signalExitCode(interrupt.signal.reason as NodeJS.Signals) };
      }
      if (error instanceof ContractStoppedError) {
        report = error.report;
        stopped = error.message;
      } else if (error instanceof ContractPathError) {
        // The library names its options; here the flags to copy from the Replay line.
        const seedFlag = `--seed ${error.seed}${values.seed === undefined ? ' (random: none was given)' : ''}`;
        const runsFlag = `--num-runs ${error.numRuns}${numRuns === undefined ? ' (the default)' : ''}`;
        printError(
          `--path ${error.path} names no case of ${error.property} with ${seedFlag} ${runsFlag}; ` +
            'copy the Replay line of the report exactly.',
          PREFIX,
        );
        return 2;
      } else {
        // A configuration error (unreachable target, wrong key…) or a bug: one line either way.
        printError(error, PREFIX);
        return 2;
      }
    } finally {
      interrupt.dispose();
    }

    const output = format === 'json' ? formatJsonReport(report) : formatHumanReport(report, color);
    process.stdout.write(`${secret(output)}\n`);
    if (values.junit !== undefined) {
      // Still possible (a full disk, a folder removed meanwhile): the report above is kept either way.
      try {
        writeFileSync(values.junit, secret(formatJunitReport(report)));
      } catch (error) {
        printError(`cannot write the JUnit report to '${values.junit}' (${errorCode(error)}).`, PREFIX);
        return 2;
      }
    }
    if (stopped !== undefined) {
      printError(stopped, PREFIX);
      return 2;
    }
    return report.passed ? 0 : 1;
  },
};

/** `--list`: every property by contract, with what it checks and whether it needs the emulator. */
function listProperties(color: boolean): string {
  const s = styles(color);
  const lines: string[] = [];
  for (const { group, title } of CONTRACT_GROUPS) {
    lines.push(s.bold(`${title} (${group})`));
    for (const property of CONTRACT_PROPERTIES.filter((p) => p.group === group)) {
      const needs = property.embeddedOnly
        ? '  [embedded emulator only]'
        : property.needsEmulator
          ? '  [needs emulator]'
          : '';
      lines.push(`  ${property.name}${needs ? s.yellow(needs) : ''}`);
      lines.push(s.dim(`      ${property.description}`));
    }
  }
  return lines.join('\n');
}

/**
 * Why the JUnit report could not be written to `path` (`': it is a directory…'`, `' (EACCES)'`),
 * or undefined when it can: an existing writable file, or a new one in a writable directory.
 */
function junitPathProblem(path: string): string | undefined {
  // `dirname` would check the folder above: `newdir/` is the working directory's child `newdir`.
  if (path.endsWith('/') || path.endsWith(sep)) {
    return `: it names a directory (it ends in '${path.at(-1)}'); name a file, e.g. --junit ${join(path, 'contract.xml')}`;
  }
  try {
    if (statSync(path).isDirectory()) {
      return `: it is a directory; name a file, e.g. --junit ${join(path, 'contract.xml')}`;
    }
    accessSync(path, fsConstants.W_OK);
    return undefined;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return ` (${errorCode(error)})`;
  }
  const directory = dirname(resolve(path));
  try {
    if (!statSync(directory).isDirectory()) return `: '${directory}' is not a directory`;
    accessSync(directory, fsConstants.W_OK);
    return undefined;
  } catch (error) {
    return errorCode(error) === 'ENOENT'
      ? `: the directory '${directory}' does not exist`
      : ` (${errorCode(error)})`;
  }
}

/** The `code` of a file-system error (`EISDIR`, `ENOSPC`…). */
function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unwritable';
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * The property and group names of `--only` values and positionals, each a name or a list of them
 * separated by commas or spaces (`--only "$PROPS"` with `PROPS="dedupe pagination"`, as the
 * docs allow). A value of nothing but commas and spaces is a usage error: an
 * unset variable in `--only "$PROPS"` must not run the whole suite (against a sandbox: minutes of
 * traffic and real orders) and pass.
 */
function propertyNames(values: readonly string[]): string[] {
  const empty = values.find((value) => value.replace(/[\s,]/g, '') === '');
  if (empty !== undefined) {
    throw new UsageError(
      `contract: --only needs a property or group name, got '${empty.replace(/\s/g, ' ').slice(0, 40)}'. ` +
        "Run 'peeker-devkit contract --list' for the names.",
    );
  }
  return values.flatMap((value) => value.split(/[\s,]+/)).filter(Boolean);
}

/** How many properties `only` selects, or undefined when it names an unknown one (the run says which). */
function selectedCount(only: readonly string[]): number | undefined {
  try {
    return selectProperties(only).length;
  } catch (error) {
    if (error instanceof ContractConfigError) return undefined;
    throw error;
  }
}
