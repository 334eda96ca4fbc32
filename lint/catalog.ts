/**
 * `lintRuleCatalog`: every rule the engine runs, as data (id, code, severity, one line, docs) —
 * for listings, `--help`, the docs page and the language server's hovers.
 */
import { catalog } from '../schemas';
import { INTERNAL_RULE_ID } from './analyze';
import { SCHEMA_RULE_ID } from './error-grouping';
import { REQUEST_FILE_CODE, REQUEST_FILE_RULE_ID } from './request-file';
import { RULES } from './rules';
import { SCHEMA_KEY_RULE } from './schema-key';
import type { Severity } from './types';

/** One entry of {@link lintRuleCatalog}. */
export interface LintRuleInfo {
  /** Stable kebab-case id. */
  id: string;
  /** The diagnostic `code`: an API error code, a pending-action reason, or a lint-only code. */
  code: string;
  severity: Severity;
  /** One line. */
  description: string;
  /** Markdown paragraph: why, what the API does, how to fix. */
  docs: string;
  /** True when `code` is not an API error code (the API never returns it). */
  lintOnly: boolean;
  /** Operations the rule applies to; absent = every document. */
  operations?: string[];
}

/** Maximum request body size: the contract's `payload_too_large` ("larger than 1 MB"). */
export const MAX_BODY_BYTES = 1024 * 1024;

const isApiCode = (code: string) => code in catalog.errorCodes;

function entry(info: Omit<LintRuleInfo, 'lintOnly'>): LintRuleInfo {
  return { ...info, lintOnly: !isApiCode(info.code) };
}

/** Rules that are not semantic rule objects (syntax, schema, request files, targeting). */
const ENGINE_RULES: LintRuleInfo[] = [
  entry({
    id: 'json-syntax',
    code: 'invalid_request',
    severity: 'error',
    description: 'The document is not valid JSON.',
    docs: 'A body that is not JSON is answered with `400 invalid_request`. The diagnostic points at the exact character (unterminated string, missing comma, single quotes…). Schema and semantic rules run once the syntax is fixed. A plain body file that starts with a UTF-8 byte-order mark is reported too (strict JSON parsers, the emulator’s among them, reject it), with a safe fix that removes it; the rest of the file is still linted. A request file’s BOM does not matter: it is not sent.',
  }),
  entry({
    id: 'jsonc-not-allowed',
    code: 'jsonc_not_allowed',
    severity: 'error',
    description: 'A comment or a trailing comma (JSONC) in a plain body file, which the API would reject.',
    docs: 'Editors accept comments and trailing commas, the API does not: a plain body file is sent as it is, and would be answered with `400 invalid_request`. The rest of the document is still linted. The safe quick fix removes every comment and trailing comma. Request files (`*.peeker.json`) may have them: the extension reads them as JSONC and sends the body re-serialized.',
  }),
  entry({
    id: 'duplicate-key',
    code: 'duplicate_key',
    severity: 'error',
    description: 'A key given twice in one object: every value but the last is silently ignored.',
    docs: 'JSON leaves repeated keys to the parser; the API’s, like `JSON.parse`, keeps the last value and accepts the body, so the earlier one is lost without an error (a DevKit rule: the API never reports it). The diagnostic is on each ignored key and says where the kept one is; the other rules check the kept value. The quick fixes are for a human, who knows which value was meant: remove the ignored key, or (of a pair) keep it and remove the other.',
  }),
  entry({
    id: SCHEMA_RULE_ID,
    code: 'invalid_request',
    severity: 'error',
    description:
      'A value the contract’s JSON Schema rejects: missing or unknown field, wrong type, bad format, limits.',
    docs: 'Bodies are validated with the generated JSON Schemas (ajv, draft 2020-12). ajv’s raw errors are grouped so that each problem is reported once, at its own location, in the API’s vocabulary (`invalid_request` with `field`), with fixes where the intent is clear (rename a misspelt field, add a missing one with a placeholder, fix an enum’s case).',
  }),
  entry({
    id: 'payload-too-large',
    code: 'payload_too_large',
    severity: 'error',
    description: 'A body larger than 1 MB.',
    docs: `A body over 1 MB (${MAX_BODY_BYTES} bytes of UTF-8) is reported as \`413 payload_too_large\`, as the emulator answers it. The limit, the status and the code are a Peeker DevKit assumption: the Peeker docs give none of them (\`x-peeker-undocumented\` in the contract). What is measured is what would be sent: a request file's body as compact JSON (it is re-serialized before sending), a plain body file's text as it is. Send fewer items per request (use \`POST /domains/import/jobs\` for bulk imports).`,
  }),
  entry({
    id: REQUEST_FILE_RULE_ID,
    code: REQUEST_FILE_CODE,
    severity: 'error',
    description:
      'A `*.peeker.json` request file that cannot be sent: unknown operation, missing path parameter, unknown key, a body on an operation that takes none.',
    docs: 'Request files have the form `{ "request": "POST /orders", "path": {…}, "query": {…}, "body": {…} }`. `request` must name an operation of the contract; its path parameters must be given; query parameters are checked against the operation (problems there are `invalid_request` with the parameter as `field`); the body is linted as that operation’s body.',
  }),
  entry({
    id: 'operation-unknown',
    code: 'operation_unknown',
    severity: 'info',
    description: 'No operation is known for a plain body file, so only its syntax was checked.',
    docs: 'Give the operation with `--operation "POST /orders"`, with a `"$schema"` pointing at one of the kit’s schema ids (e.g. `https://peeker-devkit.dev/schemas/v1/create-order-request.json`), or use a `*.peeker.json` request file.',
  }),
  entry({
    id: 'unknown-schema-id',
    code: 'unknown_schema_id',
    severity: 'error',
    description: 'A `$schema` under the kit’s prefix that names none of its schemas (a typo).',
    docs: 'A top-level `"$schema"` starting with `https://peeker-devkit.dev/schemas/v1/` must be one of the kit’s schema ids: `<name>-request.json` for a body (it names the operation the body is checked against), `request-file.json` for a request file. Any other id there is a mistake, and the body would go unchecked (without an operation only its JSON syntax can be), so it is an error on the `$schema` value, with the closest id of the kit as a quick fix (“did you mean”).',
  }),
  entry({
    id: 'schema-id-mismatch',
    code: 'schema_id_mismatch',
    severity: 'warning',
    description: 'A `$schema` of the kit’s that names something else than what the document is checked as.',
    docs: 'An operation given explicitly (`--operation`, the library’s `{ operation }`, an operation picked for the file in the editor) wins over a body’s `$schema`; when the two disagree, the body is checked as the explicit operation and this warning, on the `$schema` value, names both. A request file (`*.peeker.json`) whose `$schema` names a body schema is warned about too: an editor would check the whole file against that body schema. The quick fix changes the `$schema` to the id of what the document is checked as.',
  }),
  entry(SCHEMA_KEY_RULE),
  entry({
    id: 'unknown-operation',
    code: 'unknown_operation',
    severity: 'error',
    description: 'The operation given to the linter is not in the contract.',
    docs: 'Operations are written `METHOD /path` with `{id}` placeholders, exactly as in the contract, e.g. `POST /orders` or `POST /orders/{id}/cancel`.',
  }),
  entry({
    id: 'body-not-expected',
    code: 'body_not_expected',
    severity: 'warning',
    description: 'A body for an operation that takes none.',
    docs: 'GET and DELETE operations take no body; it would not be sent.',
  }),
  entry({
    id: INTERNAL_RULE_ID,
    code: 'lint_internal_error',
    severity: 'info',
    description: 'A lint rule failed on this document (a bug in the linter).',
    docs: 'The linter never throws: a failing rule is reported as this info diagnostic and the other rules still run. Please report it with the document.',
  }),
];

/** Every rule: engine rules first, then the semantic rules in the order they run. */
export const lintRuleCatalog: readonly LintRuleInfo[] = [
  ...ENGINE_RULES,
  ...RULES.map((rule) =>
    entry({
      id: rule.id,
      code: rule.code,
      severity: rule.severity,
      description: rule.description,
      docs: rule.docs,
      operations: [...rule.operations],
    }),
  ),
];
