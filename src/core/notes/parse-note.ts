// The parser's entry point: one note's path and bytes in, its metadata, TODO items, decisions and
// diagnostics out. Pure: no I/O, no clock.
import type { Root, RootContent, Yaml } from 'mdast';
import type { Diagnostic, Note, ParseOptions, TodoSection } from './note.ts';
import { decodeText } from './decode-text.ts';
import { walkBlocks, type SectionWalk } from './extract-items.ts';
import { readFrontMatter, type FrontMatter } from './front-matter.ts';
import { resolveNoteDate } from './note-date.ts';
import { createOwnerContext } from './owners.ts';
import { headingMatcherFor } from './parse-options.ts';
import { parseSlices, type LineSlice, type ParsedSlices } from './parse-markdown.ts';
import { scanOutline } from './scan-outline.ts';
import { findTodoSections, type SectionRange } from './todo-sections.ts';
import { headingTitle, limitSlices, usableFrontMatter } from './note-parts.ts';

function fileTitle(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
}

function emptyNote(path: string, diagnostics: Diagnostic[]): Note {
  return {
    path, title: fileTitle(path), date: null, teams: [], participants: [], tags: [], location: null,
    sections: [], items: [], decisions: [], diagnostics,
  };
}

/** Sorts the blocks of the parsed slices into their TODO sections, by their line in the note. */
function sectionBlocks(tree: Root, sections: readonly SectionRange[], noteLine: (line: number) => number): RootContent[][] {
  const groups: RootContent[][] = sections.map(() => []);
  let index = 0;
  for (const block of tree.children) {
    const line = noteLine(block.position!.start.line) - 1;
    while (index < sections.length && line >= sections[index]!.end) index++;
    const section = sections[index];
    if (!section || line < section.start) continue;
    if (block.type === 'heading' || block.type === 'yaml') continue;
    groups[index]!.push(block);
  }
  return groups;
}

/** remark is third-party code: should it ever throw on some input, the note loses its items, not the run. */
function tryParseSlices(path: string, lines: readonly string[], slices: LineSlice[], diagnostics: Diagnostic[]): ParsedSlices | null {
  try {
    return parseSlices(lines, slices);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push({ path, line: slices[0]!.start + 1, code: 'markdown', message: `The Markdown of this note could not be read (${reason}); its TODO items were skipped. Simplify the note's TODO section.` });
    return null;
  }
}

export function parseNote(path: string, content: Uint8Array | string, options: ParseOptions): Note {
  const decoded = decodeText(path, content);
  if (decoded.text === null) return emptyNote(path, decoded.diagnostics);
  const diagnostics = [...decoded.diagnostics];
  const outline = scanOutline(decoded.text);
  const frontMatter = usableFrontMatter(path, outline, diagnostics);
  const found = findTodoSections(outline.headings, outline.lines.length, headingMatcherFor(options.sections));
  const limited = limitSlices(path, found, outline.lines);
  diagnostics.push(...limited.diagnostics);
  const sections = limited.sections;

  const slices: LineSlice[] = [];
  if (frontMatter) slices.push({ start: 0, end: frontMatter.end + 1 });
  slices.push(...sections.map((section) => ({ start: section.start, end: section.end })));
  const parsed = slices.length > 0 ? tryParseSlices(path, outline.lines, slices, diagnostics) : null;

  let fields: FrontMatter = {};
  let datetimeLine = 1;
  if (frontMatter) {
    const node = parsed?.tree.children[0];
    // remark-frontmatter finds the same block the line scan did; the fallback covers an empty one.
    const source = node?.type === 'yaml' ? (node as Yaml).value : outline.lines.slice(1, frontMatter.end).join('\n');
    const read = readFrontMatter(path, source, 2);
    fields = read.fields;
    datetimeLine = read.fieldLines.datetime ?? 1;
    diagnostics.push(...read.diagnostics);
  }
  const date = resolveNoteDate(path, fields.datetime, datetimeLine);
  diagnostics.push(...date.diagnostics);
  if (date.date === null) {
    diagnostics.push({ path, line: 1, code: 'missing-date', message: "This note has no date: set 'datetime' in its front matter or put YYYY-MM-DD in its file name." });
  }

  const participants = fields.participants ?? [];
  const walk: SectionWalk = {
    lines: parsed ? parsed.sourceLines : [],
    noteLine: parsed ? parsed.noteLine : (line) => line,
    owners: createOwnerContext(options.groups, participants),
    items: [],
    decisions: [],
  };
  if (parsed) for (const blocks of sectionBlocks(parsed.tree, sections, parsed.noteLine)) walkBlocks(walk, blocks, null);

  const todoSections: TodoSection[] = sections.map((section) => ({ heading: section.heading.text, line: section.heading.line + 1 }));
  return {
    path,
    title: fields.title || headingTitle(outline) || fileTitle(path),
    date: date.date,
    teams: fields.teams ?? [],
    participants,
    tags: fields.tags ?? [],
    location: fields.location || null,
    sections: todoSections,
    items: walk.items,
    decisions: walk.decisions,
    diagnostics,
  };
}
