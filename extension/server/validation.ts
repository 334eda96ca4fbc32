/**
 * The lint engine's findings as LSP diagnostics. The engine already speaks LSP positions, so this is
 * a mapping: severity, `source: "peeker"`, the API's `error.code` as the diagnostic code, and the
 * ids of the fixes that address it in `data` (so code actions can find them again).
 */
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE } from '../shared/protocol';
import type { LintDiagnostic, LintResult } from './lint-engine';

/** What a diagnostic carries in `data` for {@link doCodeActions}. */
export interface DiagnosticData {
  /** Ids of the fixes in the lint result this diagnostic came from. */
  fixIds?: string[];
}

const SEVERITY: Record<LintDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * LSP diagnostics for a document's lint result. Everything comes from the engine, an unknown or
 * mismatched `$schema` of the kit's included (`unknown_schema_id`, `schema_id_mismatch`), so the
 * editor and the CLI say the same thing.
 */
export function doValidation(result: LintResult | undefined): Diagnostic[] {
  return (result?.diagnostics ?? []).map(toLspDiagnostic);
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
