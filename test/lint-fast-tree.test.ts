import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildJsonTree } from '../lint/fast-tree';
import { type Node, parseTree } from '../lint/jsonc';
import { LineIndex } from '../lint/positions';

/** A node without parent links, for comparison. */
function plain(node: Node | undefined): unknown {
  if (!node) return node;
  return {
    type: node.type,
    offset: node.offset,
    length: node.length,
    // String values carry no `value` in the fast tree; keys (compared by findNodeAtLocation) do.
    ...((node.type === 'string' && node.parent?.type === 'property' && node.parent.children?.[0] === node) ||
    node.type === 'number' ||
    node.type === 'boolean' ||
    node.type === 'null'
      ? { value: node.value }
      : {}),
    ...(node.colonOffset !== undefined ? { colonOffset: node.colonOffset } : {}),
    ...(node.children ? { children: node.children.map(plain) } : {}),
  };
}

function parents(node: Node, parent?: Node): boolean {
  return node.parent === parent && (node.children ?? []).every((child) => parents(child, node));
}

describe('buildJsonTree', () => {
  it('builds the same tree as jsonc-parser for any valid JSON, however it is laid out', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 5 }),
        fc.constantFrom(undefined, 1, 2, '\t', ' \r\n '),
        (value, indent) => {
          let text = JSON.stringify(
            value,
            null,
            typeof indent === 'string' && indent.includes('\n') ? 1 : indent,
          );
          if (indent === ' \r\n ') text = text.replace(/\n/g, '\r\n');
          const fast = buildJsonTree(text);
          expect(plain(fast)).toEqual(plain(parseTree(text)));
          expect(parents(fast!)).toBe(true);
        },
      ),
      { seed: 4245, numRuns: 1500 },
    );
  });

  it('handles escapes in keys and strings, and whitespace around the document', () => {
    const text = ' {"a\\"b": ["x\\\\", "\\u00e9"], "c": {"d": -1.5e3, "e": [true, null, {}]}} \n';
    expect(plain(buildJsonTree(text))).toEqual(plain(parseTree(text)));
    expect(buildJsonTree(text)!.children![0]!.children![0]!.value).toBe('a"b');
  });

  it('builds deep trees without recursion', () => {
    const text = `${'['.repeat(50_000)}1${']'.repeat(50_000)}`;
    let node = buildJsonTree(text);
    let depth = 0;
    while (node?.children) {
      node = node.children[0];
      depth++;
    }
    expect(depth).toBe(50_000);
  });

  it('never throws on text JSON.parse would reject (it is only used after JSON.parse succeeded)', () => {
    for (const text of ['[1 2]', '{"a" 1}', '{"a": "x', '', '1 2', '// c\n1', '{"a": nul}', '}']) {
      expect(() => buildJsonTree(text)).not.toThrow();
    }
    expect(buildJsonTree('{"a" 1}')).toBeUndefined();
    expect(buildJsonTree('{"a": "x')).toBeUndefined();
  });

  it('records the line starts LineIndex finds, whatever the line breaks (LF, CRLF, lone CR)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom('\n', '\r\n', '\r', ' \r\n\t'),
        (value, lineBreak) => {
          // Line breaks between every token, the colon included: `"key"\r\n: 1`.
          const text = `${lineBreak}${JSON.stringify(value, null, 1)
            .replace(/\n/g, lineBreak)
            .replace(/(?<!\\)": /g, `"${lineBreak}: `)}${lineBreak}`;
          expect(() => JSON.parse(text)).not.toThrow();
          const starts = [0];
          expect(buildJsonTree(text, starts)).toBeDefined();
          const recorded = new LineIndex(text, starts);
          const scanned = new LineIndex(text);
          expect(recorded.lineCount).toBe(scanned.lineCount);
          for (let offset = 0; offset <= text.length; offset++) {
            expect(recorded.position(offset)).toEqual(scanned.position(offset));
          }
        },
      ),
      { seed: 4246, numRuns: 300 },
    );
  });
});
