/**
 * Bundles: saved order sizes, with `required_domains` from the emulator's density heuristic
 * (API-FACTS §12, Decision 4): google = ceil(V/days × g% / (20 × inboxes)), microsoft =
 * ceil(V/days × m% / 150), days = 30 with weekends else 22, recommended split 50/50.
 */
import type { Bundle, components } from '../../schemas';
import { isoSeconds } from '../clock';
import { invalidRequest } from '../errors';
import { listPage } from '../list';
import type { BundleRecord } from '../state';
import { bundleView } from '../views';
import { data, recordOr404 } from './common';
import type { RouteTable } from './types';

type CreateBundleRequest = components['schemas']['CreateBundleRequest'];
type UpdateBundleRequest = components['schemas']['UpdateBundleRequest'];

/** Sends per Google inbox per day. */
const SENDS_PER_GOOGLE_INBOX = 20;
/** Microsoft sends per domain per day that fit both documented bundle examples. */
const MICROSOFT_DIVISOR = 150;
const RECOMMENDED_GOOGLE_PERCENT = 50;

/** The plan of a bundle: effective split and required domains per provider. */
export function bundlePlan(bundle: {
  monthly_sending_volume: number;
  google_percent: number | null;
  microsoft_percent: number | null;
  send_on_weekends: boolean;
  google_inboxes_per_domain: number;
}): Pick<Bundle, 'effective' | 'required_domains'> {
  const google = bundle.google_percent ?? RECOMMENDED_GOOGLE_PERCENT;
  const microsoft = bundle.microsoft_percent ?? 100 - google;
  const days = bundle.send_on_weekends ? 30 : 22;
  const volume = bundle.monthly_sending_volume;
  // Integer arithmetic: ceil(a / b) without floating-point surprises on exact multiples.
  const ceilDiv = (a: number, b: number) => Math.floor((a + b - 1) / b);
  const googleDomains = ceilDiv(
    volume * google,
    days * 100 * SENDS_PER_GOOGLE_INBOX * bundle.google_inboxes_per_domain,
  );
  const microsoftDomains = ceilDiv(volume * microsoft, days * 100 * MICROSOFT_DIVISOR);
  return {
    effective: { google_percent: google, microsoft_percent: microsoft },
    required_domains: {
      google: googleDomains,
      microsoft: microsoftDomains,
      total: googleDomains + microsoftDomains,
    },
  };
}

function checkPercents(google: number | null, microsoft: number | null): void {
  if (google !== null && microsoft !== null && google + microsoft !== 100) {
    throw invalidRequest(
      `google_percent and microsoft_percent must add up to 100 (got ${google} + ${microsoft}).`,
      'google_percent',
    );
  }
  if ((google === null) !== (microsoft === null)) {
    throw invalidRequest(
      'Set google_percent and microsoft_percent together (both numbers, or both null).',
      'google_percent',
    );
  }
}

/** Bundle routes. */
export const bundleRoutes: RouteTable = {
  'POST /bundles': (ctx) => {
    const body = ctx.body as CreateBundleRequest;
    const settings = {
      monthly_sending_volume: body.monthly_sending_volume,
      google_percent: body.google_percent ?? null,
      microsoft_percent: body.microsoft_percent ?? null,
      send_on_weekends: body.send_on_weekends ?? false,
      google_inboxes_per_domain: (body.google_inboxes_per_domain ?? 2) as 2 | 3,
    };
    checkPercents(settings.google_percent, settings.microsoft_percent);
    const bundle: BundleRecord = {
      id: ctx.rt.ids.next('bun'),
      name: body.name,
      ...settings,
      status: 'active',
      ...bundlePlan(settings),
      created_at: isoSeconds(ctx.rt.clock.now()),
      used: false,
    };
    ctx.rt.store.bundles.insert(bundle);
    return { status: 201, body: data(bundleView(bundle)) };
  },
  'GET /bundles': (ctx) => {
    const { status } = ctx.query;
    return {
      body: listPage(
        { operation: ctx.operation, listUrl: ctx.url, query: ctx.query },
        ctx.rt.tokens,
        ctx.rt.faults,
        (cursor, inclusive) => ctx.rt.store.bundles.newestFirst(cursor, inclusive),
        (bundle) => status === undefined || bundle.status === status,
        bundleView,
      ),
    };
  },
  'GET /bundles/{id}': (ctx) => ({
    body: data(bundleView(recordOr404(ctx, ctx.rt.store.bundles, 'bundle'))),
  }),
  'PATCH /bundles/{id}': (ctx) => {
    const bundle = recordOr404(ctx, ctx.rt.store.bundles, 'bundle');
    // The deprecated `customer_price_cents` / `currency` are accepted and left out, as on create:
    // bundles no longer carry a display price.
    const body = ctx.body as UpdateBundleRequest;
    const next = {
      monthly_sending_volume: body.monthly_sending_volume ?? bundle.monthly_sending_volume,
      google_percent: body.google_percent !== undefined ? body.google_percent : bundle.google_percent,
      microsoft_percent:
        body.microsoft_percent !== undefined ? body.microsoft_percent : bundle.microsoft_percent,
      send_on_weekends: body.send_on_weekends ?? bundle.send_on_weekends,
      google_inboxes_per_domain: (body.google_inboxes_per_domain ?? bundle.google_inboxes_per_domain) as
        | 2
        | 3,
    };
    checkPercents(next.google_percent, next.microsoft_percent);
    Object.assign(bundle, next, bundlePlan(next));
    if (body.name !== undefined) bundle.name = body.name;
    ctx.rt.store.bundles.save(bundle);
    return { body: data(bundleView(bundle)) };
  },
  'DELETE /bundles/{id}': (ctx) => {
    const bundle = recordOr404(ctx, ctx.rt.store.bundles, 'bundle');
    // A bundle any order used is archived, so old orders keep their link.
    if (bundle.used) {
      bundle.status = 'archived';
      ctx.rt.store.bundles.save(bundle);
      return { body: data({ id: bundle.id, status: 'archived' }) };
    }
    ctx.rt.store.bundles.remove(bundle.id);
    return { body: data({ id: bundle.id, status: 'deleted' }) };
  },
};
