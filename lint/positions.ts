/**
 * Offsets ↔ line/character, and JSON paths → text ranges on a jsonc-parser tree. Only used when
 * there is something to report: clean documents never build a tree or a line index.
 */

import type { Anchor } from './findings';
import type { Node } from './jsonc';
import type { JsonPath, Position, Range } from './types';

/** Converts offsets to LSP positions (0-based line, UTF-16 character) with a line-start table. */
export class LineIndex {
  private readonly lineStarts: number[];

  /** `lineStarts`, when given, are where lines start as this class would find them (see `buildJsonTree`). */
  constructor(
    private readonly text: string,
    lineStarts?: number[],
  ) {
    this.lineStarts = lineStarts ?? [0];
    if (lineStarts !== undefined) return;
    if (!text.includes('\r')) {
      // The common case: jump from line feed to line feed.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (ch === 10 /* \n */) this.lineStarts.push(i + 1);
    }
  }

  /** The position of `offset`, clamped into the document. */
  position(offset: number): Position {
    let clamped = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, this.text.length));
    // Never between the \r and \n of a CRLF: that is no column of any line.
    if (clamped > 0 && this.text.charCodeAt(clamped - 1) === 13 && this.text.charCodeAt(clamped) === 10)
      clamped--;
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]!, offset: clamped };
  }

  /** The range `[start, end)`, clamped and ordered. */
  range(start: number, end: number): Range {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { start: a, end: b };
  }

  /** Number of lines. */
  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** A `[start, end)` offset span. */
export interface Span {
  start: number;
  end: number;
}

const spanOf = (node: Node): Span => ({ start: node.offset, end: node.offset + node.length });

/** Objects with more properties than this get a key → index map (built once) instead of a scan per look-up. */
const SCANNED_PROPERTIES = 16;
const keyIndexes = new WeakMap<Node, Map<string, number>>();

/** True when `property` is a complete `key: value` property (broken documents have key-only ones). */
const isComplete = (property: Node) => property.children?.length === 2;

/**
 * The index, in `container.children`, of the member at `segment`: an array's element, or an object's
 * property — of repeated keys the *last*, the one `JSON.parse` keeps (and whose value the rules saw);
 * jsonc-parser's `findNodeAtLocation` would return the first. -1 when there is none.
 */
export function memberIndex(container: Node, segment: string | number): number {
  const children = container.children;
  if (children === undefined) return -1;
  if (container.type === 'array') {
    const index = typeof segment === 'number' && Number.isInteger(segment) ? segment : -1;
    return index >= 0 && index < children.length ? index : -1;
  }
  if (container.type !== 'object' || typeof segment !== 'string') return -1;
  if (children.length <= SCANNED_PROPERTIES) {
    for (let i = children.length - 1; i >= 0; i--) {
      const property = children[i]!;
      if (isComplete(property) && property.children![0]!.value === segment) return i;
    }
    return -1;
  }
  let index = keyIndexes.get(container);
  if (index === undefined) {
    // Later properties overwrite earlier ones, as in JSON.parse.
    index = new Map();
    for (let i = 0; i < children.length; i++) {
      const property = children[i]!;
      if (isComplete(property)) index.set(property.children![0]!.value as string, i);
    }
    keyIndexes.set(container, index);
  }
  return index.get(segment) ?? -1;
}

/** The node at `path` as `JSON.parse` reads it (the last of repeated keys), or `undefined`. Array segments must be numbers. */
export function nodeAt(root: Node | undefined, path: JsonPath): Node | undefined {
  let node = root;
  for (const segment of path) {
    if (node === undefined) return undefined;
    const index = memberIndex(node, segment);
    if (index < 0) return undefined;
    const member = node.children![index]!;
    node = node.type === 'object' ? member.children![1] : member;
  }
  return node;
}

function keySpan(node: Node): Span | undefined {
  const property = node.parent;
  if (property?.type === 'property' && property.children?.[1] === node && property.children[0]) {
    return spanOf(property.children[0]);
  }
  return undefined;
}

/** The property key of the node at `path` (or `{` when it has none). */
function missingSpan(root: Node, path: JsonPath): Span {
  // `path` names something that does not exist: point at the object that should hold it.
  const holderPath = path.slice(0, -1);
  const holder = nearest(root, holderPath);
  return keySpan(holder) ?? { start: holder.offset, end: holder.offset + Math.min(1, holder.length) };
}

/** The deepest existing node along `path`. */
function nearest(root: Node, path: JsonPath): Node {
  for (let length = path.length; length > 0; length--) {
    const node = nodeAt(root, path.slice(0, length));
    if (node) return node;
  }
  return root;
}

/** The text span a finding covers. Never throws; falls back to the nearest existing node. */
export function locate(
  root: Node | undefined,
  path: JsonPath,
  anchor: Anchor = 'value',
  textLength = 0,
): Span {
  if (!root) return { start: 0, end: Math.min(1, textLength) };
  if (anchor === 'missing') return missingSpan(root, path);
  const node = nodeAt(root, path);
  if (!node) {
    const fallback = nearest(root, path);
    return keySpan(fallback) ?? spanOf(fallback);
  }
  if (typeof anchor === 'object' && 'fromIndex' in anchor) {
    const items = node.type === 'array' ? (node.children ?? []) : [];
    const first = items[anchor.fromIndex];
    const last = items[items.length - 1];
    if (first && last) return { start: first.offset, end: last.offset + last.length };
    return keySpan(node) ?? spanOf(node);
  }
  if (anchor === 'key') return keySpan(node) ?? spanOf(node);
  if (anchor === 'property') {
    const property = node.parent?.type === 'property' ? node.parent : undefined;
    return property ? spanOf(property) : spanOf(node);
  }
  return spanOf(node);
}
