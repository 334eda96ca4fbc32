/**
 * A top-level `"$schema"` in a plain body file: sent as it is, the API (and the emulator) rejects it
 * as an unknown field, so the linter warns about it on the key, with a fix that removes the member.
 * Request files are not concerned: their own `$schema` is not sent, and a `$schema` inside their
 * body is an unknown field like any other.
 */
import { parse } from 'jsonc-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import { toLintTarget } from '../extension/server/lint-engine';
import { applyEdits, fixAll, type LintTarget, lint } from '../lint';

const ID = 'https://peeker-devkit.dev/schemas/v1/availability-request.json';
const SCHEMA = `"$schema": "${ID}"`;
const CLI: LintTarget = { operation: 'POST /domains/availability', operationSource: '--operation' };
const BY_SCHEMA: LintTarget = { kind: 'auto', fileName: 'check.json' };
const REJECTED =
  'The API rejects "$schema" as a field it does not know: sent as it is (curl --data-binary @file), this body is answered 400 invalid_request (Unknown field `$schema`). Remove it before sending the file as it is';

/** The `schema_key_in_body` diagnostics of `text`: severity, the text of the range, field, message. */
const warnings = (text: string, target: LintTarget) =>
  lint(text, target)
    .diagnostics.filter((d) => d.code === 'schema_key_in_body')
    .map((d) => [d.severity, text.slice(d.range.start.offset, d.range.end.offset), d.field, d.message]);

/** `text` with only the `schema_key_in_body` fix applied, and whether that fix is safe. */
function removed(text: string, target: LintTarget = CLI): { text: string; safe: boolean } {
  const result = lint(text, target);
  const diagnostic = result.diagnostics.find((d) => d.code === 'schema_key_in_body')!;
  expect(diagnostic.fixIds).toHaveLength(1);
  const fix = result.fixes.find((f) => f.id === diagnostic.fixIds![0])!;
  expect([fix.title, fix.diagnosticCode, fix.preferred]).toEqual([
    'Remove "$schema"',
    'schema_key_in_body',
    true,
  ]);
  return { text: applyEdits(text, fix.edits), safe: fix.safe };
}

describe('a plain body file with a top-level "$schema"', () => {
  it('gets a warning on the key when the operation is given explicitly, with a safe fix that --fix applies', () => {
    const text = `{${SCHEMA}, "domains": ["acme.com"]}`;
    expect(warnings(text, CLI)).toEqual([
      [
        'warning',
        '"$schema"',
        '$schema',
        `${REJECTED}: the file is checked as POST /domains/availability (--operation), which does not need it.`,
      ],
    ]);
    // Nothing else: the key is not also an unknown-field error.
    expect(lint(text, CLI).diagnostics.map((d) => d.code)).toEqual(['schema_key_in_body']);
    expect(removed(text)).toEqual({ text: '{"domains": ["acme.com"]}', safe: true });
    expect(fixAll(text, CLI).text).toBe('{"domains": ["acme.com"]}');
    // An operation picked in the editor or from peeker.bodyFiles is explicit too.
    expect(
      warnings(text, {
        operation: 'POST /domains/availability',
        operationSource: 'picked for this file',
      })[0]![3],
    ).toBe(
      `${REJECTED}: the file is checked as POST /domains/availability (picked for this file), which does not need it.`,
    );
  });

  it('gets the warning when the "$schema" names its operation, but --fix keeps it: without it the file would name none', () => {
    const text = `{${SCHEMA}, "domains": ["acme.com"]}`;
    expect(warnings(text, BY_SCHEMA)).toEqual([
      [
        'warning',
        '"$schema"',
        '$schema',
        `${REJECTED}. It is also what names this file's operation (POST /domains/availability): without it, give the operation with --operation "POST /domains/availability" (in the editor, the peeker.bodyFiles setting), or keep the body in a *.peeker.json request file, whose own "$schema" is not sent.`,
      ],
    ]);
    expect(removed(text, BY_SCHEMA)).toEqual({ text: '{"domains": ["acme.com"]}', safe: false });
    expect(fixAll(text, BY_SCHEMA).text).toBe(text);
  });

  it("a fallback operation (the editor's peeker.bodyFiles) naming the same one makes the removal safe", () => {
    const text = `{${SCHEMA}, "domains": ["acme.com"]}`;
    const same: LintTarget = {
      kind: 'auto',
      fallbackOperation: 'POST /domains/availability',
      fallbackSource: 'peeker.bodyFiles "b/*.json"',
    };
    expect(warnings(text, same)).toEqual([
      [
        'warning',
        '"$schema"',
        '$schema',
        `${REJECTED}: the file is checked as POST /domains/availability (its "$schema"), and peeker.bodyFiles "b/*.json" names the same operation, so it still is without the key.`,
      ],
    ]);
    expect(removed(text, same)).toEqual({ text: '{"domains": ["acme.com"]}', safe: true });
    expect(fixAll(text, same).text).toBe('{"domains": ["acme.com"]}');
    // Written another way ("post /domains/availability"), it is still the same operation.
    expect(removed(text, { kind: 'auto', fallbackOperation: 'post /domains/availability' }).safe).toBe(true);
  });

  it('a fallback naming another operation loses to the "$schema", which the warning says; the removal stays a human\'s', () => {
    const text = `{${SCHEMA}, "domains": ["acme.com"]}`;
    const other: LintTarget = { kind: 'auto', fallbackOperation: 'POST /orders' };
    expect(lint(text, other).operation).toBe('POST /domains/availability');
    expect(warnings(text, other)).toEqual([
      [
        'warning',
        '"$schema"',
        '$schema',
        `${REJECTED}. It is also what names this file's operation: it is checked as POST /domains/availability because its "$schema" wins over the fallback operation given to the linter, which names POST /orders; without the key it would be checked as POST /orders. If it is a body of POST /domains/availability, make the fallback operation given to the linter name "POST /domains/availability", then remove the key; if it is a body of POST /orders, remove the key.`,
      ],
    ]);
    expect(removed(text, other).safe).toBe(false);
    expect(fixAll(text, other).text).toBe(text);
    // One the kit does not know is no fallback at all.
    const unknown: LintTarget = { kind: 'auto', fallbackOperation: 'POST /nope' };
    expect(warnings(text, unknown)).toEqual(warnings(text, BY_SCHEMA));
    expect(fixAll(text, unknown).text).toBe(text);
  });

  it('is reported whatever its value: the API rejects the key, not the id', () => {
    for (const value of ['"https://json-schema.org/draft/2020-12/schema"', '5', 'null', '{}']) {
      expect(warnings(`{"$schema": ${value}, "domains": ["acme.com"]}`, CLI).map((w) => w[1])).toEqual([
        '"$schema"',
      ]);
    }
  });

  it.each([
    ['the only member', `{${SCHEMA}}`, '{}'],
    ['the only member, spaced', `{ ${SCHEMA} }`, '{}'],
    ['the only member, on its own line', `{\n  ${SCHEMA}\n}\n`, '{}\n'],
    ['the first member', `{${SCHEMA}, "domains": ["acme.com"]}`, '{"domains": ["acme.com"]}'],
    ['the last member', `{"domains": ["acme.com"], ${SCHEMA}}`, '{"domains": ["acme.com"]}'],
    [
      'the first of several lines',
      `{\n  ${SCHEMA},\n  "domains": ["acme.com"]\n}\n`,
      '{\n  "domains": ["acme.com"]\n}\n',
    ],
    [
      'the last of several lines',
      `{\n  "domains": ["acme.com"],\n  ${SCHEMA}\n}\n`,
      '{\n  "domains": ["acme.com"]\n}\n',
    ],
    ['a middle member', `{\n  "a": 1,\n  ${SCHEMA},\n  "b": 2\n}\n`, '{\n  "a": 1,\n  "b": 2\n}\n'],
    [
      'with CRLF line breaks',
      `{\r\n  ${SCHEMA},\r\n  "domains": ["acme.com"]\r\n}\r\n`,
      '{\r\n  "domains": ["acme.com"]\r\n}\r\n',
    ],
    // Comments: the removed member takes the comment on its own line, no other one.
    [
      'the first member, between comments',
      `{\n  // before\n  ${SCHEMA}, // the editor's hint\n  // after\n  "domains": ["acme.com"]\n}\n`,
      '{\n  // before\n  // after\n  "domains": ["acme.com"]\n}\n',
    ],
    [
      'the last member, after a commented one',
      `{\n  "domains": ["acme.com"], // keep\n  ${SCHEMA} /* hint */\n}\n`,
      '{\n  "domains": ["acme.com"] // keep\n}\n',
    ],
    [
      'the only member, between comments',
      `{\n  /* only */\n  ${SCHEMA}\n  // end\n}\n`,
      '{\n  /* only */\n  \n  // end\n}\n',
    ],
  ])('the fix removes it as %s, and nothing else', (_, text, expected) => {
    const { text: fixed } = removed(text);
    expect(fixed).toBe(expected);
    // Still the same document, less the key (comments are the jsonc_not_allowed fix's business).
    const { $schema: _hint, ...rest } = parse(text) as Record<string, unknown>;
    expect(parse(fixed)).toEqual(rest);
    expect(warnings(fixed, CLI)).toEqual([]);
  });

  it('is not offered when "$schema" is given twice: which one goes is the duplicate_key error’s question', () => {
    const text = `{${SCHEMA}, ${SCHEMA}, "domains": ["acme.com"]}`;
    const result = lint(text, CLI);
    expect(result.diagnostics.map((d) => [d.code, d.fixIds?.length ?? 0])).toEqual([
      ['duplicate_key', 2],
      ['schema_key_in_body', 0],
    ]);
  });
});

describe('elsewhere', () => {
  it('is not reported in a request file: its own "$schema" is not sent', () => {
    const text = `{"$schema": "https://peeker-devkit.dev/schemas/v1/request-file.json", "request": "POST /domains/availability", "body": {"domains": ["acme.com"]}}`;
    for (const target of [
      { kind: 'request-file' },
      { kind: 'auto', fileName: 'check.peeker.json' },
      { kind: 'auto' },
    ] as const)
      expect(lint(text, target).diagnostics).toEqual([]);
  });

  it('in a request file’s body, "$schema" is sent, and is the unknown field it always was (an error)', () => {
    const text = `{"request": "POST /domains/availability", "body": {${SCHEMA}, "domains": ["acme.com"]}}`;
    expect(
      lint(text, { kind: 'request-file' }).diagnostics.map((d) => [d.severity, d.code, d.field, d.message]),
    ).toEqual([
      [
        'error',
        'invalid_request',
        '$schema',
        'Unknown field `$schema` in the body: the API rejects fields it does not know. Remove it.',
      ],
    ]);
  });

  it('is not reported in a document with no operation, nor for an operation that takes no body', () => {
    expect(
      lint(`{"$schema": "https://example.com/s.json"}`, { kind: 'auto' }).diagnostics.map((d) => d.code),
    ).toEqual(['operation_unknown']);
    expect(lint(`{${SCHEMA}}`, { operation: 'GET /orders' }).diagnostics.map((d) => d.code)).toEqual([
      'body_not_expected',
    ]);
  });

  it('the language server leaves an operation read from "$schema" to the engine, with a matching glob as its fallback', () => {
    expect(
      toLintTarget({
        kind: 'operation',
        operation: 'POST /orders',
        source: 'schema',
        reason: 'its "$schema"',
      }),
    ).toEqual({ kind: 'auto' });
    // A peeker.bodyFiles glob that matches too is the engine's fallback: it decides whether Fix all may remove the key.
    expect(
      toLintTarget({
        kind: 'operation',
        operation: 'POST /orders',
        source: 'schema',
        reason: 'its "$schema"',
        setting: { operation: 'POST /orders', reason: 'peeker.bodyFiles "b/*.json"' },
      }),
    ).toEqual({
      kind: 'auto',
      fallbackOperation: 'POST /orders',
      fallbackSource: 'peeker.bodyFiles "b/*.json"',
    });
    expect(
      toLintTarget({
        kind: 'operation',
        operation: 'POST /orders',
        source: 'setting',
        reason: 'peeker.bodyFiles "b/*.json"',
      }),
    ).toEqual({ operation: 'POST /orders', operationSource: 'peeker.bodyFiles "b/*.json"' });
  });
});

describe('the emulator agrees: it rejects the key, and accepts the body once the fix is applied', () => {
  let emulator: RunningEmulator;
  let client: EmulatorClient;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    client = new EmulatorClient(emulator);
  });
  afterAll(() => emulator.close());

  it('sent as it is', async () => {
    const text = `{\n  ${SCHEMA},\n  "domains": ["acme-mail.com"]\n}\n`;
    const before = await client.api('POST', '/domains/availability', { body: text });
    expect([before.status, before.body.error.code, before.body.error.field]).toEqual([
      400,
      'invalid_request',
      '$schema',
    ]);
    const after = await client.api('POST', '/domains/availability', { body: fixAll(text, CLI).text });
    expect(after.status).toBe(200);
  });
});
