/**
 * The error and list envelopes, checked with the generated JSON Schemas (ajv, draft 2020-12):
 * the properties judge responses by the same contract the linter and the emulator use.
 *
 * @packageDocumentation
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import errorEnvelopeSchema from '../schemas/generated/json-schema/error-envelope.json';
import listEnvelopeSchema from '../schemas/generated/json-schema/list-envelope.json';

let validators: { error: ValidateFunction; list: ValidateFunction } | undefined;

// Compiled on first use: the CLI's --help and usage errors should not pay for ajv.
function compiled(): { error: ValidateFunction; list: ValidateFunction } {
  if (validators === undefined) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    validators = { error: ajv.compile(errorEnvelopeSchema), list: ajv.compile(listEnvelopeSchema) };
  }
  return validators;
}

/** Problems with an error body against `ErrorEnvelope`; empty when it conforms. */
export function errorEnvelopeProblems(body: unknown): string[] {
  const validate = compiled().error;
  return validate(body) ? [] : describeErrors(validate.errors);
}

/** Problems with a list body against `ListEnvelope`; empty when it conforms. */
export function listEnvelopeProblems(body: unknown): string[] {
  const validate = compiled().list;
  return validate(body) ? [] : describeErrors(validate.errors);
}

/** `error.code must be equal to one of the allowed values`, one line per ajv error (deduplicated). */
function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  const lines = (errors ?? [])
    // `if`/`then` wrappers repeat the real error below them.
    .filter((error) => error.keyword !== 'if')
    .map((error) => {
      const at = error.instancePath === '' ? 'the body' : error.instancePath.slice(1).replaceAll('/', '.');
      const extra =
        error.keyword === 'additionalProperties'
          ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
          : error.keyword === 'enum'
            ? ` (${(error.params as { allowedValues?: unknown[] }).allowedValues?.length ?? 0} documented values)`
            : '';
      return `${at} ${error.message ?? 'is invalid'}${extra}`;
    });
  return [...new Set(lines)];
}
