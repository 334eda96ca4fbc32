import { describe, expect, it } from 'vitest';
import { applyEdits, fixAll, lint, MAX_BODY_BYTES } from '../lint';
import { parseDocument } from '../lint/parse';

const AVAILABILITY = { operation: 'POST /domains/availability' };
const summary = (text: string) =>
  lint(text, AVAILABILITY).diagnostics.map((d) => [
    d.severity,
    d.code,
    d.range.start.offset,
    d.range.end.offset,
    d.message,
  ]);

describe('JSON syntax errors', () => {
  it('points at the exact place, in the API vocabulary, with the parser error in details', () => {
    const text = '{\n  "domains": ["a.com" "b.com"]\n}';
    expect(lint(text, AVAILABILITY)).toEqual({
      operation: 'POST /domains/availability',
      diagnostics: [
        {
          range: {
            start: { line: 1, character: 22, offset: 24 },
            end: { line: 1, character: 29, offset: 31 },
          },
          severity: 'error',
          code: 'invalid_request',
          message:
            'Expected "," between entries. The API answers invalid_request to a body that is not JSON.',
          details: { syntax_error: 'CommaExpected' },
        },
      ],
      fixes: [],
    });
  });

  it.each([
    [
      '{"domains": [',
      [
        [
          'error',
          'invalid_request',
          13,
          13,
          'Expected "]" to close the array. The API answers invalid_request to a body that is not JSON.',
        ],
      ],
    ],
    [
      '',
      [
        [
          'error',
          'invalid_request',
          0,
          0,
          'Expected a value. The API answers invalid_request to a body that is not JSON.',
        ],
      ],
    ],
    [
      '{"a": 1} x',
      [
        [
          'error',
          'invalid_request',
          9,
          10,
          'Unexpected character: JSON values are objects, arrays, "double-quoted strings", numbers, true, false or null. The API answers invalid_request to a body that is not JSON.',
        ],
      ],
    ],
    [
      '{"domains": ["a\u0001.com"]}',
      [
        [
          'error',
          'invalid_request',
          13,
          21,
          'Control character in a string: escape it (e.g. \\n, \\t). The API answers invalid_request to a body that is not JSON.',
        ],
      ],
    ],
    [
      '{"domains": ["a.com\\x"]}',
      [
        [
          'error',
          'invalid_request',
          13,
          22,
          'Invalid escape: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX. The API answers invalid_request to a body that is not JSON.',
        ],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('runs no schema or semantic rule until the syntax is fixed', () => {
    expect(lint('{"coupon": 1,, }', { operation: 'POST /orders' }).diagnostics.map((d) => d.code)).toEqual([
      'invalid_request',
    ]);
  });

  it('reports a leading byte-order mark in a body, and lints the rest as if it were not there', () => {
    expect(summary('\ufeff{"domains": ["acme .com"]}')).toEqual([
      [
        'error',
        'invalid_request',
        0,
        1,
        'The file starts with a byte-order mark (U+FEFF), which is not JSON: sent as it is, the body would be answered with invalid_request. Save the file as UTF-8 without a BOM.',
      ],
      [
        'warning',
        'availability_invalid',
        14,
        25,
        '`domains[0]` "acme .com" contains spaces, which domain names cannot have. Its row will come back `available: false, reason: "invalid"`.',
      ],
    ]);
  });
});

describe('JSONC: comments and trailing commas', () => {
  const text = `{
  // the shortlist
  "domains": [
    "acme.com", /* first choice */
    "team.com",
  ],
}
`;

  it('reports each comment and trailing comma of a body, and still lints the content', () => {
    expect(summary(text)).toEqual([
      [
        'error',
        'jsonc_not_allowed',
        4,
        20,
        'Comments are not JSON: the API would reject this body with invalid_request. Remove the comment before sending.',
      ],
      [
        'error',
        'jsonc_not_allowed',
        52,
        70,
        'Comments are not JSON: the API would reject this body with invalid_request. Remove the comment before sending.',
      ],
      [
        'error',
        'jsonc_not_allowed',
        85,
        86,
        'Trailing commas are not JSON: the API would reject this body with invalid_request. Remove the comma.',
      ],
      [
        'error',
        'jsonc_not_allowed',
        90,
        91,
        'Trailing commas are not JSON: the API would reject this body with invalid_request. Remove the comma.',
      ],
    ]);
    const withError = text.replace('"team.com"', '"team .com"');
    expect(
      lint(withError, AVAILABILITY)
        .diagnostics.filter((d) => d.code !== 'jsonc_not_allowed')
        .map((d) => [d.code, d.field]),
    ).toEqual([['availability_invalid', 'domains[1]']]);
  });

  it('removes them all with one safe fix, leaving strict JSON', () => {
    const { fixes, diagnostics } = lint(text, AVAILABILITY);
    expect(fixes).toHaveLength(1);
    expect(diagnostics.every((d) => d.fixIds?.[0] === fixes[0]!.id)).toBe(true);
    const fixed = applyEdits(text, fixes[0]!.edits);
    expect(fixed).toBe(`{
  "domains": [
    "acme.com",
    "team.com"
  ]
}
`);
    expect(JSON.parse(fixed)).toEqual({ domains: ['acme.com', 'team.com'] });
    expect(fixAll(text, AVAILABILITY).text).toBe(fixed);
  });

  it('ends an unterminated block comment at the end of the text, so its removal applies', () => {
    const text = '{"domains":["a.com"]} /*';
    expect(summary(text)).toEqual([
      [
        'error',
        'jsonc_not_allowed',
        22,
        24,
        'Comments are not JSON: the API would reject this body with invalid_request. Remove the comment before sending.',
      ],
      [
        'error',
        'invalid_request',
        22,
        24,
        'Unterminated block comment: close it with "*/". The API answers invalid_request to a body that is not JSON.',
      ],
    ]);
    expect(parseDocument(text).syntaxErrors.map((e) => [e.offset, e.length])).toEqual([[22, 2]]);
    expect(lint(text, AVAILABILITY).fixes.map((f) => f.edits)).toEqual([
      [{ offset: 21, length: 3, newText: '' }],
    ]);
    expect(fixAll(text, AVAILABILITY)).toMatchObject({ text: '{"domains":["a.com"]}' });
  });

  it('keeps tokens apart when a block comment sat between them', () => {
    const fixed = fixAll('{"domains":/*x*/["acme.com"]/*y*/}', AVAILABILITY).text;
    expect(fixed).toBe('{"domains":["acme.com"]}');
  });
});

describe('payload_too_large', () => {
  it('reports a body over 1 MB with its size', () => {
    const names = Array.from({ length: 60_000 }, (_, i) => `acme-mail-${i}.com`);
    const text = JSON.stringify({ domains: names });
    expect(text.length).toBeGreaterThan(MAX_BODY_BYTES);
    const too = lint(text, AVAILABILITY).diagnostics.find((d) => d.code === 'payload_too_large');
    expect(too).toEqual({
      range: { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 1, offset: 1 } },
      severity: 'error',
      code: 'payload_too_large',
      message: `The body is ${text.length} bytes; the API accepts at most 1048576 (1 MB) and answers payload_too_large (Peeker DevKit's limit and code: the docs give none). Split it into several requests (for bulk imports use POST /domains/import/jobs).`,
      details: { size_bytes: text.length, limit_bytes: 1048576 },
    });
  });

  it('counts UTF-8 bytes, not characters', () => {
    const text = JSON.stringify({ domains: ['ü'.repeat(600_000)] });
    expect(text.length).toBeLessThan(MAX_BODY_BYTES);
    expect(lint(text, AVAILABILITY).diagnostics.some((d) => d.code === 'payload_too_large')).toBe(true);
  });

  it('is quiet under the limit', () => {
    expect(lint(JSON.stringify({ domains: ['acme.com'] }), AVAILABILITY).diagnostics).toEqual([]);
  });
});

describe('parseDocument', () => {
  it('builds no tree for a valid document until asked', () => {
    const parsed = parseDocument('{"a": [1, 2]}');
    expect(parsed.ok).toBe(true);
    expect(parsed.value).toEqual({ a: [1, 2] });
    expect(parsed.tree()?.children?.[0]?.children?.[1]?.type).toBe('array');
  });

  it('never throws, even on deep nesting beyond the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(() => lint(deep, AVAILABILITY)).not.toThrow();
    const unclosed = '{"a":'.repeat(100_000);
    const result = lint(unclosed, AVAILABILITY);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.every((d) => d.range.end.offset <= unclosed.length)).toBe(true);
  });
});
