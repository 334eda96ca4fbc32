/**
 * When to lint: debounced per document, so a burst of keystrokes costs one lint; each run first
 * lets the messages already queued — a hover, a completion, a newer edit — be dispatched (see
 * {@link drainMessageQueue}), and does not start when that edit re-armed the document's timer; a run
 * whose document changed meanwhile is dropped by the caller (it compares versions after draining
 * again), so superseded versions never publish.
 */

/** Lints one document (by URI) now. May be async. */
export type LintRunner = (uri: string) => void | Promise<void>;

/**
 * How many client messages the connection has dispatched so far (`LifecycleGate.dispatched`): lets
 * {@link drainMessageQueue} tell when the messages queued meanwhile have all been handled.
 */
export type DispatchCounter = () => number;

/** Debounce defaults: an edit waits this long for the next keystroke before linting. */
export const DEFAULT_DEBOUNCE_MS = 150;

/** Per-document debounced, cancellable lint scheduling. */
export class LintScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, Promise<void>>();

  /**
   * @param run lints a document.
   * @param onError receives anything `run` throws, so one bad document never stops the others.
   * @param debounceMs default delay of {@link schedule}.
   * @param dispatched counts the connection's dispatched messages (see {@link drainMessageQueue}).
   */
  constructor(
    private readonly run: LintRunner,
    private readonly onError: (uri: string, error: unknown) => void,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
    private readonly dispatched?: DispatchCounter,
  ) {}

  /** (Re)starts the document's timer: the lint runs `delayMs` after the last call. */
  schedule(uri: string, delayMs = this.debounceMs): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.start(uri);
      }, delayMs),
    );
  }

  /** Forgets a pending lint (the document was closed, or a newer schedule replaces it). */
  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }

  /** True while a lint of the document waits for its timer or is under way. */
  isBusy(uri: string): boolean {
    return this.timers.has(uri) || this.running.has(uri);
  }

  /**
   * Runs a pending lint of the document now instead of waiting for its timer, and resolves once
   * the lint in progress (if any) has finished — for requests that need fresh results.
   */
  async flush(uri: string): Promise<void> {
    if (this.timers.has(uri)) {
      this.cancel(uri);
      await this.start(uri);
      return;
    }
    await this.running.get(uri);
  }

  /** Cancels every pending lint. */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private start(uri: string): Promise<void> {
    const previous = this.running.get(uri) ?? Promise.resolve();
    const next = previous
      .then(() => drainMessageQueue(this.dispatched))
      // An edit dispatched while draining re-armed the timer: that later run lints the newer version.
      .then(() => (this.timers.has(uri) ? undefined : this.run(uri)))
      .catch((error: unknown) => this.onError(uri, error))
      .finally(() => {
        if (this.running.get(uri) === next) this.running.delete(uri);
      });
    this.running.set(uri, next);
    return next;
  }
}

/** Lets queued I/O callbacks (incoming requests) run before the next chunk of work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** At most this many turns of {@link drainMessageQueue}: a client that never stops sending cannot hold a lint back. */
const MAX_DRAIN_TURNS = 100;

/**
 * {@link drainMessageQueue} stops after this many turns in a row without a dispatch: a message read
 * from the input is decoded in one `setImmediate` turn and dispatched in a later one, so one quiet
 * turn does not mean an empty pipeline.
 */
const QUIET_TURNS = 3;

/**
 * Resolves once the client messages read so far have been dispatched to their handlers. After a
 * synchronous lint, a `didChange` typed meanwhile is only read from the input in the next poll
 * phase, and vscode-jsonrpc then decodes it in one `setImmediate` turn and dispatches its queue one
 * message per turn after that; so a version check made right away, or after one `setImmediate`,
 * cannot see it yet. This yields turn after turn until {@link QUIET_TURNS} turns in a row dispatch
 * nothing. Without a counter it yields {@link QUIET_TURNS} times (enough for one queued message).
 */
export async function drainMessageQueue(dispatched?: DispatchCounter): Promise<void> {
  let last = dispatched?.();
  let quiet = 0;
  for (let turn = 0; turn < MAX_DRAIN_TURNS && quiet < QUIET_TURNS; turn++) {
    await yieldToEventLoop();
    const now = dispatched?.();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}
