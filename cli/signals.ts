/**
 * Stopping a command by signal, the same way in every command: which signals stop it, the exit
 * code that says so, and an `AbortSignal` for a run that must put things back before it ends.
 */
import { constants } from 'node:os';

/**
 * The signals that stop a command cleanly: Ctrl+C (SIGINT), SIGTERM (`kill`, a CI timeout) and
 * SIGHUP (its terminal closed: VS Code, tmux, ssh).
 */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The shell's exit code for a run ended by `signal`: 128 + its number (130 for Ctrl+C). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

/** What {@link interruptOnStopSignals} gives a run. */
export interface StopInterrupt {
  /** Aborted by the first stop signal, with the signal's name (`'SIGINT'`) as its reason. */
  readonly signal: AbortSignal;
  /** Removes the handlers: call it when the run has ended, whichever way. */
  dispose(): void;
}

/**
 * Turns the first of {@link STOP_SIGNALS} into an abort of the returned `signal`, for a run that
 * must put things back before it ends (a running emulator's settings) instead of being killed
 * half-way. The handlers go with that first signal: a second one ends the process at once, as a
 * user who insists expects.
 */
export function interruptOnStopSignals(): StopInterrupt {
  const controller = new AbortController();
  const dispose = () => {
    for (const name of STOP_SIGNALS) process.off(name, onSignal);
  };
  const onSignal = (name: NodeJS.Signals) => {
    dispose();
    controller.abort(name);
  };
  for (const name of STOP_SIGNALS) process.on(name, onSignal);
  return { signal: controller.signal, dispose };
}
