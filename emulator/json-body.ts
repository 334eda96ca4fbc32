/**
 * Reading a JSON request body that `JSON.parse` refused: where its first syntax error is. Bodies
 * come from anyone on the machine, so nothing here recurses on their nesting.
 */
import { createScanner } from '../lint/jsonc';

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

/**
 * The UTF-16 offset of the first syntax error in `text` under strict JSON (no comments, no
 * trailing commas), or `undefined` when there is none. The same place jsonc-parser's `parse`
 * reports first, but with a loop and a stack of open brackets instead of one call per level: a
 * 10 KB body of `[` overflowed the recursive parser (a 500 instead of a 400).
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  const scanner = createScanner(text, false);
  /** Open containers, innermost last: true for an object, false for an array. */
  const open: boolean[] = [];
  let expect = Expect.Value;
  for (;;) {
    const token = scanner.scan() as number;
    if (token === T.trivia || token === T.lineBreak) continue;
    const offset = scanner.getTokenOffset();
    // An unterminated string, a bad escape, a comment, an unknown character: wrong wherever it is.
    if (scanner.getTokenError() !== 0) return offset;
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
          return offset;
        }
        break;
      case Expect.KeyOrClose:
      case Expect.Key:
        if (token === T.string) expect = Expect.Colon;
        else if (token === T.closeBrace && expect === Expect.KeyOrClose) {
          open.pop();
          expect = afterValue(open);
        } else return offset;
        break;
      case Expect.Colon:
        if (token !== T.colon) return offset;
        expect = Expect.Value;
        break;
      case Expect.CommaOrClose: {
        const inObject = open[open.length - 1]!;
        if (token === T.comma) expect = inObject ? Expect.Key : Expect.Value;
        else if (token === (inObject ? T.closeBrace : T.closeBracket)) {
          open.pop();
          expect = afterValue(open);
        } else return offset;
        break;
      }
      case Expect.End:
        return token === T.eof ? undefined : offset;
    }
  }
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
