// Helpers for the parser's tests: parse a note written in the test, or a real note of the corpus.
import type { Item, Note } from '../../../src/core/notes/note.ts';
import { parseNote } from '../../../src/core/notes/parse-note.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../../src/core/notes/parse-options.ts';
import { corpusNotesAt } from '../../support/corpus.ts';

let corpus: Map<string, string> | undefined;

/** A real note of the corpus (its last commit), parsed with the default options. */
export function corpusNote(path: string): Note {
  corpus ??= corpusNotesAt();
  const content = corpus.get(path);
  if (content === undefined) throw new Error(`no corpus note ${path}`);
  return parseNote(path, content, DEFAULT_PARSE_OPTIONS);
}

/** A note written in a test; a front matter and a TODO heading are added unless `bare`. */
export function noteOf(body: string, options: { path?: string; front?: string; bare?: boolean } = {}): Note {
  const front = options.front ?? 'title: Test meeting\ndatetime: 2024-01-10T10:00:00+02:00\nparticipants:\n- Ana\n- Bogdan';
  const content = options.bare ? body : `---\n${front}\n---\n\n## Discussion\n\nFP: a statement, not a TODO.\n\n## TODOs\n\n${body}\n`;
  return parseNote(options.path ?? 'notes/2024-01-10.md', content, DEFAULT_PARSE_OPTIONS);
}

/** An item as a short string for assertions: 'FP / SK: text' or 'FP: text (done)'. */
export function describeItem(item: Item): string {
  const owners = item.owners.map((owner) => (owner.kind === 'login' ? `@${owner.handle}` : owner.kind === 'group' ? `group:${owner.handle}` : owner.handle)).join(' / ');
  return `${owners}: ${item.text}${item.status === 'done' ? ' (done)' : ''}`;
}

export function describeItems(note: Note): string[] {
  return note.items.map(describeItem);
}

/** The items of a corpus note that start on the given lines. */
export function itemsOn(note: Note, ...lines: number[]): string[] {
  return note.items.filter((item) => lines.includes(item.line)).map(describeItem);
}
