// The Markdown blocks of a note's TODO sections: from the plain reader when the sections are plain
// paragraphs and lists (nearly always), else from remark. Both give mdast blocks with the same
// positions, which extract-items.ts walks.
import type { Root, RootContent } from 'mdast';
import type { Diagnostic } from './note.ts';
import { parseSlices } from './parse-markdown.ts';
import { readPlainSectionBlocks } from './plain-blocks.ts';
import type { SectionRange } from './todo-sections.ts';

export interface SectionBlocks {
  /** The blocks of each section, in order, headings left out. */
  blocks: RootContent[][];
  /** The lines the blocks' positions point into (1-based). */
  lines: readonly string[];
  /** Maps a 1-based line of `lines` to the 1-based line in the note. */
  noteLine: (line: number) => number;
}

const sameLine = (line: number): number => line;

/** Sorts the blocks of remark's tree into their TODO sections, by their line in the note. */
function sortIntoSections(tree: Root, sections: readonly SectionRange[], noteLine: (line: number) => number): RootContent[][] {
  const groups: RootContent[][] = sections.map(() => []);
  let index = 0;
  for (const block of tree.children) {
    const line = noteLine(block.position!.start.line) - 1;
    while (index < sections.length && line >= sections[index]!.end) index++;
    const section = sections[index];
    if (!section || line < section.start) continue;
    if (block.type === 'heading') continue;
    groups[index]!.push(block);
  }
  return groups;
}

/** The sections as remark reads them: the reference the plain reader is tested against. */
export function parseSectionBlocks(lines: readonly string[], sections: readonly SectionRange[]): SectionBlocks {
  const parsed = parseSlices(lines, sections.map((section) => ({ start: section.start, end: section.end })));
  return { blocks: sortIntoSections(parsed.tree, sections, parsed.noteLine), lines: parsed.sourceLines, noteLine: parsed.noteLine };
}

/** remark is third-party code: should it ever throw on some input, the note loses its items, not the run. */
export function readSectionBlocks(path: string, lines: readonly string[], sections: readonly SectionRange[], diagnostics: Diagnostic[]): SectionBlocks | null {
  if (sections.length === 0) return null;
  const plain = readPlainSectionBlocks(lines, sections);
  if (plain) return { blocks: plain, lines, noteLine: sameLine };
  try {
    return parseSectionBlocks(lines, sections);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push({ path, line: sections[0]!.start + 1, code: 'markdown', message: `The Markdown of this note could not be read (${reason}); its TODO items were skipped. Simplify the note's TODO section.` });
    return null;
  }
}
