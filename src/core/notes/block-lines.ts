// Source text of parsed Markdown blocks, as written: what an item or decision shows to people.
import type { Node } from 'unist';

/** The lines of `source` that a run of blocks covers, with their common indentation removed. */
export function blockLines(lines: readonly string[], first: Node, last: Node): string[] {
  const start = first.position!.start.line;
  const end = last.position!.end.line;
  const slice = lines.slice(start - 1, end).map((line) => line.trimEnd());
  let indent = Infinity;
  for (const line of slice) {
    if (line === '') continue;
    const width = line.length - line.trimStart().length;
    if (width < indent) indent = width;
  }
  return slice.map((line) => line.slice(Math.min(indent, line.length)));
}

export interface SourceLine {
  text: string;
  /** 1-based line and column of the line's first character in the parsed source. */
  line: number;
  column: number;
}

/** The lines of a paragraph as written, without their indentation. */
export function paragraphLines(lines: readonly string[], node: Node): SourceLine[] {
  const { start, end } = node.position!;
  const out: SourceLine[] = [];
  for (let line = start.line; line <= end.line; line++) {
    const raw = lines[line - 1] ?? '';
    const to = line === end.line ? end.column - 1 : raw.length;
    const from = line === start.line ? start.column - 1 : 0;
    const text = raw.slice(from, to);
    const indent = text.length - text.trimStart().length;
    out.push({ text: text.trim(), line, column: from + indent + 1 });
  }
  return out;
}
