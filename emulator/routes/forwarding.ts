/** Forwarding jobs: change where up to 25 domains redirect. */
import { isoSeconds } from '../clock';
import { type ApiError, invalidRequest, notFound } from '../errors';
import { TIMINGS } from '../magic';
import type { DomainRecord, ForwardingJobRecord } from '../state';
import { normalizeDomain } from '../validation';
import { forwardingView } from '../views';
import { data, recordOr404 } from './common';
import type { RouteTable } from './types';

/** Forwarding routes. */
export const forwardingRoutes: RouteTable = {
  'POST /domains/forwarding': (ctx) => {
    const rt = ctx.rt;
    const body = ctx.body as { domains: string[]; forwarding_url: string };
    const domains: DomainRecord[] = body.domains.map((reference, index) => {
      const domain = reference.startsWith('dom_')
        ? rt.store.domains.get(reference)
        : rt.store.domains.byName(normalizeDomain(reference));
      if (!domain) throw notFound(`No domain ${reference} in this account.`, `domains[${index}]`);
      if (domain.order_id === undefined) throw inventoryDomain(domain, index);
      return domain;
    });
    const domainIds = [...new Set(domains.map((domain) => domain.id))];
    const job: ForwardingJobRecord = {
      id: rt.ids.next('fwj'),
      status: 'in_progress',
      completed_count: 0,
      failed_count: 0,
      forwarding_url: body.forwarding_url,
      completed: [],
      failed: [],
      created_at: isoSeconds(rt.clock.now()),
      completed_at: null,
      domain_ids: domainIds,
      holders: domainIds.map((id) => rt.store.domains.peek(id)?.order_id ?? null),
    };
    rt.store.forwardingJobs.insert(job);
    rt.scheduler.schedule('forwarding.finish', job.id, TIMINGS.forwardingSeconds);
    return { status: 202, body: data(forwardingView(job)) };
  },
  'GET /domains/forwarding/{id}': (ctx) => ({
    body: data(forwardingView(recordOr404(ctx, ctx.rt.store.forwardingJobs, 'forwarding job'))),
  }),
};

/**
 * The refusal of a domain in inventory (on no order): forwarding is a setting of a domain on an
 * order, which an inventory row does not show and an order replaces with its own `forwarding_url`,
 * so a job on it could only report a change nobody sees (a kit choice; see the operation's 400).
 */
function inventoryDomain(domain: DomainRecord, index: number): ApiError {
  return invalidRequest(
    `${domain.domain} is in your inventory, on no order: forwarding applies to the domains of an order ` +
      '(give forwarding_url in POST /orders when you order it).',
    `domains[${index}]`,
  );
}
