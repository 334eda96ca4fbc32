/** Terminal output helpers shared by the subcommands. */
import { closeSync, openSync } from 'node:fs';
import { isatty } from 'node:tty';
import { styles } from '../contract-tests/report/ansi';
import { escapeRegExp, printable } from '../lint/text-utils';
import { hideSecret, redactSecrets, secretForms } from '../lint/urls';

/**
 * Whether to colour output: never with NO_COLOR (https://no-color.org) or FORCE_COLOR=0 (or `false`,
 * as Node reads it), always with any other FORCE_COLOR, else when the stream is a terminal.
 */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}

/**
 * Lets a reader close our output early (`peeker-devkit lint … | head -1`): writes to a closed stdout
 * or stderr are dropped instead of crashing with EPIPE and a stack trace — and so are writes to a
 * terminal that was closed (EIO, after its hang-up). A command still ends with its own exit code;
 * the emulator keeps serving, as servers do when their log pipe closes.
 */
export function dropWritesToClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'EIO') throw error;
    });
  }
}

/** The standard descriptors (stdin, stdout, stderr) that are terminals, read once at start-up. */
const TERMINAL_FDS = [0, 1, 2].filter((fd) => isatty(fd));

/**
 * Call last, after a SIGHUP (the terminal closed): points the standard descriptors that were a
 * terminal at /dev/null, so that Node's exit-time restore of the terminal's settings skips them.
 * On a hung-up terminal that restore fails, and Node 20 aborts on the failure (nodejs/node#51519,
 * fixed in later versions): the process ended on SIGABRT or SIGSEGV after a clean stop. The
 * process.stdout and stderr streams write through their own descriptor of a terminal (libuv
 * reopens it), so they keep working — into the hung-up terminal, whose EIO is dropped.
 */
export function releaseHungUpTerminal(): void {
  if (process.platform === 'win32') return;
  for (const fd of TERMINAL_FDS) {
    closeSync(fd);
    // open() takes the lowest free descriptor, which is `fd` unless another thread took it first.
    const opened = openSync('/dev/null', fd === 0 ? 'r' : 'w');
    if (opened !== fd) closeSync(opened);
  }
}

export { redactSecrets, styles };

/**
 * The shortest secret (or line of a multi-line one) hidden where it appears: hiding every "ab"
 * would garble the message, and hide nothing a guess would not find.
 */
const MIN_HIDDEN_LENGTH = 4;

/**
 * A redactor for text that may quote one secret this run holds, whatever its shape: `secret`
 * itself becomes `mask` (when it is at least {@link MIN_HIDDEN_LENGTH} characters long), then key
 * and secret shapes are hidden as {@link redactSecrets} does.
 */
export function redactorFor(secret: string | undefined, mask: string): (text: string) => string {
  // A shorter secret (`1`, `abc`) is left alone, as printError leaves it: hiding it protects
  // nothing (three characters are guessed at once), while every `1` in a URL, an event id or a
  // status would be rewritten — garbling the report and corrupting the data of --format json.
  if (secret === undefined || secret.length < MIN_HIDDEN_LENGTH) return redactSecrets;
  // The exact secret first: redactSecrets would mask only its leading `whsec_[A-Za-z0-9]+` part of
  // a secret like `whsec_Ab3-xY9_Zq+/Kp==`, and the secret would no longer be found to hide the rest.
  // Then the part after its prefix, which a server may quote alone (see secretForms).
  const hide =
    secret.length < WHOLE_WORD_BELOW
      ? hiderOf(secret, mask)
      : (text: string) => hideSecret(text, secret, mask);
  return (text) => redactSecrets(hide(text));
}

/**
 * `text` → `text` with `secret` (at least {@link MIN_HIDDEN_LENGTH} characters) replaced by `mask`:
 * everywhere, or — a short one (`hook`, `http`), often a word or part of one — only where it
 * stands alone (not inside `webhook` or `https`), which is where a secret is quoted. The one rule
 * of {@link redactorFor} and {@link safeLine}.
 */
function hiderOf(secret: string, mask: string): (text: string) => string {
  if (secret.length >= WHOLE_WORD_BELOW) return (text) => text.split(secret).join(mask);
  // A word character next to the secret makes it part of a word only when the secret's own edge is
  // one too: `=hunt2` after `v1` is still the whole secret.
  const before = /^[A-Za-z0-9]/.test(secret) ? '(?<![A-Za-z0-9])' : '';
  const after = /[A-Za-z0-9]$/.test(secret) ? '(?![A-Za-z0-9])' : '';
  const alone = new RegExp(`${before}${escapeRegExp(secret)}${after}`, 'g');
  return (text) => text.replace(alone, () => mask);
}

/** Secrets shorter than this are hidden only as whole words (see {@link redactorFor}). */
const WHOLE_WORD_BELOW = 8;

/** Flags whose value is a secret, in every command. */
const SECRET_FLAGS = ['--api-key', '--secret', '--webhook-secret'];
/** Environment variables that hold a secret. */
const SECRET_VARIABLES = ['PEEKER_API_KEY', 'PEEKER_WEBHOOK_SECRET'];

/**
 * The secrets this run was given — values of `--api-key`, `--secret`, `--webhook-secret` and of
 * `$PEEKER_API_KEY`, `$PEEKER_WEBHOOK_SECRET` — whatever they look like, each line on its own too:
 * a pasted key with a line break must not leak its second line.
 */
export function secretsInUse(argv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const values: string[] = SECRET_VARIABLES.flatMap((name) => env[name] ?? []);
  argv.forEach((arg, index) => {
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string?];
    if (!SECRET_FLAGS.includes(flag)) return;
    const value = inline ?? argv[index + 1];
    if (value !== undefined) values.push(value);
  });
  const pieces = values
    .flatMap((value) => [value, ...value.split(/[\r\n]+/).map((line) => line.trim())])
    .flatMap((piece) => secretForms(piece));
  return [...new Set(pieces.filter((piece) => piece.length >= MIN_HIDDEN_LENGTH))].sort(
    (a, b) => b.length - a.length,
  );
}

/**
 * Makes a message safe to print on one line: the given secrets become their prefix and `…` (a
 * short one only where it stands alone, as {@link redactorFor} hides it), key and secret shapes are redacted and control, bidirectional and invisible characters escaped, as the
 * lint engine and the emulator quote untrusted text ({@link printable}).
 */
export function safeLine(message: string, secrets: readonly string[]): string {
  let text = message;
  for (const secret of secrets) {
    const prefix = /^\s*(pk_(?:live|test)_|whsec_)/.exec(secret)?.[1] ?? '';
    text = hiderOf(secret, `${prefix}…`)(text);
  }
  return printable(text);
}

/**
 * Prints a message — or an error's message, never its stack trace — on stderr as `<prefix>: …`, on
 * one line, with every secret hidden (see {@link safeLine}). An error with `lines` (a `UsageError`
 * from Node's multi-line option-parser messages) prints them each on its own line, the later ones
 * indented. Every usage and error message of the CLI is printed here.
 */
export function printError(problem: unknown, prefix = 'peeker-devkit'): void {
  const secrets = secretsInUse(process.argv.slice(2), process.env);
  const [first = '', ...more] = messageLines(problem);
  const text = [
    `${prefix}: ${safeLine(first, secrets)}`,
    ...more.map((line) => `  ${safeLine(line, secrets)}`),
  ];
  process.stderr.write(`${text.join('\n')}\n`);
}

/** The lines a problem is printed as: an error's own `lines` when it has them, else its one message. */
function messageLines(problem: unknown): readonly string[] {
  if (!(problem instanceof Error)) return [String(problem)];
  const { lines } = problem as { lines?: unknown };
  return Array.isArray(lines) && lines.length > 0 && lines.every((line) => typeof line === 'string')
    ? lines
    : [problem.message];
}
