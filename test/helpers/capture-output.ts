/**
 * Runs a command in this process with its stdout and stderr captured (and colour off), for tests
 * that need the process's own streams — a mocked `fs`, a stubbed `isTTY` — rather than a child.
 */
import { vi } from 'vitest';

/** What {@link captureOutput} saw, with `run`'s result or the error it threw. */
export interface CapturedOutput<T> {
  result?: T;
  error?: unknown;
  stdout: string;
  stderr: string;
}

/**
 * Calls `run` with `process.stdout.write` / `process.stderr.write` captured and `NO_COLOR=1`; with
 * `stderrIsTTY`, stderr claims to be a terminal meanwhile (where commands print their progress).
 * Everything is put back before it returns, whatever `run` did.
 */
export async function captureOutput<T>(
  run: () => Promise<T>,
  { stderrIsTTY = false }: { stderrIsTTY?: boolean } = {},
): Promise<CapturedOutput<T>> {
  const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  if (stderrIsTTY) Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
  vi.stubEnv('NO_COLOR', '1');
  const captured: CapturedOutput<T> = { stdout: '', stderr: '' };
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    captured.stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    captured.stderr += String(chunk);
    return true;
  });
  try {
    captured.result = await run();
  } catch (error) {
    captured.error = error;
  } finally {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    if (stderrIsTTY) {
      if (tty === undefined) delete (process.stderr as { isTTY?: boolean }).isTTY;
      else Object.defineProperty(process.stderr, 'isTTY', tty);
    }
  }
  return captured;
}
