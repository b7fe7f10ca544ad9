// Reads and parses every note; a file that cannot be read is a diagnostic, and its issues are kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Note, ParseOptions } from '../core/notes/note.ts';
import { parseNote } from '../core/notes/parse-note.ts';

export interface ReadNotes {
  notes: Note[];
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
    result.notes.push(note);
    result.diagnostics.push(...note.diagnostics);
  }
  return result;
}
