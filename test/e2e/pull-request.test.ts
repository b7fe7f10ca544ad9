// Pull requests: an open one gets one preview comment, kept up to date and never doubled, and no issue;
// a merged one syncs like a push of its merge commit; one closed without merging does nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.ts';
import { makeWorkspace, runAction, writeFiles } from '../support/run-action.ts';

const NOTE = `---
title: Infra sync, March 3, 2025
datetime: 2025-03-03T10:00:00Z
teams: [infra]
---

## Action items

AK: Rotate the CI runners' credentials.

ZZ: Draft the on-call rota.
`;
const CONFIG = 'owners:\n  AK: ana-k\n';

const pullEvent = (action: string, number: number, extra: object = {}) => ({
  action,
  number,
  pull_request: { number, head: { sha: 'f'.repeat(40) }, merged: false, merge_commit_sha: null, ...extra },
});

describe('an open pull request', () => {
  let gh: FakeGitHub;
  let workspace: string;
  let pullNumber: number;
  const preview = (action = 'synchronize', token = 'test-token') =>
    runAction({ apiUrl: gh.url, workspace, eventName: 'pull_request', event: pullEvent(action, pullNumber), inputs: { token } });
  const pull = () => gh.issues.find((issue) => issue.number === pullNumber)!;

  before(async () => {
    gh = await startFakeGitHub({
      owner: 'acme',
      repo: 'notes',
      assignable: ['ana-k'],
      tokens: { 'test-token': { login: 'github-actions[bot]', kind: 'installation' }, 'fork-token': { login: 'github-actions[bot]', kind: 'installation', permissions: 'read' } },
    });
    pullNumber = gh.seedPullRequest({ title: 'Minutes of March 3', comments: [{ body: '<!-- minutes-to-issues preview --> quoted by a person', author: 'mallory' }] }).number;
    workspace = makeWorkspace({ 'notes/infra-2025-03-03.md': NOTE, '.github/minutes-to-issues.yml': CONFIG });
  });
  after(() => gh.close());

  test('gets one comment that shows what merging will create, and no issue is written', async () => {
    const result = await preview('opened');
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    assert.equal(gh.issues.filter((issue) => !issue.pull_request).length, 0);
    const ours = pull().comments.filter((comment) => comment.user === 'github-actions[bot]');
    assert.equal(ours.length, 1);
    assert.match(ours[0]!.body, /^<!-- minutes-to-issues preview -->/);
    assert.match(ours[0]!.body, /Merging will create 2, update 0, close 0 and reopen 0 issues in acme\/notes/);
    assert.match(ours[0]!.body, /\| to create \| Rotate the CI runners' credentials \| AK \(ana-k\) \| infra \| new item \|/);
    assert.match(ours[0]!.body, /'ZZ' has no GitHub login/);
    assert.equal(pull().comments.find((comment) => comment.user === 'mallory')!.body, '<!-- minutes-to-issues preview --> quoted by a person');
    assert.match(result.summary, /Preview: nothing is written until the notes are merged/);
  });

  test('a new push to the pull request edits the same comment; an unchanged one is left alone', async () => {
    writeFiles(workspace, { 'notes/infra-2025-03-03.md': `${NOTE}\nAK: Renew the TLS certificate of the mirror.\n` });
    const updated = await preview();
    assert.equal(updated.exitCode, 0);
    const ours = pull().comments.filter((comment) => comment.user === 'github-actions[bot]');
    assert.equal(ours.length, 1);
    assert.match(ours[0]!.body, /Merging will create 3/);
    gh.clearRequests();
    await preview();
    assert.deepEqual(gh.requests.filter((request) => request.write), []);
  });

  test("a fork's read-only token gets a notice in the log and the summary, not a failure", async () => {
    writeFiles(workspace, { 'notes/infra-2025-03-03.md': NOTE });
    const result = await preview('synchronize', 'fork-token');
    assert.equal(result.exitCode, 0, result.stdout);
    assert.ok(result.commands.some((command) => command.command === 'notice' && /read-only token/.test(command.message)));
    assert.match(result.summary, /read-only token: the preview is in this job summary only/);
    assert.equal(gh.issues.filter((issue) => !issue.pull_request).length, 0);
  });
});

describe('a pull request that is closed', () => {
  test('merged: syncs like a push of the merge commit; closed without merging: does nothing', async () => {
    const gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', assignable: ['ana-k'] });
    try {
      const workspace = makeWorkspace({ 'notes/infra-2025-03-03.md': NOTE, '.github/minutes-to-issues.yml': CONFIG });
      const abandoned = await runAction({ apiUrl: gh.url, workspace, eventName: 'pull_request', event: pullEvent('closed', 5) });
      assert.equal(abandoned.exitCode, 0);
      assert.equal(gh.requests.length, 0);
      assert.match(abandoned.stdout, /closed without merging/);
      const merged = await runAction({ apiUrl: gh.url, workspace, eventName: 'pull_request', event: pullEvent('closed', 5, { merged: true, merge_commit_sha: 'c'.repeat(40) }) });
      assert.equal(merged.exitCode, 0, merged.stdout);
      const issues = gh.issues.filter((issue) => !issue.pull_request);
      assert.equal(issues.length, 2);
      assert.match(issues[0]!.body!, /blob\/c{40}\/notes\/infra-2025-03-03\.md#L9/);
      assert.deepEqual(issues[0]!.assignees, ['ana-k']);
    } finally {
      await gh.close();
    }
  });
});
