/**
 * Reading a JSON request body: its bytes as UTF-8 (RFC 8259 allows no other encoding), and, when
 * `JSON.parse` refused it, where its first syntax error is — and whether the text is JSON cut short,
 * which the state file's loader asks. Bodies come from anyone on the machine, so nothing here
 * recurses on their nesting.
 */
import { isUtf8 } from 'node:buffer';
import { createScanner } from '../lint/jsonc';
import { firstInvalidUtf8Byte } from '../lint/utf8';
import { clip, invalidRequest } from './errors';

/** True for `application/json`, with or without parameters (the API's and the control API's one body type). */
export function isJsonContentType(value: string | undefined): boolean {
  return value !== undefined && /^application\/json\s*(?:;|$)/i.test(value.trim());
}

/**
 * A non-empty JSON body, parsed: 400 `invalid_request` when its content type is not
 * `application/json`, it declares a charset other than UTF-8, its bytes are not UTF-8, or it is not
 * JSON (with the line and column of the first syntax error). The API and the control API read
 * bodies alike.
 */
export function parseJsonBody(raw: Buffer, contentType: string | undefined): unknown {
  if (!isJsonContentType(contentType)) {
    throw invalidRequest(
      `Content-Type must be application/json, got ${contentType ? `"${clip(contentType)}"` : 'none'}.`,
    );
  }
  const charset = charsetOf(contentType!);
  if (charset !== undefined && !namesUtf8(charset)) {
    throw invalidRequest(
      `Content-Type declares charset "${clip(charset)}", but JSON bodies must be UTF-8 (RFC 8259). ` +
        'Encode the body as UTF-8 and send Content-Type: application/json (or application/json; charset=utf-8).',
    );
  }
  const text = decodeUtf8Body(raw);
  try {
    return JSON.parse(text);
  } catch {
    const error = jsonSyntaxError(text);
    const at = error === undefined ? undefined : lineAndColumn(text, error.offset);
    throw invalidRequest(
      `The request body is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}.`,
      undefined,
      at,
    );
  }
}

/** The `charset` parameter of a content type, unquoted, or undefined when there is none. */
function charsetOf(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const equals = parameter.indexOf('=');
    if (equals !== -1 && parameter.slice(0, equals).trim().toLowerCase() === 'charset') {
      return parameter
        .slice(equals + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1');
    }
  }
  return undefined;
}

/** True when `label` is a name of UTF-8 (`utf-8`, `UTF8`, … as the Encoding Standard lists them). */
function namesUtf8(label: string): boolean {
  try {
    return new TextDecoder(label).encoding === 'utf-8';
  } catch {
    return false; // not an encoding name at all
  }
}

/**
 * The text of a JSON body, or 400 `invalid_request` naming the first byte that is not UTF-8 —
 * decoding leniently stored Latin-1 `José` as `Jos\uFFFD` and answered 201.
 */
export function decodeUtf8Body(raw: Buffer): string {
  if (isUtf8(raw)) return raw.toString('utf8');
  const offset = firstInvalidUtf8Byte(raw);
  const hex = raw[offset]!.toString(16).toUpperCase().padStart(2, '0');
  throw invalidRequest(
    `The request body is not valid UTF-8 (byte ${offset} is 0x${hex}). JSON bodies must be UTF-8 (RFC 8259): ` +
      're-encode the body as UTF-8 (Latin-1 or Windows-1252 text sends "é" as the single byte 0xE9; UTF-8 sends 0xC3 0xA9).',
    undefined,
    { byte_offset: offset },
  );
}

// Token kinds of jsonc-parser's scanner (a `const enum` upstream, which isolatedModules cannot import).
const T = {
  openBrace: 1,
  closeBrace: 2,
  openBracket: 3,
  closeBracket: 4,
  comma: 5,
  colon: 6,
  nullKeyword: 7,
  trueKeyword: 8,
  falseKeyword: 9,
  string: 10,
  number: 11,
  lineBreak: 14,
  trivia: 15,
  eof: 17,
} as const;

/** What the checker expects next. */
enum Expect {
  /** A value (the document's, an array element after a comma, a property's after its colon). */
  Value,
  /** A value or `]` (just after `[`). */
  ValueOrClose,
  /** A property name or `}` (just after `{`). */
  KeyOrClose,
  /** A property name (after a comma in an object). */
  Key,
  /** `:` after a property name. */
  Colon,
  /** `,` or the container's closing bracket, after a value inside it. */
  CommaOrClose,
  /** Nothing more: the document's value is complete. */
  End,
}

/** Where strict JSON text first goes wrong. */
export interface JsonSyntaxError {
  /** UTF-16 offset of the first syntax error: where jsonc-parser's `parse` reports its first. */
  offset: number;
  /**
   * True when the text is valid JSON cut short: every token before `offset` fits the grammar, and
   * the text ends where more was due — at `offset` itself, or inside the string, number or literal
   * that starts there (`{"a": [1, "b`, `{"a": tru`, `[1.`). A state file written halfway looks so.
   */
  cutShort: boolean;
}

/**
 * The first syntax error in `text` under strict JSON (no comments, no trailing commas), or
 * `undefined` when there is none. The same place jsonc-parser's `parse` reports first, but with a
 * loop and a stack of open brackets instead of one call per level: a 10 KB body of `[` overflowed
 * the recursive parser (a 500 instead of a 400).
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = createScanner(text, false);
  /** Open containers, innermost last: true for an object, false for an array. */
  const open: boolean[] = [];
  let expect = Expect.Value;
  for (;;) {
    const token = scanner.scan() as number;
    if (token === T.trivia || token === T.lineBreak) continue;
    const offset = scanner.getTokenOffset();
    // An unterminated string, a bad escape, a comment, an unknown character: wrong wherever it is.
    if (scanner.getTokenError() !== 0) return failure(text, offset, expect);
    switch (expect) {
      case Expect.Value:
      case Expect.ValueOrClose:
        if (token === T.closeBracket && expect === Expect.ValueOrClose) {
          open.pop();
          expect = afterValue(open);
        } else if (token === T.openBrace) {
          open.push(true);
          expect = Expect.KeyOrClose;
        } else if (token === T.openBracket) {
          open.push(false);
          expect = Expect.ValueOrClose;
        } else if (isScalar(token)) {
          expect = afterValue(open);
        } else {
          return failure(text, offset, expect);
        }
        break;
      case Expect.KeyOrClose:
      case Expect.Key:
        if (token === T.string) expect = Expect.Colon;
        else if (token === T.closeBrace && expect === Expect.KeyOrClose) {
          open.pop();
          expect = afterValue(open);
        } else return failure(text, offset, expect);
        break;
      case Expect.Colon:
        if (token !== T.colon) return failure(text, offset, expect);
        expect = Expect.Value;
        break;
      case Expect.CommaOrClose: {
        const inObject = open[open.length - 1]!;
        if (token === T.comma) expect = inObject ? Expect.Key : Expect.Value;
        else if (token === (inObject ? T.closeBrace : T.closeBracket)) {
          open.pop();
          expect = afterValue(open);
        } else return failure(text, offset, expect);
        break;
      }
      case Expect.End:
        return token === T.eof ? undefined : failure(text, offset, expect);
    }
  }
}

/** The error at `offset`: cut short when the text ends there, or inside the key or value due there. */
function failure(text: string, offset: number, expect: Expect): JsonSyntaxError {
  if (offset === text.length) return { offset, cutShort: true };
  const value = expect === Expect.Value || expect === Expect.ValueOrClose;
  const key = expect === Expect.Key || expect === Expect.KeyOrClose;
  return { offset, cutShort: (value || key) && endsInsideToken(text, offset, value) };
}

/** A string's beginning that runs to the end of the text (`"ab`, `"ab\`, `"\u00`). */
const STRING_START =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings can't hold raw control characters.
  /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*(?:\\(?:u[0-9a-fA-F]{0,3})?)?$/y;
/** A number's beginning (or a whole number) that runs to the end of the text: `-`, `1.`, `1e+`, `12`. */
const NUMBER_START = /(?=[-\d])-?(?:(?:0|[1-9]\d*)(?:\.\d*|(?:\.\d+)?[eE][+-]?\d*)?)?$/y;

/** Whether the text from `position` on is the beginning of one string, or (`value`) of any value. */
function endsInsideToken(text: string, position: number, value: boolean): boolean {
  STRING_START.lastIndex = position;
  if (STRING_START.test(text)) return true;
  if (!value) return false;
  const rest = text.slice(position);
  if (['true', 'false', 'null'].some((word) => word.startsWith(rest))) return true;
  NUMBER_START.lastIndex = position;
  return NUMBER_START.test(text);
}

function afterValue(open: boolean[]): Expect {
  return open.length === 0 ? Expect.End : Expect.CommaOrClose;
}

function isScalar(token: number): boolean {
  return (
    token === T.string ||
    token === T.number ||
    token === T.nullKeyword ||
    token === T.trueKeyword ||
    token === T.falseKeyword
  );
}

/** `{line, column}` (1-based, in UTF-16 code units like editors count) of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
