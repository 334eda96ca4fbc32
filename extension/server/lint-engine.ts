/**
 * The language server's one door to the pure lint engine in `lint/`: every server module goes
 * through here, so the engine's API is adapted in a single place.
 */
import { fixAll, type LintResult, type LintTarget, lint, lintRuleCatalog } from '../../lint';
import type { DocumentTarget } from '../shared/document-target';

export type { Diagnostic as LintDiagnostic, Fix as LintFix, LintResult } from '../../lint';

/** The engine's target for a resolved document target. */
export function toLintTarget(target: DocumentTarget): LintTarget {
  return target.kind === 'request-file' ? { kind: 'request-file' } : { operation: target.operation };
}

/** Lints a document's text (the engine never throws, by contract). */
export function lintText(text: string, target: DocumentTarget): LintResult {
  return lint(text, toLintTarget(target));
}

/** The text with every safe fix applied, or undefined when nothing changes. */
export function fixAllText(text: string, target: DocumentTarget): string | undefined {
  const fixed = fixAll(text, toLintTarget(target)).text;
  return fixed === text ? undefined : fixed;
}

/**
 * The Markdown docs of a lint-only diagnostic code (API error codes are documented from the
 * contract's catalog instead), or undefined for a code the engine does not list.
 */
export function lintRuleDescription(code: string): string | undefined {
  const rule = lintRuleCatalog.find((entry) => entry.code === code && entry.lintOnly);
  return rule ? `${rule.description}\n\n${rule.docs}` : undefined;
}
