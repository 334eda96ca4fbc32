/**
 * Code actions from the lint engine's fixes: a quick fix per fix of the diagnostics under the
 * cursor, and "Fix all Peeker problems" (`source.fixAll.peeker`, also offered as a quick fix when
 * the file has several fixable problems) which applies every safe fix at once.
 */
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND } from '../shared/protocol';
import type { LintFix, LintResult } from './lint-engine';
import { toLspDiagnostic } from './validation';

/** Title of the fix-all action. */
export const FIX_ALL_TITLE = 'Fix all Peeker problems';

/** What {@link doCodeActions} needs besides the request. */
export interface CodeActionContext {
  /** The lint result for the document's current version. */
  readonly result: LintResult;
  /** Computes the text with every safe fix applied (undefined when nothing changes); called only when needed. */
  readonly fixAll: () => string | undefined;
  /** The client accepts versioned `documentChanges` (stale edits are then refused instead of misapplied). */
  readonly documentChanges: boolean;
}

/** The code actions for a range of a document. */
export function doCodeActions(
  document: TextDocument,
  params: CodeActionParams,
  context: CodeActionContext,
): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  const fixesById = new Map(context.result.fixes.map((fix) => [fix.id, fix]));
  let fixableUnderCursor = false;
  if (kindMatches(CodeActionKind.QuickFix, only)) {
    // One action per fix, naming every diagnostic in the range it fixes: findings share fixes (one
    // "Remove 8000 duplicate domains" for each repeat), and an action per finding would offer the
    // same fix once per repeat, each with all its edits — quadratic when the whole file is selected.
    const actionsByFix = new Map<string, CodeAction>();
    for (const finding of context.result.diagnostics) {
      if (finding.range.end.offset < start || finding.range.start.offset > end) continue;
      const diagnostic = toLspDiagnostic(finding);
      for (const id of finding.fixIds ?? []) {
        const fix = fixesById.get(id);
        if (!fix) continue;
        fixableUnderCursor = true;
        const known = actionsByFix.get(id);
        if (known) {
          known.diagnostics!.push(diagnostic);
          continue;
        }
        const action = quickFix(document, fix, diagnostic, context.documentChanges);
        actionsByFix.set(id, action);
        actions.push(action);
      }
    }
  }
  const safeFixes = context.result.fixes.filter((fix) => fix.safe).length;
  const wantsSource = kindMatches(FIX_ALL_KIND, only);
  const wantsQuickFixAll = fixableUnderCursor && safeFixes >= 2;
  if (safeFixes > 0 && (wantsSource || wantsQuickFixAll)) {
    const fixed = context.fixAll();
    if (fixed !== undefined) {
      const edit = workspaceEdit(document, [minimalEdit(document, fixed)], context.documentChanges);
      if (wantsSource) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit });
      if (wantsQuickFixAll)
        actions.push({ title: `${FIX_ALL_TITLE} in this file`, kind: CodeActionKind.QuickFix, edit });
    }
  }
  return actions;
}

function quickFix(
  document: TextDocument,
  fix: LintFix,
  diagnostic: Diagnostic,
  documentChanges: boolean,
): CodeAction {
  const edits: TextEdit[] = fix.edits.map((edit) => ({
    range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) },
    newText: edit.newText,
  }));
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, edits, documentChanges),
  };
  if (fix.preferred) action.isPreferred = true;
  return action;
}

function workspaceEdit(document: TextDocument, edits: TextEdit[], documentChanges: boolean): WorkspaceEdit {
  if (documentChanges) {
    return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
  }
  return { changes: { [document.uri]: edits } };
}

/** One edit turning the document's text into `next`: only the span between the common prefix and suffix. */
export function minimalEdit(document: TextDocument, next: string): TextEdit {
  const current = document.getText();
  let prefix = 0;
  const max = Math.min(current.length, next.length);
  while (prefix < max && current.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    current.charCodeAt(current.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never split a surrogate pair.
  if (prefix > 0 && isHighSurrogate(current.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(current.charCodeAt(current.length - suffix))) suffix--;
  return {
    range: { start: document.positionAt(prefix), end: document.positionAt(current.length - suffix) },
    newText: next.slice(prefix, next.length - suffix),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** LSP's rule for `context.only`: a kind is wanted when it equals or refines a requested kind. */
function kindMatches(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}
