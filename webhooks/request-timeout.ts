/**
 * A per-request timeout that cannot be lost, for every `fetch` the kit makes on its own (the
 * contract client, the emulator's control API, webhook deliveries and the handler checker).
 *
 * `AbortSignal.any([AbortSignal.timeout(ms), …])` is not one: on Node 20 the composite signal
 * holds its sources weakly, and a timeout signal nothing else references may be garbage-collected
 * before it fires, its timer with it — the request then waits for ever. Here the timer holds the
 * controller it aborts, so the deadline lives until it fires or is cleared.
 *
 * @packageDocumentation
 */

/** The longest delay `setTimeout` takes (about 24.8 days); a longer one would fire at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The time limit of one request, and the signal to give `fetch`. */
export interface RequestTimeout {
  /**
   * Aborts once the time is up, with a `TimeoutError` `DOMException` (as `AbortSignal.timeout`
   * does), or as soon as one of the other signals given aborts, with that signal's reason.
   */
  readonly signal: AbortSignal;
  /** True once this limit's own time ran out (not one of the other signals). */
  readonly timedOut: boolean;
  /**
   * Stops the timer. Call it once the response, body included, has been read or given up on: the
   * body is read under the same limit, so a server that sends headers and then stalls times out too.
   */
  clear(): void;
}

/**
 * Starts a `timeoutMs` limit for one request (clamped to 0–{@link MAX_TIMER_MS}), also ended by
 * any of `signals` (`undefined` entries are ignored). The timer does not keep the process alive.
 */
export function requestTimeout(timeoutMs: number, ...signals: (AbortSignal | undefined)[]): RequestTimeout {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    },
    Math.min(Math.max(0, timeoutMs), MAX_TIMER_MS),
  );
  timer.unref();
  const others = signals.filter((signal) => signal !== undefined);
  const signal = others.length === 0 ? controller.signal : AbortSignal.any([controller.signal, ...others]);
  return {
    signal,
    get timedOut() {
      return timedOut;
    },
    clear: () => clearTimeout(timer),
  };
}
