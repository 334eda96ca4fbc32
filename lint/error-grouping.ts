/**
 * Turns ajv's raw error list into one finding per real problem.
 *
 * With `allErrors`, ajv reports every failed branch of an `anyOf`/`oneOf` plus the composite
 * failure itself, and an `if`/`then` failure as one error per forbidden key plus the `if` error —
 * 46 raw errors for 20 real mistakes in the benchmark document. Here the raw errors are first
 * rebuilt into a tree (a composite error owns the errors of its branches, which ajv emits just
 * before it), then each tree is explained once:
 * - a composite whose branches only list `required` keys (the contract's `x-peeker-rule: customer`,
 *   `personas`, `sizing`) becomes one "missing field" finding;
 * - a type alternative (`OrderDomain` = name | object) is explained through the one branch whose
 *   type matches the value, or as one "wrong type" finding when none does;
 * - an annotated `if`/`then` (`x-peeker-code: order_shape_conflict`, `x-peeker-rule: one-…-field`)
 *   becomes one finding with the annotation's code.
 */
import type { ErrorObject } from 'ajv/dist/2020';
import { type Anchor, type Finding, type FixSpec, fieldOf } from './findings';
import { escapeSegment, unescapeSegment } from './json-pointer';
import {
  placeholderFor,
  propertySchema,
  reachableSchemaDepths,
  resolveSchema,
  shortDescription,
} from './schema-info';
import type { SchemaDocument } from './schema-validation';
import { closestMatch, describeValue, quote, quoteKey } from './text-utils';
import type { JsonPath } from './types';

/** The rule id under which schema findings are listed in `lintRuleCatalog`. */
export const SCHEMA_RULE_ID = 'schema';

/**
 * The text of the number at `path` as written in the linted document, when there is one: a parsed
 * value cannot show what was written (`1e400` reads as `Infinity`, `1e20` as `100000000000000000000`).
 */
export type NumberText = (path: JsonPath) => string | undefined;

interface ErrorNode {
  error: ErrorObject;
  /** Segments of `error.instancePath`, counted once (branch ownership compares depths often). */
  depth: number;
  children: ErrorNode[];
}

type SchemaNode = Record<string, unknown>;

const isNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const COMPOSITE_KEYWORDS = new Set(['anyOf', 'oneOf', 'if']);

/** Composite schema object → for each branch, the schema nodes it reaches and at which instance depths. */
type BranchScope = Map<unknown, Set<number>>;
const scopeCache = new WeakMap<SchemaNode, BranchScope[]>();

function branchesOf(error: ErrorObject): unknown[] {
  const parent = error.parentSchema;
  if (!isNode(parent)) return [];
  if (error.keyword === 'if') {
    const failing = (error.params as { failingKeyword?: string }).failingKeyword;
    return [failing === 'else' ? parent.else : parent.then];
  }
  const branches = parent[error.keyword];
  return Array.isArray(branches) ? branches : [];
}

function branchScopes(root: SchemaDocument, error: ErrorObject): BranchScope[] {
  const parent = error.parentSchema;
  if (!isNode(parent)) return [];
  let cached = scopeCache.get(parent);
  if (!cached) {
    cached = branchesOf(error).map((branch) => reachableSchemaDepths(root, branch));
    scopeCache.set(parent, cached);
  }
  return cached;
}

/** True when `path` is `prefix` or lies under it (no string is built: this runs for every pair of errors). */
const isWithin = (path: string, prefix: string) =>
  path.length === prefix.length
    ? path === prefix
    : path.length > prefix.length && path.charCodeAt(prefix.length) === 47 && path.startsWith(prefix);

/** Number of segments of a JSON Pointer (counting is cheaper than hashing the pointer into a memo). */
const depthOf = (pointer: string) => {
  let depth = 0;
  for (let i = 0; i < pointer.length; i++) if (pointer.charCodeAt(i) === 47) depth++;
  return depth;
};

/** The index of the branch of composite `parent` that `child` comes from, or -1. */
function branchOf(scopes: BranchScope[], child: ErrorNode, parent: ErrorNode): number {
  const depth = child.depth - parent.depth;
  for (let i = 0; i < scopes.length; i++) if (scopes[i]!.get(child.error.parentSchema)?.has(depth)) return i;
  return -1;
}

const NO_CHILDREN: ErrorNode[] = [];

/** Rebuilds ajv's flat list into trees: each composite error owns the branch errors just before it. */
function buildTrees(root: SchemaDocument, errors: ErrorObject[]): ErrorNode[] {
  const pending: ErrorNode[] = [];
  for (const error of errors) {
    const composite = COMPOSITE_KEYWORDS.has(error.keyword);
    // Only composites own children: leaves share one empty list.
    const node: ErrorNode = {
      error,
      depth: depthOf(error.instancePath),
      children: composite ? [] : NO_CHILDREN,
    };
    if (composite) {
      const scopes = branchScopes(root, error);
      while (pending.length > 0) {
        const last = pending[pending.length - 1]!;
        const inside =
          isWithin(last.error.instancePath, error.instancePath) && branchOf(scopes, last, node) >= 0;
        if (!inside) break;
        node.children.push(pending.pop()!);
      }
      // Popped last-first; reversing once keeps ajv's order without an O(n) unshift per child.
      node.children.reverse();
    }
    pending.push(node);
  }
  return pending;
}

/** ajv's JSON Pointer → a path, with array indexes as numbers (decided by walking the value). */
export function pointerToPath(pointer: string, value: unknown): JsonPath {
  return placeAt(pointer, value).path;
}

/** A place in a body: its path, and the value there (`undefined` when there is none). */
interface Place {
  path: JsonPath;
  value: unknown;
}

/** The place ajv's JSON Pointer names in `value` (one walk gives both the path and the value). */
function placeAt(pointer: string, value: unknown): Place {
  const path: JsonPath = [];
  let current: unknown = value;
  let start = 1;
  while (pointer.length > 0 && start <= pointer.length) {
    let end = pointer.indexOf('/', start);
    if (end < 0) end = pointer.length;
    const raw = pointer.slice(start, end);
    const segment = unescapeSegment(raw);
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = isNode(current) ? current[segment] : undefined;
    }
    start = end + 1;
  }
  return { path, value: current };
}

interface Context {
  root: SchemaDocument;
  body: unknown;
  /** The `x-peeker-code` of an enclosing annotated composite, if any. */
  code: string;
  /** What is validated: a request body (sent to the API) or a request file (the kit's envelope). */
  document: 'body' | 'request-file';
  /** Paths of fields an unknown key was probably meant to be (`forwarding_ur1` → `forwarding_url`). */
  suggested: Set<JsonPath>;
  /**
   * ajv's JSON Pointer → path, memoized: many errors share a pointer, and one array per place lets
   * findings at the same place be recognised by identity.
   */
  pathOf(pointer: string): JsonPath;
  /** The value at a JSON Pointer (memoized with its path). */
  valueOf(pointer: string): unknown;
  /** The path of property `key` of the object at `pointer` (the same array as `pathOf` gives it). */
  childPath(pointer: string, key: string): JsonPath;
  /** JSON Pointers of places another check words better: findings there are dropped. */
  explained: ReadonlySet<string> | undefined;
  /** The value at `path` for a message: a number as written in the document, when known. */
  describe(path: JsonPath, value: unknown): string;
}

/**
 * The value to add for `missing`, which must be sent together with `property` of `object`: one
 * that leaves no new error. A partner sent as null gets null (both null is the contract's "no
 * preference"); two integer shares of the same whole (each `0…maximum`, as the bundle's
 * `google_percent` and `microsoft_percent`, which must add up to 100) get the complement. Anything
 * else gets the schema's placeholder.
 */
function partnerPlaceholder(
  context: Context,
  parent: SchemaNode | undefined,
  property: string,
  missing: string,
  object: unknown,
): unknown {
  const schemaOf = (key: string) =>
    parent ? resolveSchema(context.root, propertySchema(context.root, parent, key)) : undefined;
  const sent = isNode(object) ? object[property] : undefined;
  const sentSchema = schemaOf(property);
  const missingSchema = schemaOf(missing);
  const admits = (schema: SchemaNode | undefined, type: string) => [schema?.type].flat().includes(type);
  if (sent === null && admits(missingSchema, 'null')) return null;
  const whole = (schema: SchemaNode | undefined) =>
    admits(schema, 'integer') && schema!.minimum === 0 && typeof schema!.maximum === 'number'
      ? schema!.maximum
      : undefined;
  const total = whole(sentSchema);
  if (total !== undefined && total === whole(missingSchema) && Number.isInteger(sent)) {
    const share = sent as number;
    if (share >= 0 && share <= total) return total - share;
  }
  return placeholderFor(context.root, missingSchema);
}

/**
 * Groups and explains ajv errors for a body validated against `root`. Findings at a place listed
 * in `explained` (JSON Pointers) are dropped: a semantic rule reports those, so they are not even
 * worded. `numberText`, when the body was read from a document, quotes numbers as written there.
 */
export function groupSchemaErrors(
  errors: ErrorObject[],
  root: SchemaDocument,
  body: unknown,
  document: 'body' | 'request-file' = 'body',
  explained?: ReadonlySet<string>,
  numberText?: NumberText,
): Finding[] {
  if (errors.length === 0) return [];
  const places = new Map<string, Place>();
  const pointers = new Map<JsonPath, string>();
  const remember = (pointer: string, place: Place): Place => {
    places.set(pointer, place);
    pointers.set(place.path, pointer);
    return place;
  };
  const placeOf = (pointer: string): Place =>
    places.get(pointer) ?? remember(pointer, placeAt(pointer, body));
  const childPath = (pointer: string, key: string): JsonPath => {
    const childPointer = `${pointer}/${escapeSegment(key)}`;
    const known = places.get(childPointer);
    if (known) return known.path;
    // Extends the object's place instead of walking the body again from its root.
    const parent = placeOf(pointer);
    if (Array.isArray(parent.value)) return remember(childPointer, placeAt(childPointer, body)).path;
    const value = isNode(parent.value) ? parent.value[key] : undefined;
    return remember(childPointer, { path: [...parent.path, key], value }).path;
  };
  const context: Context = {
    root,
    body,
    code: 'invalid_request',
    document,
    suggested: new Set(),
    pathOf: (pointer) => placeOf(pointer).path,
    valueOf: (pointer) => placeOf(pointer).value,
    childPath,
    explained,
    describe: (path, value) =>
      (typeof value === 'number' ? numberText?.(path) : undefined) ?? describeValue(value),
  };
  const findings = explainAll(buildTrees(root, errors), context);
  // Every finding's path comes from `pathOf`, so equal places are the same array.
  const codesAt = new Map<JsonPath, string[]>();
  return findings.filter((finding) => {
    if (explained?.has(pointers.get(finding.path)!)) return false;
    // A misspelt required field is one mistake: "unknown `forwarding_ur1`, did you mean
    // `forwarding_url`?" already says what "missing `forwarding_url`" would.
    if (finding.anchor === 'missing' && context.suggested.has(finding.path)) return false;
    // One problem per place: a value failing two keywords (e.g. `format` and `pattern` of an URL)
    // is reported once, by the first keyword ajv checked.
    const codes = codesAt.get(finding.path);
    if (codes === undefined) codesAt.set(finding.path, [finding.code]);
    else if (codes.includes(finding.code)) return false;
    else codes.push(finding.code);
    return true;
  });
}

function explain(node: ErrorNode, context: Context): Finding[] {
  const { error } = node;
  // Dropped anyway (see groupSchemaErrors): skip the wording, the bulk of the work.
  if (context.explained !== undefined && onlyAtExplainedPlaces(node, context.explained)) return [];
  const parent = isNode(error.parentSchema) ? error.parentSchema : undefined;
  const code =
    typeof parent?.['x-peeker-code'] === 'string' ? (parent['x-peeker-code'] as string) : context.code;
  const inner: Context = code === context.code ? context : { ...context, code };
  if (error.keyword === 'anyOf' || error.keyword === 'oneOf') return explainAlternatives(node, inner);
  if (error.keyword === 'if') return explainCondition(node, inner);
  const finding = explainLeaf(error, inner);
  return finding ? [finding] : [];
}

/** Keywords whose finding is on a property of the failing object rather than on the object itself. */
const CHILD_FINDING_KEYWORDS = new Set(['required', 'additionalProperties', 'dependentRequired']);

/**
 * True when every finding `node` could give is at a place in `explained`: each error of the tree is
 * at such a place, and none reports on a property of its object instead (a missing or unknown key,
 * or one of several required keys).
 */
function onlyAtExplainedPlaces(node: ErrorNode, explained: ReadonlySet<string>): boolean {
  const { error } = node;
  if (!explained.has(error.instancePath) || CHILD_FINDING_KEYWORDS.has(error.keyword)) return false;
  if ((error.keyword === 'anyOf' || error.keyword === 'oneOf') && requiredAlternatives(branchesOf(error)))
    return false;
  return node.children.every((child) => onlyAtExplainedPlaces(child, explained));
}

/** The findings of several error trees, in order. */
function explainAll(nodes: ErrorNode[], context: Context): Finding[] {
  if (nodes.length === 1) return explain(nodes[0]!, context);
  const out: Finding[] = [];
  for (const node of nodes) for (const finding of explain(node, context)) out.push(finding);
  return out;
}

function finding(
  context: Context,
  path: JsonPath,
  message: string,
  extra: { anchor?: Anchor; fixes?: FixSpec[]; field?: string; details?: Record<string, unknown> } = {},
): Finding {
  const out: Finding = {
    ruleId: SCHEMA_RULE_ID,
    code: context.code,
    severity: 'error',
    path,
    message,
  };
  const field = extra.field ?? fieldOf(path);
  if (field !== undefined) out.field = field;
  if (extra.details) out.details = extra.details;
  if (extra.anchor) out.anchor = extra.anchor;
  if (extra.fixes && extra.fixes.length > 0) out.fixes = extra.fixes;
  return out;
}

/** `field` in backticks, or "The body" / "The request file" for the root. */
function subject(context: Context, path: JsonPath): string {
  const field = fieldOf(path);
  if (field !== undefined) return `\`${field}\``;
  return context.document === 'request-file' ? 'The request file' : 'The body';
}

// ─────────────────────────────── composites ───────────────────────────────

function onlyRequired(branch: unknown): string[] | undefined {
  if (!isNode(branch)) return undefined;
  const keys = Object.keys(branch);
  if (keys.length !== 1 || keys[0] !== 'required' || !Array.isArray(branch.required)) return undefined;
  return branch.required as string[];
}

/** Alternatives (an `anyOf`/`oneOf` array) → the first key of each, when every branch only lists `required` keys. */
const requiredAlternativesCache = new WeakMap<unknown[], string[] | null>();

/** The keys of a "one of these keys is required" composite, or `undefined` (read once per schema). */
function requiredAlternatives(branches: unknown[]): string[] | undefined {
  let names = requiredAlternativesCache.get(branches);
  if (names === undefined) {
    const sets = branches.map(onlyRequired);
    names = sets.every((set) => set !== undefined) ? sets.map((set) => set![0]!) : null;
    requiredAlternativesCache.set(branches, names);
  }
  return names ?? undefined;
}

function explainAlternatives(node: ErrorNode, context: Context): Finding[] {
  const { error } = node;
  const parent = error.parentSchema as SchemaNode;
  const path = context.pathOf(error.instancePath);
  const branches = branchesOf(error);

  // "One of these keys is required" (x-peeker-rule customer / personas / sizing).
  const names = requiredAlternatives(branches);
  if (names !== undefined) {
    const first = names[0]!;
    const objectSchema = objectSchemaAt(context, path);
    const description = shortDescription(parent) ?? `One of ${names.map(quote).join(', ')} is required.`;
    const fixes: FixSpec[] = [];
    if (objectSchema) {
      fixes.push({
        title: `Add \`${first}\` with a placeholder value`,
        safe: false,
        preferred: true,
        changes: [
          {
            kind: 'insert',
            path,
            key: first,
            value: placeholderFor(context.root, propertySchema(context.root, objectSchema, first)),
          },
        ],
      });
    }
    const alternatives = names.length > 1 ? ` (or ${names.slice(1).map(quote).join(' / ')})` : '';
    return [
      finding(
        context,
        context.childPath(error.instancePath, first),
        `Missing \`${first}\`${alternatives}. ${description}`,
        {
          anchor: 'missing',
          fixes,
        },
      ),
    ];
  }

  // The branches whose type matches the value (they have errors, none of them a type mismatch
  // at the value itself): their errors say what is wrong inside it.
  const scopes = branchScopes(context.root, error);
  const branchOfChild = node.children.map((child) => branchOf(scopes, child, node));
  let compatibleCount = 0;
  let compatibleBranch = -1;
  for (let branch = 0; branch < branches.length; branch++) {
    let errors = 0;
    let mismatch = false;
    for (let i = 0; i < node.children.length && !mismatch; i++) {
      if (branchOfChild[i] !== branch) continue;
      errors++;
      mismatch = mismatchesAt(node.children[i]!, error.instancePath);
    }
    if (errors > 0 && !mismatch) {
      compatibleCount++;
      compatibleBranch = branch;
    }
  }

  if (compatibleCount === 1)
    return explainAll(
      node.children.filter((_, i) => branchOfChild[i] === compatibleBranch),
      context,
    );
  const value = context.valueOf(error.instancePath);
  const description = shortDescription(parent) ?? shortDescription(resolveSchema(context.root, parent));
  if (compatibleCount === 0) {
    const types = expectedTypes(node, error.instancePath);
    const expected = types.length > 0 ? types.join(' or ') : 'a different value';
    return [
      finding(
        context,
        path,
        `${subject(context, path)} must be ${expected}, not ${context.describe(path, value)}.${description ? ` ${description}` : ''}`,
      ),
    ];
  }
  return [
    finding(
      context,
      path,
      `${subject(context, path)} ${context.describe(path, value)} is not valid.${description ? ` Expected: ${lowerFirst(description)}` : ''}`,
    ),
  ];
}

/** True when `node` says the value at `pointer` has a type no branch content can fix. */
function mismatchesAt(node: ErrorNode, pointer: string): boolean {
  const { error } = node;
  if (error.instancePath !== pointer) return false;
  if (error.keyword === 'type' || error.keyword === 'false schema') return true;
  if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
    const children = node.children.filter((c) => c.error.instancePath === pointer);
    return children.length > 0 && children.every((c) => mismatchesAt(c, pointer));
  }
  return false;
}

function expectedTypes(node: ErrorNode, pointer: string): string[] {
  const out: string[] = [];
  const visit = (n: ErrorNode): void => {
    if (n.error.instancePath === pointer && n.error.keyword === 'type') {
      const type = (n.error.params as { type: string | string[] }).type;
      for (const t of Array.isArray(type) ? type : [type]) {
        const word = typeWord(t);
        if (!out.includes(word)) out.push(word);
      }
    }
    n.children.forEach(visit);
  };
  node.children.forEach(visit);
  return out;
}

function explainCondition(node: ErrorNode, context: Context): Finding[] {
  const { error } = node;
  const parent = error.parentSchema as SchemaNode;
  const forbidden = node.children.filter((c) => c.error.keyword === 'false schema');
  if (forbidden.length === 0 || forbidden.length !== node.children.length) {
    return explainAll(node.children, context);
  }
  const paths = forbidden.map((c) => context.pathOf(c.error.instancePath));
  const base = context.pathOf(error.instancePath);
  const keys = paths.map((p) => String(p[p.length - 1]));
  const condition =
    isNode(parent.if) && Array.isArray(parent.if.required) ? (parent.if.required as string[]) : [];
  const description = shortDescription(parent) ?? 'These fields cannot be sent together.';
  const conditionKey = condition[0];
  const fixes: FixSpec[] = [
    {
      title: `Remove ${keys.map(quote).join(', ')}`,
      safe: false,
      preferred: true,
      changes: paths.map((p) => ({ kind: 'remove' as const, path: p })),
    },
  ];
  if (conditionKey !== undefined) {
    fixes.push({
      title: `Remove \`${conditionKey}\``,
      safe: false,
      changes: [{ kind: 'remove', path: [...base, conditionKey] }],
    });
  }
  const field =
    parent['x-peeker-code'] !== undefined && conditionKey !== undefined ? conditionKey : undefined;
  return [
    finding(
      context,
      paths[0]!,
      `${description.replace(/\.$/, '')}: remove ${keys.map(quote).join(', ')}${conditionKey ? ` or \`${conditionKey}\`` : ''}.`,
      { anchor: 'key', fixes, ...(field !== undefined ? { field: fieldOf([...base, field]) } : {}) },
    ),
  ];
}

// ─────────────────────────────── single keywords ───────────────────────────────

function objectSchemaAt(context: Context, path: JsonPath): SchemaNode | undefined {
  let schema: SchemaNode | undefined = resolveSchema(context.root, context.root);
  for (const segment of path) {
    if (!schema) return undefined;
    if (typeof segment === 'number') schema = resolveSchema(context.root, schema.items);
    else schema = propertySchema(context.root, schema, segment);
  }
  return schema;
}

/**
 * ` (Peeker DevKit's limit: the docs give none)` when the schema holding a length or count limit
 * marks it as the kit's assumption (`x-peeker-undocumented`), so a message never passes it off as
 * the API's documented rule; empty otherwise.
 */
function kitLimitNote(schema: SchemaNode | undefined): string {
  return schema?.['x-peeker-undocumented'] === true ? " (Peeker DevKit's limit: the docs give none)" : '';
}

function explainLeaf(error: ErrorObject, context: Context): Finding | undefined {
  const path = context.pathOf(error.instancePath);
  const value = context.valueOf(error.instancePath);
  const parent = isNode(error.parentSchema) ? error.parentSchema : undefined;
  const what = shortDescription(parent);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      const propSchema = parent ? propertySchema(context.root, parent, key) : undefined;
      const about = shortDescription(propSchema);
      const missingPath = context.childPath(error.instancePath, key);
      return finding(
        context,
        missingPath,
        `Missing required field \`${fieldOf(missingPath)}\`.${about ? ` ${about}` : ''} Add it.`,
        {
          anchor: 'missing',
          fixes: [
            {
              title: `Add \`${key}\` with a placeholder value`,
              safe: false,
              preferred: true,
              changes: [{ kind: 'insert', path, key, value: placeholderFor(context.root, propSchema) }],
            },
          ],
        },
      );
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = parent ? propertyNames(parent) : [];
      const suggestion = closestMatch(key, known);
      const keyPath = context.childPath(error.instancePath, key);
      const fixes: FixSpec[] = [];
      if (suggestion && !(isNode(value) && suggestion in value)) {
        context.suggested.add(context.childPath(error.instancePath, suggestion));
        fixes.push({
          title: `Rename to \`${suggestion}\``,
          safe: false,
          preferred: true,
          changes: [{ kind: 'rename', path: keyPath, newKey: suggestion }],
        });
      }
      fixes.push({
        title: `Remove ${quoteKey(key)}`,
        safe: false,
        changes: [{ kind: 'remove', path: keyPath }],
      });
      const where =
        path.length === 0
          ? context.document === 'request-file'
            ? 'the request file'
            : 'the body'
          : `\`${fieldOf(path)}\``;
      const why =
        context.document === 'request-file' && path.length === 0
          ? `a request file has only ${known.map((k) => `\`${k}\``).join(', ')}`
          : 'the API rejects fields it does not know';
      return finding(
        context,
        keyPath,
        `Unknown field ${quoteKey(key)} in ${where}: ${why}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ' Remove it.'}`,
        { anchor: 'key', fixes },
      );
    }
    case 'type': {
      const type = params.type as string | string[];
      const expected = (Array.isArray(type) ? type : [type]).map(typeWord).join(' or ');
      const fixes: FixSpec[] = [];
      if (
        (type === 'integer' || type === 'number') &&
        typeof value === 'string' &&
        /^-?\d+(\.\d+)?$/.test(value.trim())
      ) {
        const number = Number(value.trim());
        if (type === 'number' || Number.isInteger(number)) {
          fixes.push({
            title: `Send ${number} as a number`,
            safe: false,
            preferred: true,
            changes: [{ kind: 'replace', path, value: number }],
          });
        }
      }
      // An overflowing number (`1e400` reads as Infinity) has no string form worth offering.
      if (
        type === 'string' &&
        ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
      ) {
        fixes.push({
          title: `Send "${String(value)}" as a string`,
          safe: false,
          preferred: true,
          changes: [{ kind: 'replace', path, value: String(value) }],
        });
      }
      return finding(
        context,
        path,
        `${subject(context, path)} must be ${expected}, not ${context.describe(path, value)}.${what ? ` ${what}` : ''}`,
        { fixes },
      );
    }
    case 'enum':
    case 'const': {
      const allowed =
        (error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]) ?? [];
      const fixes: FixSpec[] = [];
      if (typeof value === 'string') {
        const match = allowed.find(
          (a) => typeof a === 'string' && a.toLowerCase() === value.trim().toLowerCase(),
        );
        const near =
          match ??
          closestMatch(
            value,
            allowed.filter((a): a is string => typeof a === 'string'),
            3,
          );
        if (near !== undefined) {
          fixes.push({
            title: `Change to ${JSON.stringify(near)}`,
            safe: match !== undefined,
            preferred: true,
            changes: [{ kind: 'replace', path, value: near }],
          });
        }
      }
      const list = allowed.map((a) => `\`${JSON.stringify(a)}\``).join(', ');
      return finding(
        context,
        path,
        `${subject(context, path)} must be ${allowed.length === 1 ? list : `one of ${list}`}, not ${context.describe(path, value)}.`,
        { fixes },
      );
    }
    case 'pattern':
    case 'format': {
      const expected =
        error.keyword === 'format'
          ? formatWord(String(params.format))
          : (what ?? `text matching ${String(params.pattern)}`);
      return finding(
        context,
        path,
        `${subject(context, path)} ${context.describe(path, value)} is not valid. Expected: ${lowerFirst(expected)}`,
        trimFix(path, value),
      );
    }
    case 'minLength':
      return finding(
        context,
        path,
        params.limit === 1
          ? `${subject(context, path)} must not be empty.${what ? ` ${what}` : ''}`
          : `${subject(context, path)} must be at least ${params.limit} characters long.`,
      );
    case 'maxLength':
      return finding(
        context,
        path,
        `${subject(context, path)} is too long: at most ${params.limit} characters${kitLimitNote(parent)}.`,
      );
    case 'minimum':
    case 'exclusiveMinimum':
      return finding(
        context,
        path,
        `${subject(context, path)} must be ${error.keyword === 'minimum' ? '≥' : '>'} ${params.limit}, not ${context.describe(path, value)}.`,
      );
    case 'maximum':
      // The contract's bound on every integer it takes (see its conventions): say why it exists.
      if (params.limit === Number.MAX_SAFE_INTEGER) {
        return finding(
          context,
          path,
          `${subject(context, path)} is too large: at most ${params.limit} (2^53 − 1, the largest integer JSON parsers are sure to read exactly), not ${context.describe(path, value)}.`,
        );
      }
      return finding(
        context,
        path,
        `${subject(context, path)} must be ≤ ${params.limit}, not ${context.describe(path, value)}.`,
      );
    case 'exclusiveMaximum':
      return finding(
        context,
        path,
        `${subject(context, path)} must be < ${params.limit}, not ${context.describe(path, value)}.`,
      );
    case 'minItems':
      return finding(
        context,
        path,
        `${subject(context, path)} must have at least ${params.limit} ${plural(Number(params.limit), 'entry', 'entries')}.${what ? ` ${what}` : ''}`,
      );
    case 'maxItems': {
      const count = Array.isArray(value) ? value.length : 0;
      const limit = Number(params.limit);
      return finding(
        context,
        path,
        `${subject(context, path)} has ${count} entries; the API accepts at most ${limit} per request${kitLimitNote(parent)}. Remove ${count - limit}${path[path.length - 1] === 'domains' ? ' or split the request' : ''}.`,
        { anchor: { fromIndex: limit }, details: { max_count: limit, submitted_count: count } },
      );
    }
    case 'minProperties':
      return finding(
        context,
        path,
        `${subject(context, path)} must not be empty: send at least one field to change.${
          isNode(parent?.['x-peeker-empty-update'])
            ? " (Refusing an empty update is Peeker DevKit's choice: the docs don't say what `{}` does.)"
            : ''
        }`,
        {
          anchor: 'value',
        },
      );
    case 'dependentRequired': {
      const property = String(params.property);
      const missing = String(params.missingProperty);
      // The API names the field that is missing; the range stays on the one that was sent.
      const propertyPath = context.childPath(error.instancePath, property);
      return finding(
        context,
        propertyPath,
        `\`${fieldOf(propertyPath)}\` must be sent together with \`${missing}\`.`,
        {
          anchor: 'key',
          field: fieldOf([...path, missing]),
          fixes: [
            {
              title: `Add \`${missing}\``,
              safe: false,
              preferred: true,
              changes: [
                {
                  kind: 'insert',
                  path,
                  key: missing,
                  value: partnerPlaceholder(context, parent, property, missing, value),
                },
              ],
            },
          ],
        },
      );
    }
    case 'false schema':
      return finding(context, path, `${subject(context, path)} is not allowed here. Remove it.`, {
        anchor: 'key',
        fixes: [{ title: `Remove \`${fieldOf(path)}\``, safe: false, changes: [{ kind: 'remove', path }] }],
      });
    case 'uniqueItems':
      return finding(context, path, `${subject(context, path)} must not contain the same entry twice.`);
    default:
      return finding(context, path, `${subject(context, path)} ${error.message ?? 'is invalid'}.`);
  }
}

const propertyNameCache = new WeakMap<SchemaNode, string[]>();

/** The names an object schema declares (read once per schema: "did you mean" compares against them). */
function propertyNames(schema: SchemaNode): string[] {
  let names = propertyNameCache.get(schema);
  if (names === undefined) {
    names = isNode(schema.properties) ? Object.keys(schema.properties) : [];
    propertyNameCache.set(schema, names);
  }
  return names;
}

function trimFix(path: JsonPath, value: unknown): { fixes?: FixSpec[] } {
  if (typeof value === 'string' && value.trim() !== value && value.trim() !== '') {
    return {
      fixes: [
        {
          title: 'Remove surrounding whitespace',
          safe: true,
          preferred: true,
          changes: [{ kind: 'replace', path, value: value.trim() }],
        },
      ],
    };
  }
  return {};
}

function typeWord(type: string): string {
  switch (type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'null';
    default:
      return type;
  }
}

function formatWord(format: string): string {
  switch (format) {
    case 'email':
      return 'an email address, e.g. "client@example.com".';
    case 'uri':
      return 'an absolute URL, e.g. "https://acme.com".';
    case 'date-time':
      return 'an ISO 8601 date-time, e.g. "2026-05-08T12:00:00Z".';
    default:
      return `a value in ${format} format.`;
  }
}

function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
