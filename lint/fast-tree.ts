/**
 * A positional tree for text that `JSON.parse` has already accepted, built in one iterative pass
 * that jumps from quote to quote with `indexOf`. It produces jsonc-parser `Node`s (so
 * `findNodeAtLocation` and the fix builders work on it unchanged) at a fraction of `parseTree`'s
 * cost, which scans every character through a general tokenizer; and it cannot overflow the stack
 * on deep nesting. Unlike jsonc-parser, string *values* carry no `value` (keys do). Only for valid JSON: anything unexpected returns `undefined` and the caller falls
 * back to jsonc-parser.
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

/** The tree of a valid JSON text, or `undefined` if the text is not plain valid JSON. */
export function buildJsonTree(text: string): Node | undefined {
  let pos = 0;
  const length = text.length;
  const skip = () => {
    while (pos < length && isSpace(text.charCodeAt(pos))) pos++;
  };
  /** Reads a string token at `pos` (on its opening quote); returns its end (after the closing quote). */
  const stringEnd = (start: number): number => {
    let at = start + 1;
    for (;;) {
      const quote = text.indexOf('"', at);
      if (quote < 0) return -1;
      let backslashes = 0;
      for (let i = quote - 1; text.charCodeAt(i) === 92; i--) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      at = quote + 1;
    }
  };
  const stringValue = (start: number, end: number): string => {
    const raw = text.slice(start + 1, end - 1);
    return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
  };

  const root: MutableNode = { type: 'array', offset: 0, length: 0, children: [] }; // placeholder parent
  const stack: MutableNode[] = [root];
  // Pending property whose value comes next (inside objects).
  let pendingProperty: MutableNode | undefined;

  const attach = (node: MutableNode): void => {
    const container = stack[stack.length - 1]!;
    if (container.type === 'object') {
      const property = pendingProperty;
      if (!property) throw new Error('value without key');
      node.parent = property;
      property.children!.push(node);
      pendingProperty = undefined;
    } else {
      node.parent = container;
      container.children!.push(node);
    }
  };
  const close = (end: number): void => {
    const node = stack.pop()!;
    node.length = end - node.offset;
    if (node.parent?.type === 'property') node.parent.length = end - node.parent.offset;
  };

  try {
    skip();
    while (pos < length) {
      const c = text.charCodeAt(pos);
      const container = stack[stack.length - 1]!;
      if (c === 44 /* , */) {
        pos++;
      } else if (c === 125 /* } */ || c === 93 /* ] */) {
        pos++;
        close(pos);
      } else if (container.type === 'object' && !pendingProperty) {
        // A key, then a colon.
        if (c !== 34) return undefined;
        const end = stringEnd(pos);
        if (end < 0) return undefined;
        const key: MutableNode = {
          type: 'string',
          offset: pos,
          length: end - pos,
          value: stringValue(pos, end),
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
        skip();
        if (text.charCodeAt(pos) !== 58) return undefined;
        property.colonOffset = pos;
        pos++;
        pendingProperty = property;
      } else if (c === 123 /* { */ || c === 91 /* [ */) {
        const node: MutableNode = {
          type: c === 123 ? 'object' : 'array',
          offset: pos,
          length: 0,
          children: [],
        };
        attach(node);
        stack.push(node);
        pos++;
      } else {
        let end: number;
        let node: MutableNode;
        if (c === 34) {
          end = stringEnd(pos);
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
          const raw = text.slice(pos, end);
          const value: unknown = JSON.parse(raw);
          node = {
            type: value === null ? 'null' : typeof value === 'boolean' ? 'boolean' : 'number',
            offset: pos,
            length: end - pos,
            value,
          };
        }
        attach(node);
        const property = node.parent?.type === 'property' ? node.parent : undefined;
        if (property) property.length = end - property.offset;
        pos = end;
      }
      skip();
    }
  } catch {
    return undefined;
  }
  if (stack.length !== 1 || root.children!.length !== 1) return undefined;
  const top = root.children![0]!;
  top.parent = undefined;
  return top as Node;
}
