// Links to issues: every issue URL and OWNER/REPO#N, never a bare #N or a pull request.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findIssueRefs } from '../../../src/core/notes/issue-refs.ts';
import { corpusNote, noteOf } from './note-fixtures.ts';

describe('issue references of an item', () => {
  it('reads issue URLs (community/2023/2023-06-28: "FP: https://github.com/unikraft/unikraft/issues/859")', () => {
    const item = corpusNote('discussions/community/2023/2023-06-28.md').items.find((candidate) => candidate.line === 81)!;
    assert.deepEqual(item.issueRefs, [{ owner: 'unikraft', repo: 'unikraft', number: 859 }]);
  });

  it('reads OWNER/REPO#N and issue URLs inside links, once each', () => {
    assert.deepEqual(findIssueRefs('Fix acme/notes#12 and [the bug](https://github.com/acme/notes/issues/12), see https://github.com/o-2/r.js/issues/7#issuecomment-1'), [
      { owner: 'acme', repo: 'notes', number: 12 },
      { owner: 'o-2', repo: 'r.js', number: 7 },
    ]);
  });

  it('ignores a bare #N: notes use it for pull requests elsewhere (docs/2023-11-29: "RD: Review PR #332")', () => {
    const item = corpusNote('discussions/docs/2023-11-29.md').items.find((candidate) => candidate.text === 'Review PR #332')!;
    assert.deepEqual(item.issueRefs, []);
  });

  it('ignores pull request URLs and other anchors', () => {
    assert.deepEqual(findIssueRefs('https://github.com/unikraft/unikraft/pull/847 https://github.com/o/r/pull/1/files#diff-12 docs/edit#gid=0 https://gitlab.com/o/r/issues/3'), []);
    assert.deepEqual(noteOf('FP: Review https://github.com/unikraft/unikraft/pull/847').items[0]!.issueRefs, []);
  });
});
