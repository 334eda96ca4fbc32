/**
 * Paging through a list endpoint the way the seed page says (§4): take `links.next` as it comes
 * until it is `null`; never build or decode a `page_token`. A `links.next` that points at another
 * server is refused, so a hostile response cannot make the extension send the key elsewhere.
 */
import type { Result } from './request-file';

/** The list envelope's parts the pager reads. */
export interface ListPage<T> {
  data: T[];
  next: string | null;
}

/** Reads a list envelope `{data, links: {next}, meta}`. */
export function readListPage<T = unknown>(json: unknown): Result<ListPage<T>> {
  if (typeof json !== 'object' || json === null)
    return { ok: false, message: 'The list response is not a JSON object.' };
  const { data, links } = json as { data?: unknown; links?: { next?: unknown } };
  if (!Array.isArray(data)) return { ok: false, message: 'The list response has no "data" array.' };
  if (typeof links !== 'object' || links === null) {
    return { ok: false, message: 'The list response has no "links" object, so it cannot be paged.' };
  }
  const next = links.next;
  if (next !== null && typeof next !== 'string') {
    return { ok: false, message: '"links.next" must be a URL or null.' };
  }
  return { ok: true, value: { data: data as T[], next: next === '' ? null : next } };
}

/**
 * Checks that a `links.next` URL stays on the API the key was given to: same origin as the base
 * URL and under its path. Relative links are resolved against the base.
 */
export function checkNextLink(next: string, baseUrl: string): Result<string> {
  let base: URL;
  let url: URL;
  try {
    base = new URL(baseUrl);
    url = new URL(next, `${base.href.replace(/\/+$/, '')}/`);
  } catch {
    return { ok: false, message: `"links.next" (${next}) is not a URL.` };
  }
  if (url.origin !== base.origin) {
    return {
      ok: false,
      message: `"links.next" points at ${url.origin}, not ${base.origin}; not following it with your key.`,
    };
  }
  const basePath = base.pathname.replace(/\/+$/, '');
  if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
    return { ok: false, message: `"links.next" leaves the API base path ${basePath}; not following it.` };
  }
  return { ok: true, value: url.href };
}

/** Fetches one page by absolute URL and returns its parsed JSON, or a message. */
export type PageFetcher = (url: string) => Promise<Result<unknown>>;

/**
 * A list being paged: the rows loaded so far and whether there are more. `loadMore` follows the
 * last `links.next`; nothing else is ever requested.
 */
export class ListPager<T> {
  private rows: T[] = [];
  private nextUrl: string | null;
  private started = false;
  private loading = false;

  /**
   * @param firstUrl - the list's first URL (filters and `per_page` included).
   * @param baseUrl - the API base every `links.next` must stay under.
   * @param fetchPage - performs one GET.
   */
  constructor(
    firstUrl: string,
    private readonly baseUrl: string,
    private readonly fetchPage: PageFetcher,
  ) {
    this.nextUrl = firstUrl;
  }

  /** The rows loaded so far, in server order. */
  get items(): readonly T[] {
    return this.rows;
  }

  /** True while there is a page left to load (before the first load, too). */
  get hasMore(): boolean {
    return this.nextUrl !== null;
  }

  /** True once the first page came back. */
  get loaded(): boolean {
    return this.started;
  }

  /** Loads the next page and appends its rows. Concurrent calls load once. */
  async loadMore(): Promise<Result<number>> {
    if (this.nextUrl === null) return { ok: true, value: 0 };
    if (this.loading) return { ok: true, value: 0 };
    this.loading = true;
    try {
      const json = await this.fetchPage(this.nextUrl);
      if (!json.ok) return json;
      const page = readListPage<T>(json.value);
      if (!page.ok) return page;
      let next: string | null = null;
      if (page.value.next !== null) {
        const checked = checkNextLink(page.value.next, this.baseUrl);
        if (!checked.ok) return checked;
        next = checked.value;
      }
      this.rows = [...this.rows, ...page.value.data];
      this.nextUrl = next;
      this.started = true;
      return { ok: true, value: page.value.data.length };
    } finally {
      this.loading = false;
    }
  }
}
