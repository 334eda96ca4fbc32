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
  return optionError(command, `unknown option '${option}'.`);
}

/**
 * A usage error about how `command`'s options were typed: `command: problem`, then where its
 * options are listed — the one form every option mistake takes, whichever command made it.
 */
function optionError(command: string, problem: string): UsageError {
  return new UsageError(`${command}: ${problem} Run 'peeker-devkit ${command} --help' for the options.`);
}

/**
 * `util.parseArgs` with its errors turned into {@link UsageError}s worded by {@link optionError}, so
 * a typo exits 2 with a message naming the command, the flag and what to do: an unknown option, a
 * flag without its value, a value given to a flag that takes none, a word where the command takes
 * no arguments. A value typed is never quoted (it may be a key or a secret). A flag that takes one
 * value may be given once: parseArgs would keep the last one silently (`--format json --format
 * sarif`). A negative number after a flag that takes a value is that value (`--port -1`), so the
 * flag's own check says what range it takes.
 */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: T,
  allowPositionals = false,
) {
  const { joined, origin } = joinNegativeValues(args, options);
  try {
    const parsed = parseArgs({ args: joined, options, allowPositionals, strict: true, tokens: true });
    const given = parsed.tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : []));
    const repeated = given.find(
      (name, index) =>
        options[name]?.type === 'string' && !options[name]?.multiple && given.indexOf(name) !== index,
    );
    // Only the flag is named: it may be --api-key or --secret.
    if (repeated !== undefined) {
      throw optionError(command, `option '--${repeated}' is given more than once; give it once.`);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // Worded from parseArgs' own tokens rather than its message, which quotes what the user typed
    // (a positional, maybe a key) and names no command: the same walk finds the first mistake
    // parseArgs refused, whatever its error code.
    const problem = firstOptionProblem(joined, origin, options, allowPositionals, command);
    if (problem !== undefined) throw optionError(command, problem);
    // Not expected: a refusal the walk does not recognise. parseArgs' first sentence, in the same form.
    const message = error instanceof Error ? error.message : String(error);
    throw optionError(command, `${message.split(/\.\s|\n/)[0]!.replace(/\.$/, '')}.`);
  }
}

/**
 * What is wrong with the first token of `args` that strict `util.parseArgs` refuses, checked in
 * its order (each option in turn: unknown, then its value; a positional where none is taken), as
 * the rest of a sentence starting with `command: `; undefined when nothing is. `origin[i]` is the
 * index in the command's arguments that `args[i]` came from, to say which one is out of place.
 */
function firstOptionProblem(
  args: string[],
  origin: readonly number[],
  options: NonNullable<ParseArgsConfig['options']>,
  allowPositionals: boolean,
  command: string,
): string | undefined {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (!Object.hasOwn(options, token.name)) return `unknown option '${token.rawName}'.`;
      const flag = `--${token.name}`;
      if (options[token.name]?.type === 'boolean') {
        if (token.value !== undefined) return `option '${flag}' takes no value.`;
      } else if (token.value === undefined) {
        return `option '${flag}' needs a value.`;
      } else if (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')) {
        // parseArgs takes the next word for a forgotten value's neighbour: `--port --seed 1`.
        return `option '${flag}' needs a value; the word after it starts with '-', so it is read as an option (write ${flag}=VALUE for a value that starts with '-').`;
      }
    } else if (token.kind === 'positional' && !allowPositionals) {
      const position = (origin[token.index] ?? token.index) + 1;
      return `unexpected argument ${position} after '${command}' (not shown, as it may be a key or secret): ${command} takes options only.`;
    }
  }
  return undefined;
}

/**
 * `--flag -5` as `--flag=-5` for the flags that take a value: parseArgs refuses a value starting
 * with a dash as "ambiguous" (it could be a forgotten value followed by an option), but no option
 * of this CLI starts with a digit, so a dash and a digit are a negative number. Other dashed values
 * (`--port --seed`) are still refused; nothing after `--` is touched. `origin[i]` is the index in
 * `args` that `joined[i]` starts at.
 */
function joinNegativeValues(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
): { joined: string[]; origin: number[] } {
  const joined: string[] = [];
  const origin: number[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      joined.push(...args.slice(index));
      origin.push(...args.slice(index).map((_, offset) => index + offset));
      break;
    }
    const next = args[index + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    origin.push(index);
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
  return { joined, origin };
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
