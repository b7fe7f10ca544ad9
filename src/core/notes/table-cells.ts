// The cells of a GFM table row, as written: the plain reader counts them, item extraction reads them.

const UNESCAPED_PIPE = /(?<!\\)\|/;

/** '| a | b |' and 'a | b' both have two cells; '\|' is a pipe inside a cell. Cells are trimmed. */
export function tableCells(row: string): string[] {
  let text = row.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  return text.split(UNESCAPED_PIPE).map((cell) => cell.trim().replaceAll('\\|', '|'));
}
