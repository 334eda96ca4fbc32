/**
 * Linting text: parse (fast path first), decide which schema applies, check, and — only when there
 * is something to report — build the positional tree to turn findings into ranged diagnostics and
 * fixes into text edits.
 */
import { findOperation, SCHEMA_ID_BASE } from '../schemas';
import { analyzeBody } from './analyze';
import { MAX_BODY_BYTES } from './catalog';
import type { Change, Finding, FixSpec } from './findings';
import { editsForFix, jsoncRemovalChanges, removeMembers } from './fixes';
import type { Node } from './jsonc';
import { findDuplicateKeys, type ParsedDocument, parseDocument } from './parse';
import { locate, nodeAt } from './positions';
import { analyzeRequestFile, suggestOperation } from './request-file';
import { hasRequestFileShape } from './request-shape';
import { isObject } from './rules/rule';
import {
  classifySchemaId,
  describeSchemaId,
  REQUEST_FILE_SCHEMA_ID,
  type SchemaIdMeaning,
  schemaIdFor,
  unknownSchemaIdMessage,
} from './schema-ids';
import { type SchemaKeyFallback, schemaKeyFinding } from './schema-key';
import { describeValue, printable, quoteKey } from './text-utils';
import type { Diagnostic, Fix, JsonPath, LintResult, LintTarget, Severity } from './types';

/** File names linted as request files. */
export const REQUEST_FILE_SUFFIX = '.peeker.json';

type Resolved =
  /**
   * `source`: who gave the operation, when it was given explicitly (it then wins over `$schema`).
   * `fallback`: for an operation named by the `$schema`, what the target would check the document
   * as without it (see {@link LintTarget}'s `fallbackOperation`).
   */
  | { kind: 'body'; operation: string; takesBody: boolean; source?: string; fallback?: SchemaKeyFallback }
  | { kind: 'request-file' }
  | { kind: 'unknown-operation'; given: string }
  | { kind: 'none' };

/** How messages name an operation given in the target without an `operationSource`. */
const DEFAULT_OPERATION_SOURCE = 'the operation given to the linter';
/** How messages name a `fallbackOperation` given without a `fallbackSource`. */
const DEFAULT_FALLBACK_SOURCE = 'the fallback operation given to the linter';

/**
 * Decides what a document is, from the target and (for `auto`) the document itself, whose
 * top-level `$schema` says `declared`. An operation given explicitly wins over a body's `$schema`
 * ({@link schemaIdFindings} reports a disagreement); a request file stays one.
 */
function resolveTarget(target: LintTarget, value: unknown, declared: SchemaIdMeaning): Resolved {
  const asOperation = (key: string, source?: string): Resolved => {
    const operation = findOperation(key);
    if (!operation) return { kind: 'unknown-operation', given: key };
    const resolved: Resolved = {
      kind: 'body',
      operation: operation.key,
      takesBody: operation.requestSchema !== null,
    };
    if (source !== undefined) resolved.source = source;
    return resolved;
  };
  if ('operation' in target && !('kind' in target))
    return asOperation(target.operation, target.operationSource ?? DEFAULT_OPERATION_SOURCE);
  if (isRequestFileTarget(target)) return { kind: 'request-file' };
  const auto = target as Extract<LintTarget, { kind: 'auto' }>;
  // A document that declares itself a request file is one, like a *.peeker.json, and so is one
  // shaped like a request file (stdin, an untitled editor buffer, a request in a plain *.json): an
  // operation given for plain bodies (`lint --operation X dir/`) does not apply to it, and a typo
  // in its "request" is reported there, with a suggestion.
  if (declared.kind === 'request-file' || isRequestFileShaped(value)) return { kind: 'request-file' };
  if (auto.operation !== undefined)
    return asOperation(auto.operation, auto.operationSource ?? DEFAULT_OPERATION_SOURCE);
  if (declared.kind === 'body') {
    const resolved = asOperation(declared.operation);
    // A fallback the kit does not know names nothing the file could be checked as without the key.
    const fallback = auto.fallbackOperation === undefined ? undefined : findOperation(auto.fallbackOperation);
    if (resolved.kind === 'body' && fallback) {
      resolved.fallback = {
        operation: fallback.key,
        source: auto.fallbackSource ?? DEFAULT_FALLBACK_SOURCE,
      };
    }
    return resolved;
  }
  return { kind: 'none' };
}

/**
 * True when `value` is shaped like a request file, whatever its name: see {@link hasRequestFileShape}
 * (the language server asks it of a document's top-level members without parsing the document whole).
 */
function isRequestFileShaped(value: unknown): boolean {
  return isObject(value) && hasRequestFileShape(value.request, Object.keys(value));
}

/**
 * What is wrong with a `$schema` of the kit's: an id that names no schema (`unknown_schema_id`, an
 * error: it is certainly a mistake, and the document may go unchecked), or one that names something
 * else than what the document is checked as (`schema_id_mismatch`: an explicit operation won over
 * it, or a request file names a body schema, which an editor would check the whole file against).
 */
function schemaIdFindings(id: unknown, declared: SchemaIdMeaning, resolved: Resolved): Finding[] {
  if (declared.kind === 'foreign' || typeof id !== 'string') return [];
  const changeTo = (wanted: string): FixSpec[] => [
    {
      title: `Change "$schema" to "${wanted}"`,
      safe: false,
      preferred: true,
      changes: [{ kind: 'replace', path: ['$schema'], value: wanted }],
    },
  ];
  if (declared.kind === 'unknown') {
    const checkedAs =
      resolved.kind === 'request-file'
        ? 'a request file'
        : resolved.kind === 'body'
          ? `${resolved.operation}${resolved.source ? ` (${resolved.source})` : ''}`
          : undefined;
    return [
      {
        ruleId: 'unknown-schema-id',
        code: 'unknown_schema_id',
        severity: 'error',
        path: ['$schema'],
        message: unknownSchemaIdMessage(declared, checkedAs),
        ...(declared.suggestion ? { fixes: changeTo(declared.suggestion) } : {}),
      },
    ];
  }
  const mismatch = (message: string, wanted: string): Finding[] => [
    {
      ruleId: 'schema-id-mismatch',
      code: 'schema_id_mismatch',
      severity: 'warning',
      path: ['$schema'],
      message,
      fixes: changeTo(wanted),
    },
  ];
  const named = describeSchemaId(id);
  if (resolved.kind === 'request-file') {
    if (declared.kind === 'request-file') return [];
    return mismatch(
      `This file is checked as a request file, but its "$schema" names ${named}, so an editor would check the whole file against that. Change it to "${REQUEST_FILE_SCHEMA_ID}": the body is checked against the operation in "request".`,
      REQUEST_FILE_SCHEMA_ID,
    );
  }
  // A body from its own `$schema` agrees with it; an operation without a body has its own warning.
  if (resolved.kind !== 'body' || resolved.source === undefined || !resolved.takesBody) return [];
  if (declared.kind === 'body' && declared.operation === resolved.operation) return [];
  const wanted = schemaIdFor({ operation: resolved.operation })!;
  const otherwise =
    declared.kind === 'body' ? `; if it is a body of ${declared.operation}, lint it as that` : '';
  return mismatch(
    `Checked as ${resolved.operation} (${resolved.source}), which wins over "$schema"; this "$schema" names ${named}. If it is a body of ${resolved.operation}, change "$schema" to "${wanted}"${otherwise}.`,
    wanted,
  );
}

/** Length of `text` in UTF-8 bytes, without allocating. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A finding located by an explicit span instead of a path (syntax-level problems). */
interface SpanFinding {
  start: number;
  end: number;
  code: string;
  severity: Severity;
  message: string;
  field?: string;
  details?: Record<string, unknown>;
  fixes?: FixSpec[];
  ruleId: string;
}

/** Lints a document. Never throws: an unexpected failure becomes an info diagnostic. */
export function lintDocument(text: string, target: LintTarget): LintResult {
  try {
    return lintUnchecked(typeof text === 'string' ? text : String(text), target);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      diagnostics: [
        {
          range: { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 0, offset: 0 } },
          severity: 'info',
          code: 'lint_internal_error',
          message: `The linter failed on this document (${message}). Please report it.`,
        },
      ],
      fixes: [],
    };
  }
}

function lintUnchecked(text: string, target: LintTarget): LintResult {
  const parsed = parseDocument(text);
  if (!parsed.ok) {
    const spanFindings = strictJsonFindings(parsed, !isRequestFileTarget(target));
    for (const error of parsed.syntaxErrors) {
      spanFindings.push({
        ruleId: 'json-syntax',
        start: error.offset,
        end: error.offset + error.length,
        code: 'invalid_request',
        severity: 'error',
        message: `${error.message} The API answers invalid_request to a body that is not JSON.`,
        details: { syntax_error: error.error },
      });
    }
    const operation = explicitOperation(target);
    return materialize(parsed, operation, [], spanFindings);
  }

  const declaredId = isObject(parsed.value) ? parsed.value.$schema : undefined;
  const declared = classifySchemaId(declaredId);
  const resolved = resolveTarget(target, parsed.value, declared);
  // Only a body is sent byte for byte. A request file is re-serialized, and a document no operation
  // is known for may be no body at all (tsconfig.json, .vscode/settings.json in `lint .`): its
  // comments are its own business, and `--fix` must not strip them.
  const spanFindings = strictJsonFindings(
    parsed,
    resolved.kind === 'body' || resolved.kind === 'unknown-operation',
  );
  duplicateKeyFindings(parsed, spanFindings);
  // Only read for the numbers an error message quotes (the tree is built for the diagnostics anyway).
  const numberText = (path: JsonPath): string | undefined => {
    const node = nodeAt(parsed.tree(), path);
    return node?.type === 'number' ? text.slice(node.offset, node.offset + node.length) : undefined;
  };
  let findings: Finding[] = [];
  let operation: string | undefined;
  let schemaKey: Finding | undefined;
  switch (resolved.kind) {
    case 'request-file': {
      const analysis = analyzeRequestFile(parsed.value, numberText);
      findings = analysis.findings;
      operation = analysis.operation;
      // What is sent is the body re-serialized (extension/client/core/request-file.ts), not the
      // file's text: indentation, comments and the envelope do not count, escapes and numbers are
      // rewritten.
      const body = isObject(parsed.value) ? parsed.value.body : undefined;
      if (body !== undefined && text.length > MAX_BODY_BYTES / MAX_REWRITE_GROWTH) {
        const sent = serialize(body);
        const node = nodeAt(parsed.tree(), ['body']);
        if (sent !== undefined && node)
          spanFindings.push(...sizeFinding(utf8Length(sent), node.offset, 'as sent (compact JSON)'));
      }
      break;
    }
    case 'body': {
      operation = resolved.operation;
      if (!resolved.takesBody) {
        findings.push({
          ruleId: 'body-not-expected',
          code: 'body_not_expected',
          severity: 'warning',
          path: [],
          message: `${resolved.operation} takes no request body; this one would not be sent.`,
        });
        break;
      }
      let body = parsed.value;
      // `$schema` names the body for an editor and the linter, so it is not checked as a field;
      // but a plain body file is sent as it is, and the API rejects it: a warning of its own.
      if (isObject(body) && '$schema' in body) {
        const { $schema: _hint, ...rest } = body;
        body = rest;
        schemaKey = schemaKeyFinding(resolved.operation, resolved.source, resolved.fallback);
      }
      findings = analyzeBody(resolved.operation, body, numberText)?.findings ?? [];
      // A plain body file is sent as it is (`curl --data-binary @file`): its bytes are the body.
      if (text.length > MAX_BODY_BYTES / 3) spanFindings.push(...sizeFinding(utf8Length(text), 0));
      break;
    }
    case 'unknown-operation': {
      // The suggestion a request file's "request" and the CLI's --operation get (URLs, ids, case).
      const near = suggestOperation(resolved.given)?.key;
      spanFindings.push({
        ruleId: 'unknown-operation',
        start: 0,
        end: 0,
        code: 'unknown_operation',
        severity: 'error',
        message: `Unknown operation ${describeValue(resolved.given)}.${near ? ` Did you mean "${near}"?` : ''} Operations are written "METHOD /path" as in the contract, e.g. "POST /orders".`,
      });
      break;
    }
    case 'none':
      // An unknown id of the kit's says it all (unknown_schema_id, below): adding a `$schema` is not the advice.
      if (declared.kind === 'unknown') break;
      spanFindings.push({
        ruleId: 'operation-unknown',
        start: 0,
        end: 0,
        code: 'operation_unknown',
        severity: 'info',
        message: `${declared.kind === 'other' ? `Its "$schema" names ${describeSchemaId(declaredId as string)} body. ` : ''}No operation is known for this document, so only its JSON syntax was checked. Name the file *.peeker.json with a "request" key, add "$schema": "${SCHEMA_ID_BASE}<body-schema>.json", or pass --operation "POST /orders".`,
      });
      break;
  }
  for (const finding of schemaIdFindings(declaredId, declared, resolved)) findings.push(finding);
  if (schemaKey) findings.push(schemaKey);
  return materialize(parsed, operation, findings, spanFindings);
}

function explicitOperation(target: LintTarget): string | undefined {
  const key = 'operation' in target ? target.operation : undefined;
  return key !== undefined ? findOperation(key)?.key : undefined;
}

/**
 * How many UTF-8 bytes `JSON.stringify` can make of one UTF-16 unit of valid JSON text, at most: a
 * raw lone surrogate becomes `\ud800`, `1e20` becomes 21 digits. A smaller request file cannot
 * send a body over the limit.
 */
const MAX_REWRITE_GROWTH = 6;

/**
 * `JSON.stringify(value)`, or `undefined` when it recurses past the stack: a body nested that deep
 * cannot be sent at all, so it has no size to report.
 */
function serialize(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** `payload_too_large` when a body of `size` bytes, starting at `offset`, is over the limit. */
function sizeFinding(size: number, offset: number, measured?: string): SpanFinding[] {
  if (size <= MAX_BODY_BYTES) return [];
  // Worded like the other limits the contract marks x-peeker-undocumented: not as an API fact.
  return [
    {
      ruleId: 'payload-too-large',
      start: offset,
      end: offset + 1,
      code: 'payload_too_large',
      severity: 'error',
      message: `The body is ${size} bytes${measured ? ` ${measured}` : ''}; the API accepts at most ${MAX_BODY_BYTES} (1 MB) and answers payload_too_large (Peeker DevKit's limit and code: the docs give none). Split it into several requests (for bulk imports use POST /domains/import/jobs).`,
      details: { size_bytes: size, limit_bytes: MAX_BODY_BYTES },
    },
  ];
}

/** True when the target alone says the document is a request file (its content cannot be read). */
function isRequestFileTarget(target: LintTarget): boolean {
  if (!('kind' in target)) return false;
  if (target.kind === 'request-file') return true;
  return target.fileName?.toLowerCase().endsWith(REQUEST_FILE_SUFFIX) === true;
}

/**
 * What strict JSON parsers reject but editors accept: a byte-order mark, comments, trailing
 * commas. A document `sentAsIs` (a plain body: `curl --data-binary @file` sends its bytes) would be
 * answered with invalid_request, so each is an error. A request file is not sent: the extension
 * reads it as JSONC (the editor drops the BOM) and sends its body re-serialized, so none matters.
 */
function strictJsonFindings(parsed: ParsedDocument, sentAsIs: boolean): SpanFinding[] {
  if (!sentAsIs) return [];
  const findings: SpanFinding[] = [];
  // parseDocument reads past a BOM (it blanks it), so the rest of the document is still linted.
  if (parsed.text.charCodeAt(0) === 0xfeff) {
    findings.push({
      ruleId: 'json-syntax',
      start: 0,
      end: 1,
      code: 'invalid_request',
      severity: 'error',
      message:
        'The file starts with a byte-order mark (U+FEFF), which is not JSON: sent as it is, the body would be answered with invalid_request. Save the file as UTF-8 without a BOM.',
      details: { syntax_error: 'ByteOrderMark' },
      fixes: [
        {
          title: 'Remove the byte-order mark',
          safe: true,
          preferred: true,
          changes: [{ kind: 'text', offset: 0, length: 1, newText: '' }],
        },
      ],
    });
  }
  if (parsed.jsonc.length === 0) return findings;
  const fix: FixSpec = {
    title: 'Remove all comments and trailing commas',
    safe: true,
    preferred: true,
    changes: jsoncRemovalChanges(parsed.text, parsed.jsonc),
  };
  for (const issue of parsed.jsonc) {
    findings.push({
      ruleId: 'jsonc-not-allowed',
      start: issue.offset,
      end: issue.offset + issue.length,
      code: 'jsonc_not_allowed',
      severity: 'error',
      message:
        issue.kind === 'comment'
          ? 'Comments are not JSON: the API would reject this body with invalid_request. Remove the comment before sending.'
          : 'Trailing commas are not JSON: the API would reject this body with invalid_request. Remove the comma.',
      fixes: [fix],
    });
  }
  return findings;
}

/**
 * Every occurrence of a repeated key but the last, which `JSON.parse` keeps and the rules checked.
 * Which one the author meant is theirs to say, so the fixes are for a human: remove the ignored
 * one, or (of a pair) keep it and remove the other — with more than two, removing the unwanted
 * ones first leaves a pair, and every ignored key offering the removal of all the others would
 * take time and space quadratic in their number.
 */
function duplicateKeyFindings(parsed: ParsedDocument, out: SpanFinding[]): void {
  const { text } = parsed;
  const removal = (object: Node, index: number): Change[] =>
    removeMembers(text, object, new Set([index])).map((edit) => ({ kind: 'text', ...edit }));
  for (const { key, object, indexes } of findDuplicateKeys(parsed)) {
    const properties = object.children!;
    const lastIndex = indexes[indexes.length - 1]!;
    const kept = parsed.lines().position(properties[lastIndex]!.offset);
    const name = quoteKey(key);
    for (let i = 0; i < indexes.length - 1; i++) {
      const index = indexes[i]!;
      const keyNode = properties[index]!.children![0]!;
      const fixes: FixSpec[] = [
        { title: `Remove this ignored ${name}`, safe: false, changes: removal(object, index) },
      ];
      if (indexes.length === 2) {
        fixes.push({
          title: `Keep this ${name}, remove the other`,
          safe: false,
          changes: removal(object, lastIndex),
        });
      }
      out.push({
        ruleId: 'duplicate-key',
        start: keyNode.offset,
        end: keyNode.offset + keyNode.length,
        code: 'duplicate_key',
        severity: 'error',
        message: `Duplicate key ${name}: it is given again at line ${kept.line + 1}, column ${kept.character + 1}, and the API's JSON parser keeps only the last one, so this value is ignored. Keep one of them. A DevKit rule: the API accepts such a body and silently uses the last value.`,
        fixes,
      });
    }
  }
}

/** Turns findings into ranged diagnostics and fixes into text edits (builds the tree only now). */
function materialize(
  parsed: ParsedDocument,
  operation: string | undefined,
  findings: Finding[],
  spanFindings: SpanFinding[],
): LintResult {
  const result: LintResult = { diagnostics: [], fixes: [] };
  if (operation !== undefined) result.operation = operation;
  if (findings.length === 0 && spanFindings.length === 0) return result;

  const text = parsed.text;
  const tree = findings.length > 0 ? parsed.tree() : undefined;
  const lines = parsed.lines();
  // Findings share fix objects (one "remove duplicates" fix for every repeat): identity first,
  // then structure (equal fixes built apart; a request file's body findings keep sharing theirs,
  // see prefixFindings). Only fixes with the same code and title can be equal, so only those are
  // ever serialized, each once, and looked up by their JSON (40k "Change to "a.com"" fixes of a
  // minified list compared pairwise would be quadratic).
  const fixesBySpec = new Map<FixSpec, Fix | null>();
  const fixesByTitle = new Map<string, { first: FixSpec; byJson?: Map<string, Fix | null> }>();
  const fixFor = (spec: FixSpec, code: string): Fix | null => {
    const known = fixesBySpec.get(spec);
    if (known !== undefined) return known;
    const titleKey = `${code}\u0000${spec.title}`;
    const sameTitle = fixesByTitle.get(titleKey);
    let json: string | undefined;
    if (sameTitle) {
      sameTitle.byJson ??= new Map([
        [JSON.stringify(sameTitle.first), fixesBySpec.get(sameTitle.first) ?? null],
      ]);
      json = JSON.stringify(spec);
      const equal = sameTitle.byJson.get(json);
      if (equal !== undefined) {
        fixesBySpec.set(spec, equal);
        return equal;
      }
    }
    const edits = editsForFix(parsed, spec);
    let fix: Fix | null = null;
    if (edits && edits.length > 0) {
      fix = {
        id: `fix-${result.fixes.length + 1}`,
        title: printable(spec.title),
        diagnosticCode: code,
        edits,
        safe: spec.safe,
      };
      if (spec.preferred) fix.preferred = true;
      result.fixes.push(fix);
    }
    if (sameTitle) sameTitle.byJson!.set(json!, fix);
    else fixesByTitle.set(titleKey, { first: spec });
    fixesBySpec.set(spec, fix);
    return fix;
  };
  const fixIdsFor = (specs: FixSpec[], code: string): string[] => {
    const ids: string[] = [];
    for (const spec of specs) {
      const fix = fixFor(spec, code);
      if (fix) ids.push(fix.id);
    }
    return ids;
  };
  const push = (start: number, end: number, source: Omit<SpanFinding, 'start' | 'end'>) => {
    const diagnostic: Diagnostic = {
      range: lines.range(start, end),
      severity: source.severity,
      code: source.code,
      // Messages and fields quote keys and values as written: a control character or a pasted key must not reach a terminal.
      message: printable(source.message),
    };
    if (source.field !== undefined) diagnostic.field = printable(source.field);
    if (source.details !== undefined) diagnostic.details = source.details;
    if (source.fixes !== undefined && source.fixes.length > 0) {
      const ids = fixIdsFor(source.fixes, source.code);
      if (ids.length > 0) diagnostic.fixIds = ids;
    }
    result.diagnostics.push(diagnostic);
  };
  for (const finding of spanFindings) push(finding.start, finding.end, finding);
  for (const finding of findings) {
    const span = locate(tree, finding.path, finding.anchor, text.length);
    push(span.start, span.end, finding);
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  result.diagnostics.sort(
    (a, b) =>
      a.range.start.offset - b.range.start.offset ||
      rank[a.severity] - rank[b.severity] ||
      a.range.end.offset - b.range.end.offset,
  );
  return result;
}
