/**
 * A JSONC parse of a document (tree + value), cached per document version so completion and hover
 * on a 10k-domain body parse it once per edit, not once per request.
 */
import { getNodeValue, type Node, parseTree } from 'jsonc-parser/lib/esm/main.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** A document parsed as leniently as editors need (comments and trailing commas tolerated). */
export interface ParsedDocument {
  /** The syntax tree, or undefined when nothing parses. */
  readonly tree: Node | undefined;
  /** The JSON value as far as it parses. */
  readonly value: unknown;
}

const cache = new Map<string, { version: number; parsed: ParsedDocument }>();

/** The parse of `document` at its current version. */
export function parseDocument(document: TextDocument): ParsedDocument {
  const cached = cache.get(document.uri);
  if (cached && cached.version === document.version) return cached.parsed;
  const parsed = parseText(document.getText());
  cache.set(document.uri, { version: document.version, parsed });
  return parsed;
}

/**
 * Parses leniently. jsonc-parser recurses, so absurd nesting (thousands of levels) can overflow the
 * stack: then completion and hover work without the tree or the value instead of failing.
 */
function parseText(text: string): ParsedDocument {
  let tree: Node | undefined;
  try {
    tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    return { tree: undefined, value: undefined };
  }
  try {
    return { tree, value: tree ? getNodeValue(tree) : undefined };
  } catch {
    return { tree, value: undefined };
  }
}

/** Drops the cached parse of a closed document. */
export function forgetDocument(uri: string): void {
  cache.delete(uri);
}
