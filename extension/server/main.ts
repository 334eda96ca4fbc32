/**
 * Entry point of the bundled language server (`dist/server.js`). The transport comes from the
 * command line, as every LSP client passes it: `--stdio`, `--node-ipc` (VS Code), `--socket=<port>`
 * or `--pipe=<name>`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

// A bug must cost one request, not the editor's language server: log it and keep serving.
process.on('uncaughtException', (error) => {
  connection.console.error(`uncaught exception: ${error.stack ?? error.message}`);
});
process.on('unhandledRejection', (reason) => {
  connection.console.error(
    `unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
  );
});

startServer(connection);
