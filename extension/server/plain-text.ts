/**
 * Markdown → plain text for clients that declare they render only plain text (hover
 * `contentFormat`, completion `documentationFormat`): the markup they would show raw (`**`,
 * backticks, `---`, link syntax) goes, the words stay.
 */

/** The text of the kit's Markdown docs without their markup. */
export function markdownToPlainText(markdown: string): string {
  // Code spans and escaped characters are literal (snake_case names, `{…}` shapes, `\*`): set them
  // aside before the emphasis rules.
  const literals: string[] = [];
  const setAside = (literal: string) => `\uE000${literals.push(literal) - 1}\uE000`;
  const text = markdown
    .replace(/^\s*```.*$\n?/gm, '')
    .replace(/(`+)(.+?)\1/g, (_, _ticks: string, code: string) => setAside(code.trim()))
    .replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, (_, escaped: string) => setAside(escaped))
    .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gm, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/\*\*(.+?)\*\*|__(.+?)__/g, (_, a?: string, b?: string) => a ?? b ?? '')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text.replace(/\uE000(\d+)\uE000/g, (_, index: string) => literals[Number(index)] ?? '');
}
