/**
 * The body checker behind both `lint` (text) and `checkBody` (parsed values): JSON Schema
 * validation, grouped into one finding per problem, plus the semantic rules — one implementation
 * for the linter, the language server and the emulator.
 */
import { findOperation } from '../schemas';
import { withDomainMemo } from './domains';
import { groupSchemaErrors } from './error-grouping';
import { type Finding, SEVERITY_RANK } from './findings';
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

const pathKey = (path: JsonPath) => path.join('\u0000');

/**
 * Checks `body` as the request body of `operationKey`. Returns `undefined` when the operation is not
 * in the contract or takes no body.
 */
export function analyzeBody(operationKey: string, body: unknown): BodyAnalysis | undefined {
  const operation = findOperation(operationKey);
  if (!operation?.requestSchema) return undefined;
  const schemaFile = operation.requestSchema;
  if (!SCHEMA_DOCUMENTS[schemaFile]) return undefined;

  const schemaErrors = validateAgainst(schemaFile, body);
  // The expanded schema is only read to explain errors: a clean body never builds it.
  const schemaFindings =
    schemaErrors.length === 0 ? [] : groupSchemaErrors(schemaErrors, validationRoot(schemaFile)!, body);
  const schemaErrorPointers = new Set(schemaErrors.map((error) => error.instancePath));
  const ruleFindings = withDomainMemo(() => runRules(operation.key, schemaFile, body, schemaErrorPointers));

  // A semantic rule explains a problem better than the raw schema keyword at the same place:
  // an error at the same path, or a specific code the schema also knows (order_shape_conflict).
  const explainedPaths = new Set(
    ruleFindings.filter((f) => f.severity === 'error').map((f) => pathKey(f.path)),
  );
  const explainedCodes = new Set(ruleFindings.filter((f) => f.code !== 'invalid_request').map((f) => f.code));
  const findings = [
    ...schemaFindings.filter((f) => !explainedPaths.has(pathKey(f.path)) && !explainedCodes.has(f.code)),
    ...ruleFindings,
  ];
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
  for (const rule of rulesFor(operation)) {
    if (rule.explainsSchemaErrors && schemaErrorPointers.size === 0) continue;
    try {
      findings.push(...rule.check({ operation, schemaFile, body, schemaErrorPointers }));
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
  const order = new DocumentOrder(body);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        order.compare(a.finding.path, b.finding.path) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

/** Compares paths by where they appear in a parsed value (object keys in insertion order). */
class DocumentOrder {
  private readonly keyIndexes = new WeakMap<object, Map<string, number>>();
  constructor(private readonly root: unknown) {}

  private indexOf(container: unknown, segment: string | number): number {
    if (Array.isArray(container)) return typeof segment === 'number' ? segment : Number.MAX_SAFE_INTEGER;
    if (container === null || typeof container !== 'object') return Number.MAX_SAFE_INTEGER;
    let indexes = this.keyIndexes.get(container);
    if (!indexes) {
      indexes = new Map(Object.keys(container).map((key, i) => [key, i]));
      this.keyIndexes.set(container, indexes);
    }
    // A missing key (e.g. a required field) sorts at the end of its object.
    return indexes.get(String(segment)) ?? Number.MAX_SAFE_INTEGER;
  }

  compare(a: JsonPath, b: JsonPath): number {
    let container: unknown = this.root;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] !== b[i]) return this.indexOf(container, a[i]!) - this.indexOf(container, b[i]!);
      container =
        container !== null && typeof container === 'object'
          ? (container as Record<string, unknown>)[a[i] as string]
          : undefined;
    }
    return a.length - b.length;
  }
}

/** Every rule id with its code, for the catalog. */
export const SEMANTIC_RULES = RULES;
