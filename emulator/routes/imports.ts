/**
 * Imports of domains registered elsewhere: synchronous imports, lookup by name, and async
 * import jobs that dedupe on the normalized, sorted, unique domain set.
 */
import { isoSeconds } from '../clock';
import { sha256 } from '../digest';
import type { Runtime } from '../emulator';
import { listPage } from '../list';
import { hasMagic, MAGIC, NAMESERVER_NAMES, TIMINGS } from '../magic';
import type { ImportJobRecord, ImportRecord } from '../state';
import { isRootDomain, normalizeDomain } from '../validation';
import { importJobView, importView } from '../views';
import { data, recordOr404 } from './common';
import type { RouteTable } from './types';

/** Normalized, unique names in request order. */
function uniqueNames(names: string[]): string[] {
  return [...new Set(names.map(normalizeDomain))];
}

/** Nameservers for an import: a deterministic pair, like the docs' "helena/idris". */
function nameserversFor(rt: Runtime, key: string): string[] {
  const digest = sha256(`${rt.seed}:${key}`);
  const first = digest[0]! % NAMESERVER_NAMES.length;
  const second = (first + 1 + (digest[1]! % (NAMESERVER_NAMES.length - 1))) % NAMESERVER_NAMES.length;
  return [
    `${NAMESERVER_NAMES[first]}.ns.peeker-sandbox.test`,
    `${NAMESERVER_NAMES[second]}.ns.peeker-sandbox.test`,
  ];
}

/** Creates an import of `names` (already normalized and unique) and schedules its evaluation. */
export function startImport(rt: Runtime, names: string[]): ImportRecord {
  const now = rt.clock.now();
  const domains: ImportRecord['domains'] = names.map((domain) =>
    isRootDomain(domain)
      ? { domain, status: 'in_progress' }
      : { domain, status: 'failed', reason: 'not_root_domain' },
  );
  const pending = domains.filter((row) => row.status === 'in_progress').map((row) => row.domain);
  const record: ImportRecord = {
    id: rt.ids.next('imp'),
    status: 'in_progress',
    domains,
    nameserver_groups: pending.length
      ? [{ nameservers: nameserversFor(rt, pending.join(',')), domains: pending }]
      : [],
    created_at: isoSeconds(now),
    completed_at: null,
    created_ms: now,
  };
  rt.store.imports.insert(record);
  rt.scheduler.schedule('import.evaluate', record.id, TIMINGS.importSeconds, now);
  if (pending.some((name) => hasMagic(name, MAGIC.needsNameservers))) {
    rt.scheduler.schedule('import.nameservers', record.id, TIMINGS.nameserverAutoResolveSeconds, now);
  }
  return record;
}

/** Import routes. */
export const importRoutes: RouteTable = {
  'POST /domains/import': (ctx) => {
    const record = startImport(ctx.rt, uniqueNames((ctx.body as { domains: string[] }).domains));
    return { body: data(importView(record)) };
  },
  'GET /domains/import': (ctx) => {
    // The parameter's pattern refused an empty entry; any other entry is compared as a name (one
    // that is not a domain name is no import's domain, so it matches nothing).
    const names = new Set(String(ctx.query.domains).split(',').map(normalizeDomain));
    return {
      body: listPage(
        { operation: ctx.operation, listUrl: ctx.url, query: ctx.query },
        ctx.rt.tokens,
        ctx.rt.faults,
        (cursor, inclusive) => ctx.rt.store.imports.newestFirst(cursor, inclusive),
        (record) => record.domains.some((row) => names.has(row.domain)),
        importView,
      ),
    };
  },
  'GET /domains/import/{id}': (ctx) => ({
    body: data(importView(recordOr404(ctx, ctx.rt.store.imports, 'import'))),
  }),
  'POST /domains/import/jobs': (ctx) => {
    const rt = ctx.rt;
    const names = uniqueNames((ctx.body as { domains: string[] }).domains);
    const key = [...names].sort().join(',');
    if (!rt.faults.has('import_dedupe_off')) {
      const existing = rt.store.importJobByKey.get(key);
      const job = existing ? rt.store.importJobs.get(existing) : undefined;
      if (job) return { status: 202, body: data(importJobView(job, rt.store)) };
    }
    const record = startImport(rt, names);
    const job: ImportJobRecord = {
      id: rt.ids.next('imj'),
      created_at: isoSeconds(rt.clock.now()),
      key,
      import_id: record.id,
      domains: names,
      rejected: [],
    };
    rt.store.importJobs.insert(job);
    rt.store.importJobByKey.set(key, job.id);
    return { status: 202, body: data(importJobView(job, rt.store)) };
  },
  'GET /domains/import/jobs/{id}': (ctx) => ({
    body: data(importJobView(recordOr404(ctx, ctx.rt.store.importJobs, 'import job'), ctx.rt.store)),
  }),
};
