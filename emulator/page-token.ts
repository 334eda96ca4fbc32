/**
 * Opaque, HMAC-signed `page_token`s. A token encodes the operation, the cursor (the id of the
 * last row served), the filters of the original request and `per_page`; it looks like
 * `eyJ…` (base64url JSON) + `.` + a base64url HMAC-SHA256 tag. Clients never build one.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a token carries. */
export interface PageTokenPayload {
  /** Operation key, e.g. `GET /orders`. */
  op: string;
  /** Id of the last row of the previous page. */
  cursor: string;
  /** Filters of the first request, as sent (strings). */
  filters: Record<string, string>;
  perPage: number;
}

const TAG_BYTES = 16;

/** Signs and checks page tokens with one secret (derived from the seed, so tokens survive restarts). */
export class PageTokens {
  readonly #secret: Buffer;
  /** Tags of recent token bodies: walking or re-reading a list signs and checks the same few. */
  readonly #tags = new Map<string, string>();

  constructor(secret: Buffer) {
    this.#secret = secret;
  }

  /** The token for a payload. */
  sign(payload: PageTokenPayload): string {
    const body = Buffer.from(
      JSON.stringify({ o: payload.op, c: payload.cursor, f: payload.filters, p: payload.perPage }),
    ).toString('base64url');
    return `${body}.${this.#tag(body)}`;
  }

  /**
   * The payload of a token, or undefined when it is malformed, not canonical base64url, or (with
   * `checkSignature`) its tag does not match character for character. Never throws.
   */
  read(token: string, checkSignature: boolean): PageTokenPayload | undefined {
    const dot = token.indexOf('.');
    const body = dot < 0 ? token : token.slice(0, dot);
    if (checkSignature) {
      if (dot < 0) return undefined;
      // Compare the tag's text, not its decoded bytes: lenient base64url decoding drops extra
      // characters and the unused low bits of the last one, so altered tags would still match.
      const given = Buffer.from(token.slice(dot + 1));
      const expected = Buffer.from(this.#tag(body));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    }
    try {
      const bytes = Buffer.from(body, 'base64url');
      // Only the canonical encoding is a token this server issued (the same leniency as above).
      if (bytes.toString('base64url') !== body) return undefined;
      const parsed = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      const { o, c, f, p } = parsed;
      if (typeof o !== 'string' || typeof c !== 'string' || typeof p !== 'number') return undefined;
      if (f === null || typeof f !== 'object' || Array.isArray(f)) return undefined;
      const filters: Record<string, string> = {};
      for (const [key, value] of Object.entries(f)) {
        if (typeof value !== 'string') return undefined;
        filters[key] = value;
      }
      return { op: o, cursor: c, filters, perPage: p };
    } catch {
      return undefined;
    }
  }

  #tag(body: string): string {
    let tag = this.#tags.get(body);
    if (tag === undefined) {
      tag = createHmac('sha256', this.#secret)
        .update(body)
        .digest()
        .subarray(0, TAG_BYTES)
        .toString('base64url');
      if (this.#tags.size >= 256) this.#tags.clear();
      this.#tags.set(body, tag);
    }
    return tag;
  }
}
