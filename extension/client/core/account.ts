/**
 * The account behind a key, from `GET /me`, and the guard that stops a live key from writing
 * without an explicit confirmation.
 */
import type { Me, OperationInfo } from '../../../schemas';
import { type KeyEnvironment, keyEnvironment } from './api-key';
import type { Result } from './request-file';

/** What the Account view and the status bar show. */
export interface AccountSummary {
  /** `test` (sandbox) or `live`, as `GET /me` reports it. */
  environment: string;
  /** `full`, `limited` or `read`. */
  preset: string;
  partnerId: string;
  partnerName: string;
}

/** Reads a `GET /me` body `{data: {api_key, partner}}`. */
export function readMe(json: unknown): Result<AccountSummary> {
  const data = (json as { data?: Partial<Me> } | undefined)?.data;
  const apiKey = data?.api_key;
  const partner = data?.partner;
  if (
    typeof apiKey?.environment !== 'string' ||
    typeof apiKey.permission_preset !== 'string' ||
    typeof partner?.id !== 'string' ||
    typeof partner.name !== 'string'
  ) {
    return {
      ok: false,
      message: 'GET /me did not return {data: {api_key: {environment, permission_preset}, partner}}.',
    };
  }
  return {
    ok: true,
    value: {
      environment: apiKey.environment,
      preset: apiKey.permission_preset,
      partnerId: partner.id,
      partnerName: partner.name,
    },
  };
}

/**
 * Whether a key is live: by its prefix, or by what `GET /me` said if that disagrees. Either one
 * saying "live" is enough — the guard errs on the side of asking.
 */
export function isLiveKey(key: string | undefined, account?: AccountSummary): boolean {
  const byPrefix: KeyEnvironment | undefined = key === undefined ? undefined : keyEnvironment(key);
  return byPrefix === 'live' || account?.environment === 'live';
}

/** True when sending `operation` with this key needs the user's explicit confirmation first. */
export function needsLiveConfirmation(
  operation: Pick<OperationInfo, 'permission'>,
  key: string | undefined,
  account?: AccountSummary,
): boolean {
  return operation.permission === 'write' && isLiveKey(key, account);
}

/** The modal question asked before a live write. */
export function liveConfirmationMessage(operation: Pick<OperationInfo, 'key'>, url: string): string {
  return `LIVE key: ${operation.key} will change real data and may create charges (${url}). Send it?`;
}

/** The one-line account text for the status bar and the Account view, e.g. `test · full · Acme`. */
export function describeAccount(account: AccountSummary | undefined, key: string | undefined): string {
  if (!key) return 'no API key';
  const marker = isLiveKey(key, account)
    ? 'LIVE'
    : (account?.environment ?? keyEnvironment(key) ?? 'unknown');
  if (!account) return `${marker} · not checked`;
  return `${marker} · ${account.preset} · ${account.partnerName}`;
}
