/**
 * `peeker-devkit lsp --stdio` — the Peeker language server for any LSP client (Neovim, Helix,
 * Emacs…). VS Code does not need it: the extension starts the bundled server itself.
 */
import type { Socket } from 'node:net';
import {
  chooseTransport,
  openTransport,
  TRANSPORT_OPTIONS,
  TransportConnectError,
  TransportUsageError,
} from '../../extension/server/transport';
import { type Command, parseOptions, UsageError } from '../command';
import { printError } from '../output';

const HELP = `peeker-devkit lsp — the Peeker language server (LSP) for any editor

Usage:
  peeker-devkit lsp --stdio

Serves the Language Server Protocol on stdin/stdout: diagnostics from the Peeker linter (with quick
fixes and "Fix all Peeker problems"), completion and hover from the API contract, for:
  *.peeker.json            request files ({"request": "POST /orders", "body": {…}})
  "$schema" of the kit      JSON bodies starting with e.g.
                            "$schema": "https://peeker-devkit.dev/schemas/v1/create-order-request.json"
  request shape             JSON shaped like a request file, whatever its name (an untitled buffer too):
                            a "request" naming a Peeker operation or a near typo of one ("GET /mex"),
                            no keys but a request file's (the rule of peeker-devkit lint --help)
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
  summary: 'Run the language server for Neovim, Helix and other LSP editors (--stdio)',
  help: HELP,
  async run(args) {
    const { values } = parseOptions('lsp', args, TRANSPORT_OPTIONS);
    let stream: Socket | undefined;
    try {
      stream = await openTransport(chooseTransport(values, 'the language server'));
    } catch (error) {
      if (error instanceof TransportUsageError) throw new UsageError(`lsp: ${error.message}`);
      if (!(error instanceof TransportConnectError)) throw error;
      printError(`lsp: ${error.message}`);
      return 1;
    }
    // Loaded on demand so other subcommands do not pay for the server's code. Without a stream the
    // connection reads the transport from process.argv, exactly as the bundled dist/server.js does.
    const { runLanguageServer } = await import('../../extension/server/run');
    runLanguageServer({}, stream);
    // The server keeps the process alive and exits on the client's `exit` notification.
    return new Promise<number>(() => {});
  },
};
