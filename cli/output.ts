/** Terminal output helpers shared by the subcommands. */

/** Whether to colour output: honours NO_COLOR (https://no-color.org) and FORCE_COLOR, else a TTY check. */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** ANSI styles that collapse to plain text when colour is off. */
export function styles(enabled: boolean) {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
  };
}

/** Hides API keys and webhook secrets in any text we print: keeps the prefix, drops the secret part. */
export function redactSecrets(text: string): string {
  return text.replace(/\b(pk_(?:live|test)_)[A-Za-z0-9]+/g, '$1…').replace(/\b(whsec_)[A-Za-z0-9]+/g, '$1…');
}

/** One line for an unexpected error: its message, never a stack trace, secrets redacted. */
export function formatError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return redactSecrets(message);
}
