/**
 * The lint engine's findings as LSP diagnostics. The engine already speaks LSP positions, so this is
 * a mapping: severity, `source: "peeker"`, the API's `error.code` as the diagnostic code, and the
 * ids of the fixes that address it in `data` (so code actions can find them again).
 */
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TargetResolution } from '../shared/document-target';
import { DIAGNOSTIC_SOURCE } from '../shared/protocol';
import type { LintDiagnostic, LintResult } from './lint-engine';

/** What a diagnostic carries in `data` for {@link doCodeActions}. */
export interface DiagnosticData {
  /** Ids of the fixes in the lint result this diagnostic came from. */
  fixIds?: string[];
}

/** Code of the diagnostic that reports a `$schema` of ours that names no request schema. */
export const UNKNOWN_SCHEMA_CODE = 'unknown_schema_id';

const SEVERITY: Record<LintDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** LSP diagnostics for a document: the lint findings plus any problem with how the document declares its schema. */
export function doValidation(
  document: TextDocument,
  result: LintResult | undefined,
  resolution: TargetResolution,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (resolution.problem) {
    const { offset, length, message } = resolution.problem;
    diagnostics.push({
      range: { start: document.positionAt(offset), end: document.positionAt(offset + length) },
      severity: DiagnosticSeverity.Warning,
      code: UNKNOWN_SCHEMA_CODE,
      source: DIAGNOSTIC_SOURCE,
      message,
    });
  }
  for (const finding of result?.diagnostics ?? []) diagnostics.push(toLspDiagnostic(finding));
  return diagnostics;
}

/** One engine diagnostic as an LSP diagnostic. */
export function toLspDiagnostic(finding: LintDiagnostic): Diagnostic {
  const diagnostic: Diagnostic = {
    range: {
      start: { line: finding.range.start.line, character: finding.range.start.character },
      end: { line: finding.range.end.line, character: finding.range.end.character },
    },
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.fixIds && finding.fixIds.length > 0) {
    const data: DiagnosticData = { fixIds: finding.fixIds };
    diagnostic.data = data;
  }
  return diagnostic;
}
