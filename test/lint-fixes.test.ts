import { describe, expect, it } from 'vitest';
import { applyEdits, fixAll, lint } from '../lint';
import { editsForFix } from '../lint/fixes';
import { parseDocument } from '../lint/parse';

const edit = (text: string, changes: Parameters<typeof editsForFix>[1]['changes']) => {
  const edits = editsForFix(parseDocument(text), { title: 't', safe: true, changes });
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
    ).toBe('{\n  "a": 1,\n  "b": [],\n  "c": {}\n}');
    expect(
      edit(pretty, [
        { kind: 'remove', path: ['b', 0] },
        { kind: 'remove', path: ['b', 1] },
      ]),
    ).toBe('{\n  "a": 1,\n  "b": [\n    "z"\n  ],\n  "c": {}\n}');
  });

  it('removes every member together with a trailing comma that a comment precedes', () => {
    expect(edit('{"foo": 1 /* c */ ,}', [{ kind: 'remove', path: ['foo'] }])).toBe('{}');
    expect(edit('[1 // c\n  ,\n]', [{ kind: 'remove', path: [0] }])).toBe('[]');
    expect(
      lint('{"foo": 1 /* c */ ,}', { operation: 'POST /domains/availability' })
        .fixes.filter((f) => f.title === 'Remove `foo`')
        .map((f) => applyEdits('{"foo": 1 /* c */ ,}', f.edits)),
    ).toEqual(['{}']);
  });

  it('remove a member with the comments on its own line, and leave every other comment where it is', () => {
    const list =
      '[\n  "a.com", // first\n  "b.com", // keep me\n  // a note\n  "a.com", // dup\n  "c.com"\n]';
    // A middle member: its comment goes with it, the kept member keeps its own.
    expect(edit(list, [{ kind: 'remove', path: [2] }])).toBe(
      '[\n  "a.com", // first\n  "b.com", // keep me\n  // a note\n  "c.com"\n]',
    );
    // The last member: the kept member before it loses its comma, not its comment.
    expect(edit(list, [{ kind: 'remove', path: [3] }])).toBe(
      '[\n  "a.com", // first\n  "b.com", // keep me\n  // a note\n  "a.com" // dup\n]',
    );
    expect(
      edit(
        list,
        [2, 3].map((i) => ({ kind: 'remove' as const, path: [i] })),
      ),
    ).toBe('[\n  "a.com", // first\n  "b.com" // keep me\n  // a note\n]');
    // The first member, and a JSONC trailing comma after the last one.
    expect(edit(list, [{ kind: 'remove', path: [0] }])).toBe(
      '[\n  "b.com", // keep me\n  // a note\n  "a.com", // dup\n  "c.com"\n]',
    );
    expect(edit('{\r\n  "a": 1, /* a */\r\n  "b": 2, // b\r\n}', [{ kind: 'remove', path: ['b'] }])).toBe(
      '{\r\n  "a": 1 /* a */\r\n}',
    );
    // Members sharing a line go with their own separator.
    expect(edit('[\n  "a", "b", // b\n  "c"\n]', [{ kind: 'remove', path: [1] }])).toBe(
      '[\n  "a",\n  "c"\n]',
    );
    expect(edit('{ "a": 1, "b": 2 }', [{ kind: 'remove', path: ['b'] }])).toBe('{ "a": 1 }');
    // Every member of a line goes: the line goes too, not only its members.
    const pairs = '[\n  "a", "b",\n  // own line\n  "c", "d", // both\n  "e"\n]';
    expect(
      edit(
        pairs,
        [2, 3].map((i) => ({ kind: 'remove' as const, path: [i] })),
      ),
    ).toBe('[\n  "a", "b",\n  // own line\n  "e"\n]');
    expect(
      edit(
        pairs,
        [2, 3, 4].map((i) => ({ kind: 'remove' as const, path: [i] })),
      ),
    ).toBe('[\n  "a", "b"\n  // own line\n]');
    expect(
      edit(
        pairs,
        [0, 1].map((i) => ({ kind: 'remove' as const, path: [i] })),
      ),
    ).toBe('[\n  // own line\n  "c", "d", // both\n  "e"\n]');
  });

  it('keep the comments of a request file that --fix removes duplicates from', () => {
    const text = [
      '{',
      '  "request": "POST /domains/availability",',
      '  "body": {',
      '    "domains": [',
      '      "a.com",',
      '      "b.com", // TODO: ask legal before buying b.com',
      '      "a.com"',
      '    ]',
      '  }',
      '}',
    ].join('\n');
    expect(fixAll(text, { kind: 'request-file' }).text).toBe(
      text.replace('"b.com", // TODO', '"b.com" // TODO').replace('\n      "a.com"\n    ]', '\n    ]'),
    );
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

describe('fixes on one minified line', () => {
  // 1,000 findings on a document without line breaks: each fix finds its line and its neighbours'
  // layout through the line index and the tree, not by reading the line, which was quadratic.
  const IMPORT_JOBS = { operation: 'POST /domains/import/jobs' };
  const text = `{"domains":[${Array.from({ length: 500 }, (_, i) => `"Acme${i % 10}.com"`).join(',')}]}`;

  it('builds every fix with exact edits', () => {
    const { diagnostics, fixes } = lint(text, IMPORT_JOBS);
    expect(diagnostics.map((d) => d.code).filter((c) => c === 'domain_not_normalized')).toHaveLength(500);
    expect(diagnostics.map((d) => d.code).filter((c) => c === 'duplicate_domain')).toHaveLength(490);
    expect(diagnostics.at(-1)).toEqual({
      range: {
        start: { line: 0, character: 6000, offset: 6000 },
        end: { line: 0, character: 6011, offset: 6011 },
      },
      severity: 'warning',
      code: 'duplicate_domain',
      message:
        '"Acme9.com" is the same domain as `domains[9]`: the API treats them as one domain. Remove the duplicate.',
      field: 'domains[499]',
      details: { first_index: 9 },
      fixIds: ['fix-12'],
    });
    expect(fixes.filter((f) => f.title.startsWith('Change to'))).toHaveLength(500);
    expect(fixes.at(-1)).toEqual({
      id: 'fix-501',
      title: 'Change to "acme9.com"',
      diagnosticCode: 'domain_not_normalized',
      edits: [{ offset: 6000, length: 11, newText: '"acme9.com"' }],
      safe: true,
      preferred: true,
    });
  });

  it('applies them all', () => {
    const { text: fixed, applied } = fixAll(text, IMPORT_JOBS);
    expect(fixed).toBe(`{"domains":[${Array.from({ length: 10 }, (_, i) => `"acme${i}.com"`).join(',')}]}`);
    expect(applied).toHaveLength(501);
    expect(applied.filter((f) => f.title === 'Remove 490 duplicate domains')).toHaveLength(1);
  });

  it('indent what they insert from the line index, in one-line and pretty documents alike', () => {
    expect(edit('{"a": 1, "b": {"c": 2}}', [{ kind: 'replace', path: ['b'], value: { d: [3] } }])).toBe(
      '{"a": 1, "b": {"d": [3]}}',
    );
    expect(
      edit('{\n\t"a": {\n\t\t"b": 1\n\t}\n}', [{ kind: 'replace', path: ['a'], value: { x: [1] } }]),
    ).toBe('{\n\t"a": {\n\t\t"x": [\n\t\t\t1\n\t\t]\n\t}\n}');
  });

  it('remove scattered members and comments on one line', () => {
    expect(
      edit(
        '[1, 2, 3, 4, 5]',
        [0, 1, 3].map((i) => ({ kind: 'remove' as const, path: [i] })),
      ),
    ).toBe('[3, 5]');
    expect(
      fixAll('{"domains": ["a.com"] /*x*/ /*y*/, "z": 1 /*w*/}', { operation: 'POST /domains/availability' })
        .text,
    ).toBe('{"domains": ["a.com"], "z": 1}');
  });
});

describe('fixes with 130,000 edits', () => {
  // One argument per edit (push(...edits)) overflowed the stack past ~120k.
  it('are built', () => {
    const text = `[${'0,'.repeat(300_000)}1]`;
    const changes = Array.from({ length: 300_000 }, (_, i) => ({ kind: 'remove' as const, path: [i] }));
    const all = editsForFix(parseDocument(text), { title: 't', safe: true, changes });
    expect(all).toEqual([{ offset: 1, length: 600_000, newText: '' }]);
    const odd = changes.filter((_, i) => i % 2 === 1);
    const edits = editsForFix(parseDocument(text), { title: 't', safe: true, changes: odd });
    expect(edits).toHaveLength(150_000);
    expect(applyEdits(text, edits!)).toBe(`[${'0,'.repeat(150_000)}1]`);
  });

  it('are offered and applied by lint and fixAll', { timeout: 60_000 }, () => {
    // Every other name repeats: removals that do not meet stay one edit each.
    const domains = Array.from({ length: 260_000 }, (_, i) => (i % 2 === 1 ? 'dup.com' : `d${i}.com`));
    const { text: fixed, applied } = fixAll(JSON.stringify({ domains }), {
      operation: 'POST /domains/import/jobs',
    });
    expect(applied.map((f) => [f.title, f.safe, f.edits.length])).toEqual([
      ['Remove 129999 duplicate domains', true, 129_999],
    ]);
    expect(fixed).toBe(
      JSON.stringify({ domains: domains.filter((name, i) => name !== 'dup.com' || i === 1) }),
    );
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
      'Change to "acme.com"',
      'Remove the duplicate domain',
      'Change to "team.com"',
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
