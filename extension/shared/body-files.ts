/**
 * The `peeker.bodyFiles` setting: a map of glob → operation telling the language server which plain
 * JSON files hold request bodies, e.g. `{ "**\/fixtures/orders/*.json": "POST /orders" }`.
 *
 * Pure (no VS Code, no LSP): the client and the server both use it, and `test/extension-body-files.test.ts`
 * covers every way the setting can be wrong. Bad entries are skipped with a message that names the
 * entry, says why and what to do — a bad setting never throws.
 */
import picomatch from 'picomatch';
import { catalog, findOperation } from '../../schemas';

/** One usable entry of the setting. */
export interface BodyFileRule {
  /** The glob as the user wrote it. */
  readonly glob: string;
  /** The operation key as the catalog spells it, e.g. `POST /orders`. */
  readonly operation: string;
  /** True when `path` (forward slashes) matches the glob. */
  readonly matches: (path: string) => boolean;
}

/** The setting, checked: the rules that work and one message per entry that does not. */
export interface BodyFilesConfig {
  readonly rules: readonly BodyFileRule[];
  /** Human-readable problems, each naming the offending entry (`peeker.bodyFiles["…"]`). */
  readonly problems: readonly string[];
}

/** The result of checking an empty or absent setting. */
export const NO_BODY_FILES: BodyFilesConfig = { rules: [], problems: [] };

const SETTING = 'peeker.bodyFiles';
const EXAMPLE = '{ "**/fixtures/orders/*.json": "POST /orders" }';

/** Operations that take a JSON body — the only ones a body file can be linted against. */
export function operationsWithBody(): string[] {
  return catalog.operations.filter((op) => op.requestSchema !== null).map((op) => op.key);
}

/**
 * Checks the raw setting value (whatever the client sent) and compiles its globs.
 * Never throws: entries that cannot work are reported in `problems` and left out of `rules`.
 */
export function compileBodyFiles(setting: unknown): BodyFilesConfig {
  if (setting === undefined || setting === null) return NO_BODY_FILES;
  if (typeof setting !== 'object' || Array.isArray(setting)) {
    const got = Array.isArray(setting) ? 'an array' : `${typeof setting} ${JSON.stringify(setting)}`;
    return {
      rules: [],
      problems: [`${SETTING} must be an object mapping a glob to an operation, e.g. ${EXAMPLE}; got ${got}.`],
    };
  }
  const rules: BodyFileRule[] = [];
  const problems: string[] = [];
  for (const [glob, value] of Object.entries(setting as Record<string, unknown>)) {
    const entry = `${SETTING}[${JSON.stringify(glob)}]`;
    const globProblem = checkGlob(glob);
    if (globProblem) {
      problems.push(`${entry}: ${globProblem} The entry is ignored.`);
      continue;
    }
    if (typeof value !== 'string') {
      problems.push(
        `${entry}: the operation must be a string such as "POST /orders", got ${JSON.stringify(value) ?? typeof value}. The entry is ignored.`,
      );
      continue;
    }
    const operation = checkOperation(value);
    if (typeof operation !== 'string') {
      problems.push(`${entry}: ${operation.problem} The entry is ignored.`);
      continue;
    }
    let matcher: (path: string) => boolean;
    try {
      matcher = picomatch(glob, { dot: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(`${entry}: the glob cannot be compiled (${reason}). The entry is ignored.`);
      continue;
    }
    rules.push({ glob, operation, matches: (path) => matcher(path) });
  }
  return { rules, problems };
}

/**
 * The first rule (in the setting's order) whose glob matches one of `paths` — typically the file's
 * workspace-relative path(s) and its absolute path, all with forward slashes.
 */
export function matchBodyFile(config: BodyFilesConfig, paths: readonly string[]): BodyFileRule | undefined {
  return config.rules.find((rule) => paths.some((path) => rule.matches(path)));
}

/** Why a glob cannot be used, or undefined when it is fine. */
function checkGlob(glob: string): string | undefined {
  if (glob.trim() === '') return 'the glob is empty. Write a pattern such as "**/fixtures/orders/*.json".';
  if (findOperation(glob) && !/[*?[{]/.test(glob)) {
    return `the key looks like an operation, not a glob: keys are globs and values are operations (swapped?), e.g. ${EXAMPLE}.`;
  }
  if (glob.includes('\\')) {
    return 'globs use forward slashes ("/"), even on Windows; a backslash escapes the next character.';
  }
  const unbalanced = firstUnbalanced(glob);
  if (unbalanced)
    return `the glob has an unclosed "${unbalanced}", so it would never match. Close it or remove it.`;
  return undefined;
}

/** The first opening bracket of `[`, `{` or `(` that is never closed (or a stray closing one). */
function firstUnbalanced(glob: string): string | undefined {
  const closing: Record<string, string> = { '[': ']', '{': '}', '(': ')' };
  const stack: string[] = [];
  for (const char of glob) {
    if (char in closing) stack.push(char);
    else if (char === ']' || char === '}' || char === ')') {
      const open = stack.pop();
      if (open === undefined || closing[open] !== char) return char;
    }
  }
  return stack[0];
}

/** The catalog key for `value`, or why it cannot be used for a body file. */
function checkOperation(value: string): string | { problem: string } {
  const operation = findOperation(value);
  if (!operation) {
    const suggestion = closestOperation(value);
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
    return {
      problem: `unknown operation "${value}".${hint} Use one of: ${operationsWithBody().join(', ')}.`,
    };
  }
  if (operation.requestSchema === null) {
    return {
      problem: `${operation.key} takes no JSON body, so there is nothing to lint. Use an operation with a body: ${operationsWithBody().join(', ')}.`,
    };
  }
  return operation.key;
}

/** The operation with a body whose key is closest to `value` (edit distance ≤ 3), for a "did you mean". */
export function closestOperation(value: string): string | undefined {
  const normalized = value.trim().replace(/\s+/g, ' ').toUpperCase();
  let best: { key: string; distance: number } | undefined;
  for (const key of operationsWithBody()) {
    const distance = editDistance(normalized, key.toUpperCase());
    if (distance <= 3 && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
