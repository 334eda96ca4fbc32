/**
 * Parsing, the fast way first: `JSON.parse` answers for every valid document; the jsonc-parser
 * scanner and tree are only used when `JSON.parse` fails (to find comments, trailing commas and
 * syntax errors with positions) or when a finding needs a position.
 */
import { buildJsonTree } from './fast-tree';
import {
  createScanner,
  getNodeValue,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from './jsonc';
import { LineIndex } from './positions';

/** A JSON syntax error with its position. */
export interface SyntaxIssue {
  offset: number;
  length: number;
  /** jsonc-parser's error name, e.g. `CommaExpected`. */
  error: string;
  message: string;
}

/** A JSONC extension the API would reject: a comment or a trailing comma. */
export interface JsoncIssue {
  kind: 'comment' | 'trailing-comma';
  offset: number;
  length: number;
}

/** A parsed document. */
export interface ParsedDocument {
  readonly text: string;
  /** The parsed value; `undefined` when there are syntax errors. */
  readonly value: unknown;
  /** True when the value is usable (no syntax errors; comments and trailing commas are tolerated). */
  readonly ok: boolean;
  readonly syntaxErrors: SyntaxIssue[];
  readonly jsonc: JsoncIssue[];
  /** The positional tree, built on first call (undefined when the text cannot be parsed into one). */
  tree(): Node | undefined;
  /** Offsets → line/character, built on first call (from the tree's own pass when it was built first). */
  lines(): LineIndex;
}

// Token kinds of jsonc-parser's scanner (a `const enum` upstream, which isolatedModules cannot import).
const T = {
  closeBrace: 2,
  closeBracket: 4,
  comma: 5,
  lineComment: 12,
  blockComment: 13,
  lineBreak: 14,
  trivia: 15,
  eof: 17,
};
const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false };

const MESSAGES: Record<string, string> = {
  InvalidSymbol:
    'Unexpected character: JSON values are objects, arrays, "double-quoted strings", numbers, true, false or null.',
  InvalidNumberFormat:
    'Invalid number: JSON numbers have no leading zeros, no leading "+", no hex and no trailing dot.',
  PropertyNameExpected: 'Expected a property name in double quotes.',
  ValueExpected: 'Expected a value.',
  ColonExpected: 'Expected ":" after the property name.',
  CommaExpected: 'Expected "," between entries.',
  CloseBraceExpected: 'Expected "}" to close the object.',
  CloseBracketExpected: 'Expected "]" to close the array.',
  EndOfFileExpected: 'Unexpected text after the end of the JSON value.',
  InvalidCommentToken: 'Invalid comment.',
  UnexpectedEndOfComment: 'Unterminated block comment: close it with "*/".',
  UnexpectedEndOfString: 'Unterminated string: close it with a double quote.',
  UnexpectedEndOfNumber: 'Unterminated number.',
  InvalidUnicode: 'Invalid unicode escape: use \\u followed by four hex digits.',
  InvalidEscapeCharacter: 'Invalid escape: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.',
  InvalidCharacter: 'Control character in a string: escape it (e.g. \\n, \\t).',
};

/** Parses a document; never throws. */
export function parseDocument(input: string): ParsedDocument {
  // A BOM is not JSON; blank it (same length, so offsets stay true) rather than report it.
  const text = input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input;
  let tree: Node | undefined | null = null;
  const buildTree = (): Node | undefined => {
    if (tree === null) {
      try {
        tree = parseTree(text, [], PARSE_OPTIONS);
      } catch {
        tree = undefined; // e.g. nesting deeper than the call stack
      }
    }
    return tree;
  };
  try {
    const value: unknown = JSON.parse(text);
    let lineStarts: number[] | undefined;
    // Valid JSON: the fast builder, with jsonc-parser as the fallback.
    const buildValidTree = (): Node | undefined => {
      if (tree === null) {
        const starts = [0];
        tree = buildJsonTree(text, starts) ?? null;
        if (tree !== null) lineStarts = starts;
      }
      return buildTree();
    };
    return {
      text: input,
      value,
      ok: true,
      syntaxErrors: [],
      jsonc: [],
      tree: buildValidTree,
      lines: lineIndexOf(input, () => lineStarts),
    };
  } catch (error) {
    return parseSlow(input, text, error, buildTree, (t) => {
      tree = t;
    });
  }
}

/** A memoized line index of `text`, from the line starts `knownStarts` gives when it has them. */
function lineIndexOf(
  text: string,
  knownStarts: () => number[] | undefined = () => undefined,
): () => LineIndex {
  let lines: LineIndex | undefined;
  return () => {
    lines ??= new LineIndex(text, knownStarts());
    return lines;
  };
}

function parseSlow(
  input: string,
  text: string,
  jsonError: unknown,
  buildTree: () => Node | undefined,
  setTree: (tree: Node | undefined) => void,
): ParsedDocument {
  const jsonc = scanJsonc(text);
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, PARSE_OPTIONS);
  } catch {
    return failed(input, tooDeep(text), jsonc);
  }
  setTree(root);
  // One message per place: after a stray token the parser often adds a second, derived error there.
  const syntaxErrors: SyntaxIssue[] = [];
  for (const e of errors) {
    if (syntaxErrors.some((known) => known.offset === e.offset)) continue;
    const error = printParseErrorCode(e.error);
    syntaxErrors.push({
      offset: e.offset,
      // jsonc-parser counts an unterminated block comment one past the end of the text.
      length: Math.min(e.length, text.length - e.offset),
      error,
      message: MESSAGES[error] ?? `Syntax error (${error}).`,
    });
  }
  if (syntaxErrors.length === 0 && jsonc.length === 0) {
    // jsonc-parser accepted what JSON.parse did not (e.g. a lone surrogate escape): report JSON.parse's reason.
    const message = jsonError instanceof Error ? jsonError.message : String(jsonError);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Math.min(Number(at[1]), text.length) : 0;
    syntaxErrors.push({
      offset,
      length: offset < text.length ? 1 : 0,
      error: 'InvalidJson',
      message: `Invalid JSON: ${message}`,
    });
  }
  if (syntaxErrors.length > 0 || root === undefined) {
    if (syntaxErrors.length === 0) {
      syntaxErrors.push({ offset: 0, length: 0, error: 'ValueExpected', message: MESSAGES.ValueExpected! });
    }
    // In broken JSON a comma before a bracket is usually part of the syntax error, not a style choice.
    const comments = jsonc.filter((issue) => issue.kind === 'comment');
    return failed(input, syntaxErrors, comments, buildTree);
  }
  let value: unknown;
  try {
    value = getNodeValue(root);
  } catch {
    return failed(input, tooDeep(text), jsonc, buildTree);
  }
  return {
    text: input,
    value,
    ok: true,
    syntaxErrors: [],
    jsonc,
    tree: buildTree,
    lines: lineIndexOf(input),
  };
}

function failed(
  input: string,
  syntaxErrors: SyntaxIssue[],
  jsonc: JsoncIssue[],
  tree: () => Node | undefined = () => undefined,
): ParsedDocument {
  return { text: input, value: undefined, ok: false, syntaxErrors, jsonc, tree, lines: lineIndexOf(input) };
}

/** Finds comments and trailing commas with one scanner pass. */
function scanJsonc(text: string): JsoncIssue[] {
  const issues: JsoncIssue[] = [];
  const scanner = createScanner(text, false);
  let pendingComma: { offset: number } | undefined;
  for (let token = scanner.scan() as number; token !== T.eof; token = scanner.scan() as number) {
    if (token === T.lineComment || token === T.blockComment) {
      // As in the syntax errors: an unterminated block comment's length counts one past the end.
      const offset = scanner.getTokenOffset();
      issues.push({
        kind: 'comment',
        offset,
        length: Math.min(scanner.getTokenLength(), text.length - offset),
      });
      continue;
    }
    if (token === T.lineBreak || token === T.trivia) continue;
    if ((token === T.closeBrace || token === T.closeBracket) && pendingComma) {
      issues.push({ kind: 'trailing-comma', offset: pendingComma.offset, length: 1 });
    }
    pendingComma = token === T.comma ? { offset: scanner.getTokenOffset() } : undefined;
  }
  return issues.sort((a, b) => a.offset - b.offset);
}

/** A key given more than once in one object. */
export interface DuplicateKey {
  key: string;
  /** The object that holds the properties. */
  object: Node;
  /** Indexes of the properties with this key in `object.children`, in document order (≥ 2); `JSON.parse` keeps the last. */
  indexes: number[];
}

/**
 * Every key repeated within one object of a parsed document. `JSON.parse` silently keeps the last
 * value; to check a clean document without building its tree, its keys are counted from its
 * colons (see {@link mayRepeatKeys}), and only a document that may repeat one is walked.
 */
export function findDuplicateKeys(parsed: ParsedDocument): DuplicateKey[] {
  if (!parsed.ok) return [];
  // With comments a colon may be a comment's; such documents were parsed into a tree anyway.
  if (parsed.jsonc.length === 0 && !mayRepeatKeys(parsed.text, parsed.value)) return [];
  const root = parsed.tree();
  const found: DuplicateKey[] = [];
  // A loop with a stack, not recursion: documents nest deeper than the call stack.
  const stack: Node[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.children ?? [];
    if (node.type === 'object' && children.length > 1) {
      const seen = new Map<string, number[]>();
      for (let i = 0; i < children.length; i++) {
        const key = children[i]!.children?.[0]?.value;
        if (typeof key !== 'string') continue;
        const indexes = seen.get(key);
        if (indexes === undefined) seen.set(key, [i]);
        else indexes.push(i);
      }
      for (const [key, indexes] of seen) if (indexes.length > 1) found.push({ key, object: node, indexes });
    }
    for (const child of children) {
      const value = child.type === 'property' ? child.children?.[1] : child;
      if (value?.children !== undefined) stack.push(value);
    }
  }
  return found.sort(
    (a, b) => a.object.children![a.indexes[0]!]!.offset - b.object.children![b.indexes[0]!]!.offset,
  );
}

/**
 * False when valid JSON `text`, whose parsed value is `value`, certainly repeats no key. Each key
 * is a string followed by a colon, so there are at most as many keys as places where a quote
 * (then only whitespace) precedes a colon — exactly as many, unless a string holds `\":` or starts
 * with `:`. When that count is the number of properties `JSON.parse` kept, no key was dropped.
 */
function mayRepeatKeys(text: string, value: unknown): boolean {
  let keyEnds = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    let before = at - 1;
    while (before >= 0 && isJsonSpace(text.charCodeAt(before))) before--;
    if (text.charCodeAt(before) === 34 /* " */) keyEnds++;
  }
  if (keyEnds === 0) return false;
  let properties = 0;
  // A loop with a stack, not recursion: documents nest deeper than the call stack.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object') continue;
    if (Array.isArray(item)) {
      for (const element of item) if (element !== null && typeof element === 'object') stack.push(element);
    } else {
      for (const key in item) {
        properties++;
        const child = (item as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    }
  }
  return keyEnds !== properties;
}

const isJsonSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * The end of the comma that follows `offset` in `text` when only whitespace and comments come
 * between them (`1 // c⏎ ,` → after the comma), or `undefined` when the next token is no comma.
 */
export function commaEndAfter(text: string, offset: number): number | undefined {
  const scanner = createScanner(text, false);
  scanner.setPosition(offset);
  for (let token = scanner.scan() as number; token !== T.eof; token = scanner.scan() as number) {
    if (token === T.comma) return scanner.getPosition();
    if (token !== T.lineBreak && token !== T.trivia && token !== T.lineComment && token !== T.blockComment)
      return undefined;
  }
  return undefined;
}

/**
 * The end of what a member of an object or array owns after `offset` (the end of its value): the
 * comma that follows it, wherever it is, and the comments on the comma's line (`"a.com", // dup`).
 * Without a comma (a container's last member) it is the comments on the member's own line; a
 * comment on a later line belongs to whatever comes next, so it is never included.
 */
export function memberTailEnd(text: string, offset: number): number {
  // The common layouts (`1,2`, `"a",⏎`, `1]`) without a scanner: a removal of 100k members asks.
  const at = skipBlanks(text, offset);
  if (text.charCodeAt(at) === 44 /* , */) {
    const after = skipBlanks(text, at + 1);
    if (text.charCodeAt(after) !== 47 /* / */) return at + 1;
  } else if (text.charCodeAt(at) !== 47 && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13)
    return offset;
  const scanner = createScanner(text, false);
  scanner.setPosition(offset);
  let tail = offset;
  let comma = false;
  let crossedLine = false;
  for (let token = scanner.scan() as number; token !== T.eof; token = scanner.scan() as number) {
    if (token === T.trivia) continue;
    if (token === T.lineBreak) {
      if (comma) break;
      crossedLine = true;
    } else if (token === T.comma && !comma) {
      comma = true;
      crossedLine = false;
      tail = scanner.getPosition();
    } else if (token === T.lineComment || token === T.blockComment) {
      if (!crossedLine) tail = scanner.getPosition();
    } else break;
  }
  return tail;
}

/** The first offset at or after `offset` that is no space or tab. */
export function skipBlanks(text: string, offset: number): number {
  let at = offset;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  return at;
}

/** The one syntax error reported when a document is nested past what the parser can walk. */
function tooDeep(text: string): SyntaxIssue[] {
  return [
    {
      offset: 0,
      length: Math.min(1, text.length),
      error: 'TooDeep',
      message: 'The document is nested too deeply to parse.',
    },
  ];
}
