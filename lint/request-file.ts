/**
 * `*.peeker.json` request files: `{ "request": "POST /orders", "path": {…}, "query": {…}, "body": {…} }`.
 * The file is validated against the request-file schema's envelope (its generated validator leaves
 * the inlined body schemas out, so body problems are not reported twice), its operation, path and
 * query parameters are checked, and the body is checked as that operation's body — paths of body
 * findings are prefixed with `body`.
 */
import { catalog, findOperation } from '../schemas';
import { analyzeBody } from './analyze';
import { groupSchemaErrors, type NumberText } from './error-grouping';
import { type Anchor, type Change, type Finding, type FixSpec, fieldOf } from './findings';
import { escapeSegment } from './json-pointer';
import { readRequestLine } from './request-shape';
import { isObject } from './rules/rule';
import { REQUEST_FILE_SCHEMA, validateAgainst, validationRoot } from './schema-validation';
import { closestMatch, describeValue, quoteKey } from './text-utils';
import type { JsonPath } from './types';

/** Code of request-file problems that are not API errors (unknown operation, missing path parameter…). */
export const REQUEST_FILE_CODE = 'invalid_request_file';
/** Rule id of request-file findings in `lintRuleCatalog`. */
export const REQUEST_FILE_RULE_ID = 'request-file';

/** What a request file contains and what is wrong with it. */
export interface RequestFileAnalysis {
  /** The canonical operation key, when `request` names one. */
  operation?: string;
  /** Findings with paths from the file's root. */
  findings: Finding[];
}

const isWithin = (pointer: string, prefix: string) => pointer === prefix || pointer.startsWith(`${prefix}/`);

/** Checks a parsed request file; `numberText` (paths from the file's root) quotes numbers as written. */
export function analyzeRequestFile(file: unknown, numberText?: NumberText): RequestFileAnalysis {
  // The request-file validator checks the envelope only (see validator-codegen.ts): body errors come
  // from the operation's own validator and rules below. The filter keeps that true for any schema.
  // Query values are checked as the URL carries them (`"per_page": "5"` is sent as `per_page=5`).
  const { sent, quoted } = queryAsSent(file);
  const errors = validateAgainst(REQUEST_FILE_SCHEMA, sent).filter(
    (e) => !isWithin(e.instancePath, '/body') || (e.instancePath === '/body' && e.keyword === 'false schema'),
  );
  // A number read from a query string is quoted as the file writes it (`"500"`, not `500`).
  const describeNumber: NumberText | undefined =
    quoted.size === 0 ? numberText : (path) => quoted.get(JSON.stringify(path)) ?? numberText?.(path);
  // The expanded request-file schema (every body inlined) is only needed to explain errors.
  const findings: Finding[] =
    errors.length === 0
      ? []
      : groupSchemaErrors(
          errors,
          validationRoot(REQUEST_FILE_SCHEMA)!,
          sent,
          'request-file',
          undefined,
          describeNumber,
        ).map(recodeEnvelopeFinding);
  if (!isObject(file)) return { findings };

  const request = file.request;
  const operation = typeof request === 'string' ? findOperation(request) : undefined;
  if (typeof request === 'string' && operation?.key !== request) {
    const suggestion = operation ? { key: operation.key, pathParameters: {} } : suggestOperation(request);
    const fix = suggestion?.key;
    // The ids typed in a concrete path (`/orders/ord_123`) go into `path`, and a query string's
    // parameters into `query`, where the fixed operation needs them: without them the fix would
    // drop what was written.
    const fromPath = suggestion ? carriedParameters(file, suggestion, 'path') : undefined;
    const fromQuery = suggestion ? carriedParameters(file, suggestion, 'query') : undefined;
    const carriedPath = fromPath?.carried ?? {};
    const carriedQuery = fromQuery?.carried ?? {};
    // What was typed but is not carried is said, not dropped without a word.
    const leftOut = [...(fromPath?.leftOut ?? []), ...(fromQuery?.leftOut ?? [])];
    const carriedParts = [
      describeCarried('path', carriedPath),
      describeCarried('query', carriedQuery),
    ].filter((part) => part !== '');
    const withParameters = carriedParts.length > 0 ? ` with ${carriedParts.join(' and ')}` : '';
    const finding: Finding = {
      ruleId: REQUEST_FILE_RULE_ID,
      code: REQUEST_FILE_CODE,
      severity: 'error',
      path: ['request'],
      field: 'request',
      message: operation
        ? `Write the operation as "${operation.key}" (method in capitals, path as in the contract).`
        : `Unknown operation ${describeValue(request)}.${fix ? ` Did you mean "${fix}"${withParameters}?${leftOut.length > 0 ? ` Left out: ${leftOut.join(', ')}.` : ''}` : ''} Operations are written "METHOD /path" with {id} placeholders${Object.keys(suggestion?.queryParameters ?? {}).length > 0 ? ', query parameters go in "query"' : ''}, e.g. "POST /orders"; see \`peeker-devkit lint --help\`.`,
    };
    if (fix) {
      finding.fixes = [
        {
          title: `Change to "${fix}"${withParameters}`,
          safe: operation !== undefined,
          preferred: true,
          changes: [
            { kind: 'replace', path: ['request'], value: fix },
            ...parameterChanges(file, 'path', carriedPath),
            ...parameterChanges(file, 'query', carriedQuery),
          ],
        },
      ];
    }
    // This explanation replaces the schema's list of all operations.
    dropAt(findings, ['request']);
    findings.push(finding);
  }
  if (!operation) return { findings };

  if (!operation.requestSchema && 'body' in file) {
    // The schema's `body: false` would read as a conflict with `request`; say what it means.
    dropAt(findings, ['body']);
    findings.push({
      ruleId: REQUEST_FILE_RULE_ID,
      code: REQUEST_FILE_CODE,
      severity: 'error',
      path: ['body'],
      anchor: 'property',
      field: 'body',
      message: `${operation.key} takes no request body: remove \`body\`.`,
      fixes: [
        {
          title: 'Remove `body`',
          safe: false,
          preferred: true,
          changes: [{ kind: 'remove', path: ['body'] }],
        },
      ],
    });
  }

  for (const parameter of operation.parameters) {
    if (!parameter.required || (parameter.in !== 'path' && parameter.in !== 'query')) continue;
    const holder = file[parameter.in];
    // A parameter that is there but invalid (`"id": ""`) is the schema's finding, not a missing one.
    if (isObject(holder) && holder[parameter.name] !== undefined) continue;
    const example = (parameter.schema.examples as unknown[] | undefined)?.[0] ?? '';
    const isPath = parameter.in === 'path';
    const anchor: Anchor = 'missing';
    const changes: Change[] = isObject(holder)
      ? [{ kind: 'insert', path: [parameter.in], key: parameter.name, value: example }]
      : [{ kind: 'insert', path: [], key: parameter.in, value: { [parameter.name]: example } }];
    findings.push({
      ruleId: REQUEST_FILE_RULE_ID,
      code: isPath ? REQUEST_FILE_CODE : 'invalid_request',
      severity: 'error',
      path: [parameter.in, parameter.name],
      anchor,
      field: isPath ? `${parameter.in}.${parameter.name}` : parameter.name,
      message: isPath
        ? `${operation.key} needs the path parameter \`${parameter.name}\`: add "path": { "${parameter.name}": ${JSON.stringify(example)} }.`
        : `${operation.key} needs the query parameter \`${parameter.name}\`${parameter.description ? ` (${parameter.description.replace(/\s+/g, ' ').trim()})` : ''}.`,
      // Only a placeholder the schema accepts: `"domains": ""` would trade this error for another.
      fixes: placeholderIsValid(file, parameter.in, parameter.name, example)
        ? [
            {
              title: `Add \`${parameter.in}.${parameter.name}\` with a placeholder value`,
              safe: false,
              preferred: true,
              changes,
            },
          ]
        : [],
    });
  }

  if (operation.requestSchema && 'body' in file) {
    const bodyNumberText = numberText && ((path: JsonPath) => numberText(['body', ...path]));
    const analysis = analyzeBody(operation.key, file.body, bodyNumberText);
    for (const finding of prefixFindings(analysis?.findings ?? [], ['body'])) findings.push(finding);
  }
  return { operation: operation.key, findings };
}

/**
 * `file` with each query value of its operation's parameters as the API reads it from the URL: the
 * request is sent with `String(value)` (extension/client/core/request-file.ts), so `5`, `"5"` and
 * `"05"` all reach the API as a number, and `true` or `5` as the string `"true"` or `"5"`. An
 * integer parameter takes only the digits the emulator reads as one (`-?\d{1,15}`, emulator/query.ts);
 * any other spelling keeps the value as written, which the schema then refuses by name. `quoted`
 * maps each path read as a number from a string (as JSON) to that string, for messages.
 */
function queryAsSent(file: unknown): { sent: unknown; quoted: Map<string, string> } {
  const quoted = new Map<string, string>();
  if (!isObject(file) || !isObject(file.query) || typeof file.request !== 'string')
    return { sent: file, quoted };
  const operation = findOperation(file.request);
  // Another spelling of the operation is its own finding; its query is not checked against it.
  if (operation?.key !== file.request) return { sent: file, quoted };
  const query: Record<string, unknown> = { ...file.query };
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query' || !Object.hasOwn(query, parameter.name)) continue;
    const value = query[parameter.name];
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    const text = String(value);
    if (parameter.schema.type !== 'integer') query[parameter.name] = text;
    else if (typeof value === 'string' && /^-?\d{1,15}$/.test(text)) {
      query[parameter.name] = Number(text);
      quoted.set(JSON.stringify(['query', parameter.name]), JSON.stringify(value));
    }
  }
  return { sent: { ...file, query }, quoted };
}

/**
 * The path (or query) parameters of `suggestion` that the file does not give yet and whose typed
 * value the schema accepts there (an id of another kind, `/orders/usr_1`, is left to the
 * missing-parameter finding and its placeholder). A query value is a string in the URL; it is
 * carried as the number or boolean it spells when the parameter takes one (`per_page=5` → `5`).
 */
function carriedParameters(
  file: Record<string, unknown>,
  suggestion: OperationSuggestion,
  section: 'path' | 'query',
): { carried: Record<string, string | number | boolean>; leftOut: string[] } {
  const holder = file[section];
  const typed = (section === 'path' ? suggestion.pathParameters : suggestion.queryParameters) ?? {};
  if (holder !== undefined && !isObject(holder)) return { carried: {}, leftOut: [] };
  const fixed = { ...file, request: suggestion.key };
  const declared = new Set(
    findOperation(suggestion.key)
      ?.parameters.filter((parameter) => parameter.in === section)
      .map((parameter) => parameter.name),
  );
  const carried: Record<string, string | number | boolean> = {};
  const leftOut: string[] = [];
  for (const [name, value] of Object.entries(typed)) {
    // Already given, or a placeholder typed for a value (`/orders/{order_id}`): nothing to carry.
    if (holder?.[name] !== undefined || /^\{.*\}$/.test(value)) continue;
    // A parameter the operation does not have would only become an unknown field of `query`.
    if (!declared.has(name)) {
      leftOut.push(`${quoteKey(name)} (${suggestion.key} has no such ${section} parameter)`);
      continue;
    }
    const readings: (string | number | boolean)[] = [value];
    if (section === 'query' && value.trim() !== '' && Number.isFinite(Number(value)))
      readings.push(Number(value));
    if (section === 'query' && (value === 'true' || value === 'false')) readings.push(value === 'true');
    const valid = readings.find((reading) => placeholderIsValid(fixed, section, name, reading));
    if (valid !== undefined) carried[name] = valid;
    else leftOut.push(`${quoteKey(`${name}=${value}`)} (not a value ${quoteKey(name)} takes)`);
  }
  return { carried, leftOut };
}

/** `"path": { "id": "ord_123" }`, or `''` for no parameters. */
function describeCarried(section: 'path' | 'query', parameters: Record<string, unknown>): string {
  const entries = Object.entries(parameters);
  if (entries.length === 0) return '';
  const listed = entries.map(([name, value]) => `"${name}": ${JSON.stringify(value)}`).join(', ');
  return `"${section}": { ${listed} }`;
}

/** The changes that add `parameters` to the file's `section` (creating it when absent). */
function parameterChanges(
  file: Record<string, unknown>,
  section: 'path' | 'query',
  parameters: Record<string, unknown>,
): Change[] {
  const entries = Object.entries(parameters);
  if (entries.length === 0) return [];
  if (isObject(file[section]))
    return entries.map(([key, value]) => ({ kind: 'insert', path: [section], key, value }));
  return [{ kind: 'insert', path: [], key: section, value: parameters }];
}

/** True when the request file with `value` as its `section.name` parameter has no schema error there. */
function placeholderIsValid(
  file: Record<string, unknown>,
  section: 'path' | 'query',
  name: string,
  value: unknown,
): boolean {
  const holder = isObject(file[section]) ? file[section] : {};
  const candidate = { ...file, [section]: { ...holder, [name]: value } };
  const pointer = `/${section}/${escapeSegment(name)}`;
  return !validateAgainst(REQUEST_FILE_SCHEMA, candidate).some((e) => isWithin(e.instancePath, pointer));
}

/** Removes, in place, the findings at exactly `path`. */
function dropAt(findings: Finding[], path: JsonPath): void {
  const key = JSON.stringify(path);
  // Compacted in place, not push(...kept): one argument per finding could overflow the stack.
  let kept = 0;
  for (const finding of findings) if (JSON.stringify(finding.path) !== key) findings[kept++] = finding;
  findings.length = kept;
}

/** Envelope problems: query/path parameters are what the API would call `invalid_request`; the rest is the file's. */
function recodeEnvelopeFinding(finding: Finding): Finding {
  const [section, ...rest] = finding.path;
  if ((section === 'query' || section === 'path') && rest.length > 0) {
    const field = section === 'query' ? fieldOf(rest) : fieldOf(finding.path);
    return {
      ...finding,
      ruleId: REQUEST_FILE_RULE_ID,
      code: section === 'query' ? 'invalid_request' : REQUEST_FILE_CODE,
      ...(field ? { field } : {}),
    };
  }
  return { ...finding, ruleId: REQUEST_FILE_RULE_ID, code: REQUEST_FILE_CODE };
}

/** An operation key for what was typed, with the parameters read from a concrete path and a query string. */
export interface OperationSuggestion {
  key: string;
  /** `GET /orders/ord_123` → `{ id: 'ord_123' }`. */
  pathParameters: Record<string, string>;
  /** `GET /orders?per_page=5` → `{ per_page: '5' }` (what the request file's `"query"` is for). */
  queryParameters?: Record<string, string>;
}

/**
 * The operation key closest to what was typed (also forgiving a full URL on the API's or a
 * loopback host, a base path such as `/partner/v1`, a trailing slash, a query string and a
 * concrete id such as `/orders/ord_123`): the "did you mean" of a request file's `"request"` and of
 * the CLI's `--operation`. A URL on another host gets none.
 */
export function suggestOperation(request: string): OperationSuggestion | undefined {
  const line = readRequestLine(request);
  if (line === 'foreign') return undefined;
  const withQuery = (suggestion: OperationSuggestion): OperationSuggestion =>
    line && Object.keys(line.query).length > 0 ? { ...suggestion, queryParameters: line.query } : suggestion;
  if (line) {
    const direct = findOperation(`${line.method} ${line.path}`);
    if (direct) return withQuery({ key: direct.key, pathParameters: {} });
    const byTemplate = findOperation(`${line.method} ${line.template}`);
    if (byTemplate)
      return withQuery({ key: byTemplate.key, pathParameters: pathParametersOf(byTemplate.path, line.path) });
  }
  const keys = catalog.operations.map((op) => op.key);
  const upper = keys.map((k) => k.toUpperCase());
  // The template, not the concrete path: `ord_1` is far from `{id}`, `/order/{id}` near `/orders/{id}`.
  const typed = line ? `${line.method} ${line.template}` : request;
  const best = closestMatch(typed.toUpperCase(), upper, 4);
  if (best === undefined) return undefined;
  const operation = catalog.operations[upper.indexOf(best)]!;
  const pathParameters = line ? pathParametersOf(operation.path, line.path) : {};
  return withQuery({ key: operation.key, pathParameters });
}

/**
 * Re-roots body findings under `prefix` (positions and fixes); `field` stays body-relative, as the
 * API reports it. A fix several findings share (one "Remove 8000 duplicate domains" for each of
 * the 8000 repeats) is re-rooted once and stays shared: the engine then builds it once, as for a
 * plain body, where a copy per finding made time and memory quadratic in their number.
 */
export function prefixFindings(findings: readonly Finding[], prefix: JsonPath): Finding[] {
  const prefixed = new Map<FixSpec, FixSpec>();
  const prefixFix = (fix: FixSpec): FixSpec => {
    let out = prefixed.get(fix);
    if (out === undefined) {
      out = {
        ...fix,
        changes: fix.changes.map((change) =>
          change.kind === 'text' ? change : { ...change, path: [...prefix, ...change.path] },
        ),
      };
      prefixed.set(fix, out);
    }
    return out;
  };
  return findings.map((finding) => {
    const out: Finding = { ...finding, path: [...prefix, ...finding.path] };
    if (finding.fixes) out.fixes = finding.fixes.map(prefixFix);
    return out;
  });
}

/** The values a concrete path gives its template's placeholders: `/orders/{id}`, `/orders/ord_1` → `{ id: 'ord_1' }`. */
function pathParametersOf(template: string, path: string): Record<string, string> {
  const concrete = path.split('/');
  const parameters: Record<string, string> = {};
  template.split('/').forEach((segment, i) => {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name !== undefined && concrete[i] !== undefined) parameters[name] = concrete[i]!;
  });
  return parameters;
}
