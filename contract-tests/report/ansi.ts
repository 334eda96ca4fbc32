/**
 * ANSI styles for terminal reports. A leaf module: the contract report and the CLI's own output
 * both use it, and the contract kit must not import the CLI (which imports the kit).
 */

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
