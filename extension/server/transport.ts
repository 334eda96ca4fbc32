/**
 * The transport flags every LSP client passes to a server (`--stdio`, `--node-ipc`, `--socket=<port>`,
 * `--pipe=<name>`, `--clientProcessId=<pid>`), checked and opened in one place for `dist/server.js`
 * and `peeker-devkit lsp`: a missing or bad flag is a one-line usage error, and a client that is not
 * listening is reported — vscode-languageserver would dump its stack (and our minified bundle's
 * source line) or exit 0 silently.
 */
import { connect, type Socket } from 'node:net';

/** The transport flags as `util.parseArgs` gives them (undefined when absent). */
export interface TransportFlags {
  stdio?: boolean;
  'node-ipc'?: boolean;
  socket?: string;
  pipe?: string;
  clientProcessId?: string;
}

/** `util.parseArgs` options for {@link TransportFlags}. */
export const TRANSPORT_OPTIONS = {
  stdio: { type: 'boolean' },
  'node-ipc': { type: 'boolean' },
  socket: { type: 'string' },
  pipe: { type: 'string' },
  clientProcessId: { type: 'string' },
} as const;

/** Where a client listens for the server to connect: `--socket` or `--pipe`. */
export type ClientAddress = { port: number; host: string } | { path: string };

/** The checked transport: over the process's stdio or IPC channel, or to a listening client. */
export type ServerTransport =
  | { kind: 'stdio' }
  | { kind: 'node-ipc' }
  | { kind: 'client'; address: ClientAddress };

/** A bad or missing flag: print the message on one line and exit 2. */
export class TransportUsageError extends Error {
  override readonly name = 'TransportUsageError';
}

/** The client could not be reached: print the message and exit 1. */
export class TransportConnectError extends Error {
  override readonly name = 'TransportConnectError';
}

/**
 * Checks the flags: exactly one transport, a port from 1 to 65535, a pipe name, a whole-number
 * process id, and an IPC channel for `--node-ipc` (a {@link TransportUsageError} otherwise); and
 * that the client process named by `--clientProcessId` is running (a {@link TransportConnectError}
 * otherwise). `who` starts the "needs exactly one transport" message.
 */
export function chooseTransport(flags: TransportFlags, who: string): ServerTransport {
  const given = [flags.stdio, flags['node-ipc'], flags.socket, flags.pipe].filter((v) => v !== undefined);
  if (given.length !== 1) {
    throw new TransportUsageError(
      `${who} needs exactly one transport: --stdio (what editors use), --node-ipc, --socket=<port> or --pipe=<name>; got ${given.length}.`,
    );
  }
  // vscode-languageserver reads it from process.argv itself, and ignores a value it cannot parse.
  if (flags.clientProcessId !== undefined) {
    const pid = wholeNumber('clientProcessId', flags.clientProcessId, 1);
    // The library would exit 1 on its first check, 3 s later, without a word.
    if (!isRunning(pid)) {
      throw new TransportConnectError(
        `the client process ${pid} (--clientProcessId) is no longer running: there is no client to serve.`,
      );
    }
  }
  if (flags.socket !== undefined) {
    const port = wholeNumber('socket', flags.socket, 1, 65_535);
    return { kind: 'client', address: { port, host: '127.0.0.1' } };
  }
  if (flags.pipe !== undefined) {
    // Blank as good as empty: no client listens on a pipe named with spaces (an unset variable).
    if (flags.pipe.trim() === '') {
      throw new TransportUsageError(
        '--pipe needs the name of the pipe the client listens on, got an empty one.',
      );
    }
    return { kind: 'client', address: { path: flags.pipe } };
  }
  if (flags['node-ipc']) {
    if (typeof process.send !== 'function') {
      throw new TransportUsageError(
        '--node-ipc needs a parent process with an IPC channel; use --stdio from an editor.',
      );
    }
    return { kind: 'node-ipc' };
  }
  return { kind: 'stdio' };
}

/** Whether process `pid` exists (one of another user's answers EPERM to the probe: it exists). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function wholeNumber(flag: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new TransportUsageError(`--${flag} expects a whole number from ${min} to ${max}, got '${value}'.`);
  }
  return number;
}

/**
 * Connects to a listening client (`--socket`, `--pipe`), before the server starts: the library
 * exits silently with code 0 when its own connection is refused. Undefined for stdio and IPC, which
 * the library opens from `process.argv`.
 */
export async function openTransport(transport: ServerTransport): Promise<Socket | undefined> {
  if (transport.kind !== 'client') return undefined;
  const { address } = transport;
  try {
    return await new Promise<Socket>((resolve, reject) => {
      const socket = connect(address);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(socket);
      });
      socket.once('error', reject);
    });
  } catch (error) {
    throw new TransportConnectError(cannotConnect(address, error));
  }
}

/** Why the server could not reach its client, and what to do about it. */
function cannotConnect(client: ClientAddress, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const [where, flag] =
    'port' in client ? [`${client.host}:${client.port}`, 'socket'] : [client.path, 'pipe'];
  const why =
    code === 'ECONNREFUSED'
      ? 'nothing is listening there'
      : code === 'ENOENT'
        ? 'no such pipe'
        : (code ?? String(error));
  return `cannot connect to the client at ${where} (${why}). The client listens first, then starts the server with --${flag}=…`;
}
