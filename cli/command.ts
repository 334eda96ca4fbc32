import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { ContractConfigNames } from '../contract-tests/config-names';
import { apiKeyProblem, isLiveKey } from '../contract-tests/target';

/** One `peeker-devkit` subcommand. */
export interface Command {
  /** The word typed after `peeker-devkit`. */
  readonly name: string;
  /** One line for the top-level `--help`. */
  readonly summary: string;
  /** The full `--help` text: usage, options, examples, exit codes. */
  readonly help: string;
  /** Runs the command and resolves to the process exit code (0 ok, 1 problems found, 2 usage error). */
  run(args: string[]): Promise<number | ExitAtOnce>;
}

/**
 * An exit code the process ends with as soon as its output is written, instead of when nothing is
 * left to do: a run stopped by Ctrl+C or SIGTERM has said its last line, and whatever it abandoned
 * must not keep the prompt away.
 */
export interface ExitAtOnce {
  readonly exitAtOnce: number;
}

/**
 * A mistake in how the command was called: reported on one line (or the lines given), exit code
 * 2, no stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The message as the lines to print, each on its own (control characters inside stay escaped). */
  readonly lines: readonly string[];

  /** `lines`, when given, replace `message` on the terminal; `message` joins them with spaces. */
  constructor(message: string, lines: readonly string[] = [message]) {
    super(message);
    this.lines = lines;
  }
}

/** True for `-h` and `--help`. */
export function isHelpFlag(arg: string): boolean {
  return arg === '--help' || arg === '-h';
}

/**
 * The usage error for an option `command` (`lint`, `webhooks check`) does not take: the same words
 * for every command, and where its options are listed.
 */
export function unknownOptionError(command: string, option: string): UsageError {
  return new UsageError(
    `${command}: unknown option '${option}'. Run 'peeker-devkit ${command} --help' for the options.`,
  );
}

/**
 * `util.parseArgs` with errors turned into {@link UsageError}s that name the flag, so a typo exits 2
 * with a readable message; an unknown option is {@link unknownOptionError} for `command`. A flag
 * that takes one value may be given once: parseArgs would keep the last one silently
 * (`--format json --format sarif`). A negative number after a flag that takes a value is that value
 * (`--port -1`), so the flag's own check says what range it takes.
 */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: T,
  allowPositionals = false,
) {
  const joined = joinNegativeValues(args, options);
  try {
    const parsed = parseArgs({
      args: joined,
      options,
      allowPositionals,
      strict: true,
      tokens: true,
    });
    const given = parsed.tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : []));
    const repeated = given.find(
      (name, index) =>
        options[name]?.type === 'string' && !options[name]?.multiple && given.indexOf(name) !== index,
    );
    // Only the flag is named: it may be --api-key or --secret.
    if (repeated !== undefined) throw new UsageError(`--${repeated} is given more than once; give it once.`);
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as { code?: unknown } | null)?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const unknown = firstUnknownOption(joined, options);
      if (unknown !== undefined) throw unknownOptionError(command, unknown);
    }
    const message = (error instanceof Error ? error.message : String(error)).replace(
      /\. To specify a positional argument.*$/s,
      '.',
    );
    // Node writes some as sentences on lines of their own ("…is ambiguous.\nDid you forget…"): print
    // them so. Only where the message quotes nothing but the command's own option names — a line
    // break in what the user typed (an unknown option, a positional) must stay escaped on its line.
    const lines = quotesOnlyOptionNames(error) ? message.split('\n') : [message];
    throw new UsageError(lines.join(' '), lines);
  }
}

/**
 * The first option in `args` that `options` does not have, as typed (`--bogus`, `-x`): the one
 * `util.parseArgs` refuses first. Read from its own tokens rather than from its message, which
 * quotes the user's text and adds advice of its own.
 */
function firstUnknownOption(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
): string | undefined {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option' && !Object.hasOwn(options, token.name)) return token.rawName;
  }
  return undefined;
}

/**
 * `--flag -5` as `--flag=-5` for the flags that take a value: parseArgs refuses a value starting
 * with a dash as "ambiguous" (it could be a forgotten value followed by an option), but no option
 * of this CLI starts with a digit, so a dash and a digit are a negative number. Other dashed values
 * (`--port --seed`) still get parseArgs' message; nothing after `--` is touched.
 */
function joinNegativeValues(args: string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const joined: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      joined.push(...args.slice(index));
      break;
    }
    const next = args[index + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (
      name !== undefined &&
      Object.hasOwn(options, name) &&
      options[name]?.type === 'string' &&
      next !== undefined &&
      /^-\d/.test(next)
    ) {
      joined.push(`${arg}=${next}`);
      index++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

/**
 * True for `util.parseArgs`' errors about a known option's value (missing, ambiguous, not taken):
 * their text quotes the option's configured name, never the user's input, so every line break in
 * it is Node's own.
 */
function quotesOnlyOptionNames(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE';
}

/** The longest delay Node's timers take (2^31-1 ms, about 24.8 days): a longer one fires after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Parses a whole-number flag value in `min`…`max` (by default 0 and the largest integer a double
 * holds exactly, so the value used and echoed is the one typed), or throws a {@link UsageError}
 * naming the flag and the range — after `command` (`contract`, `webhooks check`), like the
 * command's other usage errors.
 */
export function integerOption(
  flag: string,
  value: string | undefined,
  fallback: number,
  { min = 0, max = Number.MAX_SAFE_INTEGER, command }: { min?: number; max?: number; command?: string } = {},
): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new UsageError(
      `${commandPrefix(command)}--${flag} expects a whole number from ${min} to ${max}, got '${value}'.`,
    );
  }
  return number;
}

/** `command: `, which starts a command's usage errors, or nothing without a command. */
function commandPrefix(command: string | undefined): string {
  return command === undefined ? '' : `${command}: `;
}

/** Where an API key is read when `--api-key` is not given. */
export const API_KEY_ENV = 'PEEKER_API_KEY';

/**
 * What the contract suite's set-up errors call the base URL and the key in a terminal
 * (`contract`, `doctor --contract`): the flags, and the variable the key may come from.
 */
export const CLI_CONTRACT_NAMES: ContractConfigNames = Object.freeze({
  baseUrl: '--base-url',
  apiKey: `--api-key or ${API_KEY_ENV}`,
  giveApiKey: `pass --api-key pk_test_… or set ${API_KEY_ENV}`,
  propertyNames: "'peeker-devkit contract --list' prints the property names",
});

/**
 * The API key from `--api-key`, else from `$PEEKER_API_KEY` (blank counts as not given), trimmed.
 * A live key, however pasted (quoted, upper case, percent-encoded: see {@link isLiveKey}), is
 * refused with `liveKeyRefusal`: the commands that read a key must not send a live one. A key an
 * `Authorization` header cannot carry (a line break, a space, the docs' `pk_test_…` placeholder) or
 * one still wrapped in quotes is refused too, naming the flag or variable and the character's
 * position (never the key): it would fail later with an HTTP-library error blaming the URL, or a
 * confusing 401. Either refusal starts with `command: ` when a command is given.
 */
export function apiKeyOption(
  flag: string | undefined,
  liveKeyRefusal: string,
  command?: string,
): string | undefined {
  const [source, raw] =
    flag !== undefined && flag.trim() !== ''
      ? ['--api-key', flag]
      : [`$${API_KEY_ENV}`, process.env[API_KEY_ENV]];
  const key = raw?.trim();
  if (key === undefined || key === '') return undefined;
  if (isLiveKey(key)) throw new UsageError(`${commandPrefix(command)}${liveKeyRefusal}`);
  const problem = apiKeyProblem(key, `The key in ${source}`);
  if (problem !== undefined) throw new UsageError(`${commandPrefix(command)}${problem}`);
  return key;
}
