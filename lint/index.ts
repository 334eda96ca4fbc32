/**
 * Peeker payload lint engine — the facade. Pure: no `vscode`, no I/O, never throws on any input.
 *
 * - {@link lint}: text in, ranged diagnostics and quick fixes out (CLI, language server).
 * - {@link checkBody} / {@link firstApiError}: the same schema and semantic rules on a parsed body,
 *   without positions (the emulator).
 * - {@link fixAll} / {@link applyEdits}: apply fixes.
 * - {@link migrateLegacyOrder}, {@link normalizeDomain}, {@link normalizeDomainsHashed}: shared with the emulator.
 * - {@link lintRuleCatalog}: every rule as data (hover docs, listings).
 */
import { catalog } from '../schemas';
import { analyzeBody } from './analyze';
import { toViolation } from './findings';
import { applyEdits } from './fixes';
import { lintDocument } from './lint-document';
import type { ApiError, Fix, LintResult, LintTarget, TextEdit, Violation } from './types';

export { type LintRuleInfo, lintRuleCatalog, MAX_BODY_BYTES } from './catalog';
export { type HashedNames, normalizeDomain, normalizeDomainsHashed } from './domains';
export { applyEdits } from './fixes';
export { migrateLegacyOrder } from './legacy';
export { REQUEST_FILE_SUFFIX } from './lint-document';
export { resolveOperationFromSchemaId } from './schema-validation';
export type {
  ApiError,
  Diagnostic,
  Fix,
  JsonPath,
  LintResult,
  LintTarget,
  Position,
  Range,
  Severity,
  TextEdit,
  Violation,
} from './types';

/**
 * Lints `text` as the body of an operation (`{ operation: "POST /orders" }`), as a `*.peeker.json`
 * request file (`{ kind: 'request-file' }`), or by looking at it (`{ kind: 'auto', fileName?, operation? }`:
 * a `*.peeker.json` name → request file; else a `$schema` equal to one of the kit's schema `$id`s;
 * else the given operation; else an `info` diagnostic saying how to give one).
 *
 * Diagnostics are sorted by position. A body file's top-level `$schema` is an editor hint and is
 * ignored. Never throws.
 */
export function lint(text: string, target: LintTarget): LintResult {
  return lintDocument(text, target);
}

/**
 * Applies the safe fixes of {@link lint} until the document is stable (at most 10 rounds), skipping
 * fixes whose edits overlap one already applied in the same round.
 */
export function fixAll(text: string, target: LintTarget): { text: string; applied: Fix[] } {
  const applied: Fix[] = [];
  let current = text;
  for (let round = 0; round < 10; round++) {
    const { fixes } = lint(current, target);
    const chosen: Fix[] = [];
    const taken: TextEdit[] = [];
    const overlaps = (edit: TextEdit) =>
      taken.some((t) =>
        edit.length === 0 && t.length === 0
          ? edit.offset === t.offset
          : (edit.offset < t.offset + t.length && t.offset < edit.offset + edit.length) ||
            (edit.length === 0 && edit.offset > t.offset && edit.offset < t.offset + t.length) ||
            (t.length === 0 && t.offset > edit.offset && t.offset < edit.offset + edit.length),
      );
    for (const fix of fixes) {
      if (!fix.safe || fix.edits.some(overlaps)) continue;
      chosen.push(fix);
      taken.push(...fix.edits);
    }
    if (chosen.length === 0) break;
    current = applyEdits(current, taken);
    applied.push(...chosen);
  }
  return { text: current, applied };
}

/**
 * Checks a parsed request body of `operationKey` (`"POST /orders"`) with exactly the schema and
 * semantic rules of {@link lint}. Returns violations errors first, then in document order; `[]` for
 * an operation that is not in the contract or takes no body.
 */
export function checkBody(operationKey: string, body: unknown): Violation[] {
  try {
    return (analyzeBody(operationKey, body)?.findings ?? []).map(toViolation);
  } catch (error) {
    return [
      {
        code: 'lint_internal_error',
        severity: 'info',
        path: [],
        message: `The body checker failed (${error instanceof Error ? error.message : String(error)}).`,
      },
    ];
  }
}

/**
 * The error the API would answer `body` with — the first error-severity violation whose code is an
 * API error code, with its HTTP status from the catalog — or `null` when the body would be accepted.
 */
export function firstApiError(operationKey: string, body: unknown): ApiError | null {
  for (const violation of checkBody(operationKey, body)) {
    if (violation.severity !== 'error') continue;
    const info = catalog.errorCodes[violation.code as keyof typeof catalog.errorCodes];
    if (!info) continue;
    const error: ApiError = { status: info.status, code: violation.code, message: violation.message };
    if (violation.field !== undefined) error.field = violation.field;
    if (violation.details !== undefined) error.details = violation.details;
    return error;
  }
  return null;
}
