// Which line ranges of a note are TODO sections: a matching heading up to the next heading of the
// same or a higher level, so its sub-headings ('### PR Tasks') belong to it.
import type { OutlineHeading } from './scan-outline.ts';

export interface SectionRange {
  heading: OutlineHeading;
  /** 0-based line of the heading. */
  start: number;
  /** 0-based line after the section's last line. */
  end: number;
}

export function findTodoSections(
  headings: readonly OutlineHeading[],
  lineCount: number,
  isTodoHeading: (text: string) => boolean,
): SectionRange[] {
  const sections: SectionRange[] = [];
  let open: OutlineHeading | null = null;
  for (const heading of headings) {
    if (open) {
      if (heading.level > open.level) continue;
      sections.push({ heading: open, start: open.line, end: heading.line });
      open = null;
    }
    if (isTodoHeading(heading.text)) open = heading;
  }
  if (open) sections.push({ heading: open, start: open.line, end: lineCount });
  return sections;
}
