/**
 * The server's view of the user's settings: `peeker.bodyFiles` (from `workspace/configuration`,
 * `workspace/didChangeConfiguration` or `initializationOptions`) and the operations picked per file.
 * Problems in the setting are logged once each and shown once per distinct set, never thrown.
 */

import { findOperation } from '../../schemas';
import { type BodyFilesConfig, compileBodyFiles, NO_BODY_FILES } from '../shared/body-files';

/** Where settings problems go (the connection's log and `window/showMessage`). */
export interface SettingsReporter {
  warn(message: string): void;
  info(message: string): void;
  showWarning(message: string): void;
}

/** The current settings; swap them in with {@link ServerSettings.applyBodyFiles}. */
export class ServerSettings {
  private config: BodyFilesConfig = NO_BODY_FILES;
  private readonly overrides = new Map<string, string>();
  private readonly reported = new Set<string>();
  private lastShown = '';

  constructor(private readonly reporter: SettingsReporter) {}

  /** The checked `peeker.bodyFiles`. */
  get bodyFiles(): BodyFilesConfig {
    return this.config;
  }

  /** Checks and installs a raw `peeker.bodyFiles` value; reports new problems. */
  applyBodyFiles(raw: unknown): void {
    this.config = compileBodyFiles(raw);
    for (const problem of this.config.problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.reporter.warn(problem);
    }
    const shown = this.config.problems.join('\n');
    if (shown !== '' && shown !== this.lastShown) {
      const count = this.config.problems.length;
      const more =
        count > 1 ? ` (and ${count - 1} more problem${count > 2 ? 's' : ''}; see the Peeker DevKit log)` : '';
      this.reporter.showWarning(`Peeker DevKit: ${this.config.problems[0]}${more}`);
    }
    this.lastShown = shown;
    const globs = this.config.rules.map((rule) => `"${rule.glob}" → ${rule.operation}`);
    this.reporter.info(
      globs.length > 0
        ? `peeker.bodyFiles: ${globs.join(', ')}`
        : 'peeker.bodyFiles: none usable; linting *.peeker.json files, JSON with a Peeker "$schema" and JSON shaped like a request file.',
    );
  }

  /** The operation picked for a document, if any. */
  overrideFor(uri: string): string | undefined {
    return this.overrides.get(uri);
  }

  /**
   * Picks (or with `null`, clears) the operation for a document. Returns false, after reporting,
   * when the operation is unknown or takes no body.
   */
  setOverride(uri: unknown, operation: unknown): boolean {
    if (typeof uri !== 'string' || uri === '') {
      this.reporter.warn(
        `peeker/setOperationOverride: "uri" must be a document URI, got ${JSON.stringify(uri)}.`,
      );
      return false;
    }
    if (operation === null || operation === undefined) {
      this.overrides.delete(uri);
      return true;
    }
    const op = typeof operation === 'string' ? findOperation(operation) : undefined;
    if (!op || op.requestSchema === null) {
      const why = op ? `${op.key} takes no JSON body` : `unknown operation ${JSON.stringify(operation)}`;
      // The rejected pick changes nothing: name what the file is still linted as.
      const current = this.overrides.get(uri);
      const kept = current ? `the operation picked before, ${current}` : 'its automatic operation';
      this.reporter.warn(`peeker/setOperationOverride for ${uri}: ${why}; the file keeps ${kept}.`);
      return false;
    }
    this.overrides.set(uri, op.key);
    return true;
  }

  /** Installs overrides from `initializationOptions.operationOverrides` (bad entries are reported and skipped). */
  applyOverrides(raw: unknown): void {
    if (raw === undefined || raw === null) return;
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      this.reporter.warn(
        'initializationOptions.operationOverrides must map document URIs to operations; ignored.',
      );
      return;
    }
    for (const [uri, operation] of Object.entries(raw)) this.setOverride(uri, operation);
  }
}
