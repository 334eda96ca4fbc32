/**
 * Completion from the contract: property names with their Markdown docs, enum values (`status`,
 * `provider`, `type`…), `usr_`/`ord_`/`bun_`/`dom_` id prefixes, the operation list for a request
 * file's `"request"`, and snippets built from the schemas' own examples (a custom-sizing order, a
 * bundle order, a `*.peeker.json` skeleton).
 */
import { findNodeAtLocation, getLocation, type Node } from 'jsonc-parser/lib/esm/main.js';
import {
  type CompletionItem,
  CompletionItemKind,
  CompletionItemTag,
  type CompletionList,
  InsertTextFormat,
  MarkupKind,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isObject } from '../../lint/rules/rule';
import { catalog, findOperation } from '../../schemas';
import { type DocumentTarget, REQUEST_FILE_SCHEMA_ID } from '../shared/document-target';
import type { ParsedDocument } from './parsed-document';
import { markdownToPlainText } from './plain-text';
import {
  allowedProperties,
  bodySchemaFor,
  documentSchema,
  expandSchema,
  type JsonPath,
  resolveRef,
  type SchemaNode,
  schemaDocs,
  schemasAtPath,
  typesOf,
} from './schema-navigation';

/** What the client can render. */
export interface CompletionCapabilities {
  /** `completionItem.snippetSupport`. */
  readonly snippets: boolean;
  /** Markdown documentation is understood. */
  readonly markdown: boolean;
}

/** Completion items for `position`; an empty list when nothing applies. Never throws on odd documents. */
export function doComplete(
  document: TextDocument,
  position: Position,
  target: DocumentTarget,
  parsed: ParsedDocument,
  capabilities: CompletionCapabilities,
): CompletionList {
  const schema = documentSchema(target);
  const text = document.getText();
  if (!schema) return { isIncomplete: false, items: [] };
  const builder = new ItemBuilder(document, capabilities);
  if (text.trim() === '') {
    const whole = { start: document.positionAt(0), end: document.positionAt(text.length) };
    return { isIncomplete: false, items: documentSnippets(target, builder, whole, true) };
  }
  const offset = document.offsetAt(position);
  const location = locationAt(text, offset);
  // Nesting deeper than the parser's stack (see parsed-document.ts): nothing to offer there.
  if (!location) return { isIncomplete: false, items: [] };
  if (location.isAtPropertyKey) {
    return {
      isIncomplete: false,
      items: completeKey(document, offset, location, target, schema, parsed, builder),
    };
  }
  if (isAfterCompleteValue(offset, location.previousNode)) return { isIncomplete: false, items: [] };
  return {
    isIncomplete: false,
    items: completeValue(offset, location, target, schema, parsed, builder),
  };
}

/**
 * jsonc-parser's `getLocation`, or `undefined` where it cannot tell: it recurses once per level of
 * nesting, so a position inside absurdly deep nesting (thousands of levels) overflows the stack.
 * It stops at the position, so completion before the deep part still works.
 */
function locationAt(text: string, offset: number): ReturnType<typeof getLocation> | undefined {
  try {
    return getLocation(text, offset);
  } catch {
    return undefined;
  }
}

/** Property-name completion: the properties the schema allows and the object does not have yet. */
function completeKey(
  document: TextDocument,
  offset: number,
  location: ReturnType<typeof getLocation>,
  target: DocumentTarget,
  schema: SchemaNode,
  parsed: ParsedDocument,
  builder: ItemBuilder,
): CompletionItem[] {
  const objectPath = location.path.slice(0, -1);
  const typed = location.previousNode?.type === 'property' ? location.previousNode : undefined;
  const replace = typed
    ? builder.range(typed.offset, typed.offset + typed.length)
    : builder.range(offset, offset);
  const existing = existingKeys(parsed.tree, objectPath, typed);
  const candidates = schemasAtPath(schema, parsed.value, objectPath);
  const text = document.getText();
  const after = text.slice(typed ? typed.offset + typed.length : offset).trimStart();
  const hasColon = after.startsWith(':');
  // Another property follows: keep the object valid.
  const needsComma = !hasColon && after.startsWith('"');
  const items: CompletionItem[] = [];
  const isRequestFileRoot = target.kind === 'request-file' && objectPath.length === 0;
  for (const property of allowedProperties(candidates)) {
    if (existing.has(property.name)) continue;
    // A request file's "body" is untyped in the envelope: its schema is the one "request" picks.
    const isRequestBody = isRequestFileRoot && property.name === 'body';
    const valueCandidates = isRequestBody
      ? schemasAtPath(schema, parsed.value, ['body'])
      : expandSchema(property.schema, undefined);
    const key = JSON.stringify(property.name);
    // Every body of the contract is a JSON object, also when "request" names no known operation yet.
    const value = hasColon
      ? undefined
      : valueSnippet(valueCandidates, isRequestBody ? OBJECT_VALUE : undefined);
    const deprecated = resolveRef(property.schema)?.deprecated === true;
    items.push(
      builder.item({
        label: property.name,
        kind: CompletionItemKind.Property,
        detail: detailOf(valueCandidates, property.required),
        docs: schemaDocs(property.schema),
        deprecated,
        range: replace,
        filterText: key,
        snippet:
          value === undefined
            ? escapeSnippet(key)
            : `${escapeSnippet(key)}: ${value.snippet}${needsComma ? ',' : ''}`,
        plain: value === undefined ? key : `${key}: ${value.plain}${needsComma ? ',' : ''}`,
        // Required first, deprecated (struck through) last.
        sortText: `${property.required ? '0' : deprecated ? '2' : '1'}${property.name}`,
      }),
    );
  }
  if (existing.size === 0 && !typed) {
    const isDocumentRoot = objectPath.length === 0;
    const isRequestBody =
      target.kind === 'request-file' && objectPath.length === 1 && objectPath[0] === 'body';
    if (isDocumentRoot || isRequestBody) {
      items.push(
        ...documentSnippets(
          target,
          builder,
          replace,
          false,
          isRequestBody ? requestOperation(parsed) : undefined,
        ),
      );
    }
  }
  return items;
}

/** Value completion: enum/const values, booleans, id prefixes, examples, and object snippets. */
function completeValue(
  offset: number,
  location: ReturnType<typeof getLocation>,
  target: DocumentTarget,
  schema: SchemaNode,
  parsed: ParsedDocument,
  builder: ItemBuilder,
): CompletionItem[] {
  const previous = location.previousNode;
  const replacing =
    previous &&
    previous.type !== 'property' &&
    offset >= previous.offset &&
    offset <= previous.offset + previous.length
      ? previous
      : undefined;
  const replace = replacing
    ? builder.range(replacing.offset, replacing.offset + replacing.length)
    : builder.range(offset, offset);
  const path = location.path;
  const candidates = schemasAtPath(schema, parsed.value, path);
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (item: CompletionItem): void => {
    if (seen.has(item.label)) return;
    seen.add(item.label);
    items.push(item);
  };
  const isRequestField = target.kind === 'request-file' && path.length === 1 && path[0] === 'request';
  for (const candidate of candidates) {
    const values = Array.isArray(candidate.enum)
      ? candidate.enum
      : Object.hasOwn(candidate, 'const')
        ? [candidate.const]
        : [];
    for (const value of values) {
      const json = JSON.stringify(value);
      add(
        builder.item({
          label: json,
          kind: CompletionItemKind.EnumMember,
          docs: isRequestField && typeof value === 'string' ? operationDocs(value) : schemaDocs(candidate),
          detail: isRequestField && typeof value === 'string' ? findOperation(value)?.summary : undefined,
          range: replace,
          snippet: escapeSnippet(json),
          plain: json,
          sortText: `0${String(items.length).padStart(4, '0')}`,
        }),
      );
    }
  }
  const types = typesOf(candidates);
  if (types.has('boolean')) {
    for (const value of ['true', 'false']) {
      add(
        builder.item({
          label: value,
          kind: CompletionItemKind.Value,
          range: replace,
          snippet: value,
          plain: value,
        }),
      );
    }
  }
  if (types.has('null')) {
    add(
      builder.item({
        label: 'null',
        kind: CompletionItemKind.Value,
        range: replace,
        snippet: 'null',
        plain: 'null',
      }),
    );
  }
  for (const candidate of candidates) {
    const prefix = idPrefixOf(candidate);
    if (!prefix) continue;
    const label = JSON.stringify(prefix.prefix);
    add(
      builder.item({
        label,
        kind: CompletionItemKind.Reference,
        detail: `${prefix.name} prefix`,
        docs: schemaDocs(candidate),
        range: replace,
        snippet: `"${escapeSnippet(prefix.prefix)}$1"`,
        plain: label,
        sortText: `1${prefix.prefix}`,
      }),
    );
  }
  for (const candidate of candidates) {
    if (!Array.isArray(candidate.examples)) continue;
    for (const example of candidate.examples) {
      if (typeof example === 'object' && example !== null) continue;
      if (example === '') continue;
      const json = JSON.stringify(example);
      add(
        builder.item({
          label: json,
          kind: CompletionItemKind.Value,
          detail: 'example',
          range: replace,
          snippet: escapeSnippet(json),
          plain: json,
          sortText: `2${json}`,
        }),
      );
    }
  }
  const isRequestBodyValue = target.kind === 'request-file' && path.length === 1 && path[0] === 'body';
  if (isRequestBodyValue && !replacing) {
    items.push(...documentSnippets(target, builder, replace, true, requestOperation(parsed)));
  } else if (types.has('object') && !replacing) {
    const example = candidates.flatMap((c) => (Array.isArray(c.examples) ? c.examples : [])).find(isObject);
    if (example) {
      items.push(
        builder.item({
          label: '{…} example',
          kind: CompletionItemKind.Snippet,
          detail: 'example value from the contract',
          range: replace,
          snippet: escapeSnippet(JSON.stringify(example, null, '\t')),
          plain: JSON.stringify(example, null, 2),
          sortText: '3',
        }),
      );
    }
  }
  return items;
}

/**
 * Whole-body snippets. For a body document: the operation's examples (a custom-sizing and a bundle
 * order for `POST /orders`). For a request file: a skeleton per example plus one that asks for the
 * operation. `withBraces` false gives the properties only, for an empty `{}` already typed.
 */
function documentSnippets(
  target: DocumentTarget,
  builder: ItemBuilder,
  range: Range,
  withBraces: boolean,
  bodyOfOperation?: string,
): CompletionItem[] {
  const items: CompletionItem[] = [];
  if (target.kind === 'request-file' && bodyOfOperation === undefined) {
    for (const operation of ['POST /orders']) {
      for (const example of examplesOf(operation)) {
        const value = { $schema: REQUEST_FILE_SCHEMA_ID, request: operation, body: example.value };
        items.push(
          snippetItem(builder, `Peeker request: ${operation} (${example.label})`, value, range, withBraces),
        );
      }
    }
    const operations = catalog.operations.map((op) => op.key).join(',');
    const chooser = `{\n\t"\\$schema": ${JSON.stringify(REQUEST_FILE_SCHEMA_ID)},\n\t"request": "\${1|${operations}|}"$0\n}`;
    items.push(
      builder.item({
        label: 'Peeker request (choose the operation)',
        kind: CompletionItemKind.Snippet,
        detail: '*.peeker.json skeleton',
        range,
        snippet: withBraces ? chooser : stripBraces(chooser),
        plain: withBraces
          ? `{\n  "$schema": ${JSON.stringify(REQUEST_FILE_SCHEMA_ID)},\n  "request": "GET /me"\n}`
          : `"$schema": ${JSON.stringify(REQUEST_FILE_SCHEMA_ID)},\n  "request": "GET /me"`,
        sortText: '9b',
      }),
    );
    return items;
  }
  const operation = bodyOfOperation ?? (target.kind === 'operation' ? target.operation : undefined);
  if (!operation) return items;
  for (const example of examplesOf(operation)) {
    items.push(snippetItem(builder, example.label, example.value, range, withBraces));
  }
  return items;
}

function snippetItem(
  builder: ItemBuilder,
  label: string,
  value: Record<string, unknown>,
  range: Range,
  withBraces: boolean,
): CompletionItem {
  const tabbed = JSON.stringify(value, null, '\t');
  const spaced = JSON.stringify(value, null, 2);
  return builder.item({
    label,
    kind: CompletionItemKind.Snippet,
    detail: 'example from the contract',
    docs: `\`\`\`json\n${spaced}\n\`\`\``,
    range,
    snippet: escapeSnippet(withBraces ? tabbed : stripBraces(tabbed)),
    plain: withBraces ? spaced : stripBraces(spaced),
    sortText: `9a${label}`,
  });
}

/**
 * The body examples of an operation's schema, named: for `POST /orders` the one with `bundle_id`
 * is the "Bundle order" and the other the "Custom-sizing order".
 */
export function examplesOf(operation: string): { label: string; value: Record<string, unknown> }[] {
  const schema = bodySchemaFor(operation);
  const examples = Array.isArray(schema?.examples) ? schema.examples.filter(isObject) : [];
  const op = findOperation(operation);
  return examples.map((value, index) => {
    if (op?.key === 'POST /orders') {
      return { label: 'bundle_id' in value ? 'Bundle order' : 'Custom-sizing order', value };
    }
    return { label: `${op?.key ?? operation} example${examples.length > 1 ? ` ${index + 1}` : ''}`, value };
  });
}

function requestOperation(parsed: ParsedDocument): string | undefined {
  const request = isObject(parsed.value) ? parsed.value.request : undefined;
  return typeof request === 'string' ? findOperation(request)?.key : undefined;
}

/** The id prefix (`usr_`…) a string schema's `pattern` requires, with the id schema's name. */
function idPrefixOf(schema: SchemaNode): { prefix: string; name: string } | undefined {
  if (typeof schema.pattern !== 'string') return undefined;
  for (const [name, prefix] of Object.entries(catalog.idPrefixes)) {
    if (schema.pattern.startsWith(`^${prefix}`)) return { prefix, name };
  }
  return undefined;
}

function operationDocs(key: string): string | undefined {
  const op = findOperation(key);
  if (!op) return undefined;
  const body = op.requestSchema ? `JSON body: \`${op.requestSchema}\`` : 'No JSON body.';
  return `**${op.key}** — ${op.summary}\n\nPermission: \`${op.permission}\` · success: HTTP ${op.successStatus} · ${body}`;
}

/** The keys an object already has (other than the one being typed). */
function existingKeys(tree: Node | undefined, objectPath: JsonPath, typed: Node | undefined): Set<string> {
  const keys = new Set<string>();
  const object = tree ? (objectPath.length === 0 ? tree : findNodeAtLocation(tree, objectPath)) : undefined;
  if (object?.type !== 'object') return keys;
  for (const property of object.children ?? []) {
    const key = property.children?.[0];
    if (key && key.offset !== typed?.offset) keys.add(String(key.value));
  }
  return keys;
}

/** True after a complete value (`"a": 1 |`), where only a comma or a closing bracket can follow. */
function isAfterCompleteValue(offset: number, previous: Node | undefined): boolean {
  return previous !== undefined && previous.type !== 'property' && offset > previous.offset + previous.length;
}

/** The value of a property whose schema says it is an object. */
const OBJECT_VALUE = { snippet: '{$1}', plain: '{}' } as const;

/**
 * The value part of a property snippet, from the property's schema; `untyped` when the schema
 * names no type (by default `null`, selected in a snippet: valid JSON the user types over).
 */
function valueSnippet(
  candidates: readonly SchemaNode[],
  untyped: { snippet: string; plain: string } = { snippet: `\${1:null}`, plain: 'null' },
): { snippet: string; plain: string } {
  for (const candidate of candidates) {
    if (Array.isArray(candidate.enum) && candidate.enum.length > 0) {
      const values = candidate.enum.map((value) => JSON.stringify(value));
      if (values.length === 1) return { snippet: escapeSnippet(values[0]!), plain: values[0]! };
      const strings = candidate.enum.every((value) => typeof value === 'string');
      const choices = candidate.enum.map((value) => String(value).replace(/[,|\\$}]/g, '\\$&')).join(',');
      return strings
        ? { snippet: `"\${1|${choices}|}"`, plain: values[0]! }
        : { snippet: `\${1|${choices}|}`, plain: values[0]! };
    }
    if (Object.hasOwn(candidate, 'const')) {
      const json = JSON.stringify(candidate.const);
      return { snippet: escapeSnippet(json), plain: json };
    }
  }
  for (const candidate of candidates) {
    const prefix = idPrefixOf(candidate);
    if (prefix) return { snippet: `"${escapeSnippet(prefix.prefix)}$1"`, plain: `"${prefix.prefix}"` };
  }
  const type = firstType(candidates);
  const example = candidates.flatMap((c) => (Array.isArray(c.examples) ? c.examples : []))[0];
  switch (type) {
    case 'string':
      return { snippet: '"$1"', plain: '""' };
    case 'integer':
    case 'number': {
      const value = typeof example === 'number' ? String(example) : '0';
      return { snippet: `\${1:${value}}`, plain: value };
    }
    case 'boolean':
      return { snippet: `\${1|false,true|}`, plain: 'false' };
    case 'array':
      return { snippet: '[$1]', plain: '[]' };
    case 'object':
      return OBJECT_VALUE;
    case 'null':
      return { snippet: 'null', plain: 'null' };
    default:
      return untyped;
  }
}

function firstType(candidates: readonly SchemaNode[]): string | undefined {
  for (const candidate of candidates) {
    if (typeof candidate.type === 'string') return candidate.type;
    if (Array.isArray(candidate.type) && candidate.type.length > 0) return String(candidate.type[0]);
  }
  return undefined;
}

function detailOf(candidates: readonly SchemaNode[], required: boolean): string | undefined {
  const types = [...typesOf(candidates)];
  const type = types.length > 0 ? types.join(' | ') : undefined;
  if (!type) return required ? 'required' : undefined;
  return required ? `${type} (required)` : type;
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

function stripBraces(json: string): string {
  return json
    .replace(/^\{\s*/, '')
    .replace(/\s*\}$/, '')
    .replace(/\n\t/g, '\n');
}

interface ItemSpec {
  label: string;
  kind: CompletionItemKind;
  range: Range;
  snippet: string;
  plain: string;
  detail?: string | undefined;
  docs?: string | undefined;
  deprecated?: boolean;
  filterText?: string;
  sortText?: string;
}

/** Builds items the client can render (snippet or plain text, Markdown or plain docs). */
class ItemBuilder {
  constructor(
    private readonly document: TextDocument,
    private readonly capabilities: CompletionCapabilities,
  ) {}

  range(start: number, end: number): Range {
    return { start: this.document.positionAt(start), end: this.document.positionAt(end) };
  }

  item(spec: ItemSpec): CompletionItem {
    const snippet = this.capabilities.snippets;
    const item: CompletionItem = {
      label: spec.label,
      kind: spec.kind,
      textEdit: { range: spec.range, newText: snippet ? spec.snippet : spec.plain },
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    };
    if (spec.detail) item.detail = spec.detail;
    if (spec.docs) {
      item.documentation = this.capabilities.markdown
        ? { kind: MarkupKind.Markdown, value: spec.docs }
        : { kind: MarkupKind.PlainText, value: markdownToPlainText(spec.docs) };
    }
    if (spec.deprecated) item.tags = [CompletionItemTag.Deprecated];
    if (spec.filterText) item.filterText = spec.filterText;
    if (spec.sortText) item.sortText = spec.sortText;
    return item;
  }
}
