/**
 * When to lint: debounced per document, so a burst of keystrokes costs one lint; each run first
 * yields to the event loop (`setImmediate`) so requests already queued — a hover, a completion —
 * are answered before linting starts; a run whose document changed meanwhile is dropped by the
 * caller (it compares versions), so superseded versions never publish.
 */

/** Lints one document (by URI) now. May be async. */
export type LintRunner = (uri: string) => void | Promise<void>;

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
   */
  constructor(
    private readonly run: LintRunner,
    private readonly onError: (uri: string, error: unknown) => void,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
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
      .then(yieldToEventLoop)
      .then(() => this.run(uri))
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
