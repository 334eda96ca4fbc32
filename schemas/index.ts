/**
 * The contract, as the rest of the kit consumes it: the generated catalog (operations, error codes,
 * permissions, enums, webhook events), the generated JSON Schemas, and the generated TypeScript types.
 * Everything here comes from `schemas/openapi.yaml` through `npm run generate` — nothing is written twice.
 */
import catalogJson from './generated/catalog.json';
import type { components, operations as generatedOperations, paths } from './generated/openapi';

export type { components, paths };
/** Every operation's generated request/response types, keyed by operationId. */
export type Operations = generatedOperations;

type Schemas = components['schemas'];
/** Generated resource and envelope types. */
export type Order = Schemas['Order'];
export type OrderDetail = Schemas['OrderDetail'];
export type OrderStatus = Schemas['OrderStatus'];
export type CreateOrderRequest = Schemas['CreateOrderRequest'];
export type PendingAction = Schemas['PendingAction'];
export type PendingActionReason = Schemas['PendingActionReason'];
export type Bundle = Schemas['Bundle'];
export type User = Schemas['User'];
export type Domain = Schemas['Domain'];
export type DomainImport = Schemas['DomainImport'];
export type ImportJob = Schemas['ImportJob'];
export type ForwardingJob = Schemas['ForwardingJob'];
export type Swap = Schemas['Swap'];
export type Me = Schemas['Me'];
export type ErrorCode = Schemas['ErrorCode'];
export type ErrorEnvelope = Schemas['ErrorEnvelope'];
export type ListEnvelope = Schemas['ListEnvelope'];
export type WebhookEventType = Schemas['WebhookEventType'];
export type PermissionPreset = Schemas['PermissionPreset'];

/** What the API says about one error code (from `ErrorCode.x-peeker-error-codes`). */
export interface ErrorCodeInfo {
  /** HTTP status the API answers with. */
  status: number;
  /** What the code means. */
  meaning: string;
  /** What the client should do. */
  action: string;
  /** What `error.field` holds for this code, when the docs say. */
  field?: string;
  /** Keys of `error.details` for this code. */
  details?: string[];
  'x-peeker-source'?: string;
  /** True when the code is a Peeker DevKit assumption rather than documented. */
  'x-peeker-undocumented'?: boolean;
}

/** A query or path parameter of an operation, with its schema inlined. */
export interface ParameterInfo {
  name: string;
  in: 'query' | 'path' | 'header';
  required: boolean;
  description: string;
  schema: Record<string, unknown>;
}

/** One operation of the API as data. */
export interface OperationInfo {
  /** `"POST /orders"` — the key request files, the linter and the emulator use. */
  key: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  /** Path template relative to the base path, e.g. `/orders/{id}/cancel`. */
  path: string;
  operationId: string;
  summary: string;
  /** Permission the key needs: `read`, `availability` or `write`. */
  permission: 'read' | 'availability' | 'write';
  successStatus: number;
  /** File name of the body schema under `schemas/generated/json-schema/`, or null. */
  requestSchema: string | null;
  requestBodyRequired: boolean;
  parameters: ParameterInfo[];
  source: string | null;
}

/** An account's plan tier, which sets its premium-swap quota (not exposed by the API). */
export type AccountTier = 'base' | 'premium' | 'vip' | 'vip_plus';

/** The generated catalog's shape. */
export interface Catalog {
  title: string;
  version: string;
  /** Base paths the API is served under, newest first (`/partner/v1`, `/api/partner/v1`). */
  basePaths: string[];
  /** Origins of the API's public servers (`https://api.peeker.ai`); the emulator's loopback server is not one. */
  apiOrigins: string[];
  operations: OperationInfo[];
  errorCodes: Record<ErrorCode, ErrorCodeInfo>;
  /** The seed page's decision rule, in order. */
  decisionRule: { when: string; advice: string }[];
  /** Preset → permissions it grants. */
  presets: Record<PermissionPreset, OperationInfo['permission'][]>;
  rateLimit: { requests_per_minute: number; scope: string; on_exceeded: string };
  /**
   * Dedupe rules: `orders` (the window and the fingerprint's fields, from the docs), and the kit's
   * notes on what the docs leave open (import jobs, domains after the window, replay status).
   */
  dedupe: { orders: { window_hours: number; fingerprint: string[]; notes: string } } & Record<
    string,
    unknown
  >;
  /** Premium-swap limits: warm period, Microsoft only, cooldown and quota per account tier. */
  premiumSwaps: {
    warm_days: number;
    microsoft_only: boolean;
    cooldown_days: number;
    quota_percent_by_tier: Record<AccountTier, number>;
    notes: string;
  };
  pendingActionReasons: Record<
    PendingActionReason,
    { blocking: string; resolution: string; action_type: string }
  >;
  orderLifecycle: { initial: OrderStatus; transitions: Record<OrderStatus, OrderStatus[]> };
  /** Every enum in the contract by schema name, e.g. `enums.OrderStatus`. */
  enums: Record<string, (string | number)[]>;
  /** Id schema name → prefix, e.g. `OrderId` → `ord_`. */
  idPrefixes: Record<string, string>;
  webhookEvents: { type: WebhookEventType; description: string; schema: string }[];
  webhookSignature: { headers: string[]; signedPayload: string; toleranceSeconds: number };
}

/** The contract as data. */
export const catalog = catalogJson as unknown as Catalog;

/** Base of every generated JSON Schema `$id`. */
export const SCHEMA_ID_BASE = 'https://peeker-devkit.dev/schemas/v1/';

/** Looks an operation up by `"METHOD /path"` (method case-insensitive, path as in the contract). */
export function findOperation(key: string): OperationInfo | undefined {
  const match = /^\s*([A-Za-z]+)\s+(\S+)\s*$/.exec(key);
  if (!match) return undefined;
  const normalized = `${match[1]!.toUpperCase()} ${match[2]}`;
  return catalog.operations.find((op) => op.key === normalized);
}

/** The HTTP status the API uses for an error code. */
export function statusOf(code: ErrorCode): number {
  return catalog.errorCodes[code].status;
}
