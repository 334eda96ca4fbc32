import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * A temporary directory made before the file's tests and removed after them. Returns `file`, which
 * writes `content` to `name` in it and returns the path, and `dir`, the directory's path.
 */
export function useScratchDirectory(prefix: string): {
  file: (name: string, content: string | Buffer) => string;
  dir: () => string;
} {
  let scratch = '';
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });
  return {
    file(name, content) {
      const path = join(scratch, name);
      writeFileSync(path, content);
      return path;
    },
    dir: () => scratch,
  };
}
