// The corpus as a team would set it up: the notes' folders as `paths`, and a config that maps every
// person who owns a TODO at the last commit to a GitHub login (all assignable on the local GitHub),
// so that runs pay for assignee checks as a real team's runs do.
import { parseNote } from '../../src/core/notes/parse-note.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../src/core/notes/parse-options.ts';
import { corpusNotesAt } from '../support/corpus.ts';

export const CORPUS_PATHS = 'discussions/**/*.md\nhackathons/**/*.md';
export const CONFIG_PATH = '.github/minutes-to-issues.yml';

export interface CorpusTeam {
  config: string;
  logins: string[];
}

export function corpusTeam(notes: ReadonlyMap<string, string> = corpusNotesAt()): CorpusTeam {
  const handles = new Set<string>();
  for (const [path, text] of notes) {
    for (const item of parseNote(path, text, DEFAULT_PARSE_OPTIONS).items) {
      for (const owner of item.owners) if (owner.kind === 'person') handles.add(owner.handle);
    }
  }
  const owners = [...handles].sort().map((handle) => [handle, loginFor(handle)] as const);
  return {
    config: `owners:\n${owners.map(([handle, login]) => `  ${JSON.stringify(handle)}: ${login}`).join('\n')}\n`,
    logins: [...new Set(owners.map(([, login]) => login))],
  };
}

function loginFor(handle: string): string {
  const slug = handle.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '').toLowerCase();
  return `${slug || 'someone'}-gh`;
}
