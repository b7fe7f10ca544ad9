// The blocks the plain reader of TODO sections (plain-blocks.ts) takes whole, from their first line to
// their last: HTML comments, fenced code and simple tables. Each is read only in the shapes whose end
// remark would find at the same line; for any other, `unsupported()` leaves the section to remark.
import { tableCells } from './table-cells.ts';

/** Thrown when a section holds Markdown the plain reader leaves to remark. */
export class Unsupported extends Error {}

export function unsupported(): never {
  throw new Unsupported();
}

/** A line of spaces and tabs only. A loop: it answers at the first character of most lines, sooner than a pattern is called. */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}
/** Thematic breaks, setext underlines, empty bullets and table delimiter rows: remark reads them. */
export const RULE_LIKE = /^[-+*_=|:\s]*$/;

const FENCE = /^(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,}) *$/;

/** Whether line `index` still belongs to a container whose content starts at `column`. */
function inContainer(line: string, column: number): boolean {
  if (line.includes('\t')) unsupported();
  if (isBlank(line)) return true;
  let indent = 0;
  while (indent < column && line.charCodeAt(indent) === 32) indent++;
  return indent >= column;
}

/**
 * An HTML comment or fenced code opening on line `index` (`text` from its first non-space), as a
 * block ending on line `last`; null for other lines. Those that do not close within their container
 * and section are left to remark.
 */
export function readLiteralBlock(lines: readonly string[], index: number, to: number, text: string, column: number): { type: 'html' | 'code'; value: string; last: number } | null {
  if (text.startsWith('<!--')) {
    if (/^<!--->?/.test(text) || text.startsWith('<!-->')) unsupported();
    if (text.includes('-->', 4)) return { type: 'html', value: '', last: index };
    for (let next = index + 1; next < to; next++) {
      const line = lines[next]!;
      if (!inContainer(line, column)) break;
      if (line.includes('-->')) return { type: 'html', value: '', last: next };
    }
    unsupported();
  }
  const fence = FENCE.exec(text);
  if (!fence) return null;
  const [, marks, info] = fence;
  if (marks!.charAt(0) === '`' && info!.includes('`')) unsupported();
  for (let next = index + 1; next < to; next++) {
    const line = lines[next]!;
    if (!inContainer(line, column)) break;
    const close = FENCE_CLOSE.exec(line.slice(column));
    if (close && close[1]!.charAt(0) === marks!.charAt(0) && close[1]!.length >= marks!.length) return { type: 'code', value: '', last: next };
  }
  unsupported();
}

const DELIMITER_CELL = /^ *:?-+:? *$/;

/**
 * The last line of a GFM table whose header is line `index`, or null when the next line is no
 * delimiter row. Tables starting at the section's edge with every row opening with '|' are read here;
 * others are left to remark (rows can be lazy, cells escaped).
 */
export function readTable(lines: readonly string[], index: number, to: number, line: string): number | null {
  const delimiter = index + 1 < to ? lines[index + 1]! : '';
  if (!delimiter.includes('|') || !delimiter.includes('-') || !RULE_LIKE.test(delimiter)) return null;
  const header = tableCells(line);
  const cells = tableCells(delimiter);
  if (!line.startsWith('|') || !delimiter.startsWith('|') || line.includes('\\') || cells.length !== header.length || !cells.every((cell) => DELIMITER_CELL.test(cell))) unsupported();
  let last = index + 1;
  while (last + 1 < to && !isBlank(lines[last + 1]!)) {
    if (!lines[last + 1]!.startsWith('|')) unsupported();
    last++;
  }
  return last;
}
