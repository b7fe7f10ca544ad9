// Small pieces of a note that need no Markdown parser: the title from the first heading, and the cap
// that keeps a huge TODO section from making one note cost seconds.
import type { Diagnostic } from './note.ts';
import type { Outline } from './scan-outline.ts';
import type { SectionRange } from './todo-sections.ts';

/** remark reads about a megabyte a second; this many characters of TODO sections keep a note fast. */
export const MAX_SECTION_CHARS = 200_000;

export function headingTitle(outline: Outline): string {
  const heading = outline.headings[0];
  if (!heading) return '';
  return heading.text.replace(/:[a-z0-9_+-]+:/gi, '').replace(/\s+/g, ' ').trim();
}

export interface LimitedSections {
  sections: SectionRange[];
  diagnostics: Diagnostic[];
}

/** Keeps the TODO sections within MAX_SECTION_CHARS, cutting at a blank line, and says what it skipped. */
export function limitSlices(path: string, sections: readonly SectionRange[], lines: readonly string[]): LimitedSections {
  const kept: SectionRange[] = [];
  let budget = MAX_SECTION_CHARS;
  for (const section of sections) {
    let end = section.start;
    while (end < section.end && budget - lines[end]!.length - 1 >= 0) {
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
    return {
      sections: kept,
      diagnostics: [{
        path, line: cut + 1, code: 'section-too-large',
        message: `The TODO sections of this note are longer than ${MAX_SECTION_CHARS / 1000} KB; lines ${cut + 1} to ${sections.at(-1)!.end} were not read. Split the note or move long text out of its TODO section.`,
      }],
    };
  }
  return { sections: kept, diagnostics: [] };
}
