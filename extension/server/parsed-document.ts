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
  const tree = parseTree(document.getText(), [], { allowTrailingComma: true, disallowComments: false });
  const parsed: ParsedDocument = { tree, value: tree ? getNodeValue(tree) : undefined };
  cache.set(document.uri, { version: document.version, parsed });
  return parsed;
}

/** Drops the cached parse of a closed document. */
export function forgetDocument(uri: string): void {
  cache.delete(uri);
}
