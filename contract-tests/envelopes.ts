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
import webhookDomainActionRequired from '../schemas/generated/json-schema/webhook-domain.action_required.json';
import webhookDomainConnected from '../schemas/generated/json-schema/webhook-domain.connected.json';
import webhookDomainForwardingFailed from '../schemas/generated/json-schema/webhook-domain.forwarding_failed.json';
import webhookDomainForwardingUpdated from '../schemas/generated/json-schema/webhook-domain.forwarding_updated.json';
import webhookDomainImportActionRequired from '../schemas/generated/json-schema/webhook-domain_import.action_required.json';
import webhookDomainImportCompleted from '../schemas/generated/json-schema/webhook-domain_import.completed.json';
import webhookDomainImportFailed from '../schemas/generated/json-schema/webhook-domain_import.failed.json';
import webhookEvent from '../schemas/generated/json-schema/webhook-event.json';
import webhookOrderActionRequired from '../schemas/generated/json-schema/webhook-order.action_required.json';
import webhookOrderCancelScheduled from '../schemas/generated/json-schema/webhook-order.cancel_scheduled.json';
import webhookOrderCancelled from '../schemas/generated/json-schema/webhook-order.cancelled.json';
import webhookOrderCompleted from '../schemas/generated/json-schema/webhook-order.completed.json';
import webhookOrderFailed from '../schemas/generated/json-schema/webhook-order.failed.json';
import webhookOrderInProgress from '../schemas/generated/json-schema/webhook-order.in_progress.json';
import webhookSwapActionRequired from '../schemas/generated/json-schema/webhook-swap.action_required.json';
import webhookSwapCompleted from '../schemas/generated/json-schema/webhook-swap.completed.json';
import webhookSwapCreated from '../schemas/generated/json-schema/webhook-swap.created.json';
import webhookSwapFailed from '../schemas/generated/json-schema/webhook-swap.failed.json';
import webhookSwapInProgress from '../schemas/generated/json-schema/webhook-swap.in_progress.json';

/** One schema per webhook event type; `webhook-event.json` picks among them by `type`. */
const WEBHOOK_EVENT_SCHEMAS = [
  webhookOrderInProgress,
  webhookOrderCompleted,
  webhookOrderFailed,
  webhookOrderActionRequired,
  webhookOrderCancelScheduled,
  webhookOrderCancelled,
  webhookDomainConnected,
  webhookDomainActionRequired,
  webhookDomainForwardingUpdated,
  webhookDomainForwardingFailed,
  webhookDomainImportCompleted,
  webhookDomainImportFailed,
  webhookDomainImportActionRequired,
  webhookSwapCreated,
  webhookSwapInProgress,
  webhookSwapCompleted,
  webhookSwapFailed,
  webhookSwapActionRequired,
];

interface Validators {
  error: ValidateFunction;
  list: ValidateFunction;
  webhook: ValidateFunction;
}

let validators: Validators | undefined;

// Compiled on first use: the CLI's --help and usage errors should not pay for ajv.
function compiled(): Validators {
  if (validators === undefined) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    for (const schema of WEBHOOK_EVENT_SCHEMAS) ajv.addSchema(schema);
    validators = {
      error: ajv.compile(errorEnvelopeSchema),
      list: ajv.compile(listEnvelopeSchema),
      webhook: ajv.compile(webhookEvent),
    };
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

/** Problems with a webhook delivery body against its event type's schema; empty when it conforms. */
export function webhookEventProblems(body: unknown): string[] {
  const validate = compiled().webhook;
  return validate(body) ? [] : describeErrors(validate.errors);
}

/** `error.code must be equal to one of the allowed values`, one line per ajv error (deduplicated). */
function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  const lines = (errors ?? [])
    // `if`/`then` wrappers repeat the real error below them.
    .filter((error) => error.keyword !== 'if')
    .map((error) => {
      const at = error.instancePath === '' ? 'the body' : error.instancePath.slice(1).replaceAll('/', '.');
      const params = error.params as { additionalProperty?: string; unevaluatedProperty?: string };
      const extra =
        error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties'
          ? ` (${String(params.additionalProperty ?? params.unevaluatedProperty)})`
          : error.keyword === 'enum'
            ? ` (${(error.params as { allowedValues?: unknown[] }).allowedValues?.length ?? 0} documented values)`
            : '';
      return `${at} ${error.message ?? 'is invalid'}${extra}`;
    });
  return [...new Set(lines)];
}
