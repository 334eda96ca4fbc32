/**
 * extension/server/code-actions.ts on its own: the quick fixes offered for a range of a document,
 * from the lint engine's result, without a language server process.
 */
import { describe, expect, it } from 'vitest';
import type { CodeActionParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { doCodeActions } from '../extension/server/code-actions';
import { lint } from '../lint';

const IMPORT_JOBS = { operation: 'POST /domains/import/jobs' };

/** The code actions for the range `[start, end)` (offsets) of `text`, linted as an import job body. */
function actionsFor(text: string, start: number, end: number) {
  const document = TextDocument.create('file:///ws/import.json', 'json', 1, text);
  const result = lint(text, IMPORT_JOBS);
  const params: CodeActionParams = {
    textDocument: { uri: document.uri },
    range: { start: document.positionAt(start), end: document.positionAt(end) },
    context: { diagnostics: [], only: ['quickfix'] },
  };
  return {
    result,
    actions: doCodeActions(document, params, { result, fixAll: () => undefined, documentChanges: false }),
  };
}

describe('quick fixes for a range', () => {
  it('offer a fix the diagnostics in the range share once, naming all of them', () => {
    const text = '{"domains": ["a.com", "a.com", "a.com"]}';
    const { actions } = actionsFor(text, 0, text.length);
    expect(actions.map((a) => [a.title, a.diagnostics?.map((d) => d.range.start.character)])).toEqual([
      ['Remove 2 duplicate domains', [22, 31]],
    ]);
    const edits = actions[0]!.edit!.changes!['file:///ws/import.json']!;
    expect(TextDocument.applyEdits(TextDocument.create('file:///x', 'json', 1, text), edits)).toBe(
      '{"domains": ["a.com"]}',
    );
  });

  it('offer each shared fix once for a whole file of repeats, in time and size linear in their number', () => {
    // One action per repeat, each with the removal of every repeat (apart, so one edit each): 5 000
    // repeats selected made 25 million edits. The test's timeout is the bound.
    const repeats = 5000;
    const domains = Array.from({ length: repeats }, (_, i) => [`d${i}.com`, `d${i}.com`]).flat();
    const text = JSON.stringify({ domains });
    const { result, actions } = actionsFor(text, 0, text.length);
    expect(result.diagnostics.filter((d) => d.code === 'duplicate_domain')).toHaveLength(repeats);
    expect(actions.map((a) => [a.title, a.diagnostics?.length])).toEqual([
      [`Remove ${repeats} duplicate domains`, repeats],
    ]);
    const edits = actions[0]!.edit!.changes!['file:///ws/import.json']!;
    expect(edits).toHaveLength(repeats);
    expect(TextDocument.applyEdits(TextDocument.create('file:///x', 'json', 1, text), edits)).toBe(
      JSON.stringify({ domains: domains.filter((_, i) => i % 2 === 0) }),
    );
  }, 10_000);
});
