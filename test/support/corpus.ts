// The Unikraft meeting-notes corpus, rebuilt from its history for golden tests, end-to-end tests and
// benchmarks. history.jsonl lives in ../shared/corpus beside the clone (in CI too); set
// MINUTES_CORPUS_HISTORY to read another file. Nothing here writes to the corpus.
//
//   const files = corpusFilesAt();            // Map path → content at the last commit
//   const old = corpusFilesAt('9a3c…');       // at any commit (full or abbreviated sha)
//   for (const step of replayCorpus()) ...    // commit by commit, oldest first
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusChange {
  op: 'A' | 'M' | 'D' | 'R';
  path: string;
  /** The old path of a rename. */
  from?: string;
  /** The file's content after the change (absent for D). */
  content?: string;
}

export interface CorpusCommit {
  sha: string;
  parent: string | null;
  date: string;
  subject: string;
  changes: CorpusChange[];
}

export interface CorpusStep {
  commit: CorpusCommit;
  /** Every file of the repository after this commit. Do not keep it across steps: it is reused. */
  files: ReadonlyMap<string, string>;
}

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CORPUS_HISTORY_PATH = process.env.MINUTES_CORPUS_HISTORY
  ?? join(REPO_ROOT, '../shared/corpus/unikraft-meeting-notes/history.jsonl');

const histories = new Map<string, CorpusCommit[]>();

/** Every commit of the corpus, oldest first; read once per process and file. */
export function loadCorpusHistory(file: string = CORPUS_HISTORY_PATH): CorpusCommit[] {
  let history = histories.get(file);
  if (!history) {
    const text = readFileSync(file, 'utf8');
    history = text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as CorpusCommit);
    histories.set(file, history);
  }
  return history;
}

function applyChange(files: Map<string, string>, change: CorpusChange): void {
  if (change.op === 'D') {
    files.delete(change.path);
    return;
  }
  if (change.op === 'R' && change.from !== undefined) files.delete(change.from);
  files.set(change.path, change.content ?? '');
}

/** Replays the history commit by commit, oldest first. */
export function* replayCorpus(history: readonly CorpusCommit[] = loadCorpusHistory()): Generator<CorpusStep> {
  const files = new Map<string, string>();
  for (const commit of history) {
    for (const change of commit.changes) applyChange(files, change);
    yield { commit, files };
  }
}

/** The commit whose sha is `sha` or starts with it; throws when there is none. */
export function findCorpusCommit(sha: string, history: readonly CorpusCommit[] = loadCorpusHistory()): CorpusCommit {
  const commit = history.find((candidate) => candidate.sha.startsWith(sha));
  if (!commit) throw new Error(`corpus: no commit ${sha} in ${CORPUS_HISTORY_PATH}`);
  return commit;
}

/** Every file (path → content) of the corpus at a commit; the last commit when sha is omitted. */
export function corpusFilesAt(sha?: string, history: readonly CorpusCommit[] = loadCorpusHistory()): Map<string, string> {
  const target = sha === undefined ? history.at(-1)?.sha : findCorpusCommit(sha, history).sha;
  for (const step of replayCorpus(history)) {
    if (step.commit.sha === target) return new Map(step.files);
  }
  return new Map();
}

/** The meeting notes at a commit: Markdown files other than the top-level README. */
export function corpusNotesAt(sha?: string, history?: readonly CorpusCommit[]): Map<string, string> {
  const notes = new Map<string, string>();
  for (const [path, content] of corpusFilesAt(sha, history)) {
    if (path.endsWith('.md') && path !== 'README.md') notes.set(path, content);
  }
  return notes;
}

/** Writes the files of a commit under `dir` (e.g. a temporary checkout for an end-to-end test). */
export function writeCorpusAt(dir: string, sha?: string): string[] {
  const paths: string[] = [];
  for (const [path, content] of corpusFilesAt(sha)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    paths.push(path);
  }
  return paths;
}
