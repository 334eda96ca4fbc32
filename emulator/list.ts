/**
 * The list envelope shared by every list endpoint: `{data, links:{first,next}, meta:{path,
 * per_page, returned}}`, newest first, paged with signed cursor tokens (never offsets), no totals.
 */
import type { ListEnvelope, OperationInfo } from '../schemas';
import { invalidRequest } from './errors';
import type { FaultSet } from './faults';
import type { PageTokens } from './page-token';
import type { QueryValues } from './query';

/** Default and largest page sizes (contract: `PerPage`). */
export const DEFAULT_PER_PAGE = 25;

/** Where a list lives and what was asked of it. */
export interface ListRequest {
  operation: OperationInfo;
  /** Absolute URL of the list without query, e.g. `http://127.0.0.1:4010/partner/v1/orders`. */
  listUrl: string;
  query: QueryValues;
}

/** A source of rows, newest first, starting after a cursor (or at it when `inclusive`). */
export type RowSource<T> = (cursor: string | undefined, inclusive: boolean) => Iterable<T>;

/** Builds one page of a list; throws 400 `invalid_request` (`page_token`) for bad or mismatched tokens. */
export function listPage<T extends { id: string }>(
  request: ListRequest,
  tokens: PageTokens,
  faults: FaultSet,
  source: RowSource<T>,
  matches: (row: T) => boolean,
  view: (row: T) => unknown,
): ListEnvelope {
  const { operation, query } = request;
  const filters: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    const value = query[parameter.name];
    if (parameter.in !== 'query' || value === undefined) continue;
    if (parameter.name === 'per_page' || parameter.name === 'page_token') continue;
    // A filter sent at its default (`status=open` on /orders/pending) is the same walk as one
    // left out: one form in tokens and links, so a token works with either.
    const defaultValue = (parameter.schema as { default?: unknown } | null)?.default;
    if (defaultValue !== undefined && String(value) === String(defaultValue)) continue;
    filters[parameter.name] = String(value);
  }

  let cursor: string | undefined;
  let tokenPerPage: number | undefined;
  const tokenText = query.page_token;
  if (typeof tokenText === 'string') {
    const payload = tokens.read(tokenText, !faults.has('unsigned_page_token'));
    if (payload === undefined || payload.op !== operation.key) {
      if (!faults.has('unsigned_page_token')) {
        // A genuine token of another list is a mix-up, not tampering: say which list it walks.
        throw invalidRequest(
          payload === undefined
            ? 'page_token is not a token this server issued, or it was altered. Restart from links.first.'
            : `This page_token belongs to another list, ${payload.op}. Start again without page_token.`,
          'page_token',
        );
      }
    } else {
      const perPageChanged = typeof query.per_page === 'number' && query.per_page !== payload.perPage;
      if (
        !faults.has('page_token_ignores_filters') &&
        (perPageChanged || !sameFilters(payload.filters, filters))
      ) {
        // Say what differs: a client that sends the token alone, without the filters it was issued
        // for, would otherwise be told it changed them.
        const issued = new URLSearchParams({ ...payload.filters, per_page: String(payload.perPage) });
        const sent = new URLSearchParams(filters);
        if (typeof query.per_page === 'number') sent.set('per_page', String(query.per_page));
        throw invalidRequest(
          `page_token was issued for ${issued}, not ${sent.size > 0 ? sent : 'no filters'}. ` +
            'Send it with the filters and per_page it was issued for (links.next carries them), or restart from links.first.',
          'page_token',
        );
      }
      cursor = payload.cursor;
      tokenPerPage = payload.perPage;
    }
  }

  const requested = typeof query.per_page === 'number' ? query.per_page : (tokenPerPage ?? DEFAULT_PER_PAGE);
  const perPage = faults.has('per_page_ignored') ? DEFAULT_PER_PAGE : requested;

  const rows: T[] = [];
  let more = false;
  // page_overlap repeats the previous page's last row, but only on pages of two or more: a one-row
  // page would be that row alone, its next token the same cursor, and the walk would never end
  // (breaking links.next reaching null as well, a second contract).
  const overlap = cursor !== undefined && perPage > 1 && faults.has('page_overlap');
  for (const row of source(cursor, overlap)) {
    if (!matches(row)) continue;
    if (rows.length === perPage) {
      more = true;
      break;
    }
    rows.push(row);
  }

  const firstQuery = new URLSearchParams(filters);
  firstQuery.set('per_page', String(perPage));
  let next: string | null = null;
  if (more) {
    const nextQuery = new URLSearchParams(firstQuery);
    nextQuery.set(
      'page_token',
      tokens.sign({ op: operation.key, cursor: rows[rows.length - 1]!.id, filters, perPage }),
    );
    next = `${request.listUrl}?${nextQuery}`;
  }
  const meta: ListEnvelope['meta'] & { total?: number } = {
    path: request.listUrl,
    per_page: perPage,
    returned: rows.length,
  };
  if (faults.has('totals_in_meta')) {
    let total = 0;
    for (const row of source(undefined, false)) if (matches(row)) total++;
    meta.total = total;
  }
  return { data: rows.map(view), links: { first: `${request.listUrl}?${firstQuery}`, next }, meta };
}

function sameFilters(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => b[key] === a[key]);
}
