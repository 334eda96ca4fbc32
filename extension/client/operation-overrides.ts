/**
 * Operations the user picked per file ("lint this file as…"), kept in the workspace state so they
 * survive reloads and server restarts.
 */
import type * as vscode from 'vscode';

const STATE_KEY = 'peeker.operationOverrides';

/** URI → operation, persisted in `workspaceState`. */
export class OperationOverrides {
  constructor(private readonly state: vscode.Memento) {}

  /** The operation picked for a document URI, if any. */
  get(uri: string): string | undefined {
    return this.all()[uri];
  }

  /** Every pick, for the server's `initializationOptions`. */
  all(): Record<string, string> {
    const stored = this.state.get<unknown>(STATE_KEY);
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
    return Object.fromEntries(
      Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  }

  /** Picks (or with `null`, forgets) the operation for a document URI. */
  async set(uri: string, operation: string | null): Promise<void> {
    const next = this.all();
    if (operation === null) delete next[uri];
    else next[uri] = operation;
    await this.state.update(STATE_KEY, next);
  }
}
