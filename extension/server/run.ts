/**
 * Runs the Peeker language server in this process, on the transport given on the command line as
 * every LSP client passes it: `--stdio`, `--node-ipc` (VS Code), `--socket=<port>` or `--pipe=<name>`.
 * Used by the bundled `dist/server.js` and by `peeker-devkit lsp`.
 */
import type { Duplex } from 'node:stream';
import { type Connection, createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { LifecycleGate } from './lifecycle';
import { type ServerOptions, startServer } from './server';

/**
 * Creates the connection and starts serving: on `stream` when given (a socket the caller already
 * connected, so a failure to connect could be reported), else on the transport in `process.argv`.
 * With `--stdio`, `console.*` goes to the client's log.
 */
export function runLanguageServer(options: ServerOptions = {}, stream?: Duplex): void {
  const connection = serveLanguageServer(options, stream);

  // A bug must cost one request, not the editor's language server: log it and keep serving.
  process.on('uncaughtException', (error) => {
    connection.console.error(`uncaught exception: ${error.stack ?? error.message}`);
  });
  process.on('unhandledRejection', (reason) => {
    const detail = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
    connection.console.error(`unhandled rejection: ${detail}`);
  });
}

/**
 * The connection with its lifecycle gate and the server's handlers, listening on `stream` (else on
 * the transport in `process.argv`); {@link runLanguageServer} without the process-wide handlers.
 */
export function serveLanguageServer(options: ServerOptions = {}, stream?: Duplex): Connection {
  const gate = new LifecycleGate();
  const connection = stream
    ? createConnection(ProposedFeatures.all, stream, stream, { messageStrategy: gate })
    : createConnection(ProposedFeatures.all, { messageStrategy: gate });
  gate.install(connection);
  startServer(connection, { dispatchedMessages: () => gate.dispatched, ...options });
  return connection;
}
