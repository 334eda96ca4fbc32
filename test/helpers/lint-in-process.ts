import { lintCommand } from '../../cli/commands/lint';
import { captureOutput } from './capture-output';

/**
 * Runs `peeker-devkit lint …args` in this process (so a test file's mocked `fs` applies), with
 * its output captured; a thrown usage error comes back as cli/main.ts prints it, exit 2.
 */
export async function lintInProcess(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { result, error, stdout, stderr } = await captureOutput(() => lintCommand.run(args));
  if (error !== undefined)
    return { code: 2, stdout, stderr: `${stderr}peeker-devkit: ${(error as Error).message}\n` };
  return { code: typeof result === 'number' ? result : result!.exitAtOnce, stdout, stderr };
}
