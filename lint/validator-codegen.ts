/**
 * Build time only (`npm run generate`, see `schemas/build-artifacts.ts`): writes the linter's JSON
 * Schema validators as ajv standalone code, so that no bundle compiles a schema at run time — a
 * language server answered its first lint ~100 ms (body) to ~300 ms (request file) late because
 * ajv compiled the schema on first use, and ajv's compiler was most of the server bundle.
 *
 * The generated module (`schemas/generated/validators.ts`) holds one factory per schema file. A
 * factory receives the `$ref`-expanded schema object that error-grouping reads errors against (so
 * the `schema`/`parentSchema` of every error are the very objects they were when ajv compiled at
 * run time — error-grouping matches them by identity) and the kit's fast matchers, and returns the
 * validate function. The generated code is deterministic: same schemas, same text.
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
  addFormats(ajv);
  ajv.addFormat('uri', fastUriFormat(fullFormats.uri as (text: string) => boolean));
  for (const keyword of ['maxLength', 'minLength'] as const) {
    ajv.removeKeyword(keyword);
    ajv.addKeyword(lengthKeyword(keyword));
  }
  return ajv;
}

/**
 * The request-file schema without its bodies: each `then.properties.body` that refers to a body
 * schema becomes `true`. The engine validates a file's body with its operation's own validator
 * (and dropped body errors of the request-file schema anyway), so the file itself only needs its
 * envelope checked — without compiling every operation's body schema inline.
 */
export function requestFileEnvelope(schema: SchemaDocument): SchemaDocument {
  const allOf = Array.isArray(schema.allOf) ? schema.allOf : [];
  const { $defs: _defs, ...rest } = schema;
  return {
    ...rest,
    allOf: allOf.map((entry: Record<string, unknown>) => {
      const then = entry.then as Record<string, unknown> | undefined;
      const properties = then?.properties as Record<string, unknown> | undefined;
      const body = properties?.body as Record<string, unknown> | undefined;
      if (typeof body?.$ref !== 'string') return entry;
      return { ...entry, then: { ...then, properties: { ...properties, body: true } } };
    }),
  };
}

/** ajv's literal for a value (its `stringify`): JSON with U+2028/U+2029 escaped. */
const literal = (value: unknown) =>
  JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** One factory: `(schemaRoot, runtime) => validate`, with ajv's copy of the schema replaced by `schemaRoot`. */
function factorySource(file: string, compiled: SchemaDocument): string {
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
  code = code.slice(prefix.length).replace(declaration, () => `const ${name} = schemaRoot;`);
  if (/\brequire\(/.test(code)) {
    throw new Error(`validator-codegen: ${file} needs a run-time require; pass the value in the runtime`);
  }
  return `  ${JSON.stringify(file)}: (schemaRoot, { peekerRegExp, codePointLength, formats }) => {\n${code.trimEnd()}\nreturn ${entry};\n  },\n`;
}

/**
 * The generated validators module for `schemas` (file name → schema, as written to
 * `schemas/generated/json-schema/`): one factory for each of `files` (body schemas and the
 * request-file schema, whose factory validates the envelope only).
 */
export function validatorsModuleSource(
  schemas: ReadonlyMap<string, SchemaDocument>,
  files: readonly string[],
): string {
  const factories = [...new Set(files)].sort().map((file) => {
    const schema = schemas.get(file);
    if (!schema) throw new Error(`validator-codegen: no schema ${file}`);
    return factorySource(file, expandRefs(file === REQUEST_FILE ? requestFileEnvelope(schema) : schema));
  });
  return [
    '// @ts-nocheck -- ajv standalone code; the factories are typed where they are used (lint/schema-validation.ts).',
    '/* Generated from schemas/openapi.yaml by `npm run generate` (lint/validator-codegen.ts). Do not edit. */',
    '/* Each factory: (the `$ref`-expanded schema, the fast matchers and formats) → validate function. */',
    '/* request-file.json validates the envelope only: bodies are validated by their operation’s validator. */',
    'export const validatorFactories = {',
    factories.join(''),
    '};',
    '',
  ].join('\n');
}
