import { describe, expect, it } from 'vitest';
import { applyEdits, fixAll, type LintTarget, lint } from '../lint';

const AVAILABILITY = { operation: 'POST /domains/availability' };
const message = (key: string, line: number, column: number) =>
  `Duplicate key \`${key}\`: it is given again at line ${line}, column ${column}, and the API's JSON parser keeps only the last one, so this value is ignored. Keep one of them. A DevKit rule: the API accepts such a body and silently uses the last value.`;
/** [code, covered text, fixIds] of each diagnostic. */
const summary = (text: string, target: LintTarget) =>
  lint(text, target).diagnostics.map((d) => [
    d.code,
    text.slice(d.range.start.offset, d.range.end.offset),
    d.fixIds,
  ]);
/** [title, safe, fixed text] of each fix. */
const fixes = (text: string, target: LintTarget) =>
  lint(text, target).fixes.map((f) => [f.title, f.safe, applyEdits(text, f.edits)]);

describe('duplicate keys', () => {
  it('are an error on the ignored key, naming where the kept one is', () => {
    const text = '{\n  "domains": ["a.com"],\n  "domains": ["b.com"]\n}';
    expect(lint(text, AVAILABILITY).diagnostics).toEqual([
      {
        range: {
          start: { line: 1, character: 2, offset: 4 },
          end: { line: 1, character: 11, offset: 13 },
        },
        severity: 'error',
        code: 'duplicate_key',
        message: message('domains', 3, 3),
        fixIds: ['fix-1', 'fix-2'],
      },
    ]);
  });

  it('are fixed only by a human: remove the ignored key, or keep one of a pair and remove the other', () => {
    const text = '{\n  "domains": ["a.com"],\n  "domains": ["b.com"],\n  "domains": ["c.com"]\n}';
    expect(summary(text, AVAILABILITY)).toEqual([
      ['duplicate_key', '"domains"', ['fix-1']],
      ['duplicate_key', '"domains"', ['fix-2']],
    ]);
    expect(lint(text, AVAILABILITY).diagnostics.map((d) => d.message)).toEqual([
      message('domains', 4, 3),
      message('domains', 4, 3),
    ]);
    expect(fixes(text, AVAILABILITY)).toEqual([
      ['Remove this ignored `domains`', false, '{\n  "domains": ["b.com"],\n  "domains": ["c.com"]\n}'],
      ['Remove this ignored `domains`', false, '{\n  "domains": ["a.com"],\n  "domains": ["c.com"]\n}'],
    ]);
    expect(fixAll(text, AVAILABILITY)).toEqual({ text, applied: [] });
    const pair = '{"domains": ["a.com"], "domains": ["b.com"]}';
    expect(fixes(pair, AVAILABILITY)).toEqual([
      ['Remove this ignored `domains`', false, '{"domains": ["b.com"]}'],
      ['Keep this `domains`, remove the other', false, '{"domains": ["a.com"]}'],
    ]);
  });

  it('are removed without the comments of the other keys (request files keep comments)', () => {
    const text = [
      '{',
      '  "request": "POST /domains/availability",',
      '  "body": {',
      '    "domains": ["a.com"], // old list',
      '    // the new list',
      '    "domains": ["b.com"] // sent',
      '  }',
      '}',
    ].join('\n');
    const head = '{\n  "request": "POST /domains/availability",\n  "body": {\n';
    expect(fixes(text, { kind: 'request-file' })).toEqual([
      [
        'Remove this ignored `domains`',
        false,
        `${head}    // the new list\n    "domains": ["b.com"] // sent\n  }\n}`,
      ],
      [
        'Keep this `domains`, remove the other',
        false,
        `${head}    "domains": ["a.com"] // old list\n    // the new list\n  }\n}`,
      ],
    ]);
  });

  it('leave the ignored value alone: --fix changes only the kept one, which is what is sent', () => {
    const text =
      '{"request":"POST /domains/availability","body":{"domains":["keep-me.com"]},"body":{"domains":["B.com"]}}';
    const target = { kind: 'request-file' } as const;
    expect(summary(text, target)).toEqual([
      ['duplicate_key', '"body"', ['fix-1', 'fix-2']],
      ['domain_not_normalized', '"B.com"', ['fix-3']],
    ]);
    expect(lint(text, target).diagnostics[0]!.message).toBe(message('body', 1, 76));
    expect(fixAll(text, target).text).toBe(
      '{"request":"POST /domains/availability","body":{"domains":["keep-me.com"]},"body":{"domains":["b.com"]}}',
    );
  });

  it('put every other diagnostic and fix on the value JSON.parse kept', () => {
    const text = '{"domains":["x.com","y.com"],"domains":["A.com","a.com"]}';
    expect(summary(text, AVAILABILITY)).toEqual([
      ['duplicate_key', '"domains"', ['fix-1', 'fix-2']],
      ['domain_not_normalized', '"A.com"', ['fix-3']],
      ['duplicate_domain', '"a.com"', ['fix-4']],
    ]);
    expect(fixAll(text, AVAILABILITY).text).toBe('{"domains":["x.com","y.com"],"domains":["a.com"]}');
  });

  it('hold back fixes that rename or remove the repeated key: the ignored one would take effect', () => {
    // Accepted as sent (the last scope wins): removing only that one would send {"scope": "domain"}.
    const cancel = { operation: 'POST /orders/{id}/cancel' };
    const text = '{"scope": "domain", "scope": "order"}';
    expect(summary(text, cancel)).toEqual([
      ['duplicate_key', '"scope"', ['fix-1', 'fix-2']],
      ['deprecated_field', '"scope": "order"', undefined],
    ]);
    expect(fixAll(text, cancel)).toEqual({ text, applied: [] });
    const [removeIgnored] = lint(text, cancel).fixes;
    expect(removeIgnored!.title).toBe('Remove this ignored `scope`');
    expect(fixAll(applyEdits(text, removeIgnored!.edits), cancel).text).toBe('{}');
  });

  it('are found in nested objects, after comments, and when spelt with escapes', () => {
    expect(
      summary(
        '{"domains": ["a.com"], "d": {"k": 1, "k": 2}, // c\n "domain\\u0073": ["b.com"]}',
        AVAILABILITY,
      ),
    ).toEqual([
      ['duplicate_key', '"domains"', ['fix-2', 'fix-3']],
      ['invalid_request', '"d"', ['fix-6']],
      ['duplicate_key', '"k"', ['fix-4', 'fix-5']],
      ['jsonc_not_allowed', '// c', ['fix-1']],
    ]);
  });

  it('are not mistaken for colons in strings', () => {
    expect(summary('{"domains": ["a.com"], "a": "\\":", "b": ":", "c": " :x"}', AVAILABILITY)).toEqual([
      ['invalid_request', '"a"', ['fix-1']],
      ['invalid_request', '"b"', ['fix-2']],
      ['invalid_request', '"c"', ['fix-3']],
    ]);
  });
});
