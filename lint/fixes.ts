/**
 * Quick fixes: structural changes (remove / replace / rename / insert, on JSON paths) turned into
 * minimal text edits that keep the document's own formatting, and the helpers to apply them.
 */

import type { Change, FixSpec } from './findings';
import type { Node } from './jsonc';
import { commaEndAfter, type JsoncIssue, memberTailEnd, type ParsedDocument, skipBlanks } from './parse';
import { type LineIndex, memberIndex, nodeAt } from './positions';
import type { TextEdit } from './types';

/** Formatting facts read from the document, so inserted text looks like its neighbours. */
interface Style {
  eol: string;
  indentUnit: string;
}

let lastStyle: { text: string; style: Style } | undefined;

/** The style of `text` (cached for the last text: every fix of one document asks). */
function detectStyle(text: string): Style {
  if (lastStyle?.text === text) return lastStyle.style;
  const style = computeStyle(text);
  lastStyle = { text, style };
  return style;
}

function computeStyle(text: string): Style {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /\n([ \t]+)\S/.exec(text);
  return { eol, indentUnit: indent ? indent[1]! : '  ' };
}

/**
 * The whitespace at the start of the line that contains `offset`. The line start comes from the
 * line index: searching back for it would read a whole minified document for every fix.
 */
function lineIndent(text: string, lines: LineIndex, offset: number): string {
  const { offset: at, character } = lines.position(offset);
  const start = at - character;
  let end = start;
  while (end < at && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
  return text.slice(start, end);
}

/** JSON on one line with a space after `:` and `,` (`{"id": "ord_1", "n": [1, 2]}`), as people write it. */
function printInline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(printInline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${printInline(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value === undefined ? null : value);
}

/** JSON for `value`, indented to sit at `indent` (or on one line when `inline`). */
function printValue(value: unknown, style: Style, indent: string, inline: boolean): string {
  if (inline) return printInline(value);
  // Indentation only shapes objects and arrays; a scalar takes JSON.stringify's faster path.
  if (value === null || value === undefined || typeof value !== 'object')
    return JSON.stringify(value ?? null);
  const json = JSON.stringify(value, null, style.indentUnit);
  return json.includes('\n') ? json.split('\n').join(`${style.eol}${indent}`) : json;
}

/** True when `node` spans several lines (asked of the line index, not by reading the node's text). */
const isMultiline = (lines: LineIndex, node: Node) =>
  lines.position(node.offset).line !== lines.position(node.offset + node.length).line;

/** Removes several members (properties or elements) of one container cleanly, commas included. */
export function removeMembers(text: string, container: Node, indexes: Set<number>): TextEdit[] {
  const members = container.children ?? [];
  if (indexes.size === 0) return [];
  if (indexes.size >= members.length) {
    // Everything goes: empty the container but keep its brackets (and drop a JSONC trailing comma,
    // which an empty container cannot have).
    const first = members[0]!;
    const last = members[members.length - 1]!;
    const lastEnd = last.offset + last.length;
    // The scanner, not a pattern: a comment may sit between the last member and its comma.
    let start = first.offset;
    let end = commaEndAfter(text, lastEnd) ?? lastEnd;
    // Nothing but white space would be left between the brackets: `[\n    \n  ]` reads as `[]`.
    const close = container.offset + container.length - 1;
    if (isWhiteSpace(text, container.offset + 1, start) && isWhiteSpace(text, end, close)) {
      start = container.offset + 1;
      end = close;
    }
    return [{ offset: start, length: end - start, newText: '' }];
  }
  // Each removed member takes its own comma and the comments on that comma's line, and nothing
  // else: a comment on another member's line, or on a line of its own, stays where it is (request
  // files are JSONC, and `--fix` keeps their comments). Only the removed members are visited: one
  // removal from a 100k-member list is one step.
  const edits: TextEdit[] = [];
  const removed = Array.from(indexes).sort((a, b) => a - b);
  let lastKept = members.length - 1;
  while (indexes.has(lastKept)) lastKept--;
  // Where the previous edit ended: no edit may start before it.
  let floor = 0;
  // Removals that meet are one edit (`[a, b, c]` − a, b; a kept member's comma and the member
  // after it; `"a", ` and `"b"` emptying their line together).
  const push = (offset: number, end: number) => {
    const start = Math.max(offset, floor);
    const previous = edits[edits.length - 1];
    if (previous && previous.offset + previous.length === start) previous.length = end - previous.offset;
    else edits.push({ offset: start, length: end - start, newText: '' });
    floor = end;
  };
  for (const i of removed) {
    const member = members[i]!;
    const next = members[i + 1];
    const tail = memberTailEnd(text, member.offset + member.length);
    if (i === lastKept + 1) {
      // The first of the members that end the container: the last kept member loses its comma,
      // not the comments after it (`"b.com", // keep` → `"b.com" // keep`).
      const kept = members[lastKept]!;
      const commaEnd = commaEndAfter(text, kept.offset + kept.length);
      if (commaEnd !== undefined) {
        const spaced = skipBlanks(text, commaEnd);
        push(commaEnd - 1, isLineBreak(text, spaced) || spaced === member.offset ? spaced : commaEnd);
      }
    }
    if (next && !hasLineBreak(text, tail, next.offset)) {
      // The next member is on the same line: `[a, b, c]` − b → `[a, c]`.
      push(member.offset, next.offset);
      continue;
    }
    // The member's line goes, from the line break before it (or the spaces before it, when it
    // shares its line) to its tail; the line break after it stays.
    const spaced = skipBlanks(text, tail);
    push(lineStartBefore(text, member.offset), isLineBreak(text, spaced) ? spaced : tail);
  }
  return withoutEmptiedLines(text, edits);
}

/**
 * `edits` (in order, apart, adjacent ones merged) where a removal that would leave a line of only
 * its indentation (`"a", "b"` on a line of their own, both removed) also takes that indentation and
 * the line break before it, as a member alone on its line does.
 */
function withoutEmptiedLines(text: string, edits: TextEdit[]): TextEdit[] {
  let floor = 0;
  for (const edit of edits) {
    const end = edit.offset + edit.length;
    const lineStart = lineStartBefore(text, edit.offset);
    if (
      lineStart < edit.offset &&
      lineStart >= floor &&
      isLineBreak(text, lineStart) &&
      isLineBreak(text, skipBlanks(text, end))
    ) {
      edit.length = end - lineStart;
      edit.offset = lineStart;
    }
    floor = end;
  }
  return edits;
}

/** True when `text` from `from` to `to` is only spaces, tabs and line breaks. */
function isWhiteSpace(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return true;
}

/** Per object node, the keys it gives more than once (built when a fix first renames or removes one of its keys). */
const repeatedKeysCache = new WeakMap<Node, ReadonlySet<string>>();

/**
 * True when `segment` is a key given more than once in `container`. A fix renames or removes
 * only the last occurrence (the one `JSON.parse` keeps), so an earlier one would take effect
 * instead: `users` renamed to `personas` leaves the ignored `users` beside it, which the API then
 * refuses. Such a fix is not offered until the `duplicate_key` error is resolved.
 */
function isRepeatedKey(container: Node, segment: string | number): boolean {
  if (container.type !== 'object' || typeof segment !== 'string') return false;
  const members = container.children ?? [];
  if (members.length < 2) return false;
  let repeated = repeatedKeysCache.get(container);
  if (repeated === undefined) {
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const member of members) {
      const key = member.children?.[0]?.value;
      if (typeof key !== 'string') continue;
      if (seen.has(key)) twice.add(key);
      else seen.add(key);
    }
    repeated = twice;
    repeatedKeysCache.set(container, repeated);
  }
  return repeated.has(segment);
}

/** True when a line break (or the end of the text) is at `offset`. */
const isLineBreak = (text: string, offset: number) =>
  offset >= text.length || text.charCodeAt(offset) === 10 || text.charCodeAt(offset) === 13;

/** True when a line break is between `from` and `to` (whitespace and comments between members). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (isLineBreak(text, at)) return true;
  return false;
}

/**
 * Where removing the member at `offset` starts: the spaces before it, and, when it begins its
 * line, the line break before them, so the line goes and the previous one stays as it was.
 */
function lineStartBefore(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9)) at--;
  if (at > 0 && text.charCodeAt(at - 1) === 10) at--;
  else return at;
  if (at > 0 && text.charCodeAt(at - 1) === 13) at--;
  return at;
}

/** What building fixes reads of a document: its text, and its tree and line index when it needs them. */
export type FixDocument = Pick<ParsedDocument, 'text' | 'tree' | 'lines'>;

/**
 * Turns a fix's changes into text edits on the document. Returns `undefined` when a change cannot
 * be located or the edits would overlap, so a fix is either complete or not offered. Costs what
 * its changes touch (the tree and line index are built once per document): a document's fixes
 * together take linear time, even on one minified line.
 */
export function editsForFix(document: FixDocument, spec: FixSpec): TextEdit[] | undefined {
  const { text } = document;
  const edits: TextEdit[] = [];
  const removals = new Map<Node, Set<number>>();
  const inserts = new Map<Node, { key: string; value: unknown }[]>();
  const find = (path: (string | number)[]) => nodeAt(document.tree(), path);

  for (const change of spec.changes) {
    if (change.kind === 'text') {
      edits.push({ offset: change.offset, length: change.length, newText: change.newText });
      continue;
    }
    const { path } = change;
    if (change.kind === 'insert') {
      const object = find(path);
      if (object?.type !== 'object') return undefined;
      const list = inserts.get(object) ?? [];
      list.push({ key: change.key, value: change.value });
      inserts.set(object, list);
      continue;
    }
    if (change.kind === 'remove') {
      const container = find(path.slice(0, -1));
      const index = container && path.length > 0 ? memberIndex(container, path[path.length - 1]!) : -1;
      if (index < 0 || isRepeatedKey(container!, path[path.length - 1]!)) return undefined;
      const set = removals.get(container!) ?? new Set<number>();
      set.add(index);
      removals.set(container!, set);
      continue;
    }
    const node = find(path);
    if (!node) return undefined;
    if (change.kind === 'replace') {
      const { value } = change;
      // A scalar prints the same anywhere: no layout to look up.
      if (value === null || typeof value !== 'object') {
        edits.push({ offset: node.offset, length: node.length, newText: JSON.stringify(value ?? null) });
        continue;
      }
      const lines = document.lines();
      const inline = !isMultiline(lines, node) && !isMultiline(lines, node.parent ?? node);
      edits.push({
        offset: node.offset,
        length: node.length,
        newText: printValue(value, detectStyle(text), lineIndent(text, lines, node.offset), inline),
      });
    } else {
      const property = node.parent;
      const key = property?.type === 'property' ? property.children?.[0] : undefined;
      if (!key || isRepeatedKey(property!.parent!, path[path.length - 1]!)) return undefined;
      edits.push({ offset: key.offset, length: key.length, newText: JSON.stringify(change.newKey) });
    }
  }
  // Loops, not push(...): removing 100k duplicates would pass 100k arguments and overflow the stack.
  for (const [container, indexes] of removals)
    for (const edit of removeMembers(text, container, indexes)) edits.push(edit);
  for (const [object, entries] of inserts) edits.push(insertEdit(document, object, entries));
  edits.sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < edits.length; i++) {
    if (edits[i]!.offset < edits[i - 1]!.offset + edits[i - 1]!.length) return undefined;
  }
  return edits;
}

/** One edit adding `entries` at the end of `object`, in the object's own layout. */
function insertEdit(
  document: FixDocument,
  object: Node,
  entries: { key: string; value: unknown }[],
): TextEdit {
  const { text } = document;
  const lines = document.lines();
  const style = detectStyle(text);
  const members = object.children ?? [];
  const multiline = isMultiline(lines, object);
  if (members.length === 0) {
    const closing = object.offset + object.length - 1;
    if (!multiline) {
      const body = entries
        .map((e) => `${JSON.stringify(e.key)}: ${printValue(e.value, style, '', true)}`)
        .join(', ');
      return { offset: object.offset + 1, length: closing - object.offset - 1, newText: ` ${body} ` };
    }
    const outer = lineIndent(text, lines, closing);
    const inner = outer + style.indentUnit;
    const body = entries
      .map((e) => `${inner}${JSON.stringify(e.key)}: ${printValue(e.value, style, inner, false)}`)
      .join(`,${style.eol}`);
    return {
      offset: object.offset + 1,
      length: closing - object.offset - 1,
      newText: `${style.eol}${body}${style.eol}${outer}`,
    };
  }
  const last = members[members.length - 1]!;
  const end = last.offset + last.length;
  if (!multiline) {
    const body = entries
      .map((e) => `, ${JSON.stringify(e.key)}: ${printValue(e.value, style, '', true)}`)
      .join('');
    return { offset: end, length: 0, newText: body };
  }
  const indent = lineIndent(text, lines, last.offset);
  const body = entries
    .map(
      (e) => `,${style.eol}${indent}${JSON.stringify(e.key)}: ${printValue(e.value, style, indent, false)}`,
    )
    .join('');
  return { offset: end, length: 0, newText: body };
}

/** The fix removing every comment and trailing comma (whole-line comments take their line with them). */
export function jsoncRemovalChanges(text: string, issues: JsoncIssue[]): Change[] {
  return issues.map((issue) => {
    if (issue.kind === 'comment') {
      // The blanks before the comment, read backwards: searching for the line start instead would
      // read a whole one-line document for each of its comments.
      let blanks = issue.offset;
      while (blanks > 0 && (text.charCodeAt(blanks - 1) === 32 || text.charCodeAt(blanks - 1) === 9))
        blanks--;
      const end = issue.offset + issue.length;
      const lineEnd = /[ \t]*\r?\n/y;
      lineEnd.lastIndex = end;
      const after = lineEnd.exec(text);
      if ((blanks === 0 || text.charCodeAt(blanks - 1) === 10) && after) {
        return { kind: 'text' as const, offset: blanks, length: end + after[0].length - blanks, newText: '' };
      }
      // Take the blanks before the comment along (`"a": 1, // note` → `"a": 1,`).
      return { kind: 'text' as const, offset: blanks, length: end - blanks, newText: '' };
    }
    return { kind: 'text' as const, offset: issue.offset, length: issue.length, newText: '' };
  });
}
