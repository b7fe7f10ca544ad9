// Small pieces of a note that need no Markdown parser: the title from the first heading, and the cap
// that keeps a huge TODO section from making one note cost seconds.
import type { Diagnostic } from './note.ts';
import type { FrontMatterBlock, Outline } from './scan-outline.ts';
import type { SectionRange } from './todo-sections.ts';

/**
 * remark reads a few hundred KB a second: this many characters of TODO sections (10,000 items of a
 * short line) keep the worst note, a huge paste into a TODO section, to a couple of seconds.
 */
export const MAX_SECTION_CHARS = 500_000;

/** Front matter holds a few fields; a bigger block is not one a writer meant, and YAML is slow on it. */
export const MAX_FRONT_MATTER_CHARS = 20_000;

/** The front matter block the parser reads, or null (with a diagnostic) when there is none it can use. */
export function usableFrontMatter(path: string, outline: Outline, diagnostics: Diagnostic[]): FrontMatterBlock | null {
  const block = outline.frontMatter;
  if (!block) {
    const message = outline.lines[0]?.trimEnd() === '+++'
      ? "This note's front matter is TOML ('+++'), which is not read: write it as YAML between '---' lines, with title, datetime, teams and participants."
      : "This note has no front matter: start it with a '---' block holding title, datetime, teams and participants.";
    diagnostics.push({ path, line: 1, code: 'front-matter-missing', message });
    return null;
  }
  if (block.end < 0) {
    diagnostics.push({ path, line: 1, code: 'front-matter-unclosed', message: "The front matter opened on line 1 is never closed: add a '---' line after its last field." });
    return null;
  }
  let size = 0;
  for (let line = block.start; line <= block.end; line++) size += outline.lines[line]!.length + 1;
  if (size > MAX_FRONT_MATTER_CHARS) {
    diagnostics.push({ path, line: 1, code: 'front-matter-too-large', message: `The front matter is longer than ${MAX_FRONT_MATTER_CHARS / 1000} KB; it was ignored. Keep only title, datetime, teams, participants, tags and location in it.` });
    return null;
  }
  return block;
}

export function headingTitle(outline: Outline): string {
  const heading = outline.headings[0];
  if (!heading) return '';
  return heading.text.replace(/:[a-z0-9_+-]+:/gi, '').replace(/\s+/g, ' ').trim();
}

export interface LimitedSections {
  sections: SectionRange[];
  diagnostics: Diagnostic[];
}

/** Lists and quotes nested deeper than this are not notes but a way to make remark recurse for seconds. */
export const MAX_NESTING = 32;

const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))+/;

/** How deeply a line nests lists and quotes: its markers, plus one level per two columns of indentation. */
function nestingOf(line: string): number {
  const first = line.charCodeAt(0);
  if (first !== 32 && first !== 9 && first !== 62 && first !== 45 && first !== 42 && first !== 43 && !(first >= 48 && first <= 57)) return 0;
  const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
  const markers = prefix.replace(/\d{1,9}[.)]/g, '-').replace(/[ \t]/g, '').length;
  const indent = line.length - line.trimStart().length;
  return markers + Math.floor(indent / 2);
}

/**
 * Keeps the TODO sections within MAX_SECTION_CHARS and MAX_NESTING, cutting at a blank line, and
 * says what it skipped: the rest of the note is still read.
 */
export function limitSlices(path: string, sections: readonly SectionRange[], lines: readonly string[]): LimitedSections {
  const kept: SectionRange[] = [];
  let budget = MAX_SECTION_CHARS;
  for (const section of sections) {
    let end = section.start;
    let tooDeep = false;
    while (end < section.end && budget - lines[end]!.length - 1 >= 0) {
      if (nestingOf(lines[end]!) > MAX_NESTING) { tooDeep = true; break; }
      budget -= lines[end]!.length + 1;
      end++;
    }
    if (end === section.end) {
      kept.push(section);
      continue;
    }
    let cut = end;
    while (cut > section.start + 1 && lines[cut - 1]!.trim() !== '') cut--;
    if (cut <= section.start + 1) cut = end;
    if (cut > section.start + 1) kept.push({ ...section, end: cut });
    const skipped = `lines ${cut + 1} to ${sections.at(-1)!.end} were not read`;
    return {
      sections: kept,
      diagnostics: [tooDeep
        ? { path, line: end + 1, code: 'section-too-deep', message: `Lists or quotes on line ${end + 1} nest more than ${MAX_NESTING} levels deep; ${skipped}. Flatten them.` }
        : { path, line: cut + 1, code: 'section-too-large', message: `The TODO sections of this note are longer than ${MAX_SECTION_CHARS / 1000} KB; ${skipped}. Split the note or move long text out of its TODO section.` }],
    };
  }
  return { sections: kept, diagnostics: [] };
}
