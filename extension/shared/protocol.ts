/**
 * The few messages the Peeker language server and its clients exchange beyond standard LSP, and
 * the shape of the settings. Plain method names and parameter types (no LSP library imported) so
 * the VS Code client, the server and any other editor's client can share them.
 */

/** The settings section the server reads through `workspace/configuration`. */
export const SETTINGS_SECTION = 'peeker';

/**
 * The server's settings (`peeker.*` in VS Code; `settings.peeker` or `initializationOptions` elsewhere).
 * Values come from users, so the server checks them — the types say what is expected, not what arrives.
 */
export interface PeekerSettings {
  /** Glob → operation, e.g. `{ "**\/fixtures/orders/*.json": "POST /orders" }`. */
  bodyFiles?: Record<string, string>;
}

/** What a client may pass as `initializationOptions`. */
export interface PeekerInitializationOptions extends PeekerSettings {
  /** Operations picked per document URI (the client remembers them across server restarts). */
  operationOverrides?: Record<string, string>;
}

/**
 * Server → client, after each lint: which operation a document is linted against, for a status bar.
 * `operation` is absent for a request file whose `"request"` is missing or unknown, and `source`
 * is `none` for a document that is not a Peeker document.
 */
export const DOCUMENT_TARGET_NOTIFICATION = 'peeker/documentTarget';

/** Parameters of {@link DOCUMENT_TARGET_NOTIFICATION}. */
export interface DocumentTargetParams {
  uri: string;
  source: 'request-file' | 'override' | 'schema' | 'setting' | 'none';
  operation?: string;
  /** Why this operation, e.g. `peeker.bodyFiles "**\/orders/*.json"`. */
  reason?: string;
}

/** Client → server: lint this document as `operation` (or `null` to go back to the automatic choice). */
export const SET_OPERATION_OVERRIDE_NOTIFICATION = 'peeker/setOperationOverride';

/** Parameters of {@link SET_OPERATION_OVERRIDE_NOTIFICATION}. */
export interface SetOperationOverrideParams {
  uri: string;
  operation: string | null;
}

/** The LSP code action kind of "Fix all Peeker problems" (run it on save with `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.peeker';

/** `Diagnostic.source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'peeker';
