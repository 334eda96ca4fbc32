/**
 * Which operation a document is linted against, decided from its name, its `$schema` and the
 * `peeker.bodyFiles` setting. Pure (strings in, data out) so the client's status bar and the
 * language server agree, and so it can be unit-tested without an editor.
 *
 * Order of precedence:
 * 1. `*.peeker.json` → a request file (the operation comes from its `"request"` field);
 * 2. an operation the user picked for this file (status bar → "lint this file as…");
 * 3. a top-level `"$schema"` equal to one of the kit's schema `$id`s — the request-file schema's
 *    first, then, after 4, a body schema's;
 * 4. a document shaped like a request file (the lint engine's own rule, `hasRequestFileShape`:
 *    a `"request"` naming a Peeker operation or a near typo of one, no keys but a request file's),
 *    as the CLI treats stdin or a plain `*.json` — an untitled buffer or a `requests/me.json`;
 * 5. the first `peeker.bodyFiles` glob that matches the file's path (one that matches a file whose
 *    body `"$schema"` wins is kept in the target's `setting`: it is what the file would be linted as
 *    without that key).
 * A `"$schema"` under the kit's prefix that names none of its schemas makes the document a Peeker
 * document too: the engine reports it (`unknown_schema_id`). Anything else is not a Peeker document
 * and is left alone.
 *
 * `$schema` values are read by the lint engine's `lint/schema-ids.ts`, and the shape decided by its
 * `lint/request-shape.ts`, as the CLI reads and decides them.
 */
import { visit } from 'jsonc-parser/lib/esm/main.js';
import { hasRequestFileShape } from '../../lint/request-shape';
import { classifySchemaId, REQUEST_FILE_SCHEMA_ID } from '../../lint/schema-ids';
import { findOperation } from '../../schemas';
import { type BodyFilesConfig, matchBodyFile } from './body-files';

export { REQUEST_FILE_SCHEMA_ID };

/** Where a document's target came from. */
export type TargetSource = 'request-file' | 'override' | 'schema' | 'setting';

/** What the lint engine should check a document against, and why (`reason` completes "linted as … because of …"). */
export type DocumentTarget =
  | {
      readonly kind: 'request-file';
      /** `request-file` for a `*.peeker.json` and for a document shaped like one. */
      readonly source: 'request-file' | 'schema';
      readonly reason: string;
    }
  | {
      readonly kind: 'operation';
      readonly operation: string;
      readonly source: TargetSource;
      readonly reason: string;
      /**
       * For a target read from the document's `"$schema"` (which wins over the setting): the
       * `peeker.bodyFiles` glob that matches the document too, and its operation — what the
       * document would be linted as without that key.
       */
      readonly setting?: { readonly operation: string; readonly reason: string };
    };

/** The outcome of {@link resolveDocumentTarget}. */
export interface TargetResolution {
  /** The target, or undefined for a document that is not a Peeker document. */
  readonly target?: DocumentTarget;
  /**
   * True when the document's `$schema` is under the kit's prefix but names none of its schemas. The
   * language server lints such a document even without a target, and the engine reports the id
   * (`unknown_schema_id`, worded by the engine); the client counts the document as a Peeker document.
   */
  readonly unknownSchemaId?: true;
}

/** Everything {@link resolveDocumentTarget} looks at. */
export interface TargetInput {
  /** The document URI as the editor sends it (`file:///…`, `untitled:…`). */
  readonly uri: string;
  /** The document text (only its top-level members are read: `"$schema"`, and the keys and `"request"` for the shape). */
  readonly text: string;
  /** The checked `peeker.bodyFiles` setting. */
  readonly bodyFiles: BodyFilesConfig;
  /** URIs of the open workspace folders, for workspace-relative globs. */
  readonly workspaceFolders?: readonly string[];
  /** An operation the user picked for this document; wins over `$schema` and the setting. */
  readonly override?: string;
}

/** Decides which operation (if any) applies to a document. Never throws. */
export function resolveDocumentTarget(input: TargetInput): TargetResolution {
  const path = uriPath(input.uri);
  if (isRequestFileName(path)) {
    return {
      target: { kind: 'request-file', source: 'request-file', reason: 'a *.peeker.json request file' },
    };
  }
  const override = input.override ? findOperation(input.override) : undefined;
  if (override) {
    return {
      target: {
        kind: 'operation',
        operation: override.key,
        source: 'override',
        reason: 'picked for this file',
      },
    };
  }
  const members = topLevelMembers(input.text);
  const meaning = classifySchemaId(members.schema?.value);
  if (meaning.kind === 'request-file') {
    return {
      target: {
        kind: 'request-file',
        source: 'schema',
        reason: 'its "$schema" is the request-file schema',
      },
    };
  }
  // Before a body's "$schema", as in the engine: a request document stays one (the engine then
  // reports the "$schema" that names a body).
  if (hasRequestFileShape(members.request, members.keys)) {
    return {
      target: { kind: 'request-file', source: 'request-file', reason: 'it is shaped like a request file' },
    };
  }
  const fromSetting = targetFromSetting(input, path);
  if (meaning.kind === 'body') {
    const target = {
      kind: 'operation',
      operation: meaning.operation,
      source: 'schema',
      reason: 'its "$schema"',
    } as const;
    // Kept so the engine can tell whether removing the "$schema" (schema_key_in_body) keeps the operation.
    return fromSetting?.kind === 'operation'
      ? { target: { ...target, setting: { operation: fromSetting.operation, reason: fromSetting.reason } } }
      : { target };
  }
  if (meaning.kind === 'unknown') {
    return fromSetting ? { target: fromSetting, unknownSchemaId: true } : { unknownSchemaId: true };
  }
  return fromSetting ? { target: fromSetting } : {};
}

function targetFromSetting(input: TargetInput, path: string): DocumentTarget | undefined {
  if (input.bodyFiles.rules.length === 0 || path === '') return undefined;
  const rule = matchBodyFile(input.bodyFiles, candidatePaths(path, input.workspaceFolders ?? []));
  if (!rule) return undefined;
  return {
    kind: 'operation',
    operation: rule.operation,
    source: 'setting',
    reason: `peeker.bodyFiles "${rule.glob}"`,
  };
}

/** True for `*.peeker.json` (case-insensitive), the kit's request-file convention. */
export function isRequestFileName(pathOrUri: string): boolean {
  return /\.peeker\.json$/i.test(pathOrUri);
}

/**
 * The string value of the top-level `"$schema"` property and where it is. Nested objects and arrays
 * are skipped without callbacks, so this stays cheap on a 10k-domain body.
 */
export function topLevelSchema(text: string): { value: string; offset: number; length: number } | undefined {
  return topLevelMembers(text).schema;
}

/** What {@link topLevelMembers} reads of a document. */
interface TopLevelMembers {
  /** The first string `"$schema"` and where it is. */
  schema?: { value: string; offset: number; length: number };
  /** The keys of the top-level object, in order, each once. */
  keys: string[];
  /** The last `"request"` value, as `JSON.parse` keeps it, when it is a literal (an object or array is `{}`). */
  request?: unknown;
}

/**
 * The top-level object's keys, `"$schema"` and `"request"`, in one pass over the text. Nested
 * objects and arrays are skipped without callbacks, so this stays cheap on a 10k-domain body.
 */
function topLevelMembers(text: string): TopLevelMembers {
  const members: TopLevelMembers = { keys: [] };
  const keys = new Set<string>();
  let depth = 0;
  let key: string | undefined;
  const nested = () => {
    if (depth === 1 && key === 'request') members.request = {};
    key = undefined;
  };
  visit(
    text,
    {
      onObjectBegin: () => {
        if (depth === 1) nested();
        depth++;
        return depth === 1;
      },
      onObjectEnd: () => {
        depth--;
      },
      onArrayBegin: () => {
        if (depth === 1) nested();
        depth++;
        return false;
      },
      onArrayEnd: () => {
        depth--;
      },
      onObjectProperty: (property) => {
        key = depth === 1 ? property : undefined;
        if (key !== undefined) keys.add(key);
      },
      onLiteralValue: (value, offset, length) => {
        if (depth === 1 && key === '$schema' && typeof value === 'string' && !members.schema) {
          members.schema = { value, offset, length };
        }
        if (depth === 1 && key === 'request') members.request = value;
        key = undefined;
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  members.keys = [...keys];
  return members;
}

/** The path part of a URI with forward slashes (`file:///c%3A/x.json` → `c:/x.json`), or `''`. */
export function uriPath(uri: string): string {
  const match = /^[A-Za-z][\w+.-]*:(?:\/\/[^/]*)?([^?#]*)/.exec(uri);
  if (!match) return uri.replace(/\\/g, '/');
  let path: string;
  try {
    path = decodeURIComponent(match[1]!);
  } catch {
    path = match[1]!;
  }
  // Windows drive letters arrive as `/c:/…`.
  return path.replace(/^\/([A-Za-z]:\/)/, '$1');
}

/** The paths a glob may match: the absolute path, and the path relative to each containing workspace folder. */
function candidatePaths(path: string, workspaceFolders: readonly string[]): string[] {
  const paths = [path];
  for (const folder of workspaceFolders) {
    const root = uriPath(folder).replace(/\/+$/, '');
    if (root !== '' && path.startsWith(`${root}/`)) paths.unshift(path.slice(root.length + 1));
  }
  return paths;
}
