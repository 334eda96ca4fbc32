/**
 * `peeker-devkit lint` — lint request files and bodies before they are sent, in the API's own
 * vocabulary; print like a compiler, as JSON, or as SARIF 2.1.0 for code scanning; `--fix` applies
 * the safe quick fixes.
 */
import {
  accessSync,
  chmodSync,
  chownSync,
  existsSync,
  constants as fsConstants,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type Diagnostic,
  fixAll,
  type LintResult,
  type LintTarget,
  lint,
  lintRuleCatalog,
  type Position,
} from '../../lint';
import { suggestOperation } from '../../lint/request-file';
import { escapeControls } from '../../lint/text-utils';
import { firstInvalidUtf8Byte } from '../../lint/utf8';
import { catalog, findOperation } from '../../schemas';
import { type Command, parseOptions, UsageError } from '../command';
import { printError, styles, useColor } from '../output';

// `import … = require()` makes esbuild pick tinyglobby's CommonJS build: its ESM build pulls in
// fdir's ESM, whose `createRequire(import.meta.url)` breaks inside the CJS bundle (dist/cli.js).
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

const VERSION = '0.1.0';
const FORMATS = ['human', 'json', 'sarif'] as const;
/** The argument that reads the document from stdin, and the name it is reported under. */
const STDIN = '-';
const STDIN_NAME = '<stdin>';

const HELP = `peeker-devkit lint — catch Peeker API errors before a request is sent

Usage:
  peeker-devkit lint [--operation "METHOD /path"] [--format human|json|sarif] [--fix] <files, dirs or globs…>
  … | peeker-devkit lint [--operation "METHOD /path"] [--stdin-filename PATH] [--format …] -

What is linted
  *.peeker.json     request files: { "request": "POST /orders", "path": {…}, "query": {…}, "body": {…} }.
                    The file is checked against the request-file schema; the body against the operation
                    in "request" (--operation does not apply; nor to a file whose "$schema" is
                    https://peeker-devkit.dev/schemas/v1/request-file.json).
  other *.json      plain bodies. The operation comes from --operation, else from a top-level "$schema"
                    naming one of the kit's schemas (e.g. "https://peeker-devkit.dev/schemas/v1/
                    create-order-request.json"). Without either, only the JSON syntax is checked
                    and an info note says so. When --operation and "$schema" disagree, --operation
                    wins and a warning on "$schema" says so (schema_id_mismatch). A "$schema" under
                    that prefix that names none of the kit's schemas is an error (unknown_schema_id,
                    with the closest id). Any top-level "$schema" is sent with the file, and the API
                    rejects it as an unknown field: a warning on the key (schema_key_in_body), which
                    --fix removes when --operation names the operation.
  directories       every *.json file below them, hidden ones (.peeker/, .github/) too; directories
                    named node_modules or .git are skipped (name one to lint it). Only regular files
                    are linted: a pipe, a device or a link to one is passed over. A directory that
                    cannot be read (EACCES), named or found, is a usage error.
  globs             quoted patterns such as 'requests/**/*.peeker.json', matched the same way; a
                    directory a glob matches is searched as if it were named.
  -                 stdin, reported as <stdin> (or as --stdin-filename names it): a body with
                    --operation (or the kit's "$schema"), or a request file by its shape. Without
                    any of them it is a usage error.
  request shape     any file or stdin whose top level has a "request" naming a Peeker operation or a
                    near typo of one ("GET /mex", "PSOT /orders"; a full URL only on the API's host or
                    a loopback one), and no keys but $schema, description, path, query and body or a
                    typo of one ("bdy"), is a request file however it is named: each typo is reported
                    with a suggestion. Other JSON with a "request" ("GET /health", another API's URL,
                    a "response" beside it) is not one.
                    Other files that are not regular (a pipe such as /dev/stdin or <(…), a device)
                    are refused: pipe them into '-'.

Each problem is reported with the error code the API would answer (invalid_request,
order_shape_conflict, domain_count_mismatch, …; payload_too_large is the kit's assumption) and
the field it would name, or with a lint-only code (duplicate_key, jsonc_not_allowed,
unknown_schema_id, schema_id_mismatch, schema_key_in_body, deprecated_field,
profile_picture_not_accessible, duplicate_domain, bundle_plan_unknown, …).

Options
  --operation OP    operation for plain body files and stdin, e.g. --operation "POST /orders"; it
                    wins over their "$schema"; a request file (by name, "$schema" or shape) keeps the
                    operation in its "request", and a one-line note on stderr names those it was
                    not applied to (the exit code does not change)
  --format F        human (default): file:line:col severity code message, then
                          "(quick fix available)" when --fix fixes it, "(quick fix in the
                          editor)" when its fixes need a human's choice, made in the editor
                    json: [{file, line, column, endLine, endColumn, code, severity, field, message, details?}]
                          with 1-based lines and columns (columns in UTF-16 code units)
                    sarif: SARIF 2.1.0, for GitHub code scanning (upload-sarif)
                          paths relative to the repository root (the nearest .git up from the
                          working directory, else that directory); outside it, file:/// URIs
  --stdin-filename PATH
                    the file stdin ('-') stands for: its name in every output (SARIF: relative to
                    the repository root), and what the name tells (*.peeker.json is a request file)
  --fix             apply the safe fixes in place (remove comments and trailing commas, trim and
                    lower-case domains, drop exact duplicate domains, migrate the older request
                    shapes…), then report what is left; not with '-'
  -h, --help        this help

Colour follows NO_COLOR / FORCE_COLOR and whether stdout is a terminal.

Examples
  peeker-devkit lint examples/
  peeker-devkit lint --operation "POST /orders" order.json
  peeker-devkit lint --format sarif 'requests/**/*.peeker.json' > lint.sarif
  peeker-devkit lint --fix examples/invalid/order-legacy-shape.peeker.json
  jq .body order.peeker.json | peeker-devkit lint --operation "POST /orders" -

Exit codes: 0 no errors (warnings and infos allowed), 1 at least one error,
2 usage error (unknown option, unknown operation — with a did-you-mean —, missing or not a
regular file, no file matches a glob, stdin without an operation, input that is not UTF-8, a file
or directory that cannot be read), or
--fix could not write a file: that file is left unchanged and named on stderr, the other files are
still fixed, and the report covers them all.`;

/** The `lint` command. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'Lint request files and bodies against the contract before sending them.',
  help: HELP,
  async run(args) {
    const { values, positionals } = parseOptions(
      'lint',
      args,
      {
        operation: { type: 'string' },
        format: { type: 'string', default: 'human' },
        fix: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
      },
      true,
    );
    const format = values.format as string;
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`lint: --format expects human, json or sarif, got '${format}'.`);
    }
    let operation: string | undefined;
    if (values.operation !== undefined) {
      const found = findOperation(values.operation);
      if (!found) {
        // The same suggestion a typo in a request file's "request" gets.
        const near = suggestOperation(values.operation)?.key;
        throw new UsageError(
          `lint: unknown operation '${values.operation}'.${near ? ` Did you mean "${near}"?` : ''} Write it as "METHOD /path", e.g. --operation "POST /orders".`,
        );
      }
      operation = found.key;
    }
    // An operation without a body is no use for bodies, but request files ignore --operation: it is
    // refused below only if some input would be linted against it.
    const bodyless = operation !== undefined && !findOperation(operation)!.requestSchema;
    if (positionals.length === 0) {
      throw new UsageError("lint: no files given. Run 'peeker-devkit lint --help'.");
    }
    const files = expandInputs(positionals);
    const stdinName = values['stdin-filename'] as string | undefined;
    if (stdinName !== undefined && (stdinName === '' || !files.includes(STDIN))) {
      throw new UsageError(
        stdinName === ''
          ? 'lint: --stdin-filename needs a path, e.g. --stdin-filename requests/order.peeker.json.'
          : `lint: --stdin-filename names stdin, but no '${STDIN}' is among the files: add '${STDIN}' and pipe the text in.`,
      );
    }
    if (values.fix && files.includes(STDIN)) {
      throw new UsageError(`lint: --fix edits files in place, so it cannot fix stdin ('${STDIN}').`);
    }

    // Every file is read before any is fixed: one that cannot be read stops the run with nothing rewritten.
    const texts = files.map((file) => readUtf8(file, stdinName));
    /** The name a file goes by: stdin's is --stdin-filename's, or none. */
    const nameOf = (file: string) => (file === STDIN ? stdinName : file);
    /** What a file is linted as: its name and --operation. */
    const targetOf = (file: string): LintTarget => {
      // Without a file name, only --operation, "$schema" or a "request" key say what stdin is.
      const name = nameOf(file);
      return {
        kind: 'auto',
        ...(name === undefined ? {} : { fileName: name }),
        ...(operation ? { operation, operationSource: '--operation' } : {}),
      };
    };
    if (
      bodyless &&
      files.some((file, index) => lint(texts[index]!, targetOf(file)).operation === operation)
    ) {
      throw new UsageError(`lint: ${operation} takes no request body, so there is nothing to lint.`);
    }
    const reports: FileReport[] = [];
    const fixedFiles: string[] = [];
    const unwritten: string[] = [];
    /** Request files --operation was given for but does not apply to: the user is told, once. */
    const notApplied: string[] = [];
    for (const [index, file] of files.entries()) {
      let text = texts[index]!;
      const fromStdin = file === STDIN;
      const name = nameOf(file);
      const target = targetOf(file);
      let fixed = 0;
      if (values.fix) {
        const outcome = fixAll(text, target);
        if (outcome.applied.length > 0 && outcome.text !== text) {
          const failure = writeFixed(file, outcome.text);
          if (failure === undefined) {
            text = outcome.text;
            fixed = outcome.applied.length;
            fixedFiles.push(file);
          } else {
            // Each file is replaced whole, so the others are unaffected: fix them too, and lint this
            // one as it still is.
            printError(`lint: cannot write the fixes to '${file}' (${failure}); it is unchanged.`);
            unwritten.push(file);
          }
        }
      }
      const result = positionsAsShown(lint(text, target), text);
      if (fromStdin && result.diagnostics.some((d) => d.code === 'operation_unknown')) {
        throw new UsageError(
          'lint: no operation for stdin: pass --operation "POST /orders" for a body, or pipe a request file ' +
            'whose "request" names an operation, e.g. {"request": "POST /orders", "body": {…}}.',
        );
      }
      reports.push({ file: name ?? STDIN_NAME, result, fixed });
      // A body is always checked as --operation; a request file (by name, "$schema" or shape) as
      // its own "request", which differs here.
      if (operation !== undefined && result.operation !== operation) notApplied.push(name ?? STDIN_NAME);
    }

    const output =
      format === 'json'
        ? formatJson(reports)
        : format === 'sarif'
          ? formatSarif(reports)
          : formatHuman(reports, useColor());
    process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    if (notApplied.length > 0) {
      // On stderr, so JSON and SARIF output stay parseable; not an error: a mixed batch is normal.
      const count = `${notApplied.length} request file${notApplied.length === 1 ? '' : 's'}`;
      // The first few name them; a batch of thousands must not make the note a page long.
      // printError escapes control characters in file names, as in every line it prints.
      const named = notApplied.slice(0, 3).map((name) => `'${name}'`);
      if (notApplied.length > 3) named.push(`${notApplied.length - 3} more`);
      printError(
        `lint: note: --operation "${operation}" was not applied to ${count} (${named.join(', ')}): a request file is checked against the operation in its "request".`,
      );
    }
    if (unwritten.length > 0) {
      // On stderr, so JSON and SARIF output stay parseable; it says what the run did change.
      const list = (names: string[]) => names.map((name) => `'${name}'`).join(', ');
      printError(
        `lint: --fix could not write ${list(unwritten)} (left unchanged)` +
          (fixedFiles.length > 0 ? `; it fixed ${list(fixedFiles)}.` : '; it fixed no other file.'),
      );
      return 2;
    }
    return reports.some((r) => r.result.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
  },
};

/**
 * `result` with its positions as an editor shows the text: a leading byte-order mark is no
 * character there (VS Code hides it from the language server, GitHub's file view does not show
 * it), so every offset after it moves back by one, and so does every column of line 1 — which
 * keeps the CLI's columns and SARIF offsets those of the editor. The BOM's own finding (a plain
 * body's) becomes an empty range at 1:1. Fixes keep the engine's offsets: `--fix` applies them to
 * the text as read, BOM included.
 */
function positionsAsShown(result: LintResult, text: string): LintResult {
  if (text.charCodeAt(0) !== 0xfeff) return result;
  const shown = (position: Position): Position =>
    position.offset === 0
      ? position
      : {
          line: position.line,
          character: position.line === 0 ? position.character - 1 : position.character,
          offset: position.offset - 1,
        };
  return {
    ...result,
    diagnostics: result.diagnostics.map((d) => ({
      ...d,
      range: { start: shown(d.range.start), end: shown(d.range.end) },
    })),
  };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of a file, which must be UTF-8 (as JSON sent to an API is, RFC 8259 §8.1). A file in
 * another encoding is refused with the offset of its first invalid byte, not decoded with U+FFFD
 * replacement characters that `--fix` would write back. A BOM is kept: the linter reports it.
 */
function readUtf8(file: string, stdinName: string | undefined): string {
  const fromStdin = file === STDIN;
  // Stdin is named as everywhere else (or as --stdin-filename says), not by the '-' that asked for it.
  const name = !fromStdin ? `'${file}'` : stdinName === undefined ? 'stdin' : `stdin ('${stdinName}')`;
  let bytes: Buffer;
  try {
    // fd 0 reads a pipe to its end: `cat order.peeker.json | peeker-devkit lint -`.
    bytes = readFileSync(fromStdin ? 0 : file);
  } catch (error) {
    throw new UsageError(
      `lint: cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
    );
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    // A pipe has no file to save: what produced it must write UTF-8 (or be converted, iconv).
    const advice = fromStdin ? 'convert it before piping it in' : 'save it as UTF-8';
    throw new UsageError(
      `lint: ${name} is not UTF-8 (byte 0x${byte} at offset ${offset} starts no valid UTF-8 sequence): request JSON must be UTF-8 (RFC 8259 §8.1); ${advice}.`,
    );
  }
}

interface FileReport {
  /** The path as shown (relative to the working directory when inside it). */
  file: string;
  result: LintResult;
  /** Number of fixes `--fix` applied. */
  fixed: number;
}

/**
 * Files, directories and globs → the files to lint, in a stable order, each once: a file reached
 * under several names (`./x` and an absolute `x`, or through a symlinked directory) is linted once,
 * under the name that goes through no symlink when it has one. Searches follow symlinked
 * directories; fdir, under tinyglobby, stops at a link back into a directory it is already in, so a
 * loop (`ln -s .. loop`) ends, and what it listed before stopping is deduplicated here.
 */
function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  /** Where each entry of `out` came from: its path and the directory it was found in. */
  const origins: { file: string; root: string }[] = [];
  const byRealPath = new Map<string, number>();
  const add = (file: string, root: string) => {
    const real = realPath(file);
    const at = byRealPath.get(real);
    if (at === undefined) {
      byRealPath.set(real, out.length);
      out.push(display(file));
      origins[out.length - 1] = { file, root };
    } else if (!isDirect(origins[at]!) && isDirect({ file, root })) {
      out[at] = display(file);
      origins[at] = { file, root };
    }
  };
  for (const input of inputs) {
    if (input === STDIN) {
      if (!out.includes(STDIN)) out.push(STDIN);
      continue;
    }
    let stats: ReturnType<typeof statSync> | undefined;
    try {
      stats = statSync(input);
    } catch {
      stats = undefined;
    }
    if (stats?.isFile()) {
      // A name the user typed is theirs to keep, links or not.
      add(input, input);
      continue;
    }
    if (stats?.isDirectory()) {
      const found = jsonFilesIn(input);
      if (found.length === 0) throw new UsageError(noJsonFilesMessage(input));
      for (const file of found) add(file, input);
      continue;
    }
    if (stats !== undefined) {
      throw new UsageError(
        `lint: '${input}' is ${kindOf(stats)}, not a regular file. To lint what a command prints, pipe it into '${STDIN}'.`,
      );
    }
    if (isDynamicPattern(input)) {
      const found = globFiles(input, SKIPPED_PATTERNS);
      if (found.length === 0) throw new UsageError(noMatchMessage(input));
      for (const file of found) add(file, '.');
      continue;
    }
    throw new UsageError(`lint: no such file '${input}'.`);
  }
  return out;
}

/** The path of an existing file with every symlink resolved (its own path when that fails). */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}

/** True when no symlink lies on `file`'s path below `root` (for a name the user typed, none counts). */
function isDirect({ file, root }: { file: string; root: string }): boolean {
  if (file === root) return true;
  return realPath(file) === resolve(realPath(root), relative(root, file));
}

/**
 * Directories a search never enters: installed packages and git's own files. Every other entry is
 * searched, hidden ones too: requests kept in `.peeker/` or `.github/` are linted like any others.
 */
const SKIPPED_DIRECTORIES = ['node_modules', '.git'];
const SKIPPED_PATTERNS = SKIPPED_DIRECTORIES.map((name) => `**/${name}/**`);

/**
 * The `*.json` files below `directory` (hidden ones included, none under `ignore`), sorted: only
 * regular files, once their links are followed (see {@link isLinted}). A directory the search
 * cannot read (`directory` itself or one below it) is a usage error, as a file that cannot be read
 * is, naming the argument `searched` (the directory, or the glob that matched it); with `null`, a
 * search that only explains why another found nothing, it is passed over.
 */
function jsonFilesIn(
  directory: string,
  ignore: string[] = SKIPPED_PATTERNS,
  searched: string | null = directory,
): string[] {
  const prefix = `${directory.replace(/[\\/]+$/, '')}${sep}`;
  return search(['**/*.json'], directory, { ignore, onlyFiles: true }, searched)
    .map((file) => `${prefix}${file}`)
    .filter(isLinted);
}

/**
 * tinyglobby's `globSync` from `cwd`, with hidden entries, sorted. fdir, under it, passes over a
 * directory it cannot read (EACCES) as if it were empty: the files in it would go unlinted without
 * a word, and CI would stay green. With `searched` (the argument being expanded), such a directory
 * stops the run with a usage error naming it and the cause; one that is not there (ENOENT: a glob's
 * fixed part that names nothing, or removed during the search) or not a directory (ENOTDIR) is not
 * one, and only matches nothing. With `null`, unreadable directories are passed over.
 */
function search(
  patterns: string[],
  cwd: string,
  options: { ignore: string[]; onlyFiles: boolean },
  searched: string | null,
): string[] {
  let failure: { directory: string; code: string } | undefined;
  const readdir = ((...args: Parameters<typeof readdirSync>) => {
    try {
      return readdirSync(...args);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (failure === undefined && code !== 'ENOENT' && code !== 'ENOTDIR') {
        failure = { directory: String(args[0]), code };
      }
      throw error;
    }
  }) as typeof readdirSync;
  const matches = globSync(patterns, {
    cwd,
    dot: true,
    ...options,
    ...(searched === null ? {} : { fs: { readdirSync: readdir } }),
  }).sort();
  if (failure !== undefined && searched !== null) {
    throw new UsageError(unreadableDirectoryMessage(failure, cwd, searched));
  }
  return matches;
}

/**
 * Why a search of `cwd` for the argument `searched` stopped: `failure.directory` (a path fdir
 * crawled, absolute) could not be read. It is named from `cwd` as given (`d`, `d/sub`), or
 * absolute where a followed link took the search outside it.
 */
function unreadableDirectoryMessage(
  failure: { directory: string; code: string },
  cwd: string,
  searched: string,
): string {
  const base = cwd.replace(/[\\/]+$/, '') || sep;
  const below = relative(resolve(cwd), resolve(failure.directory));
  const name =
    below === ''
      ? base
      : below === '..' || below.startsWith(`..${sep}`) || isAbsolute(below)
        ? resolve(failure.directory)
        : base === '.'
          ? below
          : join(base, below);
  const where = name === searched.replace(/[\\/]+$/, '') ? '' : `, found searching '${searched}'`;
  const advice =
    where === ''
      ? 'make it readable, or leave it out of the paths to lint'
      : 'make it readable, or name the files and directories to lint without it';
  return `lint: cannot read directory '${name}' (${failure.code})${where}, so the files in it cannot be linted: ${advice}.`;
}

/**
 * Whether a file a search found is linted: a regular file once its links are followed. A pipe, a
 * socket or a device is passed over — a link to one too (`x.json -> /dev/zero` would be read
 * without end, a link to a pipe would block until something wrote to it, a link to /dev/null would
 * be linted as an empty body), as the search itself passes over such an entry that is no link,
 * and over a dangling link. One that cannot be examined for another reason (EACCES) is kept: reading
 * it says why, as for any file that cannot be read.
 */
function isLinted(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/**
 * Why a directory gave no file: it has no `.json` file at all, or only under directories a search
 * skips, named so that the user can pass one of them on purpose.
 */
function noJsonFilesMessage(directory: string): string {
  const skipped = jsonFilesIn(directory, [], null).map((file) =>
    relative(directory, file).split(sep).join('/'),
  );
  if (skipped.length === 0) return `lint: no .json files in directory '${directory}'.`;
  return `lint: the only .json files in directory '${directory}' ${skippedNote(skipped, directory)}`;
}

/**
 * The files `pattern` gives, sorted, as the pattern spells them: the files it matches and, as a
 * directory argument would give them, the `*.json` files below the directories it matches — so
 * quoting a glob (`'examples/*'`) lints what the shell's expansion of it would. Hidden entries are
 * included; nothing under `ignore` is. The pattern is matched from its fixed leading directories
 * (`../requests/` of `../requests/**`): ignores apply only below the directory searched, and a
 * pattern that leaves it (absolute, or with `..`) would get its matches as paths relative to it.
 * Only regular files are given, and a directory the search cannot read is a usage error naming it,
 * as in a directory's search (see {@link jsonFilesIn}), unless `lenient`.
 */
function globFiles(pattern: string, ignore: string[] = [], lenient = false): string[] {
  const argument = lenient ? null : pattern;
  const segments = pattern.split('/');
  const fixed = segments.findIndex((segment) => isDynamicPattern(segment));
  const base = segments.slice(0, fixed).join('/');
  const rest = segments.slice(fixed).join('/');
  const prefix = fixed === 0 ? '' : base === '' ? '/' : `${base}/`;
  const cwd = prefix === '' ? '.' : prefix;
  const matches = search([rest], cwd, { ignore, onlyFiles: false }, argument).map(
    (match) => `${prefix}${match}`,
  );
  const files: string[] = [];
  const searched: string[] = [];
  for (const match of matches) {
    if (!isDirectory(match)) {
      if (isLinted(match)) files.push(match);
      continue;
    }
    const directory = match.endsWith('/') ? match : `${match}/`;
    // Sorted, a directory comes before what is inside it: `'requests/**'` searches `requests/` once.
    if (searched.some((outer) => directory.startsWith(outer))) continue;
    searched.push(directory);
    for (const file of jsonFilesIn(directory, ignore, argument)) files.push(file);
  }
  return files;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Why a glob gave no file: it matches nothing, or only files under directories a search skips. */
function noMatchMessage(pattern: string): string {
  const skipped = globFiles(pattern, [], true);
  if (skipped.length === 0) return `lint: no files match '${pattern}'.`;
  return `lint: the only files matching '${pattern}' ${skippedNote(skipped)}`;
}

/**
 * "are under node_modules, …": which skipped directories hold `files` (paths relative to `base`),
 * and the first of them, which can be named to lint it.
 */
function skippedNote(files: string[], base?: string): string {
  const names = SKIPPED_DIRECTORIES.filter((name) => files.some((file) => file.split('/').includes(name)));
  // The example is a directory of the first name listed (node_modules before .git).
  const segments = files.map((file) => file.split('/')).find((parts) => parts.includes(names[0]!))!;
  const holder = segments.slice(0, segments.indexOf(names[0]!) + 1).join('/');
  const named = base === undefined ? holder : `${base.replace(/[\\/]+$/, '')}/${holder}`;
  const count = `${files.length} file${files.length === 1 ? '' : 's'}`;
  return `(${count}) are under ${names.join(' and ')}, which a search skips. To lint them, name such a directory itself, e.g. 'peeker-devkit lint ${named}'.`;
}

/** What a path that is neither a regular file nor a directory is. */
function kindOf(stats: NonNullable<ReturnType<typeof statSync>>): string {
  if (stats.isFIFO()) return 'a pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'a special file';
}

/** How a file is shown: relative to the working directory when inside it (see {@link pathInside}), else as given. */
function display(file: string): string {
  return pathInside(process.cwd(), file) ?? file;
}

/**
 * `file`'s path relative to `directory` when it is inside it, else `undefined`. `directory` is a
 * real path (the working directory is, and so the repository root found from it), while `file` may
 * be reached through a link (`"$PWD/requests"` in a workspace reached through a symlink, macOS's
 * `/tmp` → `/private/tmp`): it is compared as given, then with its directory's links resolved and
 * its own name kept, then — with `resolveFile`, where only where the file is matters (SARIF) — as
 * its own real path.
 */
function pathInside(directory: string, file: string, resolveFile = false): string | undefined {
  const absolute = resolve(file);
  const candidates = [absolute, join(realPath(dirname(absolute)), basename(absolute))];
  if (resolveFile) candidates.push(realPath(absolute));
  const root = realPath(directory);
  for (const candidate of candidates) {
    const rel = relative(root, candidate);
    if (rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) return rel;
  }
  return undefined;
}

// ─────────────────────────────── human ───────────────────────────────

function formatHuman(reports: FileReport[], color: boolean): string {
  const s = styles(color);
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    const { result, fixed } = report;
    const fixedByFlag = new Set(result.fixes.filter((fix) => fix.safe).map((fix) => fix.id));
    // Escaped as messages are: a file name can hold a line break or a terminal's escape sequence.
    const file = escapeControls(report.file);
    if (fixed > 0) lines.push(s.green(`${file}: applied ${fixed} fix${fixed === 1 ? '' : 'es'}`));
    for (const d of result.diagnostics) {
      count[d.severity]++;
      const where = `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const severity =
        d.severity === 'error'
          ? s.red('error')
          : d.severity === 'warning'
            ? s.yellow('warning')
            : s.cyan('info');
      const note = fixNote(d, fixedByFlag);
      lines.push(`${s.bold(where)} ${severity} ${s.dim(d.code)} ${d.message}${note && s.dim(note)}`);
    }
  }
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (count.error + count.warning + count.info === 0) lines.push(s.green(`✔ ${files} checked, no problems.`));
  else {
    const summary = `${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${plural(count.info, 'info')} in ${files}.`;
    lines.push(count.error > 0 ? s.red(`✖ ${summary}`) : s.yellow(`⚠ ${summary}`));
  }
  return lines.join('\n');
}

/**
 * What a problem's quick fixes are to the CLI: ` (quick fix available)` when `--fix` applies one
 * (a safe fix, among `safeFixIds`), ` (quick fix in the editor)` when its fixes need a human's
 * choice (the editor's code actions offer them), nothing when it has none.
 */
function fixNote(diagnostic: Diagnostic, safeFixIds: ReadonlySet<string>): string {
  const ids = diagnostic.fixIds ?? [];
  if (ids.some((id) => safeFixIds.has(id))) return ' (quick fix available)';
  return ids.length > 0 ? ' (quick fix in the editor)' : '';
}

// ─────────────────────────────── json ───────────────────────────────

/** One row of `--format json`. */
export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: Diagnostic['severity'];
  field: string | null;
  message: string;
  details?: Record<string, unknown>;
}

function formatJson(reports: FileReport[]): string {
  const rows: JsonDiagnostic[] = reports.flatMap(({ file, result }) =>
    result.diagnostics.map((d) => ({
      file: file.split(sep).join('/'),
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      code: d.code,
      severity: d.severity,
      field: d.field ?? null,
      message: d.message,
      ...(d.details ? { details: d.details } : {}),
    })),
  );
  return JSON.stringify(rows, null, 2);
}

// ─────────────────────────────── SARIF ───────────────────────────────

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A SARIF reporting descriptor: one per diagnostic code. */
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  /** What GitHub code scanning shows on an alert's page. */
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: Record<string, unknown>;
}

/**
 * One SARIF reporting descriptor per diagnostic code (several lint rules can share an API code).
 * Only a code the Peeker docs document is marked `apiErrorCode` and described by the contract's
 * meaning; one the contract marks `x-peeker-undocumented` (payload_too_large) is the kit's
 * assumption, marked `devkitAssumption` and described by its lint rule — which says only what
 * the linter checks.
 */
function sarifRules(): SarifRule[] {
  const byCode = new Map<string, (typeof lintRuleCatalog)[number][]>();
  for (const rule of lintRuleCatalog) byCode.set(rule.code, [...(byCode.get(rule.code) ?? []), rule]);
  return [...byCode.entries()].map(([code, rules]) => {
    const api = catalog.errorCodes[code as keyof typeof catalog.errorCodes];
    const assumed = api?.['x-peeker-undocumented'] === true;
    const documented = api !== undefined && !assumed;
    const first = rules[0]!;
    return {
      id: code,
      shortDescription: { text: documented ? api.meaning : first.description },
      fullDescription: { text: rules.map((r) => r.description).join(' ') },
      help: sarifHelp(rules),
      defaultConfiguration: { level: SARIF_LEVEL[first.severity] },
      properties: {
        lintRules: rules.map((r) => r.id),
        apiErrorCode: documented,
        ...(assumed ? { devkitAssumption: true } : {}),
        ...(api ? { httpStatus: api.status } : {}),
      },
    };
  });
}

/**
 * A code's help: each of its rules' line and paragraph of documentation from `lintRuleCatalog`
 * (what the language server's hovers show), under the rule's id when the code has several rules.
 * `text` is the same without Markdown's backticks and bold.
 */
function sarifHelp(rules: readonly (typeof lintRuleCatalog)[number][]): { text: string; markdown: string } {
  const several = rules.length > 1;
  const markdown = rules
    .map((r) => `${several ? `**${r.id}**: ` : ''}${r.description}\n\n${r.docs}`)
    .join('\n\n');
  const text = rules
    .map((r) => `${several ? `${r.id}: ` : ''}${r.description}\n\n${r.docs}`)
    .join('\n\n')
    .replaceAll('**', '')
    .replaceAll('`', '');
  return { text, markdown };
}

/** The base id of the repository root, which GitHub code scanning resolves relative URIs against. */
const SRCROOT = '%SRCROOT%';

/**
 * The repository root SARIF paths are relative to: the nearest directory from `cwd` up that holds
 * `.git` (a directory, or the file a worktree or submodule has), else `cwd` itself. Code scanning
 * reads a relative URI from the repository root, whatever directory the CI step ran in.
 */
function sourceRoot(cwd: string): string {
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    if (existsSync(join(directory, '.git'))) return directory;
    if (dirname(directory) === directory) return resolve(cwd);
  }
}

/** `directory` as a `file:` URI ending in `/`, as SARIF requires of a base URI. */
function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Where a report's file is, for SARIF: inside `root` (through links too, see {@link pathInside}), a
 * relative reference from it under
 * `%SRCROOT%` (forward slashes, each segment percent-encoded); outside it, an absolute `file:` URI
 * with no base id (SARIF allows a `uriBaseId` only with a relative reference, and `..` would point
 * outside the repository). Stdin not named by --stdin-filename is `stdin` with a description:
 * GitHub code scanning refuses a whole upload when one result's location has no URI.
 */
function artifactLocation(
  file: string,
  root: string,
): { uri: string; uriBaseId?: string; description?: { text: string } } {
  if (file === STDIN_NAME) {
    return {
      uri: 'stdin',
      uriBaseId: SRCROOT,
      description: { text: 'standard input (name its file with --stdin-filename)' },
    };
  }
  const fromRoot = pathInside(root, file, true);
  if (fromRoot === undefined) return { uri: pathToFileURL(resolve(file)).href };
  return { uri: fromRoot.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function formatSarif(reports: FileReport[]): string {
  const rules = sarifRules();
  const root = sourceRoot(process.cwd());
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const results = reports.flatMap(({ file, result }) => {
    // One per file: finding it inside the root resolves links (a few syscalls).
    const location = artifactLocation(file, root);
    return result.diagnostics.map((d) => ({
      ruleId: d.code,
      ...(index.has(d.code) ? { ruleIndex: index.get(d.code) } : {}),
      level: SARIF_LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
              charOffset: d.range.start.offset,
              charLength: d.range.end.offset - d.range.start.offset,
            },
          },
        },
      ],
      ...(d.field !== undefined || d.details !== undefined
        ? {
            properties: {
              ...(d.field !== undefined ? { field: d.field } : {}),
              ...(d.details ? { details: d.details } : {}),
            },
          }
        : {}),
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'peeker-devkit lint',
            version: VERSION,
            informationUri: 'https://github.com/peeker-devkit/peeker-devkit',
            rules,
          },
        },
        // What %SRCROOT% stands for, as CodeQL writes it: consumers that do not know the name
        // (a SARIF viewer opening the file elsewhere) can still resolve the relative URIs.
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

/**
 * Replaces `file` (through a symlink, its target) with `text` atomically: a temporary file beside
 * it, then a rename. Written in place, a full disk left a request file cut short, its original lost.
 * A file the user may not write (read-only) is refused, as writing it in place would be: the rename
 * needs only the folder to be writable. The new file keeps the original's mode, and its owner and
 * group where the user may set them. Returns why it failed (an errno code such as `ENOSPC` or
 * `EACCES`), the file unchanged, or `undefined`.
 */
function writeFixed(file: string, text: string): string | undefined {
  let temporary: string | undefined;
  try {
    const real = realpathSync(file);
    accessSync(real, fsConstants.W_OK);
    const original = statSync(real);
    temporary = `${real}.peeker-fix-${process.pid}.tmp`;
    writeFileSync(temporary, text, { flag: 'wx' });
    keepOwner(temporary, original);
    // After the owner: changing it clears the set-user-id and set-group-id bits.
    chmodSync(temporary, original.mode & 0o7777);
    renameSync(temporary, real);
    return undefined;
  } catch (error) {
    if (temporary !== undefined) rmSync(temporary, { force: true });
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}

/**
 * Gives `path` the owner and group of `original` where they differ and the user may set them (root
 * may; others may set a group they belong to); otherwise it keeps the user's, as any new file does.
 */
function keepOwner(path: string, original: { uid: number; gid: number }): void {
  const created = statSync(path);
  if (created.uid === original.uid && created.gid === original.gid) return;
  try {
    chownSync(path, original.uid, original.gid);
  } catch {
    try {
      chownSync(path, created.uid, original.gid);
    } catch {
      // Not allowed: the fixed file is the user's, like one they saved from an editor.
    }
  }
}
