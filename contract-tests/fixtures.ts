/**
 * Suite-wide set-ups several properties share, created on first use through `ctx.fixtures`:
 * a bundle, a static data set to page through, and one key per permission preset.
 *
 * @packageDocumentation
 */
import { catalog, type PermissionPreset } from '../schemas';
import { freshenDomain } from './arbitraries';
import type { EmulatorKey } from './control';
import { exampleBody, operation } from './operations';
import { ContractViolation, type PropertyContext } from './property';
import { dataOf } from './responses';
import type { Exchange } from './target';

/** Orders in the pagination data set: enough for several pages at small `per_page`, and more than the default 25. */
export const PAGINATION_DATASET_SIZE = 30;

/** A static set of orders of one customer, for list walks filtered by `user_id`. */
export interface PaginationDataset {
  userId: string;
  orderIds: string[];
}

/**
 * The pagination data set: {@link PAGINATION_DATASET_SIZE} one-domain orders of a fresh customer.
 * Throws a {@link ContractViolation} when the orders did not come back as that many distinct ids
 * (a mock answering its one example order): every list walk over them would prove nothing.
 */
export async function paginationDataset(ctx: PropertyContext): Promise<PaginationDataset> {
  // The verdict is kept with the data set: a failing property's shrink runs must not place 30 more orders each.
  const built = await ctx.fixtures.once('pagination-dataset', async () => {
    const tag = ctx.unique('pg');
    const orderIds: string[] = [];
    let userId = '';
    let last: Exchange | undefined;
    for (let i = 0; i < PAGINATION_DATASET_SIZE; i++) {
      last = await ctx.api.post('/orders', {
        user: `pagination.owner@${freshenDomain('acme-clients.com', tag)}`,
        google_licenses: 1,
        microsoft_licenses: 0,
        sequencer: {
          provider: 'smartlead',
          client_id: 366903,
          login_email: 'ops@acme.com',
          login_password: 'Pagination1',
        },
        domains: [freshenDomain(`page-${i}-acme.com`, tag)],
        personas: [{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }],
      });
      const order = dataOf<{ id: string; user_id: string }>(
        last,
        200,
        'Creating the pagination data set (POST /orders)',
      );
      orderIds.push(order.id);
      userId = order.user_id;
    }
    const distinct = new Set(orderIds).size;
    const broken =
      distinct === PAGINATION_DATASET_SIZE
        ? undefined
        : new ContractViolation(
            `${PAGINATION_DATASET_SIZE} orders placed with distinct domains came back as ${distinct} ` +
              `${distinct === 1 ? `order id (${orderIds[0]})` : 'distinct order ids'}: the target does not store orders, ` +
              'so there is no data set to page through.',
            last,
          );
    return { dataset: { userId, orderIds }, broken };
  });
  if (built.broken !== undefined) throw built.broken;
  return built.dataset;
}

/** An existing bundle (created from the contract's first `POST /bundles` example). */
export function bundleFixture(ctx: PropertyContext): Promise<string> {
  return ctx.fixtures.once('bundle', async () => {
    const create = operation('POST /bundles');
    const bundle = dataOf<{ id: string }>(
      await ctx.api.post(create.path, exampleBody(create)),
      create.successStatus,
      'Creating a bundle (POST /bundles)',
    );
    return bundle.id;
  });
}

/** One key per preset of the contract, minted through the emulator's control API. */
export function presetKeys(ctx: PropertyContext): Promise<Record<PermissionPreset, EmulatorKey>> {
  return ctx.fixtures.once('preset-keys', async () => {
    const control = ctx.emulator();
    const keys = {} as Record<PermissionPreset, EmulatorKey>;
    for (const preset of Object.keys(catalog.presets) as PermissionPreset[]) {
      const key = await control.createKey(preset);
      ctx.api.addSecret(key.key);
      keys[preset] = key;
    }
    return keys;
  });
}
