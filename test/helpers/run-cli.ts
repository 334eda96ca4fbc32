import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(__dirname, '..', '..');
/** The bundled CLI (`npm test` builds it first). */
export const CLI = join(ROOT, 'dist', 'cli.js');

/** What one CLI run printed and how it exited. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js …args` without blocking this process, so servers the test started keep
 * answering. Colour is off; `env` entries set to `undefined` are removed from the child's environment.
 * `onSpawn` gets the child process, e.g. to send it a signal.
 */
export function runCli(
  args: string[],
  options: {
    env?: Record<string, string | undefined>;
    /** What the child reads on stdin: text, or bytes (e.g. ones that are not UTF-8). */
    stdin?: string | Buffer;
    /** The child's working directory (the repository root when omitted). */
    cwd?: string;
    onSpawn?: (child: ChildProcess) => void;
  } = {},
): Promise<CliResult> {
  return new Promise<CliResult>((resolvePromise, reject) => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: undefined,
      ...options.env,
    };
    for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
    options.onSpawn?.(child);
  });
}
