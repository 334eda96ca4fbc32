/**
 * API keys as the extension handles them: which environment a key belongs to, whether a typed key
 * looks right, and how to show one without revealing it.
 */
import { redactSecrets } from '../../../lint/urls';

/** The environment a key's prefix selects: `pk_test_` → sandbox, `pk_live_` → production. */
export type KeyEnvironment = 'test' | 'live';

const KEY_SHAPE = /^pk_(test|live)_[A-Za-z0-9]+$/;

/** The environment named by a key's prefix, or `undefined` when the key has no known prefix. */
export function keyEnvironment(key: string): KeyEnvironment | undefined {
  const match = KEY_SHAPE.exec(key.trim());
  return match ? (match[1] as KeyEnvironment) : undefined;
}

/**
 * Checks a key typed into the "Set API Key" box.
 * @returns `undefined` when it looks like a Peeker key, else one sentence saying what is wrong.
 */
export function validateApiKey(input: string): string | undefined {
  const key = input.trim();
  if (key === '') return 'Paste a Peeker API key: pk_test_… for the sandbox, pk_live_… for production.';
  if (/^Bearer\s/i.test(input.trim())) return 'Paste the key alone, without "Bearer ".';
  if (/\s/.test(key)) return 'The key contains spaces or line breaks; paste it again without them.';
  if (!key.startsWith('pk_test_') && !key.startsWith('pk_live_')) {
    return 'Peeker keys start with pk_test_ (sandbox) or pk_live_ (production).';
  }
  if (!KEY_SHAPE.test(key)) return 'After the pk_test_/pk_live_ prefix a key has only letters and digits.';
  return undefined;
}

/** A key as it may be shown: the prefix and nothing of the secret, e.g. `pk_test_…`. */
export function maskKey(key: string): string {
  const environment = keyEnvironment(key);
  return environment ? `pk_${environment}_…` : 'an API key';
}

/** Removes every API key and webhook secret from text that will be shown or logged. */
export function redact(text: string): string {
  return redactSecrets(text);
}
