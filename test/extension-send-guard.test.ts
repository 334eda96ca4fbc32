import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../extension/client/core/account';
import {
  decideSend,
  RESTRICTED_MODE_MESSAGE,
  SEND_TO_LIVE,
  type SendContext,
} from '../extension/client/core/send-guard';
import { catalog } from '../schemas';

const BASE = 'https://api.peeker.ai/partner/v1';
const account = (environment: string): AccountSummary => ({
  environment,
  preset: 'full',
  partnerId: 'org_01HZX0OG1A2B3C4D5E6F7G8H',
  partnerName: 'Acme Resellers',
});
const url = (key: string) => `${BASE}${key.slice(key.indexOf(' ') + 1)}`;

/** The operations that write, by the contract's `permission` (an exact list: a change must be deliberate). */
const WRITES = [
  'POST /orders',
  'POST /orders/{id}/cancel',
  'POST /bundles',
  'PATCH /bundles/{id}',
  'DELETE /bundles/{id}',
  'POST /users',
  'PATCH /users/{id}',
  'DELETE /users/{id}',
  'POST /domains/import',
  'POST /domains/import/jobs',
  'POST /domains/forwarding',
  'POST /swaps',
  'POST /swaps/user_names',
];

/** Every kind of key the guard must treat as live, and every kind it must not. */
const LIVE: [string, Omit<SendContext, 'trusted' | 'target'>][] = [
  ['a pk_live_ key, GET /me not answered', { key: 'pk_live_FAKE1' }],
  ['a pk_live_ key, GET /me says live', { key: 'pk_live_FAKE1', account: account('live') }],
  // GET /me is trusted over the prefix when it says live: the guard errs on the side of asking.
  ['a pk_test_ key GET /me says is live', { key: 'pk_test_FAKE1', account: account('live') }],
];
const NOT_LIVE: [string, Omit<SendContext, 'trusted' | 'target'>][] = [
  ['a pk_test_ key, GET /me not answered', { key: 'pk_test_FAKE1' }],
  ['a pk_test_ key, GET /me says test', { key: 'pk_test_FAKE1', account: account('test') }],
  ['no key', { key: undefined }],
  ['a key without a known prefix', { key: 'garbage' }],
];

describe('send guard: every operation in the contract, by its permission', () => {
  it('knows which operations write', () => {
    expect(catalog.operations.filter((op) => op.permission === 'write').map((op) => op.key)).toEqual(WRITES);
    // Reads and the availability check (a POST that changes nothing) never ask.
    expect([...new Set(catalog.operations.map((op) => op.permission))].sort()).toEqual([
      'availability',
      'read',
      'write',
    ]);
  });

  describe.each(LIVE)('with %s (configured base URL, trusted)', (_, keyContext) => {
    it.each(catalog.operations.map((op) => [op.key, op.permission, op] as const))(
      '%s (%s)',
      (key, permission, operation) => {
        const decision = decideSend(operation, url(key), {
          trusted: true,
          target: 'configured',
          ...keyContext,
        });
        if (permission === 'write') {
          expect(decision).toEqual({
            kind: 'confirm',
            message: `LIVE key: ${key} will change real data and may create charges (${url(key)}). Send it?`,
            detail: 'Your key is a pk_live_ key. Test in the sandbox with a pk_test_ key first.',
            confirmLabel: SEND_TO_LIVE,
          });
        } else {
          expect(decision).toEqual({ kind: 'send' });
        }
      },
    );
  });

  describe.each(NOT_LIVE)('with %s (configured base URL, trusted)', (_, keyContext) => {
    it.each(catalog.operations.map((op) => [op.key, op] as const))(
      '%s is sent without asking',
      (key, operation) => {
        expect(
          decideSend(operation, url(key), { trusted: true, target: 'configured', ...keyContext }),
        ).toEqual({
          kind: 'send',
        });
      },
    );
  });

  it('never asks for the embedded emulator, which always uses its own pk_test_ key', () => {
    for (const [, keyContext] of [...LIVE, ...NOT_LIVE]) {
      const decisions = catalog.operations.map(
        (op) => decideSend(op, url(op.key), { trusted: true, target: 'emulator', ...keyContext }).kind,
      );
      expect(new Set(decisions)).toEqual(new Set(['send']));
    }
  });

  it('refuses every operation in Restricted Mode, for every key and target, and says why', () => {
    const seen = new Set<string>();
    for (const [, keyContext] of [...LIVE, ...NOT_LIVE]) {
      for (const target of ['configured', 'emulator'] as const) {
        for (const op of catalog.operations) {
          seen.add(JSON.stringify(decideSend(op, url(op.key), { trusted: false, target, ...keyContext })));
        }
      }
    }
    expect([...seen].map((text) => JSON.parse(text))).toEqual([
      { kind: 'refuse', message: RESTRICTED_MODE_MESSAGE },
    ]);
    expect(RESTRICTED_MODE_MESSAGE).toBe(
      'This workspace is in Restricted Mode: Peeker sends no requests until you trust it.',
    );
  });
});
