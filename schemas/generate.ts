/**
 * `npm run generate` — turns `schemas/openapi.yaml` (the source of truth) into:
 *   - `schemas/generated/json-schema/*.json`: standalone JSON Schemas (2020-12) with stable `$id`s,
 *     one per request body, plus the error envelope, the list envelope, every webhook event and the
 *     `*.peeker.json` request-file schema;
 *   - `schemas/generated/catalog.json`: operations, error codes, permissions, enums and events as data
 *     for the linter, emulator, contract tests and extension;
 *   - `schemas/generated/openapi.d.ts`: TypeScript types from `openapi-typescript`;
 *   - `schemas/generated/validators.ts`: the linter's validators as ajv standalone code (one factory
 *     per request body schema, plus the request-file envelope), so nothing compiles at run time.
 *
 * `npm run check:generated` (`--check`) regenerates in memory and fails when a committed file is stale.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { buildArtifacts, GENERATED_DIR, OPENAPI_PATH, SourceError } from './build-artifacts';

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  // `--source FILE` reads another OpenAPI file (tests use it to show how errors are reported).
  const sourceFlag = process.argv.indexOf('--source');
  const sourcePath = sourceFlag > 0 ? process.argv[sourceFlag + 1]! : OPENAPI_PATH;
  let artifacts: Map<string, string>;
  try {
    artifacts = await buildArtifacts(readFileSync(sourcePath, 'utf8'), relative(process.cwd(), sourcePath));
  } catch (error) {
    if (error instanceof SourceError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const existing = listFiles(GENERATED_DIR);
  if (check) {
    const problems: string[] = [];
    for (const [file, content] of artifacts) {
      let current: string | undefined;
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        current = undefined;
      }
      if (current === undefined) problems.push(`missing: ${relative(process.cwd(), file)}`);
      else if (current !== content) problems.push(`stale:   ${relative(process.cwd(), file)}`);
    }
    for (const file of existing) {
      if (!artifacts.has(file)) problems.push(`extra:   ${relative(process.cwd(), file)}`);
    }
    if (problems.length > 0) {
      process.stderr.write(
        `Generated files are out of date with schemas/openapi.yaml:\n  ${problems.join('\n  ')}\nRun 'npm run generate' and commit the result.\n`,
      );
      return 1;
    }
    process.stdout.write(`Generated files are up to date (${artifacts.size} files).\n`);
    return 0;
  }
  for (const file of existing) if (!artifacts.has(file)) rmSync(file);
  for (const [file, content] of artifacts) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  process.stdout.write(`Wrote ${artifacts.size} files to ${relative(process.cwd(), GENERATED_DIR)}/\n`);
  return 0;
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
