// Listing the managed issues through the adapter, against the local GitHub: every page, both states,
// pull requests flagged, and a page that fails once is asked for again.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createOctokitIssuesApi } from '../../src/github/octokit-issues-api.ts';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.ts';

describe('listing the issues of the base label', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', assignable: ['felipe'] });
    for (let i = 1; i <= 230; i++) gh.seedIssue({ title: `Item ${i}`, body: `Body ${i}`, labels: ['action-item'], assignees: i === 1 ? ['felipe'] : [] });
    gh.seedIssue({ title: 'Done long ago', labels: ['action-item'], state: 'closed', state_reason: 'not_planned', author: 'ana' });
    gh.seedPullRequest({ title: 'A pull request', labels: ['action-item'] });
    gh.seedIssue({ title: 'Not ours', labels: ['bug'] });
  });
  after(() => gh.close());
  const api = () => createOctokitIssuesApi({ token: gh.token, baseUrl: gh.url, owner: 'acme', repo: 'notes', writeInterval: 0, retryBaseMs: 1, log: () => {} });

  test('every page of the label, open and closed, as the small shape the core reads', async () => {
    gh.clearRequests();
    const issues = await api().listIssues('action-item');
    assert.equal(issues.length, 232);
    assert.deepEqual(gh.requests.map((request) => request.query.page), [undefined, '2', '3']);
    const byTitle = new Map(issues.map((issue) => [issue.title, issue]));
    assert.deepEqual(byTitle.get('Item 1'), {
      number: 1,
      title: 'Item 1',
      body: 'Body 1',
      state: 'open',
      stateReason: null,
      labels: ['action-item'],
      assignees: ['felipe'],
      author: 'github-actions[bot]',
      createdAt: gh.issues[0]!.created_at,
      closedAt: null,
      htmlUrl: 'https://github.com/acme/notes/issues/1',
      isPullRequest: false,
    });
    assert.equal(byTitle.get('Done long ago')?.stateReason, 'not_planned');
    assert.equal(byTitle.get('A pull request')?.isPullRequest, true);
    assert.equal(byTitle.has('Not ours'), false);
  });

  test('a page that fails with a 502 is asked for again, and the list is whole', async () => {
    gh.clearRequests();
    gh.fault({ method: 'GET', path: '/repos/{owner}/{repo}/issues', nth: 2, kind: { status: 502 } });
    const issues = await api().listIssues('action-item');
    assert.equal(issues.length, 232);
    assert.deepEqual(gh.requests.map((request) => [request.query.page, request.status]), [
      [undefined, 200],
      ['2', 502],
      ['2', 200],
      ['3', 200],
    ]);
  });
});
