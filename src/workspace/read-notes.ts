// Reads and parses every note; a file that cannot be read (or only in part) is a diagnostic, and its
// issues are kept: an item the parser did not see is not an item deleted from the notes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Note, ParseOptions } from '../core/notes/note.ts';
import { parseNote } from '../core/notes/parse-note.ts';

/** Diagnostics of a note the parser did not read whole: binary bytes, TODO sections cut for size or
 * nesting, Markdown the parser gave up on. */
const PARTLY_READ = new Set(['binary', 'section-too-large', 'section-too-deep', 'markdown']);

export interface ReadNotes {
  notes: Note[];
  /** Notes whose items may be missing: their issues are never closed as removed. */
  unreadable: Set<string>;
  diagnostics: Diagnostic[];
}

export function readNotes(workspace: string, paths: readonly string[], options: ParseOptions): ReadNotes {
  const result: ReadNotes = { notes: [], unreadable: new Set(), diagnostics: [] };
  for (const path of paths) {
    let content: Uint8Array;
    try {
      content = readFileSync(join(workspace, path));
    } catch (error) {
      result.unreadable.add(path);
      result.diagnostics.push({ path, line: 1, code: 'unreadable', message: `Could not read this note: ${(error as Error).message}` });
      continue;
    }
    const note = parseNote(path, content, options);
    if (note.diagnostics.some((diagnostic) => PARTLY_READ.has(diagnostic.code))) result.unreadable.add(path);
    result.notes.push(note);
    result.diagnostics.push(...note.diagnostics);
  }
  return result;
}
