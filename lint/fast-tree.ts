/**
 * A positional tree for text that `JSON.parse` has already accepted, built in one iterative pass
 * that jumps from quote to quote with `indexOf`. It produces jsonc-parser `Node`s (so
 * `findNodeAtLocation` and the fix builders work on it unchanged) at a fraction of `parseTree`'s
 * cost, which scans every character through a general tokenizer; and it cannot overflow the stack
 * on deep nesting. Unlike jsonc-parser, string *values* carry no `value` (keys do). Only for valid
 * JSON: anything unexpected returns `undefined` and the caller falls back to jsonc-parser.
 */
import type { Node } from './jsonc';

type MutableNode = {
  type: Node['type'];
  offset: number;
  length: number;
  value?: unknown;
  parent?: MutableNode;
  children?: MutableNode[];
  colonOffset?: number;
};

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

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

/** The tree of a valid JSON text, or `undefined` if the text is not plain valid JSON. */
export function buildJsonTree(text: string): Node | undefined {
  const length = text.length;
  // The state lives in locals of this one function (no closures over it): this loop runs once
  // per token of the document, and V8 keeps locals in registers.
  const root: MutableNode = { type: 'array', offset: 0, length: 0, children: [] }; // placeholder parent
  const stack: MutableNode[] = [root];
  let container = root;
  // The property whose value comes next (inside objects).
  let pendingProperty: MutableNode | undefined;
  let pos = 0;
  try {
    while (pos < length) {
      const c = text.charCodeAt(pos);
      if (isSpace(c) || c === 44 /* , */) {
        pos++;
        continue;
      }
      if (c === 125 /* } */ || c === 93 /* ] */) {
        pos++;
        const node = stack.pop()!;
        node.length = pos - node.offset;
        if (node.parent?.type === 'property') node.parent.length = pos - node.parent.offset;
        container = stack[stack.length - 1]!;
        if (container === undefined) return undefined;
        continue;
      }
      if (container.type === 'object' && pendingProperty === undefined) {
        // A key, then a colon.
        if (c !== 34) return undefined;
        const end = stringEnd(text, pos);
        if (end < 0) return undefined;
        const key: MutableNode = {
          type: 'string',
          offset: pos,
          length: end - pos,
          value: keyValue(text, pos, end),
        };
        const property: MutableNode = {
          type: 'property',
          offset: pos,
          length: 0,
          parent: container,
          children: [key],
        };
        key.parent = property;
        container.children!.push(property);
        pos = end;
        while (pos < length && isSpace(text.charCodeAt(pos))) pos++;
        if (text.charCodeAt(pos) !== 58) return undefined;
        property.colonOffset = pos;
        pos++;
        pendingProperty = property;
        continue;
      }
      let node: MutableNode;
      let end: number;
      if (c === 123 /* { */ || c === 91 /* [ */) {
        node = { type: c === 123 ? 'object' : 'array', offset: pos, length: 0, children: [] };
        end = pos + 1;
      } else if (c === 34) {
        end = stringEnd(text, pos);
        if (end < 0) return undefined;
        // Value strings carry no `value`: only keys are compared (findNodeAtLocation), and
        // slicing hundreds of domain names would cost more than building the rest of the tree.
        node = { type: 'string', offset: pos, length: end - pos };
      } else {
        end = pos;
        while (end < length) {
          const d = text.charCodeAt(end);
          if (d === 44 || d === 125 || d === 93 || isSpace(d)) break;
          end++;
        }
        const value: unknown = JSON.parse(text.slice(pos, end));
        node = {
          type: value === null ? 'null' : typeof value === 'boolean' ? 'boolean' : 'number',
          offset: pos,
          length: end - pos,
          value,
        };
      }
      if (container.type === 'object') {
        const property = pendingProperty;
        if (property === undefined) return undefined;
        node.parent = property;
        property.children!.push(node);
        property.length = end - property.offset;
        pendingProperty = undefined;
      } else {
        node.parent = container;
        container.children!.push(node);
      }
      if (node.children !== undefined) {
        stack.push(node);
        container = node;
      }
      pos = end;
    }
  } catch {
    return undefined;
  }
  if (stack.length !== 1 || root.children!.length !== 1) return undefined;
  const top = root.children![0]!;
  top.parent = undefined;
  return top as Node;
}
