import { describe, expect, it } from 'vitest';
import { applyEdits, fixAll, lint } from '../lint';
import { editsForFix } from '../lint/fixes';
import { parseDocument } from '../lint/parse';

const edit = (text: string, changes: Parameters<typeof editsForFix>[2]['changes']) => {
  const edits = editsForFix(text, parseDocument(text).tree(), { title: 't', safe: true, changes });
  return edits === undefined ? undefined : applyEdits(text, edits);
};

describe('applyEdits', () => {
  it('applies edits given in any order against the original offsets', () => {
    expect(
      applyEdits('abcdef', [
        { offset: 4, length: 1, newText: 'E' },
        { offset: 0, length: 0, newText: '>' },
        { offset: 1, length: 2, newText: '' },
      ]),
    ).toBe('>adEf');
  });

  it('keeps the given order for insertions at the same offset', () => {
    expect(
      applyEdits('ab', [
        { offset: 1, length: 0, newText: '1' },
        { offset: 1, length: 0, newText: '2' },
      ]),
    ).toBe('a12b');
  });

  it('refuses overlapping or out-of-range edits', () => {
    expect(() =>
      applyEdits('abc', [
        { offset: 0, length: 2, newText: '' },
        { offset: 1, length: 1, newText: '' },
      ]),
    ).toThrow(RangeError);
    expect(() => applyEdits('abc', [{ offset: 2, length: 5, newText: '' }])).toThrow(RangeError);
  });
});

describe('structural edits keep the document’s own layout', () => {
  const pretty = '{\n  "a": 1,\n  "b": [\n    "x",\n    "y",\n    "z"\n  ],\n  "c": {}\n}';

  it('removes first, middle, last and all members with their commas', () => {
    expect(edit(pretty, [{ kind: 'remove', path: ['a'] }])).toBe(
      '{\n  "b": [\n    "x",\n    "y",\n    "z"\n  ],\n  "c": {}\n}',
    );
    expect(edit(pretty, [{ kind: 'remove', path: ['b', 1] }])).toBe(
      '{\n  "a": 1,\n  "b": [\n    "x",\n    "z"\n  ],\n  "c": {}\n}',
    );
    expect(edit(pretty, [{ kind: 'remove', path: ['c'] }])).toBe(
      '{\n  "a": 1,\n  "b": [\n    "x",\n    "y",\n    "z"\n  ]\n}',
    );
    expect(
      edit(
        pretty,
        [0, 1, 2].map((i) => ({ kind: 'remove' as const, path: ['b', i] })),
      ),
    ).toBe('{\n  "a": 1,\n  "b": [\n    \n  ],\n  "c": {}\n}');
    expect(
      edit(pretty, [
        { kind: 'remove', path: ['b', 0] },
        { kind: 'remove', path: ['b', 1] },
      ]),
    ).toBe('{\n  "a": 1,\n  "b": [\n    "z"\n  ],\n  "c": {}\n}');
  });

  it('removes every member together with a trailing comma that a comment precedes', () => {
    expect(edit('{"foo": 1 /* c */ ,}', [{ kind: 'remove', path: ['foo'] }])).toBe('{}');
    expect(edit('[1 // c\n  ,\n]', [{ kind: 'remove', path: [0] }])).toBe('[\n]');
    expect(
      lint('{"foo": 1 /* c */ ,}', { operation: 'POST /domains/availability' })
        .fixes.filter((f) => f.title === 'Remove `foo`')
        .map((f) => applyEdits('{"foo": 1 /* c */ ,}', f.edits)),
    ).toEqual(['{}']);
  });

  it('inserts after the last member with its indentation, and into empty objects', () => {
    expect(edit(pretty, [{ kind: 'insert', path: [], key: 'd', value: { e: [1] } }])).toBe(
      '{\n  "a": 1,\n  "b": [\n    "x",\n    "y",\n    "z"\n  ],\n  "c": {},\n  "d": {\n    "e": [\n      1\n    ]\n  }\n}',
    );
    expect(edit(pretty, [{ kind: 'insert', path: ['c'], key: 'k', value: 'v' }])).toBe(
      '{\n  "a": 1,\n  "b": [\n    "x",\n    "y",\n    "z"\n  ],\n  "c": { "k": "v" }\n}',
    );
    expect(
      edit('{"a": 1}', [
        { kind: 'insert', path: [], key: 'b', value: { c: 2 } },
        { kind: 'insert', path: [], key: 'd', value: 3 },
      ]),
    ).toBe('{"a": 1, "b": {"c": 2}, "d": 3}');
  });

  it('uses the document’s line endings and indent unit', () => {
    const crlf = '{\r\n\t"a": 1\r\n}';
    expect(edit(crlf, [{ kind: 'insert', path: [], key: 'b', value: [1] }])).toBe(
      '{\r\n\t"a": 1,\r\n\t"b": [\r\n\t\t1\r\n\t]\r\n}',
    );
  });

  it('renames a key and replaces a value in place', () => {
    expect(
      edit(pretty, [
        { kind: 'rename', path: ['a'], newKey: 'A' },
        { kind: 'replace', path: ['b', 2], value: 'Z' },
      ]),
    ).toBe('{\n  "A": 1,\n  "b": [\n    "x",\n    "y",\n    "Z"\n  ],\n  "c": {}\n}');
  });

  it('offers no fix when a change cannot be located', () => {
    expect(edit(pretty, [{ kind: 'replace', path: ['missing'], value: 1 }])).toBeUndefined();
    expect(edit(pretty, [{ kind: 'insert', path: ['a'], key: 'k', value: 1 }])).toBeUndefined();
  });
});

describe('fixAll', () => {
  it('applies only safe fixes, until stable, and reports them', () => {
    const text = `{
  // shortlist
  "domains": ["ACME.com", "acme.com", " team.com", "https://x.com"],
}`;
    const { text: fixed, applied } = fixAll(text, { operation: 'POST /domains/availability' });
    expect(fixed).toBe('{\n  "domains": ["acme.com", "team.com", "https://x.com"]\n}');
    expect(applied.map((f) => f.title)).toEqual([
      'Remove all comments and trailing commas',
      'Change to "team.com"',
      'Change to "acme.com"',
      'Remove the duplicate domain',
    ]);
    // The pasted URL keeps its unsafe fix for a human to choose.
    expect(
      lint(fixed, { operation: 'POST /domains/availability' }).fixes.map((f) => [f.title, f.safe]),
    ).toEqual([['Change to "x.com"', false]]);
  });

  it('returns the text unchanged when there is nothing safe to do', () => {
    const text = '{"domains": ["acme .com"]}';
    expect(fixAll(text, { operation: 'POST /domains/availability' })).toEqual({ text, applied: [] });
  });

  it('never throws on broken input', () => {
    expect(fixAll('{"domains": [', { operation: 'POST /domains/availability' })).toEqual({
      text: '{"domains": [',
      applied: [],
    });
  });
});
