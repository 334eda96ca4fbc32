/**
 * Pagination: walking `links.next` returns every row exactly once; `meta` is honest; `per_page`
 * defaults to 25 and is bounded 1–100; a page token is bound to its filters and cannot be forged;
 * no list carries totals.
 *
 * @packageDocumentation
 */
import * as fc from 'fast-check';
import { catalog } from '../../schemas';
import { listEnvelopeProblems } from '../envelopes';
import { PAGINATION_DATASET_SIZE, type PaginationDataset, paginationDataset } from '../fixtures';
import { LIST_OPERATIONS, operation, unknownId } from '../operations';
import { type ContractProperty, ContractViolation, expectThat, type PropertyContext } from '../property';
import { asRecord, dataOf, describeExchange, expectError } from '../responses';
import type { Exchange } from '../target';

/** The documented default page size. */
const DEFAULT_PER_PAGE = Number(
  operation('GET /orders').parameters.find((p) => p.name === 'per_page')?.schema.default ?? 25,
);
const MAX_PER_PAGE = Number(
  operation('GET /orders').parameters.find((p) => p.name === 'per_page')?.schema.maximum ?? 100,
);

/** A page as the properties read it. */
interface Page {
  exchange: Exchange;
  rows: { id?: unknown }[];
  next: string | null;
  first: unknown;
  meta: Record<string, unknown> | undefined;
}

function readPage(exchange: Exchange, what: string): Page {
  const rows = dataOf<unknown>(exchange, 200, what);
  expectThat(Array.isArray(rows), `${describeExchange(exchange)}: data is not an array.`, exchange);
  const body = asRecord(exchange.json)!;
  const links = asRecord(body.links);
  const next = links?.next;
  expectThat(
    next === null || typeof next === 'string',
    `${describeExchange(exchange)}: links.next must be a URL or null, got ${JSON.stringify(next)}.`,
    exchange,
  );
  return { exchange, rows: rows as { id?: unknown }[], next, first: links?.first, meta: asRecord(body.meta) };
}

/** Walks a list from `query` to the end by following `links.next` as given. */
async function walk(
  ctx: PropertyContext,
  path: string,
  query: Record<string, string | number | undefined>,
  maxPages: number,
): Promise<Page[]> {
  const pages = [readPage(await ctx.api.get(path, query), `GET ${path}`)];
  while (pages.at(-1)!.next !== null) {
    if (pages.length >= maxPages) {
      throw new ContractViolation(
        `links.next was still not null after ${maxPages} pages of a ${PAGINATION_DATASET_SIZE}-row list.`,
        pages.at(-1)!.exchange,
      );
    }
    const next = pages.at(-1)!.next!;
    pages.push(readPage(await ctx.api.get(next), `Following links.next`));
  }
  return pages;
}

const perPage = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: MAX_PER_PAGE }) },
);

const ordersOf = (dataset: PaginationDataset) => ({ user_id: dataset.userId });

/** Walks the static dataset's orders from `per_page = size` to the end. */
async function walkDatasetOrders(
  ctx: PropertyContext,
  size: number,
): Promise<{ dataset: PaginationDataset; pages: Page[] }> {
  const dataset = await paginationDataset(ctx);
  const pages = await walk(
    ctx,
    '/orders',
    { ...ordersOf(dataset), per_page: size },
    PAGINATION_DATASET_SIZE + 5,
  );
  return { dataset, pages };
}

/** `pagination.walk-returns-every-item-once` */
export const walkReturnsEveryItemOnce: ContractProperty = {
  name: 'pagination.walk-returns-every-item-once',
  group: 'pagination',
  description:
    `Walks GET /orders of one customer (a static set of ${PAGINATION_DATASET_SIZE} orders) by following links.next ` +
    'from a generated per_page (1–100) and checks every order appears exactly once: no gaps, no duplicates.',
  promise:
    'The pattern: keep calling links.next until it’s null. … page to the end and accumulate if you need an exact count.',
  needsEmulator: false,
  runsFactor: 0.5,
  async run(ctx) {
    await ctx.check(perPage, async (size) => {
      const { dataset, pages } = await walkDatasetOrders(ctx, size);
      const seen = new Map<unknown, number>();
      pages.forEach((page, index) => {
        for (const row of page.rows) {
          const earlier = seen.get(row.id);
          expectThat(
            earlier === undefined,
            `Order ${String(row.id)} appears on page ${earlier! + 1} and again on page ${index + 1} (per_page=${size}).`,
            page.exchange,
          );
          seen.set(row.id, index);
        }
      });
      const missing = dataset.orderIds.filter((id) => !seen.has(id));
      expectThat(
        missing.length === 0,
        `Walking with per_page=${size} skipped ${missing.length} of ${dataset.orderIds.length} orders (e.g. ${missing[0]}).`,
        pages.at(-1)!.exchange,
      );
      const foreign = [...seen.keys()].filter((id) => !dataset.orderIds.includes(id as string));
      expectThat(
        foreign.length === 0,
        `Walking the customer's orders returned ${foreign.length} order(s) of someone else (e.g. ${String(foreign[0])}).`,
        pages.at(-1)!.exchange,
      );
    });
  },
};

/** `pagination.meta-honest` */
export const metaHonest: ContractProperty = {
  name: 'pagination.meta-honest',
  group: 'pagination',
  description:
    'Walks lists with a generated per_page and checks each page: meta.per_page is the size asked for, ' +
    'meta.returned counts the rows on the page and never exceeds per_page, links.first keeps per_page and the filters.',
  promise: '"meta": { "path": "...", "per_page": 25, "returned": 25 }. For backfills, request per_page=100.',
  needsEmulator: false,
  runsFactor: 0.5,
  async run(ctx) {
    await ctx.check(perPage, async (size) => {
      const { dataset, pages } = await walkDatasetOrders(ctx, size);
      for (const page of pages) {
        const where = `${describeExchange(page.exchange)}`;
        expectThat(
          page.meta?.per_page === size,
          `${where}: meta.per_page is ${JSON.stringify(page.meta?.per_page)}, but per_page=${size} was asked for.`,
          page.exchange,
        );
        expectThat(
          page.meta?.returned === page.rows.length,
          `${where}: meta.returned is ${JSON.stringify(page.meta?.returned)}, but the page has ${page.rows.length} rows.`,
          page.exchange,
        );
        expectThat(
          page.rows.length <= size,
          `${where}: ${page.rows.length} rows on a page of per_page=${size}.`,
          page.exchange,
        );
        const first =
          typeof page.first === 'string' && URL.canParse(page.first) ? new URL(page.first) : undefined;
        expectThat(
          first?.searchParams.get('per_page') === String(size) &&
            first.searchParams.get('user_id') === dataset.userId,
          `${where}: links.first (${String(page.first)}) should keep per_page=${size} and the user_id filter.`,
          page.exchange,
        );
      }
    });
  },
};

/** A per_page value to send, and what must come back. */
type PerPageCase =
  | { kind: 'omitted' }
  | { kind: 'too large'; value: number }
  | { kind: 'not 1–100'; value: string };

/** `pagination.per-page-bounds` */
export const perPageBounds: ContractProperty = {
  name: 'pagination.per-page-bounds',
  group: 'pagination',
  description:
    `Checks that a list without per_page returns pages of ${DEFAULT_PER_PAGE}, and that per_page above ` +
    `${MAX_PER_PAGE} or outside 1–${MAX_PER_PAGE} (0, negative, decimal, text) is rejected with ` +
    'invalid_request naming per_page — Peeker DevKit’s documented choice for its emulator: reject, don’t clamp. ' +
    `A real sandbox may clamp instead: a page of at most ${MAX_PER_PAGE} rows with meta.per_page within 1–${MAX_PER_PAGE}.`,
  promise: 'Default page size is 25, max is 100.',
  needsEmulator: false,
  async run(ctx) {
    const cases: fc.Arbitrary<{ list: string; perPageCase: PerPageCase }> = fc.record({
      list: fc.constantFrom(...LIST_OPERATIONS.map((op) => op.key)),
      perPageCase: fc.oneof(
        fc.constant({ kind: 'omitted' as const }),
        fc.record({
          kind: fc.constant('too large' as const),
          value: fc.integer({ min: MAX_PER_PAGE + 1, max: 1_000_000 }),
        }),
        fc.record({
          kind: fc.constant('not 1–100' as const),
          value: fc.constantFrom('0', '-1', '2.5', 'ten', ''),
        }),
      ),
    });
    await ctx.check(cases, async ({ list, perPageCase }) => {
      if (perPageCase.kind === 'omitted') {
        const dataset = await paginationDataset(ctx);
        const page = readPage(
          await ctx.api.get('/orders', ordersOf(dataset)),
          'GET /orders without per_page',
        );
        expectThat(
          page.meta?.per_page === DEFAULT_PER_PAGE && page.rows.length === DEFAULT_PER_PAGE,
          `Without per_page, a ${PAGINATION_DATASET_SIZE}-row list should answer pages of ${DEFAULT_PER_PAGE}; ` +
            `got ${page.rows.length} rows and meta.per_page ${JSON.stringify(page.meta?.per_page)}.`,
          page.exchange,
        );
        return;
      }
      const op = operation(list);
      const exchange = await ctx.api.get(op.path, { per_page: perPageCase.value });
      const what = `${op.key}?per_page=${perPageCase.value}`;
      // The docs only say "max is 100": rejecting is the kit's choice, clamping keeps the promise too.
      if (ctx.target.kind !== 'sandbox' || exchange.status >= 400) {
        expectError(exchange, { code: 'invalid_request', field: 'per_page' }, what);
        return;
      }
      const page = readPage(exchange, what);
      const perPageMeta = page.meta?.per_page;
      expectThat(
        page.rows.length <= MAX_PER_PAGE &&
          Number.isInteger(perPageMeta) &&
          (perPageMeta as number) >= 1 &&
          (perPageMeta as number) <= MAX_PER_PAGE,
        `${what} should be rejected with invalid_request naming per_page, or clamped to at most ${MAX_PER_PAGE} ` +
          `rows; got ${describeExchange(exchange)} with ${page.rows.length} rows and meta.per_page ` +
          `${JSON.stringify(perPageMeta)}.`,
        exchange,
      );
    });
  },
};

/** How to change the filters between page 1 and the reuse of its token. */
type FilterChange =
  | { kind: 'add status'; status: string }
  | { kind: 'other user_id'; userId: string }
  | { kind: 'drop user_id' };

/** `pagination.token-bound-to-filters` */
export const tokenBoundToFilters: ContractProperty = {
  name: 'pagination.token-bound-to-filters',
  group: 'pagination',
  description:
    'Reads page 1 of a filtered list, then replays its page_token with different filters (a status added, ' +
    'another user_id, the user_id dropped) and checks invalid_request with error.field "page_token".',
  promise:
    'page_token is signed and encodes the cursor and the filters from the original request. If you change filters ' +
    'mid-walk, restart from links.first - the existing token will return invalid_request with field: "page_token".',
  needsEmulator: false,
  async run(ctx) {
    const statuses = catalog.enums.OrderStatus as string[];
    const cases = fc.record({
      size: fc.integer({ min: 1, max: 10 }),
      change: fc.oneof(
        fc.record({ kind: fc.constant('add status' as const), status: fc.constantFrom(...statuses) }),
        fc.record({ kind: fc.constant('other user_id' as const), userId: unknownId('usr_') }),
        fc.constant({ kind: 'drop user_id' as const }),
      ) as fc.Arbitrary<FilterChange>,
    });
    await ctx.check(cases, async ({ size, change }) => {
      const dataset = await paginationDataset(ctx);
      const page = readPage(
        await ctx.api.get('/orders', { ...ordersOf(dataset), per_page: size }),
        'GET /orders',
      );
      expectThat(
        page.next !== null,
        `A ${PAGINATION_DATASET_SIZE}-row list at per_page=${size} has no links.next.`,
        page.exchange,
      );
      const token = new URL(page.next).searchParams.get('page_token');
      expectThat(token !== null, `links.next (${page.next}) carries no page_token.`, page.exchange);
      const query: Record<string, string | number> = { per_page: size, page_token: token };
      if (change.kind !== 'drop user_id')
        query.user_id = change.kind === 'other user_id' ? change.userId : dataset.userId;
      if (change.kind === 'add status') query.status = change.status;
      const exchange = await ctx.api.get('/orders', query);
      expectError(
        exchange,
        { code: 'invalid_request', field: 'page_token' },
        `Reusing a page_token after "${change.kind}"`,
      );
    });
  },
};

/** A way to alter a page token. */
interface Tampering {
  size: number;
  /** Which character to replace (modulo the token length). */
  position: number;
  /** Which JSON leaf of a decodable token part to forge (modulo the number of leaves). */
  leaf: number;
}

/** `pagination.tampered-token-rejected` */
export const tamperedTokenRejected: ContractProperty = {
  name: 'pagination.tampered-token-rejected',
  group: 'pagination',
  description:
    'Takes a real page_token and sends altered copies with the same filters: one character replaced, the first ' +
    'character dropped, and — when a part of it decodes as base64url JSON — that JSON re-encoded with one value ' +
    'changed. Each must be rejected with invalid_request naming page_token.',
  promise: 'page_token is signed … Don’t construct or decode it by hand.',
  needsEmulator: false,
  async run(ctx) {
    const cases: fc.Arbitrary<Tampering> = fc.record({
      size: fc.integer({ min: 1, max: 10 }),
      position: fc.nat(),
      leaf: fc.nat(),
    });
    await ctx.check(cases, async ({ size, position, leaf }) => {
      const dataset = await paginationDataset(ctx);
      const query = { ...ordersOf(dataset), per_page: size };
      const page = readPage(await ctx.api.get('/orders', query), 'GET /orders');
      expectThat(
        page.next !== null,
        `A ${PAGINATION_DATASET_SIZE}-row list at per_page=${size} has no links.next.`,
        page.exchange,
      );
      const token = new URL(page.next).searchParams.get('page_token') ?? '';
      for (const [how, altered] of tamperings(token, position, leaf)) {
        const exchange = await ctx.api.get('/orders', { ...query, page_token: altered });
        expectError(exchange, { code: 'invalid_request', field: 'page_token' }, `A page_token with ${how}`);
      }
    });
  },
};

/** The altered tokens to try, each with a description. */
function tamperings(token: string, position: number, leaf: number): [string, string][] {
  const out: [string, string][] = [];
  if (token.length > 0) {
    const at = position % token.length;
    out.push([`character ${at} changed`, token.slice(0, at) + flipTopBit(token[at]!) + token.slice(at + 1)]);
  }
  if (token.length > 1) out.push(['its first character dropped', token.slice(1)]);
  const forged = forgeLeaf(token, leaf);
  if (forged !== undefined) out.push([forged.how, forged.token]);
  return out.filter(([, altered]) => altered !== token);
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Another character whose base64 value differs in its top bit. The top bits of a base64 character
 * are always data bits (only low bits can be padding), so the decoded bytes change too: a server
 * that signs the decoded bytes rather than the text must still notice.
 */
function flipTopBit(char: string): string {
  const value = BASE64URL.indexOf(char);
  return value < 0 ? 'A' : BASE64URL[value ^ 0b100000]!;
}

/** Re-encodes a base64url-JSON part of the token with one scalar changed, or undefined if none decodes. */
function forgeLeaf(token: string, leaf: number): { how: string; token: string } | undefined {
  const parts = token.split('.');
  for (const [index, part] of parts.entries()) {
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    } catch {
      continue;
    }
    const leaves = scalarPaths(decoded);
    if (leaves.length === 0) continue;
    const path = leaves[leaf % leaves.length]!;
    const forged = structuredClone(decoded);
    const parent = path
      .slice(0, -1)
      .reduce<Record<string, unknown>>(
        (node, key) => node[key] as Record<string, unknown>,
        forged as Record<string, unknown>,
      );
    const key = path.at(-1)!;
    const value = parent[key];
    parent[key] =
      typeof value === 'number' ? value + 1 : typeof value === 'boolean' ? !value : `${String(value)}0`;
    const rebuilt = [...parts];
    rebuilt[index] = Buffer.from(JSON.stringify(forged)).toString('base64url');
    return {
      how: `its decoded JSON value "${path.join('.')}" changed and re-encoded`,
      token: rebuilt.join('.'),
    };
  }
  return undefined;
}

function scalarPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return prefix.length > 0 ? [prefix] : [];
  return Object.entries(value).flatMap(([key, item]) => scalarPaths(item, [...prefix, key]));
}

/** Keys that would be totals, wherever they appear outside the rows. */
const TOTAL_KEY = /^(?:total|totals|total_?count|count|total_?pages|total_?items|total_?results)$/i;

/** `pagination.no-totals` */
export const noTotals: ContractProperty = {
  name: 'pagination.no-totals',
  group: 'pagination',
  description:
    'Reads pages of every list endpoint and checks the envelope is exactly {data, links:{first,next}, ' +
    'meta:{path,per_page,returned}}: no total, total_count or any other count outside the rows.',
  promise:
    'There are no totals (total, total_count, etc.) in v1 - page to the end and accumulate if you need an exact count.',
  needsEmulator: false,
  async run(ctx) {
    const cases = fc.record({ list: fc.constantFrom(...LIST_OPERATIONS.map((op) => op.key)), size: perPage });
    await ctx.check(cases, async ({ list, size }) => {
      const op = operation(list);
      const exchange = await ctx.api.get(op.path, { per_page: size });
      readPage(exchange, op.key);
      const body = asRecord(exchange.json)!;
      const totals = [
        ...Object.keys(body).filter((key) => TOTAL_KEY.test(key)),
        ...Object.keys(asRecord(body.meta) ?? {})
          .filter((key) => TOTAL_KEY.test(key))
          .map((key) => `meta.${key}`),
        ...Object.keys(asRecord(body.links) ?? {})
          .filter((key) => TOTAL_KEY.test(key))
          .map((key) => `links.${key}`),
      ];
      expectThat(
        totals.length === 0,
        `${describeExchange(exchange)} carries totals: ${totals.join(', ')}.`,
        exchange,
      );
      const problems = listEnvelopeProblems(exchange.json);
      expectThat(
        problems.length === 0,
        `${describeExchange(exchange)}: not the documented list envelope: ${problems.join('; ')}.`,
        exchange,
      );
    });
  },
};

/** The pagination properties. */
export const paginationProperties: readonly ContractProperty[] = [
  walkReturnsEveryItemOnce,
  metaHonest,
  perPageBounds,
  tokenBoundToFilters,
  tamperedTokenRejected,
  noTotals,
];
