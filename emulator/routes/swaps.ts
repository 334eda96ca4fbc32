/** Swaps: replace one domain inside an order, or rename the people behind its inboxes. */
import type { components } from '../../schemas';
import { isoSeconds } from '../clock';
import { ApiError, invalidRequest, notFound } from '../errors';
import {
  activeOrderOf,
  inboxesOn,
  OPEN_SWAP_STATUSES,
  type PersonaFields,
  pictureBlockers,
  reserveReplacement,
  usableFor,
} from '../lifecycle';
import { listPage } from '../list';
import { hasMagic, MAGIC, TIMINGS } from '../magic';
import { checkPremiumSwap } from '../premium-swaps';
import type { DomainRecord, OrderRecord, SwapRecord } from '../state';
import { nonRootDomainError, nonRootNames, normalizeDomain } from '../validation';
import { swapView } from '../views';
import { data, recordOr404 } from './common';
import type { RequestContext, RouteTable } from './types';

type CreateSwapRequest = components['schemas']['CreateSwapRequest'];
/** A `POST /swaps/user_names` body the lint engine accepted (the generated type is a union with `unknown`). */
interface UserNameSwapRequest {
  domain_id: string;
  personas?: PersonaFields[];
  users?: PersonaFields[];
}

/**
 * The connected domain a swap acts on, with its active order: on the order's list and not
 * scheduled to cancel; a domain swap also needs no other open domain swap of it.
 */
function swappableDomain(
  ctx: RequestContext,
  id: string,
  type: 'domain' | 'user_names' = 'domain',
): { domain: DomainRecord; order: OrderRecord } {
  const domain = ctx.rt.store.domains.get(id);
  if (!domain) throw notFound(`No domain ${id} in this account.`, 'domain_id');
  const order = activeOrderOf(ctx.rt, domain);
  if (!order)
    throw invalidRequest(
      `Domain ${domain.domain} is not on an active order, so there is nothing to swap.`,
      'domain_id',
    );
  if (order.status === 'cancel_scheduled' || order.cancelling_domain_ids?.includes(id)) {
    throw invalidRequest(
      `Domain ${domain.domain} is scheduled to cancel with order ${order.id}, so there is nothing to swap.`,
      'domain_id',
    );
  }
  if (!ctx.rt.store.domains.lists(order, id)) {
    throw invalidRequest(
      `Domain ${domain.domain} is no longer one of order ${order.id}'s domains (a swapped-out domain kept warm, or a replacement still being swapped in).`,
      'domain_id',
    );
  }
  // Renaming the people behind a domain does not replace it: it may run beside any other swap.
  if (type === 'user_names') return { domain, order };
  for (const swap of ctx.rt.store.swaps.values()) {
    if (swap.domain_id === id && OPEN_SWAP_STATUSES.has(swap.status) && swap.type !== 'user_names') {
      throw invalidRequest(
        `Domain ${domain.domain} already has swap ${swap.id} (${swap.status}).`,
        'domain_id',
      );
    }
  }
  return { domain, order };
}

function newSwap(
  ctx: RequestContext,
  fields: Pick<SwapRecord, 'type' | 'domain_id' | 'replacement_domain'>,
  order: OrderRecord,
): SwapRecord {
  const swap: SwapRecord = {
    id: ctx.rt.ids.next('swp'),
    ...fields,
    status: 'created',
    created_at: isoSeconds(ctx.rt.clock.now()),
    user_id: order.user_id,
    order_id: order.id,
    waiting_for_import: false,
  };
  ctx.rt.store.swaps.insert(swap);
  ctx.rt.webhooks.emit('swap.created', swapView(swap));
  ctx.rt.scheduler.schedule('swap.start', swap.id, TIMINGS.swapStartSeconds);
  return swap;
}

/** Swap routes. */
export const swapRoutes: RouteTable = {
  'POST /swaps': (ctx) => {
    const rt = ctx.rt;
    const body = ctx.body as CreateSwapRequest;
    const { domain, order } = swappableDomain(ctx, body.domain_id);
    const replacement = normalizeDomain(body.replacement_domain);
    if (body.type === 'premium' && domain.provider !== 'microsoft') {
      throw invalidRequest('Premium swaps are for Microsoft domains only; use a standard swap.', 'type');
    }
    if (body.type === 'premium') checkPremiumSwap(rt, domain);
    if (replacement === domain.domain) {
      throw invalidRequest(
        'replacement_domain is the domain being replaced; pick a different one.',
        'replacement_domain',
      );
    }
    const known = rt.store.domains.peekByName(replacement);
    // A name the emulator does not know is registered by the swap: only a root domain can be —
    // checked before the magic tokens, as orders do (premium.acme.com is a subdomain first).
    if (known === undefined && nonRootNames(ctx.warnings, 'replacement_domain') !== undefined) {
      throw nonRootDomainError(replacement, 'replacement_domain');
    }
    if (hasMagic(replacement, MAGIC.premium)) {
      throw new ApiError('premium_domain_not_supported', `${replacement} is a premium domain.`, {
        field: 'replacement_domain',
      });
    }
    if (domain.provider === 'google' && !usableFor(replacement).includes('google')) {
      throw new ApiError(
        'domain_not_usable_for_provider',
        `${replacement} can't host Google (DNS conflict).`,
        {
          field: 'replacement_domain',
        },
      );
    }
    const holder = activeOrderOf(rt, known);
    if (holder) {
      throw new ApiError('domain_already_in_active_order', `${replacement} is on order ${holder.id}.`, {
        field: 'replacement_domain',
        details: { domain: replacement, order_id: holder.id },
      });
    }
    const swap = newSwap(
      ctx,
      { type: body.type, domain_id: domain.id, replacement_domain: replacement },
      order,
    );
    reserveReplacement(rt, replacement, domain);
    // A replace_domain action on this domain stays open until the swap completes (finishSwap):
    // until then the domain is still unusable, and a failed swap leaves the order blocked.
    return { status: 201, body: data(swapView(swap)) };
  },
  'GET /swaps': (ctx) => {
    const { user_id, order_id, domain_id, status } = ctx.query;
    return {
      body: listPage(
        { operation: ctx.operation, listUrl: ctx.url, query: ctx.query },
        ctx.rt.tokens,
        ctx.rt.faults,
        (cursor, inclusive) => ctx.rt.store.swaps.newestFirst(cursor, inclusive),
        (swap) =>
          (user_id === undefined || swap.user_id === user_id) &&
          (order_id === undefined || swap.order_id === order_id) &&
          (domain_id === undefined || swap.domain_id === domain_id) &&
          (status === undefined || swap.status === status),
        swapView,
      ),
    };
  },
  'GET /swaps/{id}': (ctx) => ({ body: data(swapView(recordOr404(ctx, ctx.rt.store.swaps, 'swap'))) }),
  'POST /swaps/user_names': (ctx) => {
    const body = ctx.body as UserNameSwapRequest;
    // As for any swap: a domain scheduled to cancel, or off its order's list, has no inboxes to rename.
    const { domain, order } = swappableDomain(ctx, body.domain_id, 'user_names');
    // One row per inbox on the domain: the order's density on Google (less on a custom order's last
    // Google domain), one on Microsoft.
    const rows = Array.from({ length: inboxesOn(ctx.rt, order, domain) }, () =>
      newSwap(ctx, { type: 'user_names', domain_id: domain.id, replacement_domain: null }, order),
    );
    // The user-name swaps guide: a private or local picture triggers swap.action_required with
    // profile_picture_not_accessible. Google profile pictures, like orders: Google domains only.
    if (domain.provider === 'google') {
      const personas = body.personas ?? body.users ?? [];
      const blockers = pictureBlockers(ctx.warnings, personas, { id: domain.id, name: domain.domain });
      if (blockers.length > 0) {
        const pending = { blockers, swap_ids: rows.map((row) => row.id), raised: false };
        for (const row of rows) {
          row.blockers = pending;
          ctx.rt.store.swaps.save(row);
        }
      }
    }
    return { status: 201, body: data({ swaps: rows.map(swapView) }) };
  },
};
