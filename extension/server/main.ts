/** Entry point of the bundled language server, `dist/server.js` (see `run.ts` for the transports). */
import { runLanguageServer } from './run';

runLanguageServer();
