/**
 * A byte-order mark, comments and trailing commas: errors in a plain body file, which is sent as it
 * is (and which the emulator, like any strict JSON parser, rejects); nothing in a request file,
 * which the extension reads as JSONC and whose body it sends re-serialized.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import { fixAll, type LintTarget, lint } from '../lint';

const BODY: LintTarget = { operation: 'POST /domains/availability' };
const REQUEST_FILE: LintTarget = { kind: 'auto', fileName: 'check.peeker.json' };
const BOM = '\ufeff';
const summary = (text: string, target: LintTarget) =>
  lint(text, target).diagnostics.map((d) => [
    d.severity,
    d.code,
    text.slice(d.range.start.offset, d.range.end.offset),
    d.message,
  ]);

const BOM_MESSAGE =
  'The file starts with a byte-order mark (U+FEFF), which is not JSON: sent as it is, the body would be answered with invalid_request. Save the file as UTF-8 without a BOM.';

describe('a plain body file', () => {
  it('gets an error for a byte-order mark, with a safe fix that removes it', () => {
    const text = `${BOM}{"domains": ["acme.com"]}`;
    expect(summary(text, BODY)).toEqual([['error', 'invalid_request', BOM, BOM_MESSAGE]]);
    expect(lint(text, BODY).diagnostics[0]!.details).toEqual({ syntax_error: 'ByteOrderMark' });
    expect(fixAll(text, BODY).text).toBe('{"domains": ["acme.com"]}');
  });

  it('gets errors for comments and trailing commas, whatever tells its operation', () => {
    const text = '{"domains": ["acme.com",] // shortlist\n}';
    const expected = [
      [
        'error',
        'jsonc_not_allowed',
        ',',
        'Trailing commas are not JSON: the API would reject this body with invalid_request. Remove the comma.',
      ],
      [
        'error',
        'jsonc_not_allowed',
        '// shortlist',
        'Comments are not JSON: the API would reject this body with invalid_request. Remove the comment before sending.',
      ],
    ];
    expect(summary(text, BODY)).toEqual(expected);
    const withSchema = `{"$schema": "https://peeker-devkit.dev/schemas/v1/availability-request.json", ${text.slice(1)}`;
    // (Its "$schema" is sent too, and rejected: a warning of its own, see lint-schema-key.test.ts.)
    expect(
      summary(withSchema, { kind: 'auto', fileName: 'body.json' }).filter(
        (d) => d[1] !== 'schema_key_in_body',
      ),
    ).toEqual(expected);
    // With no operation known it may be no body at all (tsconfig.json in `lint .`): JSONC is its own
    // business, and --fix leaves its comments alone.
    expect(summary(text, { kind: 'auto', fileName: 'body.json' }).map((d) => [d[0], d[1]])).toEqual([
      ['info', 'operation_unknown'],
    ]);
    const tsconfig = `${BOM}{\n  // keep strict on\n  "compilerOptions": { "strict": true, },\n}\n`;
    expect(fixAll(tsconfig, { kind: 'auto', fileName: 'tsconfig.json' }).text).toBe(tsconfig);
    expect(fixAll(`${BOM}${text}`, BODY).text).toBe('{"domains": ["acme.com"]\n}');
  });
});

describe('a request file', () => {
  const file = `${BOM}{
  // availability of the shortlist
  "request": "POST /domains/availability",
  "body": {"domains": ["acme.com", "team .com",],},
}`;

  it('may have a byte-order mark, comments and trailing commas: its body is linted, they are not', () => {
    expect(summary(file, REQUEST_FILE)).toEqual([
      [
        'warning',
        'availability_invalid',
        '"team .com"',
        '`domains[1]` "team .com" contains spaces, which domain names cannot have. Its row will come back `available: false, reason: "invalid"`.',
      ],
    ]);
    expect(summary(file, { kind: 'request-file' })).toEqual(summary(file, REQUEST_FILE));
    expect(fixAll(file, REQUEST_FILE).text).toBe(file);
  });

  it('is recognised by its name even when its syntax is broken, so only the syntax error is reported', () => {
    const broken = '{\n  // draft\n  "request": "GET /me"\n  "query": {}\n}';
    expect(summary(broken, REQUEST_FILE).map((d) => [d[0], d[1], d[2]])).toEqual([
      ['error', 'invalid_request', '"query"'],
    ]);
  });
});

describe('the emulator agrees: it answers invalid_request to what the linter calls an error', () => {
  let emulator: RunningEmulator;
  let client: EmulatorClient;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    client = new EmulatorClient(emulator);
  });
  afterAll(() => emulator.close());

  it.each([
    ['a byte-order mark', `${BOM}{"domains": ["acme.com"]}`],
    ['a comment', '{"domains": ["acme.com"] /* shortlist */}'],
    ['a trailing comma', '{"domains": ["acme.com",]}'],
  ])('%s', async (_, text) => {
    expect(lint(text, BODY).diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
    const response = await client.api('POST', '/domains/availability', { body: text });
    expect([response.status, response.body.error.code]).toEqual([400, 'invalid_request']);
  });
});
