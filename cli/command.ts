import { type ParseArgsConfig, parseArgs } from 'node:util';

/** One `peeker-devkit` subcommand. */
export interface Command {
  /** The word typed after `peeker-devkit`. */
  readonly name: string;
  /** One line for the top-level `--help`. */
  readonly summary: string;
  /** The full `--help` text: usage, options, examples, exit codes. */
  readonly help: string;
  /** Runs the command and resolves to the process exit code (0 ok, 1 problems found, 2 usage error). */
  run(args: string[]): Promise<number>;
}

/** A mistake in how the command was called: reported as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** True for `-h` and `--help`. */
export function isHelpFlag(arg: string): boolean {
  return arg === '--help' || arg === '-h';
}

/**
 * `util.parseArgs` with errors turned into {@link UsageError}s that name the flag,
 * so a typo exits 2 with one readable line.
 */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

/** Parses a non-negative integer flag value or throws a {@link UsageError} naming the flag. */
export function integerOption(flag: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new UsageError(`--${flag} expects a whole number${min > 0 ? ` ≥ ${min}` : ''}, got '${value}'.`);
  }
  return Number(value);
}
