/**
 * Applying text edits: its own module, free of the parser, so the published declarations of
 * `peeker-devkit/lint` need no jsonc-parser types.
 */
import type { TextEdit } from './types';

/**
 * Applies non-overlapping edits (offsets into `text`) and returns the new text. Edits at the same
 * offset are applied in the order given. Throws a RangeError for overlapping or out-of-range edits,
 * which would otherwise corrupt the document silently.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.offset - b.edit.offset || a.index - b.index);
  let out = '';
  let cursor = 0;
  for (const { edit } of sorted) {
    if (edit.offset < cursor || edit.offset + edit.length > text.length || edit.length < 0) {
      throw new RangeError(
        `applyEdits: edit at ${edit.offset} (length ${edit.length}) overlaps another edit or leaves the text`,
      );
    }
    out += text.slice(cursor, edit.offset) + edit.newText;
    cursor = edit.offset + edit.length;
  }
  return out + text.slice(cursor);
}
