/**
 * Peeker webhook helpers for a partner's own service and tests: sign and verify deliveries
 * (`Peeker-Signature` / `Peeker-Timestamp`), and the contract's event types and envelopes.
 *
 * @example Verify a delivery in a handler, on the raw body bytes:
 * ```ts
 * const result = verifyWebhook(rawBody, request.headers, process.env.PEEKER_WEBHOOK_SECRET!);
 * if (!result.ok) return reply.code(400).send(result.message);
 * ```
 *
 * The webhook-handler checker (`peeker-devkit webhooks check`) is a CLI command, not part of this API.
 *
 * @packageDocumentation
 */
export {
  type BuildWebhookEventOptions,
  buildWebhookEvent,
  isWebhookEventType,
  WEBHOOK_EVENT_TYPES,
  type WebhookEvent,
  type WebhookEventData,
  type WebhookEventResource,
  type WebhookEventState,
  type WebhookEventType,
  type WebhookEventTypeInfo,
  webhookEventTypeInfo,
} from './events';
export {
  DEFAULT_TOLERANCE_SECONDS,
  EVENT_ID_HEADER,
  type HeaderLookup,
  SIGNATURE_HEADER,
  SIGNATURE_SCHEME,
  type SignedPayload,
  signWebhook,
  TIMESTAMP_HEADER,
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookBody,
  type WebhookHeaders,
  type WebhookSignatureHeaders,
  type WebhookVerification,
  type WebhookVerificationFailure,
  type WebhookVerificationFailureReason,
  type WebhookVerificationSuccess,
} from './signature';
