// The parser's entry point: one note's path and bytes in, its metadata, TODO items, decisions and
// diagnostics out. Pure: no I/O, no clock.
import type { Root, RootContent, Yaml } from 'mdast';
import type { Diagnostic, Note, ParseOptions, TodoSection } from './note.ts';
import { decodeText } from './decode-text.ts';
import { walkBlocks, type SectionWalk } from './extract-items.ts';
import { readFrontMatter, type FrontMatter } from './front-matter.ts';
import { resolveNoteDate } from './note-date.ts';
import { indexParticipants } from './owners.ts';
import { createHeadingMatcher } from './parse-options.ts';
import { parseSlices, type LineSlice } from './parse-markdown.ts';
import { scanOutline, type Outline } from './scan-outline.ts';
import { findTodoSections, type SectionRange } from './todo-sections.ts';
import { headingTitle, limitSlices } from './note-parts.ts';

const matchers = new WeakMap<readonly string[], (heading: string) => boolean>();

/** The heading matcher is compiled once per options object, not once per note. */
function headingMatcher(patterns: readonly string[]): (heading: string) => boolean {
  let matcher = matchers.get(patterns);
  if (!matcher) {
    matcher = createHeadingMatcher(patterns);
    matchers.set(patterns, matcher);
  }
  return matcher;
}

function fileTitle(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
}

function emptyNote(path: string, diagnostics: Diagnostic[]): Note {
  return {
    path, title: fileTitle(path), date: null, teams: [], participants: [], tags: [], location: null,
    sections: [], items: [], decisions: [], diagnostics,
  };
}

function frontMatterDiagnostics(path: string, outline: Outline): Diagnostic[] {
  if (!outline.frontMatter) {
    return [{ path, line: 1, code: 'front-matter-missing', message: "This note has no front matter: start it with a '---' block holding title, datetime, teams and participants." }];
  }
  if (outline.frontMatter.end < 0) {
    return [{ path, line: 1, code: 'front-matter-unclosed', message: "The front matter opened on line 1 is never closed: add a '---' line after its last field." }];
  }
  return [];
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

export function parseNote(path: string, content: Uint8Array | string, options: ParseOptions): Note {
  const decoded = decodeText(path, content);
  if (decoded.text === null) return emptyNote(path, decoded.diagnostics);
  const diagnostics = [...decoded.diagnostics];
  const outline = scanOutline(decoded.text);
  diagnostics.push(...frontMatterDiagnostics(path, outline));
  const found = findTodoSections(outline.headings, outline.lines.length, headingMatcher(options.sections));
  const limited = limitSlices(path, found, outline.lines);
  diagnostics.push(...limited.diagnostics);
  const sections = limited.sections;

  const slices: LineSlice[] = [];
  const hasFrontMatter = outline.frontMatter !== null && outline.frontMatter.end > 0;
  if (hasFrontMatter) slices.push({ start: 0, end: outline.frontMatter!.end + 1 });
  slices.push(...sections.map((section) => ({ start: section.start, end: section.end })));
  const parsed = slices.length > 0 ? parseSlices(outline.lines, slices) : null;

  let fields: FrontMatter = {};
  let datetimeLine = 1;
  if (hasFrontMatter) {
    const node = parsed?.tree.children[0];
    // remark-frontmatter finds the same block the line scan did; the fallback covers an empty one.
    const source = node?.type === 'yaml' ? (node as Yaml).value : outline.lines.slice(1, outline.frontMatter!.end).join('\n');
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
    lines: parsed ? parsed.source.split('\n') : [],
    noteLine: parsed ? parsed.noteLine : (line) => line,
    owners: { groups: new Set(options.groups.map((group) => group.toLowerCase())), participants: indexParticipants(participants) },
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
