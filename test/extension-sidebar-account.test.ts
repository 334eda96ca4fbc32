import { describe, expect, it } from 'vitest';
import {
  describeAccount,
  isLiveKey,
  liveConfirmationMessage,
  needsLiveConfirmation,
  readMe,
} from '../extension/client/core/account';
import { keyEnvironment, maskKey, redact, validateApiKey } from '../extension/client/core/api-key';
import { findOperation } from '../schemas';

const me = {
  data: {
    api_key: { environment: 'test', permission_preset: 'full' },
    partner: { id: 'org_01HZX0OG1A2B3C4D5E6F7G8H', name: 'Acme Resellers' },
  },
};
const account = {
  environment: 'test',
  preset: 'full',
  partnerId: 'org_01HZX0OG1A2B3C4D5E6F7G8H',
  partnerName: 'Acme Resellers',
};

describe('API keys', () => {
  it.each([
    ['pk_test_abc123', undefined],
    ['pk_live_ABC', undefined],
    ['', 'Paste a Peeker API key: pk_test_… for the sandbox, pk_live_… for production.'],
    ['Bearer pk_test_abc', 'Paste the key alone, without "Bearer ".'],
    ['pk_test_a bc', 'The key contains spaces or line breaks; paste it again without them.'],
    ['sk_test_abc', 'Peeker keys start with pk_test_ (sandbox) or pk_live_ (production).'],
    ['pk_test_ab-c', 'After the pk_test_/pk_live_ prefix a key has only letters and digits.'],
  ])('validateApiKey(%j)', (input, expected) => {
    expect(validateApiKey(input)).toBe(expected);
  });

  it('reads the environment from the prefix and never shows the secret part', () => {
    expect(keyEnvironment('pk_live_x1')).toBe('live');
    expect(keyEnvironment('pk_test_x1')).toBe('test');
    expect(keyEnvironment('x')).toBeUndefined();
    expect(maskKey('pk_test_SECRET')).toBe('pk_test_…');
    expect(maskKey('garbage')).toBe('an API key');
    expect(redact('Authorization: Bearer pk_live_SECRET9 and whsec_abc')).toBe(
      'Authorization: Bearer pk_live_… and whsec_…',
    );
  });
});

describe('GET /me', () => {
  it('reads the account', () => {
    expect(readMe(me)).toEqual({ ok: true, value: account });
  });

  it('explains a wrong shape', () => {
    expect(readMe({ data: { api_key: {} } })).toEqual({
      ok: false,
      message: 'GET /me did not return {data: {api_key: {environment, permission_preset}, partner}}.',
    });
  });
});

describe('live-key guard', () => {
  const write = findOperation('POST /orders')!;
  const read = findOperation('GET /orders')!;
  const availability = findOperation('POST /domains/availability')!;

  it('asks before a live write only', () => {
    expect(needsLiveConfirmation(write, 'pk_live_abc')).toBe(true);
    expect(needsLiveConfirmation(read, 'pk_live_abc')).toBe(false);
    expect(needsLiveConfirmation(availability, 'pk_live_abc')).toBe(false);
    expect(needsLiveConfirmation(write, 'pk_test_abc')).toBe(false);
  });

  it('trusts GET /me saying live even when the prefix says test', () => {
    expect(isLiveKey('pk_test_abc', { ...account, environment: 'live' })).toBe(true);
    expect(needsLiveConfirmation(write, 'pk_test_abc', { ...account, environment: 'live' })).toBe(true);
  });

  it('words the question and the account line', () => {
    expect(liveConfirmationMessage(write, 'https://api.peeker.ai/partner/v1/orders')).toBe(
      'LIVE key: POST /orders will change real data and may create charges (https://api.peeker.ai/partner/v1/orders). Send it?',
    );
    expect(describeAccount(account, 'pk_test_a')).toBe('test · full · Acme Resellers');
    expect(describeAccount(undefined, 'pk_live_a')).toBe('LIVE · not checked');
    expect(describeAccount(undefined, undefined)).toBe('no API key');
  });
});
