/**
 * The body checker behind both `lint` (text) and `checkBody` (parsed values): JSON Schema
 * validation, grouped into one finding per problem, plus the semantic rules — one implementation
 * for the linter, the language server and the emulator.
 */
import { findOperation } from '../schemas';
import { withDomainMemo } from './domains';
import { groupSchemaErrors, type NumberText } from './error-grouping';
import { type Finding, SEVERITY_RANK } from './findings';
import { pointerOf } from './json-pointer';
import { RULES, rulesFor } from './rules';
import { SCHEMA_DOCUMENTS, validateAgainst, validationRoot } from './schema-validation';
import type { JsonPath } from './types';

/** Rule id of the internal-error safety net (a rule that threw). */
export const INTERNAL_RULE_ID = 'internal';

/** The result of checking one body. */
export interface BodyAnalysis {
  /** The canonical operation key, e.g. `POST /orders`. */
  operation: string;
  /** Findings: errors first, then in document order. */
  findings: Finding[];
}

/**
 * Checks `body` as the request body of `operationKey`. Returns `undefined` when the operation is not
 * in the contract or takes no body. `numberText` (body-relative paths) quotes numbers as written
 * when the body was read from a document.
 */
export function analyzeBody(
  operationKey: string,
  body: unknown,
  numberText?: NumberText,
): BodyAnalysis | undefined {
  const operation = findOperation(operationKey);
  if (!operation?.requestSchema) return undefined;
  const schemaFile = operation.requestSchema;
  if (!SCHEMA_DOCUMENTS[schemaFile]) return undefined;

  const schemaErrors = validateAgainst(schemaFile, body);
  const schemaErrorPointers = new Set<string>();
  for (const error of schemaErrors) schemaErrorPointers.add(error.instancePath);
  const ruleFindings = withDomainMemo(() => runRules(operation.key, schemaFile, body, schemaErrorPointers));
  if (schemaErrors.length === 0)
    return { operation: operation.key, findings: sortFindings(ruleFindings, body) };

  // A semantic rule explains a problem better than the raw schema keyword at the same place:
  // an error at the same path, or a specific code the schema also knows (order_shape_conflict).
  // The rules run first so that schema errors they explain are not worded only to be dropped.
  // Places are compared as ajv's JSON Pointers, which the schema errors already carry.
  const explainedPointers = new Set<string>();
  const explainedCodes = new Set<string>();
  for (const finding of ruleFindings) {
    if (finding.severity === 'error') explainedPointers.add(pointerOf(finding.path));
    if (finding.code !== 'invalid_request') explainedCodes.add(finding.code);
  }
  // The expanded schema is only read to explain errors: a clean body never builds it.
  const schemaFindings = groupSchemaErrors(
    schemaErrors,
    validationRoot(schemaFile)!,
    body,
    'body',
    explainedPointers,
    numberText,
  );
  const findings = [...schemaFindings.filter((f) => !explainedCodes.has(f.code)), ...ruleFindings];
  return { operation: operation.key, findings: sortFindings(findings, body) };
}

/** Runs the operation's semantic rules; a rule that throws becomes an info finding. */
function runRules(
  operation: string,
  schemaFile: string,
  body: unknown,
  schemaErrorPointers: ReadonlySet<string>,
): Finding[] {
  const findings: Finding[] = [];
  // Rules are pure: they can share one context.
  const context = { operation, schemaFile, body, schemaErrorPointers };
  for (const rule of rulesFor(operation)) {
    if (rule.explainsSchemaErrors && schemaErrorPointers.size === 0) continue;
    try {
      // A loop, not push(...): spreading into a call is a slow path in V8.
      for (const finding of rule.check(context)) findings.push(finding);
    } catch (error) {
      // A rule bug must not hide the other findings, nor crash an editor or the emulator.
      findings.push({
        ruleId: INTERNAL_RULE_ID,
        code: 'lint_internal_error',
        severity: 'info',
        path: [],
        message: `The lint rule '${rule.id}' failed on this body (${error instanceof Error ? error.message : String(error)}). Please report it.`,
      });
    }
  }
  return findings;
}

/** Errors first, then warnings, then infos; within a severity, in document order. */
export function sortFindings(findings: Finding[], body: unknown): Finding[] {
  if (findings.length < 2) return findings.slice();
  const order = new DocumentOrder(body);
  // Each finding's place is looked up once, not once per comparison.
  const entries = findings.map((finding, index) => ({
    finding,
    index,
    rank: SEVERITY_RANK[finding.severity],
    place: order.indexesOf(finding.path),
  }));
  entries.sort(
    (a, b) =>
      a.rank - b.rank ||
      DocumentOrder.compare(a.finding.path, a.place, b.finding.path, b.place) ||
      a.index - b.index,
  );
  return entries.map(({ finding }) => finding);
}

/** Places of paths in a parsed value (object keys in insertion order). */
class DocumentOrder {
  // A Map, not a WeakMap: it lives for one sort, and is much cheaper to create.
  private readonly keyIndexes = new Map<object, Map<string, number>>();
  constructor(private readonly root: unknown) {}

  private indexOf(container: unknown, segment: string | number): number {
    if (Array.isArray(container)) return typeof segment === 'number' ? segment : Number.MAX_SAFE_INTEGER;
    if (container === null || typeof container !== 'object') return Number.MAX_SAFE_INTEGER;
    let indexes = this.keyIndexes.get(container);
    if (!indexes) {
      indexes = new Map();
      let i = 0;
      for (const key of Object.keys(container)) indexes.set(key, i++);
      this.keyIndexes.set(container, indexes);
    }
    // A missing key (e.g. a required field) sorts at the end of its object.
    return indexes.get(String(segment)) ?? Number.MAX_SAFE_INTEGER;
  }

  /** For each segment of `path`, its index among its container's entries. */
  indexesOf(path: JsonPath): number[] {
    // Sized up front: a pushed-to empty array would make room for 17 entries.
    const indexes = new Array<number>(path.length);
    let container: unknown = this.root;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      indexes[i] = this.indexOf(container, segment);
      container =
        container !== null && typeof container === 'object'
          ? (container as Record<string, unknown>)[segment as string]
          : undefined;
    }
    return indexes;
  }

  /** Document order of two paths, given their {@link indexesOf}: the first differing segment decides. */
  static compare(a: JsonPath, aIndexes: number[], b: JsonPath, bIndexes: number[]): number {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) if (a[i] !== b[i]) return aIndexes[i]! - bIndexes[i]!;
    return a.length - b.length;
  }
}

/** Every rule id with its code, for the catalog. */
export const SEMANTIC_RULES = RULES;
