/**
 * Entry point of the bundled language server, `dist/server.js`: checks the transport flags (see
 * `transport.ts`), connects to a listening client when asked to, and serves (see `run.ts`).
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { runLanguageServer } from './run';
import {
  chooseTransport,
  openTransport,
  TRANSPORT_OPTIONS,
  TransportConnectError,
  TransportUsageError,
} from './transport';

const program = basename(process.argv[1] ?? 'server.js');

/** One line on stderr and an exit code: never a stack trace (which would quote the minified bundle). */
function fail(message: string, exitCode: number): void {
  process.stderr.write(`${program}: ${message}\n`);
  process.exitCode = exitCode;
}

async function main(): Promise<void> {
  let stream: Awaited<ReturnType<typeof openTransport>>;
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), options: TRANSPORT_OPTIONS, strict: true });
    stream = await openTransport(chooseTransport(values, 'the language server'));
  } catch (error) {
    if (error instanceof TransportConnectError) return fail(error.message, 1);
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs' own errors (an unknown option, a missing value) are usage errors too.
    if (
      error instanceof TransportUsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    )
      return fail(message.replace(/\. To specify a positional argument.*$/s, '.'), 2);
    return fail(message, 1);
  }
  runLanguageServer({}, stream);
}

void main();
