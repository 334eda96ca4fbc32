/**
 * The language server's one door to the pure lint engine in `lint/`: every server module goes
 * through here, so the engine's API is adapted in a single place.
 */
import { fixAll, type LintResult, type LintTarget, lint, lintRuleCatalog } from '../../lint';
import type { DocumentTarget, TargetResolution } from '../shared/document-target';

export type { Diagnostic as LintDiagnostic, Fix as LintFix, LintResult } from '../../lint';

/**
 * The engine's target for a resolved document target (its reason names the operation's source in
 * messages). An operation read from the document's own `"$schema"` is left for the engine to read
 * there too, as the CLI does, with the `peeker.bodyFiles` glob that also matches the document as
 * its fallback: the engine then knows whether removing that key (`schema_key_in_body`) keeps the
 * operation (the glob names the same one: "Fix all" removes it), or would leave the document with
 * none or the glob's other one (kept out of "Fix all", and the warning says which one is used and
 * why).
 */
export function toLintTarget(target: DocumentTarget): LintTarget {
  if (target.kind === 'request-file') return { kind: 'request-file' };
  if (target.source === 'schema') {
    return target.setting === undefined
      ? { kind: 'auto' }
      : { kind: 'auto', fallbackOperation: target.setting.operation, fallbackSource: target.setting.reason };
  }
  return { operation: target.operation, operationSource: target.reason };
}

/**
 * What the engine lints a document as, or undefined for a document that is not the kit's. A document
 * whose only claim is an unknown `$schema` of the kit's is linted too (as the CLI lints it, by
 * looking at it): the engine reports that id (`unknown_schema_id`, with its quick fix) and the syntax.
 */
export function lintTargetFor(resolution: TargetResolution): LintTarget | undefined {
  if (resolution.target) return toLintTarget(resolution.target);
  return resolution.unknownSchemaId ? { kind: 'auto' } : undefined;
}

/** Lints a document's text (the engine never throws, by contract). */
export function lintText(text: string, target: LintTarget): LintResult {
  return lint(text, target);
}

/** The text with every safe fix applied, or undefined when nothing changes. */
export function fixAllText(text: string, target: LintTarget): string | undefined {
  const fixed = fixAll(text, target).text;
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
