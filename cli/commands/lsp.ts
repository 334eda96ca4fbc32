/**
 * `peeker-devkit lsp --stdio` — the Peeker language server for any LSP client (Neovim, Helix, Zed,
 * Emacs…). VS Code does not need it: the extension starts the bundled server itself.
 */
import { connect, type Socket } from 'node:net';
import { type Command, integerOption, parseOptions, UsageError } from '../command';
import { printError } from '../output';

const HELP = `peeker-devkit lsp — the Peeker language server (LSP) for any editor

Usage:
  peeker-devkit lsp --stdio

Serves the Language Server Protocol on stdin/stdout: diagnostics from the Peeker linter (with quick
fixes and "Fix all Peeker problems"), completion and hover from the API contract, for:
  *.peeker.json            request files ({"request": "POST /orders", "body": {…}})
  "$schema" of the kit      JSON bodies starting with e.g.
                            "$schema": "https://peeker-devkit.dev/schemas/v1/create-order-request.json"
  peeker.bodyFiles          glob → operation map, from the client's settings (section "peeker")
                            or initializationOptions: {"bodyFiles": {"**/orders/*.json": "POST /orders"}}

Options:
  --stdio                 talk LSP over stdin/stdout (what editors use)
  --node-ipc              talk over Node IPC (when started by a Node client with an IPC channel)
  --socket=<port>         connect to a client listening on 127.0.0.1:<port>
  --pipe=<name>           connect to a client listening on a named pipe
  --clientProcessId=<pid> exit when that process is gone

Logs go to the client (window/logMessage), never to stdout. Editor set-up: docs/editor.md.

Exit codes: 0 after a clean shutdown, 1 if the client could not be reached (--socket, --pipe) or went
away without one, 2 usage error.`;

/** The `lsp` subcommand. */
export const lspCommand: Command = {
  name: 'lsp',
  summary: 'Run the language server for Neovim, Helix, Zed… (--stdio)',
  help: HELP,
  async run(args) {
    const { values } = parseOptions(args, {
      stdio: { type: 'boolean' },
      'node-ipc': { type: 'boolean' },
      socket: { type: 'string' },
      pipe: { type: 'string' },
      clientProcessId: { type: 'string' },
    });
    const transports = [values.stdio, values['node-ipc'], values.socket, values.pipe].filter(
      (v) => v !== undefined,
    );
    if (transports.length !== 1) {
      throw new UsageError(
        `lsp needs exactly one transport: --stdio (what editors use), --node-ipc, --socket=<port> or --pipe=<name>; got ${transports.length}.`,
      );
    }
    const port =
      values.socket === undefined
        ? undefined
        : integerOption('socket', values.socket, 0, { min: 1, max: 65_535 });
    // vscode-languageserver reads it from process.argv itself, and ignores a value it cannot parse.
    if (values.clientProcessId !== undefined)
      integerOption('clientProcessId', values.clientProcessId, 0, { min: 1 });
    if (values['node-ipc'] && typeof process.send !== 'function') {
      throw new UsageError(
        '--node-ipc needs a parent process with an IPC channel; use --stdio from an editor.',
      );
    }
    const client: ClientAddress | undefined =
      port !== undefined
        ? { port, host: '127.0.0.1' }
        : values.pipe !== undefined
          ? { path: values.pipe }
          : undefined;
    let stream: Socket | undefined;
    if (client !== undefined) {
      try {
        stream = await connectTo(client);
      } catch (error) {
        printError(`lsp: ${cannotConnect(client, error)}`);
        return 1;
      }
    }
    // Loaded on demand so other subcommands do not pay for the server's code. Without a stream the
    // connection reads the transport from process.argv, exactly as the bundled dist/server.js does.
    const { runLanguageServer } = await import('../../extension/server/run');
    runLanguageServer({}, stream);
    // The server keeps the process alive and exits on the client's `exit` notification.
    return new Promise<number>(() => {});
  },
};

/** Where a client listens for the server to connect: `--socket` or `--pipe`. */
type ClientAddress = { port: number; host: string } | { path: string };

/**
 * Connects to a listening client. Done before the server starts, because the language-server
 * library exits silently (code 0) when its own connection is refused.
 */
function connectTo(client: ClientAddress): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(client);
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
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
