/**
 * What to do when the language server stops unexpectedly: restart it, say so once per session, and
 * give up (with a message saying how to start it again) when it keeps crashing. Pure — no VS Code
 * API — so it is unit-tested in `test/extension-restart-policy.test.ts`.
 */

/** The policy's answer to one crash. */
export interface RestartDecision {
  restart: boolean;
  /** A message to show the user, or undefined to stay quiet. */
  message?: string;
}

/** Limits of {@link RestartPolicy}. */
export interface RestartLimits {
  /** Crashes tolerated within {@link RestartLimits.windowMs} before giving up. */
  maxCrashes: number;
  windowMs: number;
}

/** Five crashes within three minutes: something is wrong with the server, not with one document. */
export const DEFAULT_RESTART_LIMITS: RestartLimits = { maxCrashes: 5, windowMs: 3 * 60_000 };

/** Counts crashes and decides; one instance per extension session. */
export class RestartPolicy {
  private crashes: number[] = [];
  private notified = false;

  constructor(private readonly limits: RestartLimits = DEFAULT_RESTART_LIMITS) {}

  /** Records a crash at `now` (ms) and decides. */
  onCrash(now: number): RestartDecision {
    this.crashes = [...this.crashes.filter((at) => now - at < this.limits.windowMs), now];
    if (this.crashes.length >= this.limits.maxCrashes) {
      const minutes = Math.round(this.limits.windowMs / 60_000);
      return {
        restart: false,
        message: `The Peeker DevKit language server crashed ${this.crashes.length} times in ${minutes} minutes and was not restarted. The "Peeker DevKit" output has the details; run "Peeker: Restart Language Server" to try again.`,
      };
    }
    if (this.notified) return { restart: true };
    this.notified = true;
    return {
      restart: true,
      message:
        'The Peeker DevKit language server stopped unexpectedly and was restarted. The "Peeker DevKit" output has the details.',
    };
  }

  /** Forgets past crashes (the user restarted the server by hand). */
  reset(): void {
    this.crashes = [];
  }
}
