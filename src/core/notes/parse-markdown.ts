// Runs remark over only the slices of a note the parser needs, in one call, and maps the positions
// of the resulting tree back to the note's own lines.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Created once per process: building a processor costs more than parsing a typical TODO section. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

export interface LineSlice {
  /** 0-based first line in the note. */
  start: number;
  /** 0-based line after the last one. */
  end: number;
}

export interface ParsedSlices {
  tree: Root;
  /** The Markdown that was parsed: the slices joined by '\n'. */
  source: string;
  /** Maps a 1-based line of `source` to the 1-based line in the note. */
  noteLine: (line: number) => number;
}

export function parseSlices(lines: readonly string[], slices: readonly LineSlice[]): ParsedSlices {
  const parts: string[] = [];
  const firstLines: number[] = [];
  const noteStarts: number[] = [];
  let sourceLine = 1;
  for (const slice of slices) {
    firstLines.push(sourceLine);
    noteStarts.push(slice.start + 1);
    parts.push(lines.slice(slice.start, slice.end).join('\n'));
    sourceLine += slice.end - slice.start;
  }
  const source = parts.join('\n');
  const noteLine = (line: number): number => {
    let k = firstLines.length - 1;
    while (k > 0 && firstLines[k]! > line) k--;
    return noteStarts[k]! + (line - firstLines[k]!);
  };
  return { tree: processor.parse(source), source, noteLine };
}
