// The parser's entry point: one note's path and bytes in, its metadata, TODO items, decisions and
// diagnostics out. Pure: no I/O, no clock.
import type { Diagnostic, Note, ParseOptions, TodoSection } from './note.ts';
import { decodeText } from './decode-text.ts';
import { ownString } from './own-string.ts';
import { walkBlocks, type SectionWalk } from './extract-items.ts';
import { readFrontMatterLines, type FrontMatter } from './front-matter.ts';
import { resolveNoteDate } from './note-date.ts';
import { createOwnerContext } from './owners.ts';
import { headingMatcherFor } from './parse-options.ts';
import { scanOutline } from './scan-outline.ts';
import { readSectionBlocks } from './section-blocks.ts';
import { findTodoSections } from './todo-sections.ts';
import { headingTitle, limitSlices, usableFrontMatter } from './note-parts.ts';

function fileTitle(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
}

/** Front matter values are cut from the note's front matter: copied out, they keep none of it alive. */
function ownStrings(values: readonly string[] | undefined): string[] {
  return values === undefined ? [] : values.map((value) => ownString(value));
}

function emptyNote(path: string, diagnostics: Diagnostic[]): Note {
  return {
    path, title: fileTitle(path), date: null, teams: [], participants: [], tags: [], location: null,
    sections: [], items: [], decisions: [], diagnostics,
  };
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

  const parsed = readSectionBlocks(path, outline.lines, sections, diagnostics);

  let fields: FrontMatter = {};
  let datetimeLine = 1;
  let datetimeKey = 'datetime';
  if (frontMatter) {
    const read = readFrontMatterLines(path, outline.lines.slice(1, frontMatter.end), 2);
    fields = read.fields;
    datetimeLine = read.fieldLines.datetime ?? 1;
    datetimeKey = read.fieldKeys.datetime ?? datetimeKey;
    diagnostics.push(...read.diagnostics);
  }
  const date = resolveNoteDate(path, fields.datetime, datetimeLine, datetimeKey);
  diagnostics.push(...date.diagnostics);
  if (date.date === null) {
    diagnostics.push({ path, line: 1, code: 'missing-date', message: "This note has no date: set 'datetime' in its front matter or put YYYY-MM-DD in its file name." });
  }

  const participants = fields.participants ?? [];
  const walk: SectionWalk = {
    lines: parsed ? parsed.lines : [],
    noteLine: parsed ? parsed.noteLine : (line) => line,
    owners: createOwnerContext(options.groups, participants, options.handles),
    items: [],
    decisions: [],
  };
  if (parsed) for (const blocks of parsed.blocks) walkBlocks(walk, blocks, null);

  const todoSections: TodoSection[] = sections.map((section) => ({ heading: ownString(section.heading.text), line: section.heading.line + 1 }));
  return {
    path,
    title: ownString(fields.title || headingTitle(outline) || fileTitle(path)),
    date: date.date,
    teams: ownStrings(fields.teams),
    participants: ownStrings(participants),
    tags: ownStrings(fields.tags),
    location: fields.location ? ownString(fields.location) : null,
    sections: todoSections,
    items: walk.items,
    decisions: walk.decisions,
    diagnostics,
  };
}
