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
import type { PropertyContext } from './property';
import { dataOf } from './responses';

/** Orders in the pagination data set: enough for several pages at small `per_page`, and more than the default 25. */
export const PAGINATION_DATASET_SIZE = 30;

/** A static set of orders of one customer, for list walks filtered by `user_id`. */
export interface PaginationDataset {
  userId: string;
  orderIds: string[];
}

/** The pagination data set: {@link PAGINATION_DATASET_SIZE} one-domain orders of a fresh customer. */
export function paginationDataset(ctx: PropertyContext): Promise<PaginationDataset> {
  return ctx.fixtures.once('pagination-dataset', async () => {
    const tag = ctx.unique('pg');
    const orderIds: string[] = [];
    let userId = '';
    for (let i = 0; i < PAGINATION_DATASET_SIZE; i++) {
      const order = dataOf<{ id: string; user_id: string }>(
        await ctx.api.post('/orders', {
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
        }),
        200,
        'Creating the pagination data set (POST /orders)',
      );
      orderIds.push(order.id);
      userId = order.user_id;
    }
    return { userId, orderIds };
  });
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
