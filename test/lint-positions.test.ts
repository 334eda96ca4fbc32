import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import { parseDocument } from '../lint/parse';
import { LineIndex, locate } from '../lint/positions';

describe('LineIndex', () => {
  it('counts lines across \\n, \\r\\n and \\r, characters in UTF-16 units', () => {
    const index = new LineIndex('a\nbc\r\nd\re😀f');
    expect(index.lineCount).toBe(4);
    expect([0, 2, 4, 6, 8, 9, 11, 12].map((o) => index.position(o))).toEqual([
      { line: 0, character: 0, offset: 0 },
      { line: 1, character: 0, offset: 2 },
      { line: 1, character: 2, offset: 4 },
      { line: 2, character: 0, offset: 6 },
      { line: 3, character: 0, offset: 8 },
      { line: 3, character: 1, offset: 9 },
      { line: 3, character: 3, offset: 11 },
      { line: 3, character: 4, offset: 12 },
    ]);
  });

  it('clamps out-of-range offsets and never lands between \\r and \\n', () => {
    const index = new LineIndex('ab\r\ncd');
    expect(index.position(-5)).toEqual({ line: 0, character: 0, offset: 0 });
    expect(index.position(99)).toEqual({ line: 1, character: 2, offset: 6 });
    expect(index.position(Number.NaN)).toEqual({ line: 0, character: 0, offset: 0 });
    expect(index.position(3)).toEqual({ line: 0, character: 2, offset: 2 });
  });
});

describe('locate', () => {
  const text = '{"a": {"b": [1, 2, 3]}, "c": "x"}';
  const tree = parseDocument(text).tree();
  const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end);

  it('finds values, keys, properties, missing fields and trailing elements', () => {
    expect(slice(locate(tree, ['a', 'b', 1]))).toBe('2');
    expect(slice(locate(tree, ['a', 'b'], 'key'))).toBe('"b"');
    expect(slice(locate(tree, ['c'], 'property'))).toBe('"c": "x"');
    expect(slice(locate(tree, ['a', 'missing'], 'missing'))).toBe('"a"');
    expect(slice(locate(tree, ['missing'], 'missing'))).toBe('{');
    expect(slice(locate(tree, ['a', 'b'], { fromIndex: 1 }))).toBe('2, 3');
    expect(slice(locate(tree, [], 'value', text.length))).toBe(text);
  });

  it('finds the last of repeated keys, the one JSON.parse keeps, in small and large objects', () => {
    const repeated = '{"a": {"b": 1, "b": [2, 3]}, "a": {"b": 4, "b": [5, 6]}}';
    const at = (span: { start: number; end: number }) => [span.start, repeated.slice(span.start, span.end)];
    const repeatedTree = parseDocument(repeated).tree();
    expect(at(locate(repeatedTree, ['a', 'b', 1]))).toEqual([52, '6']);
    expect(at(locate(repeatedTree, ['a', 'b'], 'key'))).toEqual([43, '"b"']);
    const large = `{${Array.from({ length: 40 }, (_, i) => `"k${i % 20}": ${i}`).join(', ')}}`;
    const span = locate(parseDocument(large).tree(), ['k7'], 'property');
    expect(large.slice(span.start, span.end)).toBe('"k7": 27');
  });

  it('falls back to the nearest existing node, by its key', () => {
    expect(slice(locate(tree, ['a', 'b', 9, 'deep']))).toBe('"b"');
    expect(locate(undefined, ['a'], 'value', 10)).toEqual({ start: 0, end: 1 });
  });
});

describe('positions in lint results', () => {
  it('are in UTF-16 units after astral characters, as LSP expects', () => {
    const text = '{"personas": [{"first_name": "😀😀", "last_name": "L"}], "x": 1}';
    const diagnostic = lint(text, { operation: 'POST /swaps/user_names' }).diagnostics.find(
      (d) => d.field === 'x',
    )!;
    expect(diagnostic.range.start).toEqual({
      line: 0,
      character: text.indexOf('"x"'),
      offset: text.indexOf('"x"'),
    });
  });
});
