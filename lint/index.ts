/**
 * Peeker payload lint engine — the facade. Pure: no `vscode`, no I/O, never throws on any input.
 *
 * - {@link lint}: text in, ranged diagnostics and quick fixes out (CLI, language server).
 * - {@link checkBody} / {@link firstApiError}: the same schema and semantic rules on a parsed body,
 *   without positions (the emulator).
 * - {@link fixAll} / {@link applyEdits}: apply fixes.
 * - {@link migrateLegacyOrder}, {@link migrateLegacyPersonasBody}, {@link normalizeDomain}, {@link normalizeDomainsHashed}: shared with the emulator.
 * - {@link lintRuleCatalog}: every rule as data (hover docs, listings).
 */
import { catalog } from '../schemas';
import { analyzeBody } from './analyze';
import { toViolation } from './findings';
import { lintDocument } from './lint-document';
import { applyEdits } from './text-edits';
import type { ApiError, Fix, LintResult, LintTarget, TextEdit, Violation } from './types';

export { type LintRuleInfo, lintRuleCatalog, MAX_BODY_BYTES } from './catalog';
export {
  describeNonRootName,
  describeUnregistrableName,
  type HashedNames,
  isRootDomain,
  normalizeDomain,
  normalizeDomainsHashed,
} from './domains';
export { migrateLegacyOrder, migrateLegacyPersonasBody } from './legacy';
export { REQUEST_FILE_SUFFIX } from './lint-document';
export { resolveOperationFromSchemaId } from './schema-ids';
export { applyEdits } from './text-edits';
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
 * a `*.peeker.json` name or the request-file `$schema` → request file; else the given operation;
 * else a `$schema` equal to one of the kit's body schema `$id`s; else a `"request"` key → request
 * file; else an `info` diagnostic saying how to give one). A given operation wins over the body's
 * `$schema`: when they disagree, a `schema_id_mismatch` warning on the `$schema` says so. An `auto`
 * target's `fallbackOperation` loses to it (the editor's `peeker.bodyFiles`): it only tells the
 * `schema_key_in_body` warning what the file would be without the key.
 *
 * Diagnostics are sorted by position. A body file's top-level `$schema` is not checked as a field:
 * it is a `schema_key_in_body` warning instead (sent as it is, the API rejects it), with a fix that
 * removes it; one under the kit's prefix that names none of its schemas is also an
 * `unknown_schema_id` error, with the closest id as a fix. Never throws.
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
    const chosen = disjointFixes(lint(current, target).fixes.filter((fix) => fix.safe));
    if (chosen.length === 0) break;
    // Loops, not push(...): a fix can hold 100k edits, one argument each would overflow the stack.
    const taken: TextEdit[] = [];
    for (const fix of chosen) for (const edit of fix.edits) taken.push(edit);
    current = applyEdits(current, taken);
    for (const fix of chosen) applied.push(fix);
  }
  return { text: current, applied };
}

/** True when two edits touch a common character, one inserts strictly inside the other, or both insert at one place. */
const overlaps = (a: TextEdit, b: TextEdit) =>
  a.length === 0 && b.length === 0
    ? a.offset === b.offset
    : (a.offset < b.offset + b.length && b.offset < a.offset + a.length) ||
      (a.length === 0 && a.offset > b.offset && a.offset < b.offset + b.length) ||
      (b.length === 0 && b.offset > a.offset && b.offset < a.offset + a.length);

/**
 * The fixes, in order, that overlap no fix chosen before them. The overlapping pairs come from one
 * sweep over all edits by offset, where an edit is compared only with the earlier ones it may
 * still reach: comparing each fix with every chosen one would be quadratic, and a minified
 * 40k-domain list has 40k fixes.
 */
function disjointFixes(fixes: Fix[]): Fix[] {
  const edits: { edit: TextEdit; fix: number }[] = [];
  fixes.forEach((fix, index) => {
    for (const edit of fix.edits) edits.push({ edit, fix: index });
  });
  edits.sort((a, b) => a.edit.offset - b.edit.offset);
  const conflicts = new Map<number, number[]>();
  const conflict = (a: number, b: number) => {
    const list = conflicts.get(a);
    if (list) list.push(b);
    else conflicts.set(a, [b]);
  };
  let reach: typeof edits = [];
  for (const item of edits) {
    const { offset } = item.edit;
    // Earlier edits that end before this offset (or insert before it) can overlap nothing from here on.
    reach = reach.filter(({ edit }) => edit.offset + edit.length > offset || edit.offset === offset);
    for (const other of reach) {
      if (other.fix !== item.fix && overlaps(other.edit, item.edit)) {
        conflict(other.fix, item.fix);
        conflict(item.fix, other.fix);
      }
    }
    reach.push(item);
  }
  const chosen = new Set<number>();
  for (let index = 0; index < fixes.length; index++) {
    if (!(conflicts.get(index) ?? []).some((other) => chosen.has(other))) chosen.add(index);
  }
  return fixes.filter((_, index) => chosen.has(index));
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
