// A large notes repository built from the corpus's own shapes: the notes of the last commit copied
// until there are `count`, each copy a team of its own (notes/group-NN/…), whose people are the
// corpus's with a letter added to their initials (RD → RDb), so that copies never merge into one
// another's items. Each copy keeps the corpus's dates, sections, owner patterns and discussions.
import { parseNote } from '../../src/core/notes/parse-note.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../src/core/notes/parse-options.ts';
import { corpusNotesAt } from '../support/corpus.ts';

export const SCALE_PATHS = 'notes/**/*.md';

/** Letters that keep every renamed handle an owner and distinct from the others (checked on the corpus). */
const LETTERS = 'abdfgjmnoruvwxyz';

export function scaleNotes(count: number): Map<string, string> {
  const templates = [...corpusNotesAt()].filter(([path]) => /^(discussions|hackathons)\//.test(path));
  const rename = handlePattern(templates);
  const notes = new Map<string, string>();
  for (let copy = 0; notes.size < count; copy++) {
    const suffix = copy === 0 ? '' : copy <= LETTERS.length ? LETTERS[copy - 1]! : `z${LETTERS[(copy - LETTERS.length - 1) % LETTERS.length]}`;
    const folder = `notes/group-${String(copy).padStart(2, '0')}`;
    for (const [path, text] of templates) {
      if (notes.size >= count) break;
      notes.set(`${folder}/${path}`, suffix === '' ? text : text.replace(rename, (handle) => handle + suffix));
    }
  }
  return notes;
}

/** Every person's handle that owns a TODO in the corpus, as a whole word. */
function handlePattern(templates: readonly [string, string][]): RegExp {
  const handles = new Set<string>();
  for (const [path, text] of templates) {
    for (const item of parseNote(path, text, DEFAULT_PARSE_OPTIONS).items) {
      for (const owner of item.owners) if (owner.kind === 'person') handles.add(owner.handle);
    }
  }
  const words = [...handles].sort((a, b) => b.length - a.length).map((handle) => handle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
}
