/**
 * What a route handler receives and returns. Handlers see a request that already passed auth,
 * rate limiting, permissions and query/body validation.
 */
import type { OperationInfo } from '../../schemas';
import type { Caller } from '../auth';
import type { Runtime } from '../emulator';
import type { QueryValues } from '../query';
import type { BodyWarning } from '../validation';
import type { ViewTime } from '../views';

/** One validated API request. */
export interface RequestContext {
  rt: Runtime;
  operation: OperationInfo;
  caller: Caller;
  /** Path parameters, e.g. `{ id: 'ord_…' }`. */
  params: Record<string, string>;
  query: QueryValues;
  /** The validated body (older shapes already migrated), or undefined when none was sent. */
  body: unknown;
  /** Non-blocking findings of the shared lint engine on the body (e.g. profile pictures). */
  warnings: BodyWarning[];
  /** Absolute URL of the requested path without query, on the base path the client used. */
  url: string;
  /**
   * The emulated moment the request is answered at, for views that depend on it (`renews_at`);
   * the response cache keeps a GET's answer until its `until`.
   */
  at: ViewTime;
}

/** A handler's answer: `status` defaults to the operation's documented success status. */
export interface RouteResult {
  status?: number;
  body: unknown;
}

/** Handles one operation. */
export type RouteHandler = (ctx: RequestContext) => RouteResult | Promise<RouteResult>;

/** Handlers by operation key (`"POST /orders"`). */
export type RouteTable = Record<string, RouteHandler>;
