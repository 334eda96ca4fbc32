/**
 * API keys and permissions: `Authorization: Bearer pk_test_…` with the presets of the contract
 * (`catalog.presets`), checked against each operation's `permission`.
 */
import { catalog, type OperationInfo, type PermissionPreset } from '../schemas';
import { isoSeconds } from './clock';
import { ApiError } from './errors';
import type { FaultSet } from './faults';
import type { IdFactory } from './ids';
import { base62, deriveSecret } from './random';
import type { ApiKeyRecord, Store } from './state';

/** Id of the key the emulator starts with (stable for every seed, so it survives reset and restarts). */
export const STARTUP_KEY_ID = 'key_startup';

const KEY_SHAPE = /^pk_(test|live)_[A-Za-z0-9]+$/;
const KEY_BODY_LENGTH = 32;

/** Who is calling: the key record, and the name of its rate-limit bucket. */
export interface Caller {
  /** The key, or null when the `auth_off` fault let an unauthenticated call through. */
  key: ApiKeyRecord | null;
  preset: PermissionPreset;
  /** Rate-limit bucket: the key id. */
  bucket: string;
}

/** The presets the contract defines. */
export const PRESETS = Object.keys(catalog.presets) as PermissionPreset[];

/** True if `value` is a preset name. */
export function isPreset(value: unknown): value is PermissionPreset {
  return typeof value === 'string' && (PRESETS as string[]).includes(value);
}

/** The startup full key for a seed: the same text every time the emulator starts with that seed. */
export function startupKeyFor(seed: number): string {
  return `pk_test_${base62(deriveSecret(seed, 'startup-key'), KEY_BODY_LENGTH)}`;
}

/** Creates (and stores) a new `pk_test_` key whose text derives from the seed and the key id. */
export function createKey(
  store: Store,
  ids: IdFactory,
  seed: number,
  now: number,
  preset: PermissionPreset,
): ApiKeyRecord {
  const id = ids.next('key');
  const record: ApiKeyRecord = {
    id,
    key: `pk_test_${base62(deriveSecret(seed, `key:${id}`), KEY_BODY_LENGTH)}`,
    preset,
    created_at: isoSeconds(now),
    revoked_at: null,
  };
  store.keys.insert(record);
  store.keyIndex.set(record.key, record);
  return record;
}

/** Makes sure the startup key exists and is active. */
export function ensureStartupKey(store: Store, seed: number, now: number): ApiKeyRecord {
  const existing = store.keys.get(STARTUP_KEY_ID);
  if (existing && existing.revoked_at === null) {
    store.keyIndex.set(existing.key, existing);
    return existing;
  }
  const record: ApiKeyRecord = {
    id: STARTUP_KEY_ID,
    key: startupKeyFor(seed),
    preset: 'full',
    created_at: existing?.created_at ?? isoSeconds(now),
    revoked_at: null,
  };
  if (existing) {
    Object.assign(existing, record);
    store.keys.save(existing);
    store.keyIndex.set(existing.key, existing);
    return existing;
  }
  store.keys.restore(record);
  store.changed('keys', record.id, record);
  store.keyIndex.set(record.key, record);
  return record;
}

/** Revokes a key; false when there is no such key. */
export function revokeKey(store: Store, id: string, now: number): boolean {
  const record = store.keys.get(id);
  if (!record) return false;
  if (record.revoked_at === null) {
    record.revoked_at = isoSeconds(now);
    store.keys.save(record);
  }
  store.keyIndex.delete(record.key);
  return true;
}

const ANONYMOUS: Caller = { key: null, preset: 'full', bucket: 'anonymous' };

/**
 * Authenticates the `Authorization` header. 401 `unauthorized` for a missing or malformed
 * header, a live key (this is a sandbox) or an unknown/revoked key.
 */
export function authenticate(header: string | undefined, store: Store, faults: FaultSet): Caller {
  const fail = (message: string): Caller => {
    if (faults.has('auth_off')) return ANONYMOUS;
    // RFC 9110 §11.6.1: a 401 names the scheme it wants (not in the Peeker docs; see the contract).
    throw new ApiError('unauthorized', message, { headers: { 'WWW-Authenticate': 'Bearer' } });
  };
  if (header === undefined || header.trim() === '') {
    return fail('Missing Authorization header. Send "Authorization: Bearer pk_test_…".');
  }
  // The scheme is case-insensitive (RFC 9110 §11.1): `bearer pk_test_…` is the same header.
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match) {
    return fail('Malformed Authorization header. The only accepted scheme is "Bearer pk_test_…".');
  }
  const key = match[1]!;
  // Before the shape check: whatever follows `pk_live_`, the answer is that this is a sandbox.
  if (/^pk_live_/i.test(key)) {
    return fail(
      'This is the local Peeker sandbox emulator: live keys (pk_live_…) are never accepted here. ' +
        'Use a pk_test_ key from the emulator (printed at startup, or POST /_emulator/keys).',
    );
  }
  if (!KEY_SHAPE.test(key)) {
    return fail(
      'Malformed API key. Emulator keys are pk_test_ followed by letters and digits (printed at startup, ' +
        'or POST /_emulator/keys).',
    );
  }
  const record = store.keyIndex.get(key);
  if (!record) return fail('Unknown or revoked API key. Create one with POST /_emulator/keys.');
  return { key: record, preset: record.preset, bucket: record.id };
}

/** 403 `forbidden` when the caller's preset does not grant the operation's permission. */
export function authorize(caller: Caller, operation: OperationInfo, faults: FaultSet): void {
  if (faults.has('preset_ignored')) return;
  if (catalog.presets[caller.preset].includes(operation.permission)) return;
  throw new ApiError(
    'forbidden',
    `This key's ${caller.preset} preset does not permit ${operation.key}. Use a full preset key.`,
  );
}
