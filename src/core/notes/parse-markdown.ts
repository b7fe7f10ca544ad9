// Runs remark over the TODO sections the plain reader leaves to it, in one call, and maps the
// positions of the resulting tree back to the note's own lines.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Inline syntax the parser never reads: items keep their Markdown source as written, so only the
 * block structure (paragraphs, lists, task boxes, code, tables) is needed. CommonMark settles blocks
 * before inlines, so turning these off changes no block; it also keeps runs of brackets, stars or
 * '<' (quadratic for micromark's inline resolvers: 40 s for 180 KB of them) cheap.
 */
const UNUSED_INLINE_CONSTRUCTS = [
  'attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape',
  'htmlText', 'labelStartImage', 'labelStartLink', 'labelEnd', 'strikethrough', 'wwwAutolink',
  'protocolAutolink', 'emailAutolink', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall',
];

function remarkBlocksOnly(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: UNUSED_INLINE_CONSTRUCTS } });
}

/** Created once per process: building a processor costs more than parsing a typical TODO section. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkBlocksOnly).freeze();

export interface LineSlice {
  /** 0-based first line in the note. */
  start: number;
  /** 0-based line after the last one. */
  end: number;
}

export interface ParsedSlices {
  tree: Root;
  /** The lines of the Markdown that was parsed: the slices one after the other. */
  sourceLines: string[];
  /** Maps a 1-based line of `source` to the 1-based line in the note. */
  noteLine: (line: number) => number;
}

export function parseSlices(lines: readonly string[], slices: readonly LineSlice[]): ParsedSlices {
  const sourceLines: string[] = [];
  const firstLines: number[] = [];
  const noteStarts: number[] = [];
  for (const slice of slices) {
    firstLines.push(sourceLines.length + 1);
    noteStarts.push(slice.start + 1);
    for (let line = slice.start; line < slice.end; line++) sourceLines.push(lines[line]!);
  }
  const noteLine = (line: number): number => {
    let k = firstLines.length - 1;
    while (k > 0 && firstLines[k]! > line) k--;
    return noteStarts[k]! + (line - firstLines[k]!);
  };
  return { tree: processor.parse(sourceLines.join('\n')), sourceLines, noteLine };
}
