/**
 * `peeker-devkit` — one CLI for every tool in the kit.
 *
 * Each subcommand lives in its own file under `cli/commands/` and exports a {@link Command}.
 * Exit codes are shared by all subcommands: 0 success, 1 the check found problems, 2 usage or
 * configuration error (a `UsageError` from `command.ts`).
 */
import { type Command, type ExitAtOnce, isHelpFlag } from './command';
import { commands } from './commands';
import { dropWritesToClosedPipes, printError } from './output';

const VERSION = '0.1.0';

function topLevelHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const rows = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `peeker-devkit ${VERSION} — tools for the Peeker Partner API

Usage: peeker-devkit <command> [options]

Commands:
${rows}

Run 'peeker-devkit <command> --help' for a command's options.
Exit codes: 0 ok, 1 problems found, 2 usage or configuration error. Without a command, this help
goes to stderr with exit code 2 (a usage error); with --help, to stdout with 0.`;
}

async function main(argv: string[]): Promise<number | ExitAtOnce> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // A missing command is a usage error like any other: on stderr, with exit code 2.
    process.stderr.write(`${topLevelHelp()}\n`);
    return 2;
  }
  if (isHelpFlag(name)) {
    process.stdout.write(`${topLevelHelp()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    printError(`unknown command '${name}'. Run 'peeker-devkit --help' for the list.`);
    return 2;
  }
  if (rest.some(isHelpFlag)) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  return command.run(rest);
}

dropWritesToClosedPipes();
main(process.argv.slice(2)).then(
  (result) => {
    if (typeof result === 'number') {
      process.exitCode = result;
      return;
    }
    process.exitCode = result.exitAtOnce;
    // Exit once what was written has been handed to the OS (a write's callback runs after earlier ones).
    process.stdout.write('', () => process.stderr.write('', () => process.exit(result.exitAtOnce)));
  },
  (error: unknown) => {
    // A usage error or a bug alike: one line, no stack trace.
    printError(error);
    process.exitCode = 2;
  },
);
