/**
 * Hover: the schema's Markdown docs for a key or value, the operation's summary for a request
 * file's `"request"`, and for an error code — written in the document or reported by a diagnostic
 * under the cursor — what the code means, what to do, and the seed page's decision rule.
 */
import { findNodeAtOffset, getNodePath, type Node } from 'jsonc-parser/lib/esm/main.js';
import { type Hover, MarkupKind, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { catalog, findOperation } from '../../schemas';
import type { DocumentTarget } from '../shared/document-target';
import { errorCodeMarkdown, isApiErrorCode } from './error-code-docs';
import { type LintDiagnostic, lintRuleDescription } from './lint-engine';
import type { ParsedDocument } from './parsed-document';
import { markdownToPlainText } from './plain-text';
import { declaredSchemasAtPath, documentSchema, type JsonPath, schemaDocs } from './schema-navigation';

/**
 * The hover at `position`, or null when there is nothing to say: Markdown when the client renders it
 * (`markdown`, from its `textDocument.hover.contentFormat`), else the same text without the markup.
 */
export function doHover(
  document: TextDocument,
  position: Position,
  target: DocumentTarget,
  parsed: ParsedDocument,
  diagnostics: readonly LintDiagnostic[],
  markdown: boolean,
): Hover | null {
  const offset = document.offsetAt(position);
  const sections: string[] = [];
  const node = parsed.tree ? findNodeAtOffset(parsed.tree, offset, true) : undefined;
  let rangeNode: Node | undefined;
  if (node && node.type !== 'object' && node.type !== 'array' && node.type !== 'property') {
    rangeNode = node;
    const { path, isKey } = pathOf(node);
    const docs = docsAt(target, parsed, path, node, isKey);
    if (docs) sections.push(docs);
    if (!isKey && typeof node.value === 'string') {
      const valueDocs = valueMarkdown(node.value);
      if (valueDocs) sections.push(valueDocs);
    }
  }
  const shown = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (offset < diagnostic.range.start.offset || offset > diagnostic.range.end.offset) continue;
    if (shown.has(diagnostic.code)) continue;
    shown.add(diagnostic.code);
    if (isApiErrorCode(diagnostic.code)) {
      if (node?.value !== diagnostic.code)
        sections.push(errorCodeMarkdown(diagnostic.code, diagnostic.field));
    } else {
      const description = lintRuleDescription(diagnostic.code);
      if (description)
        sections.push(`**\`${diagnostic.code}\`** (Peeker DevKit lint rule)\n\n${description}`);
    }
  }
  if (sections.length === 0) return null;
  const hover: Hover = {
    contents: markdown
      ? { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }
      : { kind: MarkupKind.PlainText, value: sections.map(markdownToPlainText).join('\n\n') },
  };
  if (rangeNode) {
    hover.range = {
      start: document.positionAt(rangeNode.offset),
      end: document.positionAt(rangeNode.offset + rangeNode.length),
    };
  }
  return hover;
}

/** The JSON path a literal node describes, and whether it is a property key. */
function pathOf(node: Node): { path: JsonPath; isKey: boolean } {
  const parent = node.parent;
  if (parent?.type === 'property' && parent.children?.[0] === node) {
    const object = parent.parent;
    const base = object ? getNodePath(object) : [];
    return { path: [...base, String(node.value)], isKey: true };
  }
  return { path: getNodePath(node), isKey: false };
}

/** The docs of the schema at `path`: the operation summary for `"request"`, else the schema's Markdown. */
function docsAt(
  target: DocumentTarget,
  parsed: ParsedDocument,
  path: JsonPath,
  node: Node,
  isKey: boolean,
): string | undefined {
  if (target.kind === 'request-file' && path.length === 1 && path[0] === 'request' && !isKey) {
    const op = typeof node.value === 'string' ? findOperation(node.value) : undefined;
    if (op) {
      const body = op.requestSchema ? `JSON body: \`${op.requestSchema}\`` : 'No JSON body.';
      return `**${op.key}** — ${op.summary}\n\nPermission: \`${op.permission}\` · success: HTTP ${op.successStatus} · ${body}`;
    }
  }
  const schema = documentSchema(target);
  if (!schema) return undefined;
  for (const declared of declaredSchemasAtPath(schema, parsed.value, path)) {
    const docs = schemaDocs(declared);
    if (docs) {
      const name = path[path.length - 1];
      return typeof name === 'string' && name !== '' ? `\`${name}\`\n\n${docs}` : docs;
    }
  }
  return undefined;
}

/** Docs for a string value that names a contract concept: an error code or a pending-action reason. */
function valueMarkdown(value: string): string | undefined {
  if (isApiErrorCode(value)) return errorCodeMarkdown(value);
  const reason = (catalog.pendingActionReasons as Record<string, { blocking: string; resolution: string }>)[
    value
  ];
  if (reason && Object.hasOwn(catalog.pendingActionReasons, value)) {
    return `**Pending action \`${value}\`**\n\n${reason.blocking}\n\n**How to resolve:** ${reason.resolution}`;
  }
  return undefined;
}
