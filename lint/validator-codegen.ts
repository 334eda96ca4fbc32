/**
 * Build time only (`npm run generate`, see `schemas/build-artifacts.ts`): writes the linter's JSON
 * Schema validators as ajv standalone code, so that no bundle compiles a schema at run time — a
 * language server answered its first lint ~100 ms (body) to ~300 ms (request file) late because
 * ajv compiled the schema on first use, and ajv's compiler was most of the server bundle.
 *
 * The generated module (`schemas/generated/validators.ts`) holds one factory per schema file. A
 * factory receives a function returning the `$ref`-expanded schema object that error-grouping reads
 * errors against (called only when an error is reported; so
 * the `schema`/`parentSchema` of every error are the very objects they were when ajv compiled at
 * run time — error-grouping matches them by identity) and the kit's fast matchers, and returns the
 * validate function. The generated code is deterministic: same schemas, same text. A request file's
 * envelope is checked by small validators (see {@link requestFileEnvelope}).
 */
import Ajv2020, { _, type AnySchemaObject } from 'ajv/dist/2020';
import standaloneCode from 'ajv/dist/standalone';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import { expandRefs } from './expand-refs';
import { fastUriFormat, lengthKeyword, peekerRegExp } from './fast-patterns';
import type { SchemaDocument } from './schema-sources';

/** File name of the generated module, under `schemas/generated/`. */
export const VALIDATORS_FILE = 'validators.ts';

/** File name of the request-file schema (see `schema-sources.ts`). */
const REQUEST_FILE = 'request-file.json';

/**
 * The ajv instance the validators are generated with: the options the engine always used
 * (`allErrors`: every problem, not just the first; `verbose`: errors carry their schema objects,
 * which error-grouping needs; `strict: false`: the schemas carry editor/annotation keywords), the
 * fast matchers, and names for the run-time values the generated code uses.
 */
export function createLintAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: false,
    code: { source: true, lines: true, regExp: peekerRegExp, formats: _`formats` },
  });
  // Ajv2020 always tracks evaluated properties and items for `unevaluated*` and dynamic refs. Then
  // `anyOf` cannot stop at its first valid branch: every string of a 200-domain `domains` list also
  // failed the object branch, allocating an error ajv threw away. The linted schemas use neither
  // (checked in factorySource), so the generated code does without.
  ajv.opts.unevaluated = false;
  ajv.opts.dynamicRef = false;
  addFormats(ajv);
  ajv.addFormat('uri', fastUriFormat(fullFormats.uri as (text: string) => boolean));
  for (const keyword of ['maxLength', 'minLength'] as const) {
    ajv.removeKeyword(keyword);
    ajv.addKeyword(lengthKeyword(keyword));
  }
  return ajv;
}

/** The operation an entry of the request-file schema's `allOf` applies to (`if` on `request`'s `const`). */
function branchOperation(entry: unknown): string {
  const condition = (entry as { if?: { properties?: { request?: { const?: unknown } } } }).if;
  const operation = condition?.properties?.request?.const;
  if (typeof operation !== 'string') {
    throw new Error(
      'validator-codegen: every allOf entry of request-file.json must be an if/then on "request"',
    );
  }
  return operation;
}

/** The operations the request-file schema has a branch for. */
export function requestFileOperations(schema: SchemaDocument): string[] {
  return (Array.isArray(schema.allOf) ? schema.allOf : []).map(branchOperation);
}

/**
 * The request-file schema split into small validators, which together report the errors of the
 * whole schema without its body schemas (the engine validates a body with its operation's own
 * validator; the whole schema also reported the `if` of the file's operation when only the body
 * failed it, which explained nothing once the body errors were dropped): `operation === undefined` gives the envelope — the root keywords, every `allOf` branch
 * `true`; an operation gives only its `allOf` branch, with its body schema `true`. A file is checked
 * with its operation's branch, then the envelope: ajv checks `allOf` before the root's object
 * keywords, so the errors come in the same order; the other branches' `if` fails on the file, and a
 * failing `if` reports nothing. Compiling every operation's body and parameters inline made the
 * first lint of a request file slow. Indexes stay those of the full schema, which errors point into.
 */
export function requestFileEnvelope(schema: SchemaDocument, operation: string | undefined): SchemaDocument {
  const allOf = (Array.isArray(schema.allOf) ? schema.allOf : []).map((entry: Record<string, unknown>) => {
    if (branchOperation(entry) !== operation) return true;
    const then = entry.then as Record<string, unknown> | undefined;
    const properties = then?.properties as Record<string, unknown> | undefined;
    const body = properties?.body as Record<string, unknown> | undefined;
    if (typeof body?.$ref !== 'string') return entry;
    return { ...entry, then: { ...then, properties: { ...properties, body: true } } };
  });
  if (operation !== undefined) return { allOf };
  const { $defs: _defs, ...rest } = schema;
  return { ...rest, allOf };
}

/** Key of the request-file validator for `operation`'s branch (`request-file.json#POST /orders`), or of the envelope. */
export function envelopeKey(operation: string | undefined): string {
  return operation === undefined ? REQUEST_FILE : `${REQUEST_FILE}#${operation}`;
}

/** ajv's literal for a value (its `stringify`): JSON with U+2028/U+2029 escaped. */
const literal = (value: unknown) =>
  JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** One factory: `(schemaRoot, runtime) => validate`, with ajv's copy of the schema replaced by `schemaRoot()`. */
function factorySource(file: string, compiled: SchemaDocument): string {
  const unsupported = literal(compiled).match(
    /"(unevaluatedProperties|unevaluatedItems|\$dynamicRef|\$dynamicAnchor|\$recursiveRef)"\s*:/,
  );
  if (unsupported) {
    throw new Error(
      `validator-codegen: ${file} uses ${unsupported[1]}; turn evaluated-keyword tracking back on in createLintAjv`,
    );
  }
  const ajv = createLintAjv();
  const validate = ajv.compile(compiled as AnySchemaObject);
  const source = validate.source;
  if (!source) throw new Error(`validator-codegen: ajv kept no source for ${file}`);
  const schemaNames = [...(source.scopeValues.schema ?? [])];
  if (schemaNames.length !== 1 || schemaNames[0]!.value?.ref !== compiled) {
    throw new Error(
      `validator-codegen: ${file} compiles to ${schemaNames.length} schema objects; expected its one expanded root`,
    );
  }
  const name = schemaNames[0]!.str;
  const entry = source.validateName.str;
  let code = standaloneCode(ajv, validate);
  const prefix = `"use strict";\nmodule.exports = ${entry};\nmodule.exports.default = ${entry};\n`;
  const declaration = `const ${name} = ${literal(compiled)};`;
  if (!code.startsWith(prefix) || code.split(declaration).length !== 2) {
    throw new Error(`validator-codegen: unexpected standalone code layout for ${file}`);
  }
  // The schema object is only read when an error is reported: the factory gets it as a function,
  // so a clean document never pays for expanding it (the request-file schema inlines every body).
  if (literal(compiled).includes(name)) {
    throw new Error(`validator-codegen: ${file} mentions ${name} in its own text; cannot rename it`);
  }
  code = code
    .slice(prefix.length)
    .replace(declaration, '')
    .replace(new RegExp(`\\b${name}\\b`, 'g'), 'schemaRoot()');
  if (/\brequire\(/.test(code)) {
    throw new Error(`validator-codegen: ${file} needs a run-time require; pass the value in the runtime`);
  }
  return `  ${JSON.stringify(file)}: (schemaRoot, { peekerRegExp, codePointLength, formats }) => {\n${code.trimEnd()}\nreturn ${entry};\n  },\n`;
}

/**
 * The generated validators module for `schemas` (file name → schema, as written to
 * `schemas/generated/json-schema/`): one factory for each of `files` (body schemas), and for the
 * request-file schema one for its envelope plus one per operation branch.
 */
export function validatorsModuleSource(
  schemas: ReadonlyMap<string, SchemaDocument>,
  files: readonly string[],
): string {
  const factories = [...new Set(files)].sort().flatMap((file) => {
    const schema = schemas.get(file);
    if (!schema) throw new Error(`validator-codegen: no schema ${file}`);
    if (file !== REQUEST_FILE) return [factorySource(file, expandRefs(schema))];
    return [undefined, ...requestFileOperations(schema)].map((operation) =>
      factorySource(envelopeKey(operation), expandRefs(requestFileEnvelope(schema, operation))),
    );
  });
  return [
    '// @ts-nocheck -- ajv standalone code; the factories are typed where they are used (lint/schema-validation.ts).',
    '/* Generated from schemas/openapi.yaml by `npm run generate` (lint/validator-codegen.ts). Do not edit. */',
    '/* Each factory: (() => the `$ref`-expanded schema, the fast matchers and formats) → validate function. */',
    '/* request-file.json: the envelope; request-file.json#OP: the branch of operation OP, without its body */',
    '/* (see requestFileEnvelope in lint/validator-codegen.ts). These factories get the full request-file root. */',
    'export const validatorFactories = {',
    factories.join(''),
    '};',
    '',
  ].join('\n');
}
