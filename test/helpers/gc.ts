/**
 * The garbage collector, for tests of what must survive a collection: Node 20 collected a request's
 * `AbortSignal.timeout` while the request waited, and the request then hung for ever.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** `gc()`, exposed at run time as `node --expose-gc` would (the test workers do not start with it). */
export function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * Runs `work` while the garbage collector runs every 20 ms, and gives up after `limitMs`: resolves
 * with what `work` settled with (its value or its error), or `'still waiting'`.
 */
export async function underGc<T>(work: () => Promise<T>, limitMs: number): Promise<T | unknown> {
  const gc = exposeGc();
  const collecting = setInterval(gc, 20);
  let giveUp: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work().catch((error: unknown) => error),
      new Promise((resolve) => {
        giveUp = setTimeout(() => resolve('still waiting'), limitMs);
      }),
    ]);
  } finally {
    clearInterval(collecting);
    clearTimeout(giveUp);
  }
}
