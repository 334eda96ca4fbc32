/**
 * Query-string validation against the catalog's parameter schemas: unknown or repeated
 * parameters, wrong types, out-of-range values and missing required ones are 400
 * `invalid_request` with `field` naming the parameter.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { OperationInfo, ParameterInfo } from '../schemas';
import { clip, invalidRequest, SHORT_QUOTE } from './errors';

/** Validated query values: integers as numbers, everything else as the string sent. */
export type QueryValues = Record<string, string | number>;

const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);

type Check = (value: unknown) => boolean;
const checks = new Map<ParameterInfo['schema'], Check>();

function checkFor(schema: ParameterInfo['schema']): Check {
  let check = checks.get(schema);
  if (!check) {
    const validate = ajv.compile(schema);
    check = (value) => validate(value) === true;
    checks.set(schema, check);
  }
  return check;
}

/** Parses the raw query string of `url` (no decoding surprises: URLSearchParams semantics). */
export function rawQuery(url: string): URLSearchParams {
  const index = url.indexOf('?');
  return new URLSearchParams(index < 0 ? '' : url.slice(index + 1));
}

/** Validates the query of a request to `operation`; throws 400 `invalid_request` on the first problem. */
export function validateQuery(operation: OperationInfo, params: URLSearchParams): QueryValues {
  const known = new Map<string, ParameterInfo>();
  for (const parameter of operation.parameters)
    if (parameter.in === 'query') known.set(parameter.name, parameter);
  const values: QueryValues = {};
  const seen = new Set<string>();
  for (const [name, value] of params) {
    const parameter = known.get(name);
    if (!parameter) {
      const allowed = [...known.keys()];
      throw invalidRequest(
        `Unknown query parameter "${clip(name, SHORT_QUOTE)}" for ${operation.key}. ` +
          (allowed.length ? `Allowed: ${allowed.join(', ')}.` : 'It takes no query parameters.'),
        clip(name, SHORT_QUOTE),
      );
    }
    if (seen.has(name)) throw invalidRequest(`Query parameter ${name} was given more than once.`, name);
    seen.add(name);
    values[name] = parseValue(parameter, value);
  }
  for (const parameter of known.values()) {
    if (parameter.required && !seen.has(parameter.name)) {
      throw invalidRequest(
        `Query parameter ${parameter.name} is required: ${parameter.description}`,
        parameter.name,
      );
    }
  }
  return values;
}

function parseValue(parameter: ParameterInfo, text: string): string | number {
  const schema = parameter.schema;
  if (schema.type === 'integer') {
    const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
    const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
    const range =
      min !== undefined && max !== undefined
        ? ` between ${min} and ${max}`
        : min !== undefined
          ? ` ≥ ${min}`
          : '';
    const number = /^-?\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
    if (!checkFor(schema)(number)) {
      throw invalidRequest(
        `${parameter.name} must be an integer${range}, got "${clip(text, SHORT_QUOTE)}".`,
        parameter.name,
      );
    }
    return number;
  }
  if (!checkFor(schema)(text)) {
    throw invalidRequest(
      `${parameter.name} ${describeExpectation(parameter)}, got "${clip(text, SHORT_QUOTE)}".`,
      parameter.name,
    );
  }
  return text;
}

function describeExpectation({ schema, description }: ParameterInfo): string {
  if (Array.isArray(schema.enum)) return `must be one of ${schema.enum.join(', ')}`;
  if (schema.format === 'email') return 'must be an email address';
  if (typeof schema.pattern === 'string') {
    const prefix = /^\^([a-z]+_)/.exec(schema.pattern);
    if (prefix) return `must be an id starting with ${prefix[1]}`;
    // Any other pattern (a list with no empty entry…) is what the parameter's description says.
    return `must be ${description.charAt(0).toLowerCase()}${description.slice(1).replace(/\.$/, '')}`;
  }
  if (Array.isArray(schema.anyOf)) return 'must be a customer id (usr_…) or an email address';
  if (schema.minLength === 1) return 'must not be empty';
  return 'is not valid';
}
