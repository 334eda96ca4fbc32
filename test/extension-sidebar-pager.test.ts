import { describe, expect, it } from 'vitest';
import { checkNextLink, ListPager, readListPage } from '../extension/client/core/pager';
import type { Result } from '../extension/client/core/request-file';

const BASE = 'http://127.0.0.1:4010/partner/v1';

function pages(map: Record<string, unknown>) {
  const requested: string[] = [];
  const fetchPage = async (url: string): Promise<Result<unknown>> => {
    requested.push(url);
    return url in map ? { ok: true, value: map[url] } : { ok: false, message: `no page ${url}` };
  };
  return { requested, fetchPage };
}

describe('ListPager', () => {
  it('follows links.next exactly as given until it is null', async () => {
    const first = `${BASE}/orders?per_page=2`;
    const second = `${BASE}/orders?per_page=2&page_token=opaque.SIGNED`;
    const { requested, fetchPage } = pages({
      [first]: { data: [{ id: 'ord_1' }, { id: 'ord_2' }], links: { first, next: second }, meta: {} },
      [second]: { data: [{ id: 'ord_3' }], links: { first, next: null }, meta: {} },
    });
    const pager = new ListPager<{ id: string }>(first, BASE, fetchPage);
    expect(pager.hasMore).toBe(true);
    expect(pager.loaded).toBe(false);
    expect(await pager.loadMore()).toEqual({ ok: true, value: 2 });
    expect(pager.hasMore).toBe(true);
    expect(await pager.loadMore()).toEqual({ ok: true, value: 1 });
    expect(pager.hasMore).toBe(false);
    expect(await pager.loadMore()).toEqual({ ok: true, value: 0 });
    expect(pager.items.map((row) => row.id)).toEqual(['ord_1', 'ord_2', 'ord_3']);
    expect(requested).toEqual([first, second]);
  });

  it('refuses a links.next on another origin and keeps what it had', async () => {
    const first = `${BASE}/orders`;
    const { fetchPage } = pages({
      [first]: {
        data: [{ id: 'ord_1' }],
        links: { first, next: 'https://evil.example/partner/v1/orders?page_token=x' },
      },
    });
    const pager = new ListPager(first, BASE, fetchPage);
    expect(await pager.loadMore()).toEqual({
      ok: false,
      message:
        '"links.next" points at https://evil.example, not http://127.0.0.1:4010; not following it with your key.',
    });
    expect(pager.items).toEqual([]);
    expect(pager.hasMore).toBe(true);
  });

  it('passes a fetch failure through', async () => {
    const pager = new ListPager(`${BASE}/orders`, BASE, pages({}).fetchPage);
    expect(await pager.loadMore()).toEqual({ ok: false, message: `no page ${BASE}/orders` });
  });
});

describe('checkNextLink', () => {
  it.each([
    [`${BASE}/orders?page_token=a`, { ok: true, value: `${BASE}/orders?page_token=a` }],
    ['/partner/v1/orders?page_token=a', { ok: true, value: `${BASE}/orders?page_token=a` }],
    [
      'http://127.0.0.1:4010/other/orders',
      { ok: false, message: '"links.next" leaves the API base path /partner/v1; not following it.' },
    ],
    [
      'http://127.0.0.1:9999/partner/v1/orders',
      {
        ok: false,
        message:
          '"links.next" points at http://127.0.0.1:9999, not http://127.0.0.1:4010; not following it with your key.',
      },
    ],
  ])('%s', (next, expected) => {
    expect(checkNextLink(next, BASE)).toEqual(expected);
  });
});

describe('readListPage', () => {
  it.each([
    [null, 'The list response is not a JSON object.'],
    [{ links: {} }, 'The list response has no "data" array.'],
    [{ data: [] }, 'The list response has no "links" object, so it cannot be paged.'],
    [{ data: [], links: { next: 4 } }, '"links.next" must be a URL or null.'],
  ])('rejects %j', (json, message) => {
    expect(readListPage(json)).toEqual({ ok: false, message });
  });
});
