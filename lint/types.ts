/**
 * The lint engine's public data shapes. Positions follow LSP conventions: 0-based lines, `character`
 * counted in UTF-16 code units, `offset` an index into the JavaScript string (also UTF-16 units),
 * so a diagnostic can be handed to an editor without conversion.
 */

/** A place in the document. */
export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units (LSP's `character`). */
  character: number;
  /** 0-based index into the document string. */
  offset: number;
}

/** A half-open span `[start, end)` of the document. */
export interface Range {
  start: Position;
  end: Position;
}

/** How bad a finding is: `error` = the API would reject the request; `warning` = it would accept it but something will go wrong or is deprecated; `info` = cannot be decided offline. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem found in a document. */
export interface Diagnostic {
  range: Range;
  severity: Severity;
  /** The `error.code` the API would answer with, or a lint-only snake_case code (see `lintRuleCatalog`). */
  code: string;
  /**
   * What the API would put in `error.field`, e.g. `domains` or `personas[2].profile_picture_url`;
   * quoted as the message quotes a key (control and invisible characters escaped, a pasted key
   * shown as its prefix).
   */
  field?: string;
  /** What is wrong and what to do. */
  message: string;
  /** The API's `error.details` for this code, where it has them (e.g. `required_count`). */
  details?: Record<string, unknown>;
  /** Ids of the {@link Fix}es in the same {@link LintResult} that address this diagnostic. */
  fixIds?: string[];
}

/** Replace `length` UTF-16 units at `offset` with `newText` (offsets refer to the original text). */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/** A quick fix: edits that resolve one diagnostic. */
export interface Fix {
  /** Unique within one {@link LintResult}. */
  id: string;
  /** What the fix does, for a code-action menu. */
  title: string;
  /** The `code` of the diagnostic it fixes. */
  diagnosticCode: string;
  /** Non-overlapping edits against the linted text. */
  edits: TextEdit[];
  /** True when applying it cannot change what the request means beyond fixing the problem (used by `--fix` and {@link fixAll}). */
  safe: boolean;
  /** The fix an editor should offer first when there are several. */
  preferred?: boolean;
}

/**
 * Which schema and rules apply to a document. An `operation` given here wins over a body's
 * `$schema` (a disagreement is a `schema_id_mismatch` warning on it; a request file stays one);
 * `operationSource` says where it came from, in parentheses after it in messages (`--operation`,
 * `picked for this file`). A `fallbackOperation` (`auto` only) is the other way round: the
 * operation the document would be checked as without its `$schema`, which wins over it (the
 * editor's `peeker.bodyFiles` glob); `fallbackSource` names it in messages. It decides only what
 * the `schema_key_in_body` warning says and whether removing that key is safe: safe when both name
 * the same operation.
 */
export type LintTarget =
  | { operation: string; operationSource?: string }
  | { kind: 'request-file' }
  | {
      kind: 'auto';
      fileName?: string;
      operation?: string;
      operationSource?: string;
      fallbackOperation?: string;
      fallbackSource?: string;
    };

/** Everything `lint` found. */
export interface LintResult {
  /** The operation the body was linted against (`"POST /orders"`), when one was known. */
  operation?: string;
  diagnostics: Diagnostic[];
  fixes: Fix[];
}

/** A path into a JSON value: object keys and array indexes. */
export type JsonPath = (string | number)[];

/** A finding on a parsed body, without positions (what the emulator consumes). */
export interface Violation {
  code: string;
  severity: Severity;
  field?: string;
  path: JsonPath;
  message: string;
  details?: Record<string, unknown>;
}

/** The error envelope contents the API would answer with. */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  field?: string;
  details?: Record<string, unknown>;
}
