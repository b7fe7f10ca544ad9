// The corpus helpers rebuild the meeting-notes repository at any commit of its history.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusFilesAt, corpusNotesAt, findCorpusCommit, loadCorpusHistory, replayCorpus } from './corpus.ts';

describe('corpus history', () => {
  it('holds 403 commits, oldest first', () => {
    const history = loadCorpusHistory();
    assert.equal(history.length, 403);
    assert.equal(history[0]!.parent, null);
    assert.equal(history[1]!.parent, history[0]!.sha);
  });

  it('rebuilds the last commit: 367 Markdown files, 366 of them notes', () => {
    const files = corpusFilesAt();
    assert.equal(files.size, 367);
    assert.equal(corpusNotesAt().size, 366);
    assert.ok(files.get('discussions/app-compat/app-compat-2023-06-21.md')!.includes('SJ: Work towards getting `getdents64`'));
  });

  it('rebuilds any commit by its sha or a prefix of it', () => {
    const [first] = loadCorpusHistory();
    assert.deepEqual([...corpusFilesAt(first!.sha.slice(0, 7)).keys()], ['README.md']);
    assert.throws(() => findCorpusCommit('not-a-sha'), /no commit not-a-sha/);
  });

  it('follows renames: a moved note exists only under its new path', () => {
    const rename = loadCorpusHistory().flatMap((commit) => commit.changes.map((change) => ({ commit, change }))).find(({ change }) => change.op === 'R')!;
    const files = corpusFilesAt(rename.commit.sha);
    assert.ok(files.has(rename.change.path));
    assert.equal(files.has(rename.change.from!), false);
  });

  it('replays commit by commit with the files after each', () => {
    let steps = 0;
    let last = 0;
    for (const step of replayCorpus()) {
      steps++;
      last = step.files.size;
    }
    assert.deepEqual([steps, last], [403, 367]);
  });
});
