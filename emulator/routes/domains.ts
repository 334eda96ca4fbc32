/** Domains: the inventory/connected list and bulk availability. */
import type { components } from '../../schemas';
import { activeOrderOf, usableFor } from '../lifecycle';
import { listPage } from '../list';
import { hasMagic, MAGIC, PRICES } from '../magic';
import { isUnregistrable, normalizeDomain } from '../validation';
import { domainView } from '../views';
import { data } from './common';
import type { RouteTable } from './types';

type AvailabilityResult = components['schemas']['AvailabilityResult'];

/** Domain routes. */
export const domainRoutes: RouteTable = {
  'GET /domains': (ctx) => {
    const { category, user_id, user_email, usable_for, status } = ctx.query;
    const rt = ctx.rt;
    const emailUser =
      typeof user_email === 'string'
        ? (rt.store.userByEmail.get(user_email.toLowerCase()) ?? 'usr_none')
        : undefined;
    return {
      body: listPage(
        { operation: ctx.operation, listUrl: ctx.url, query: ctx.query },
        rt.tokens,
        rt.faults,
        (cursor, inclusive) => rt.store.domains.newestFirst(cursor, inclusive),
        (domain) =>
          (category === undefined || domain.category === category) &&
          (user_id === undefined || domain.user_id === user_id) &&
          (emailUser === undefined || domain.user_id === emailUser) &&
          (usable_for === undefined || domain.usable_for.includes(usable_for as 'google' | 'microsoft')) &&
          (status === undefined || domain.status === status),
        domainView,
      ),
    };
  },
  'POST /domains/availability': (ctx) => {
    const rt = ctx.rt;
    const names = (ctx.body as { domains: string[] }).domains;
    // One row per entry, in request order (repeats included): the docs' "one row per domain".
    const domains = names.map((given): AvailabilityResult => {
      // Not a domain name, or a subdomain: its own row, as sent (it may not normalize to anything
      // meaningful), with no price — never a 400 for the batch.
      if (isUnregistrable(given))
        return { domain: given, available: false, premium: false, reason: 'invalid' };
      const name = normalizeDomain(given);
      if (hasMagic(name, MAGIC.premium))
        return { domain: name, available: false, premium: true, reason: 'premium' };
      // A not-imported name is registered elsewhere (orders refuse it until it is imported): not for sale.
      if (
        hasMagic(name, MAGIC.taken) ||
        hasMagic(name, MAGIC.notImported) ||
        activeOrderOf(rt, rt.store.domains.peekByName(name))
      ) {
        return { domain: name, available: false, premium: false, reason: 'taken' };
      }
      return {
        domain: name,
        available: true,
        price_cents: PRICES.domainRegistrationCents,
        renewal_price_cents: PRICES.domainRenewalCents,
        currency: PRICES.currency,
        usable_for: usableFor(name),
        premium: false,
      };
    });
    return { body: data({ domains }) };
  },
};
