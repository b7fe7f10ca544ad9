// Diagnostics from the notes as warnings on their file and line, so they show on a pull request's diff.
import * as core from '@actions/core';
import type { Diagnostic } from '../core/notes/note.ts';

export const MAX_ANNOTATIONS = 50;

export function annotate(diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics.slice(0, MAX_ANNOTATIONS)) {
    // @actions/core escapes the message and properties, so text from a note cannot start a command.
    core.warning(diagnostic.message, {
      title: `minutes-to-issues: ${diagnostic.code}`,
      file: diagnostic.path,
      startLine: diagnostic.line,
      ...(diagnostic.column ? { startColumn: diagnostic.column } : {}),
    });
  }
  if (diagnostics.length > MAX_ANNOTATIONS) {
    core.warning(`${diagnostics.length - MAX_ANNOTATIONS} more problems in the notes are not shown as annotations; the first ${MAX_ANNOTATIONS} are above.`);
  }
}
