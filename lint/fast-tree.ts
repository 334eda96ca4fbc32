/**
 * A positional tree for text that `JSON.parse` has already accepted, built in one iterative pass
 * that jumps from quote to quote with `indexOf`. It produces jsonc-parser `Node`s (so
 * `findNodeAtLocation` and the fix builders work on it unchanged) at a fraction of `parseTree`'s
 * cost, which scans every character through a general tokenizer; and it cannot overflow the stack
 * on deep nesting. Unlike jsonc-parser, string *values* carry no `value` (keys do). Only for valid
 * JSON: anything unexpected returns `undefined` and the caller falls back to jsonc-parser.
 */
import type { Node } from './jsonc';

/**
 * Nodes come in two shapes whose fields are all set at creation (V8 optimizes property access on
 * a few fixed shapes, not on seven ad-hoc ones): containers and properties, which have children,
 * and the leaves (keys, strings, numbers, booleans, null), which are most nodes and smaller.
 */
class TreeNode {
  colonOffset: number | undefined = undefined;
  constructor(
    public type: Node['type'],
    public offset: number,
    public length: number,
    public parent: TreeNode | undefined,
    public children: (TreeNode | LeafNode)[] | undefined,
  ) {}
}

class LeafNode {
  constructor(
    public type: Node['type'],
    public offset: number,
    public length: number,
    public parent: TreeNode | undefined,
    public value: unknown,
  ) {}
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** True when a line ends at `pos`: a LF, or a CR not followed by a LF. */
const isLineEnd = (text: string, pos: number) => {
  const c = text.charCodeAt(pos);
  return c === 10 || (c === 13 && text.charCodeAt(pos + 1) !== 10);
};

/** The end (after the closing quote) of the string token whose opening quote is at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return -1;
    let backslashes = 0;
    for (let i = quote - 1; text.charCodeAt(i) === 92; i--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/** The value of a key token `[start, end)`. */
function keyValue(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

/**
 * The tree of a valid JSON text, or `undefined` if the text is not plain valid JSON. When given
 * `lineStarts` (holding `[0]`), it also appends the offset after every line break (CRLF, LF or CR),
 * as `LineIndex` would find them: in valid JSON every line break is whitespace between
 * tokens, which this pass reads anyway, so a diagnostic's positions need no second scan.
 */
export function buildJsonTree(text: string, lineStarts?: number[]): Node | undefined {
  const length = text.length;
  // The state lives in locals of this one function (no closures over it): this loop runs once
  // per token of the document, and V8 keeps locals in registers.
  const root = new TreeNode('array', 0, 0, undefined, []); // placeholder parent
  const stack: TreeNode[] = [root];
  let container = root;
  let inObject = false;
  // The property whose value comes next (inside objects).
  let pendingProperty: TreeNode | undefined;
  let pendingKey: LeafNode | undefined;
  let pos = 0;
  try {
    while (pos < length) {
      let c = text.charCodeAt(pos);
      // Whitespace and commas (in text JSON.parse accepted, every character up to the space is
      // whitespace): most of a formatted document's characters outside strings.
      while (c <= 32 || c === 44 /* , */) {
        if (lineStarts !== undefined && isLineEnd(text, pos)) lineStarts.push(pos + 1);
        c = text.charCodeAt(++pos);
      }
      if (pos >= length) break;
      if (c === 125 /* } */ || c === 93 /* ] */) {
        pos++;
        const node = stack.pop()!;
        node.length = pos - node.offset;
        if (node.parent?.type === 'property') node.parent.length = pos - node.parent.offset;
        container = stack[stack.length - 1]!;
        if (container === undefined) return undefined;
        inObject = container.type === 'object';
        continue;
      }
      if (inObject && pendingProperty === undefined) {
        // A key, then a colon.
        if (c !== 34) return undefined;
        const end = stringEnd(text, pos);
        if (end < 0) return undefined;
        const property = new TreeNode('property', pos, 0, container, undefined);
        // `[key, value]` is built in one go when the value comes: growing `[key]` by a push
        // would allocate room for 17 entries.
        pendingKey = new LeafNode('string', pos, end - pos, property, keyValue(text, pos, end));
        container.children!.push(property);
        pos = end;
        while (pos < length && isSpace(text.charCodeAt(pos))) {
          if (lineStarts !== undefined && isLineEnd(text, pos)) lineStarts.push(pos + 1);
          pos++;
        }
        if (text.charCodeAt(pos) !== 58) return undefined;
        property.colonOffset = pos;
        pos++;
        pendingProperty = property;
        continue;
      }
      let parent: TreeNode;
      if (inObject) {
        if (pendingProperty === undefined) return undefined;
        parent = pendingProperty;
        pendingProperty = undefined;
      } else parent = container;
      let node: TreeNode | LeafNode;
      if (c === 123 /* { */ || c === 91 /* [ */) {
        node = new TreeNode(c === 123 ? 'object' : 'array', pos, 0, parent, []);
        stack.push(node);
        container = node;
        inObject = c === 123;
        pos++;
      } else if (c === 34) {
        const end = stringEnd(text, pos);
        if (end < 0) return undefined;
        // Value strings carry no `value`: only keys are compared (findNodeAtLocation), and
        // slicing hundreds of domain names would cost more than building the rest of the tree.
        node = new LeafNode('string', pos, end - pos, parent, undefined);
        pos = end;
      } else {
        let end = pos;
        while (end < length) {
          const d = text.charCodeAt(end);
          if (d === 44 || d === 125 || d === 93 || isSpace(d)) break;
          end++;
        }
        const value: unknown = JSON.parse(text.slice(pos, end));
        const type = value === null ? 'null' : typeof value === 'boolean' ? 'boolean' : 'number';
        node = new LeafNode(type, pos, end - pos, parent, value);
        pos = end;
      }
      if (parent.type === 'property') {
        parent.children = [pendingKey!, node];
        // A property ends with its value (a container value corrects this when it closes).
        parent.length = pos - parent.offset;
      } else parent.children!.push(node);
    }
  } catch {
    return undefined;
  }
  if (stack.length !== 1 || root.children!.length !== 1) return undefined;
  const top = root.children![0]!;
  top.parent = undefined;
  return top as Node;
}
