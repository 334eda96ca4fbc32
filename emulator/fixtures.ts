/**
 * Valid request bodies for tests, examples and the benchmark: every field the contract
 * requires, custom sizing that matches the domain count.
 */
import type { CreateOrderRequest } from '../schemas';

/** A sequencer block that passes validation. */
export const SAMPLE_SEQUENCER = {
  provider: 'smartlead',
  client_id: 366903,
  login_email: 'ops@acme.com',
  login_password: 's3cret-Passw0rd',
} as const;

/**
 * A custom-sized `POST /orders` body for `domains`: every domain is a Google domain with
 * `density` inboxes (so `google_licenses` = domains × density).
 */
export function sampleOrderBody(
  domains: readonly string[],
  overrides: Partial<CreateOrderRequest> = {},
): CreateOrderRequest {
  const density = (overrides.google_inboxes_per_domain ?? 2) as 2 | 3;
  return {
    user: 'client@example.com',
    google_licenses: domains.length * density,
    microsoft_licenses: 0,
    google_inboxes_per_domain: density,
    sequencer: { ...SAMPLE_SEQUENCER },
    domains: [...domains],
    personas: [{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }],
    ...overrides,
  };
}

/**
 * A bundle-sized `POST /orders` body: `bundle_id` instead of license counts and a density (the
 * bundle sets them; mixing both is `order_shape_conflict`).
 */
export function sampleBundleOrderBody(
  bundleId: string,
  domains: readonly string[],
  overrides: Partial<CreateOrderRequest> = {},
): CreateOrderRequest {
  const {
    google_licenses: _google,
    microsoft_licenses: _microsoft,
    google_inboxes_per_domain: _density,
    ...common
  } = sampleOrderBody(domains);
  return { ...common, bundle_id: bundleId, ...overrides };
}

/** `count` distinct, valid domain names starting with `prefix`. */
export function sampleDomains(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}.com`);
}
