// Issue behaviour as GitHub documents it: listing and pagination, validation, labels created on
// the fly, assignees, state_reason, comments and who may write.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { startFakeGitHub, type FakeGitHub } from './index.ts';
import { call, octokitFor } from './test-client.ts';

type IssueJson = { number: number; title: string; state: string; state_reason: string | null; closed_at: string | null; updated_at: string; pull_request?: object; labels: Array<{ name: string; color: string }>; closed_by: { login: string } | null };

const numbersOf = (gh: FakeGitHub, title: string) => gh.issues.find((issue) => issue.title === title)!.number;

describe('listing issues', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', assignable: ['felipe', 'ana'] });
  });
  after(() => gh.close());

  test('octokit paginates 250 issues through the Link header, 100 at a time', async () => {
    for (let i = 0; i < 250; i += 1) gh.seedIssue({ title: `Issue ${i + 1}` });
    const { octokit } = octokitFor(gh);
    gh.clearRequests();
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: 'acme', repo: 'notes', per_page: 100 });
    assert.equal(issues.length, 250);
    assert.deepEqual(issues.map((issue) => issue.number), Array.from({ length: 250 }, (_, i) => 250 - i));
    assert.deepEqual(gh.requests.map((request) => [request.path, request.query.page]), [
      ['/repos/acme/notes/issues', undefined],
      ['/repositories/700001/issues', '2'],
      ['/repositories/700001/issues', '3'],
    ]);
  });

  test('the Link header names prev, next, last and first like GitHub, keeping the query', async () => {
    const middle = await call(gh, 'GET', '/repos/acme/notes/issues?state=open&per_page=30&page=2');
    const base = `${gh.url}/repositories/700001/issues?state=open&per_page=30`;
    assert.equal(middle.headers.get('link'), `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=9>; rel="last", <${base}&page=1>; rel="first"`);
    const last = await call(gh, 'GET', '/repos/acme/notes/issues?state=open&per_page=30&page=9');
    assert.equal((last.json as unknown[]).length, 10);
    assert.equal(last.headers.get('link'), `<${base}&page=8>; rel="prev", <${base}&page=1>; rel="first"`);
    const first = await call(gh, 'GET', '/repos/acme/notes/issues');
    assert.equal((first.json as unknown[]).length, 30, 'per_page defaults to 30');
    const capped = await call(gh, 'GET', '/repos/acme/notes/issues?per_page=500');
    assert.equal((capped.json as unknown[]).length, 100, 'per_page is at most 100');
  });

  test('one page: no Link header', async () => {
    const answer = await call(gh, 'GET', '/repos/acme/notes/issues?labels=none-such');
    assert.deepEqual(answer.json, []);
    assert.equal(answer.headers.get('link'), null);
  });

  test('pull requests are listed too, with a pull_request key; state defaults to open', async () => {
    const pr = gh.seedPullRequest({ title: 'PR', labels: ['pr-only'] });
    const closed = gh.seedIssue({ title: 'Closed', labels: ['pr-only'], state: 'closed' });
    const open = await call(gh, 'GET', '/repos/acme/notes/issues?labels=pr-only');
    assert.deepEqual((open.json as IssueJson[]).map((issue) => [issue.number, 'pull_request' in issue]), [[pr.number, true]]);
    const all = await call(gh, 'GET', '/repos/acme/notes/issues?labels=pr-only&state=all');
    assert.deepEqual((all.json as IssueJson[]).map((issue) => issue.number), [closed.number, pr.number]);
    const onlyClosed = await call(gh, 'GET', '/repos/acme/notes/issues?labels=PR-ONLY&state=closed');
    assert.deepEqual((onlyClosed.json as IssueJson[]).map((issue) => issue.number), [closed.number]);
  });

  test('filters: every listed label, creator, assignee (login, none, *), since; sort and direction', async () => {
    const a = gh.seedIssue({ title: 'a', labels: ['f1', 'f2'], assignees: ['felipe'], author: 'ana', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-03-01T00:00:00Z' });
    const b = gh.seedIssue({ title: 'b', labels: ['f1'], created_at: '2026-02-01T00:00:00Z', comments: ['x', 'y'] });
    const numbers = async (query: string) => ((await call(gh, 'GET', `/repos/acme/notes/issues?${query}`)).json as IssueJson[]).map((issue) => issue.number);
    assert.deepEqual(await numbers('labels=f1,f2'), [a.number]);
    assert.deepEqual(await numbers('labels=f1'), [b.number, a.number]);
    assert.deepEqual(await numbers('labels=f1&direction=asc'), [a.number, b.number]);
    assert.deepEqual(await numbers('labels=f1&creator=ANA'), [a.number]);
    assert.deepEqual(await numbers('labels=f1&assignee=felipe'), [a.number]);
    assert.deepEqual(await numbers('labels=f1&assignee=none'), [b.number]);
    assert.deepEqual(await numbers('labels=f1&assignee=*'), [a.number]);
    assert.deepEqual(await numbers('labels=f1&sort=updated'), [a.number, b.number]);
    assert.deepEqual(await numbers('labels=f1&sort=comments'), [b.number, a.number]);
    assert.deepEqual(await numbers('labels=f1&since=2026-02-15T00:00:00Z'), [a.number]);
    assert.deepEqual(await numbers('labels=F1,f2'), [a.number], 'labels match whatever their case');
    assert.equal((await call(gh, 'GET', '/repos/acme/notes/issues?state=shut')).status, 422);
  });

  test('a later page sees what was written since the first, as GitHub runs the query for every page', async () => {
    const [x, y, z] = ['x', 'y', 'z'].map((title) => gh.seedIssue({ title, labels: ['f4'] }));
    const numbers = async (page: number) => ((await call(gh, 'GET', `/repos/acme/notes/issues?labels=f4&per_page=1&page=${page}`)).json as IssueJson[]).map((issue) => issue.number);
    assert.deepEqual(await numbers(1), [z!.number]);
    assert.deepEqual(await numbers(2), [y!.number]);
    await call(gh, 'PATCH', `/repos/acme/notes/issues/${y!.number}`, { state: 'closed' });
    assert.deepEqual(await numbers(2), [x!.number], 'the closed issue left the open list: the next one moved up');
    gh.seedIssue({ title: 'w', labels: ['f4'] });
    assert.deepEqual(await numbers(2), [z!.number], 'a seeded issue comes first: the others moved down');
    const [record] = gh.issues.filter((issue) => issue.number === z!.number);
    record!.labels = [];
    assert.deepEqual(await numbers(1), [numbersOf(gh, 'w')], 'a first page reads records edited in place');
    assert.deepEqual(await numbers(2), [x!.number]);
  });

  test('issues created out of order are sorted; equal times go by number in the same direction', async () => {
    const c1 = gh.seedIssue({ labels: ['f3'], created_at: '2026-02-01T00:00:00Z' });
    const c2 = gh.seedIssue({ labels: ['f3'], created_at: '2026-01-15T00:00:00Z' });
    const c3 = gh.seedIssue({ labels: ['f3'], created_at: '2026-02-01T00:00:00Z' });
    const numbers = async (query: string) => ((await call(gh, 'GET', `/repos/acme/notes/issues?${query}`)).json as IssueJson[]).map((issue) => issue.number);
    assert.deepEqual(await numbers('labels=f3'), [c3.number, c1.number, c2.number]);
    assert.deepEqual(await numbers('labels=f3&direction=asc'), [c2.number, c1.number, c3.number]);
  });
});

describe('creating and updating issues', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await startFakeGitHub({
      owner: 'acme',
      repo: 'notes',
      assignable: ['felipe'],
      tokens: { 'test-token': { login: 'github-actions[bot]', kind: 'installation' }, reader: { login: 'github-actions[bot]', kind: 'installation', permissions: 'read' } },
    });
  });
  after(() => gh.close());
  afterEach(() => gh.setNow(undefined));

  test('a title of 256 characters is fine; 257 is 422 with the field error GitHub gives', async () => {
    const ok = await call(gh, 'POST', '/repos/acme/notes/issues', { title: 't'.repeat(256) });
    assert.equal(ok.status, 201);
    const tooLong = await call(gh, 'POST', '/repos/acme/notes/issues', { title: 't'.repeat(257) });
    assert.equal(tooLong.status, 422);
    assert.deepEqual(tooLong.json, {
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', code: 'custom', field: 'title', message: 'title is too long (maximum is 256 characters)' }],
      documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
      status: '422',
    });
    const longBody = await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'x', body: 'b'.repeat(65537) });
    assert.equal(longBody.status, 422);
    const noTitle = await call(gh, 'POST', '/repos/acme/notes/issues', { body: 'x' });
    assert.deepEqual((noTitle.json as { errors: unknown }).errors, [{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
    assert.equal(gh.issues.length, 1, 'failed creations leave nothing behind');
  });

  test('unknown labels are created grey (ededed); known ones keep their spelling', async () => {
    gh.seedLabel({ name: 'Minutes', color: '0e8a16' });
    const created = await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'x', labels: ['minutes', 'from-notes'] });
    assert.deepEqual((created.json as IssueJson).labels.map((label) => [label.name, label.color]), [['Minutes', '0e8a16'], ['from-notes', 'ededed']]);
    const label = gh.labels.find((candidate) => candidate.name === 'from-notes');
    assert.deepEqual(label && { color: label.color, description: label.description, default: label.default }, { color: 'ededed', description: null, default: false });
  });

  test('a new repository has GitHub\'s nine default labels', () => {
    assert.deepEqual(gh.labels.filter((label) => label.default).map((label) => label.name), ['bug', 'documentation', 'duplicate', 'enhancement', 'good first issue', 'help wanted', 'invalid', 'question', 'wontfix']);
  });

  test('an assignee who cannot be assigned is 422 and creates nothing; one who can is assigned', async () => {
    const before = gh.issues.length;
    const refused = await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'x', assignees: ['felipe', 'stranger'], labels: ['never-created'] });
    assert.equal(refused.status, 422);
    assert.deepEqual((refused.json as { errors: unknown }).errors, [{ resource: 'Issue', code: 'invalid', field: 'assignees', value: 'stranger' }]);
    assert.equal(gh.issues.length, before);
    assert.equal(gh.labels.some((label) => label.name === 'never-created'), false);
    const ok = await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'x', assignees: ['Felipe'] });
    assert.deepEqual(gh.issues.find((issue) => issue.number === (ok.json as IssueJson).number)?.assignees, ['felipe']);
    const patched = await call(gh, 'PATCH', `/repos/acme/notes/issues/${(ok.json as IssueJson).number}`, { assignees: ['stranger'] });
    assert.equal(patched.status, 422);
  });

  test('state_reason: closing completes unless told otherwise; reopening says reopened and clears closed_at', async () => {
    gh.setNow(new Date('2026-11-28T15:00:00.123Z'));
    const { number } = gh.seedIssue({ title: 'lifecycle', author: 'ana' });
    const path = `/repos/acme/notes/issues/${number}`;
    gh.setNow(new Date('2026-11-28T16:00:00Z'));
    const closed = (await call(gh, 'PATCH', path, { state: 'closed' })).json as IssueJson;
    assert.deepEqual([closed.state, closed.state_reason, closed.closed_at, closed.updated_at, closed.closed_by?.login], ['closed', 'completed', '2026-11-28T16:00:00Z', '2026-11-28T16:00:00Z', 'github-actions[bot]']);
    gh.setNow(new Date('2026-11-28T17:00:00Z'));
    const reopened = (await call(gh, 'PATCH', path, { state: 'open' })).json as IssueJson;
    assert.deepEqual([reopened.state, reopened.state_reason, reopened.closed_at, reopened.closed_by], ['open', 'reopened', null, null]);
    const notPlanned = (await call(gh, 'PATCH', path, { state: 'closed', state_reason: 'not_planned' })).json as IssueJson;
    assert.equal(notPlanned.state_reason, 'not_planned');
    const ignored = (await call(gh, 'PATCH', path, { state_reason: 'completed' })).json as IssueJson;
    assert.equal(ignored.state_reason, 'not_planned', 'state_reason is ignored unless state changes');
    assert.equal((await call(gh, 'PATCH', path, { state: 'done' })).status, 422);
    assert.equal((await call(gh, 'PATCH', path, { state: 'open', state_reason: 'not_a_reason' })).status, 422);
  });

  test('the pinned clock orders closed_at across issues, without milliseconds', async () => {
    const first = gh.seedIssue({ title: 'first' });
    const second = gh.seedIssue({ title: 'second' });
    gh.setNow(new Date('2026-12-01T09:00:00.999Z'));
    await call(gh, 'PATCH', `/repos/acme/notes/issues/${second.number}`, { state: 'closed' });
    gh.setNow(new Date('2026-12-01T09:00:05Z'));
    await call(gh, 'PATCH', `/repos/acme/notes/issues/${first.number}`, { state: 'closed' });
    assert.deepEqual([second.closed_at, first.closed_at], ['2026-12-01T09:00:00Z', '2026-12-01T09:00:05Z']);
  });

  test('PATCH replaces labels and assignees, sets a milestone, and leaves updated_at alone when nothing changed', async () => {
    const milestone = gh.seedMilestone({ title: 'Q1' });
    gh.setNow(new Date('2026-10-01T00:00:00Z'));
    const issue = gh.seedIssue({ title: 'x', labels: ['old'], assignees: ['felipe'] });
    gh.setNow(new Date('2026-10-02T00:00:00Z'));
    await call(gh, 'PATCH', `/repos/acme/notes/issues/${issue.number}`, { labels: ['new'], assignees: [], milestone: milestone.number });
    assert.deepEqual([issue.labels, issue.assignees, issue.milestone, issue.updated_at], [['new'], [], milestone.number, '2026-10-02T00:00:00Z']);
    gh.setNow(new Date('2026-10-03T00:00:00Z'));
    await call(gh, 'PATCH', `/repos/acme/notes/issues/${issue.number}`, { title: 'x', labels: ['new'] });
    assert.equal(issue.updated_at, '2026-10-02T00:00:00Z');
    assert.equal((await call(gh, 'PATCH', `/repos/acme/notes/issues/${issue.number}`, { milestone: 99 })).status, 422);
  });

  test('numbers are shared between issues and pull requests', async () => {
    const pr = gh.seedPullRequest({ title: 'pr' });
    const created = (await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'after the PR' })).json as IssueJson;
    assert.equal(created.number, pr.number + 1);
  });

  test('comments: created on an issue or a PR, paginated, and they bump the issue\'s updated_at', async () => {
    gh.setNow(new Date('2026-09-01T00:00:00Z'));
    const pr = gh.seedPullRequest({ title: 'pr' });
    gh.setNow(new Date('2026-09-02T00:00:00Z'));
    for (let i = 0; i < 35; i += 1) assert.equal((await call(gh, 'POST', `/repos/acme/notes/issues/${pr.number}/comments`, { body: `c${i}` })).status, 201);
    assert.equal(pr.updated_at, '2026-09-02T00:00:00Z');
    const { octokit } = octokitFor(gh);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: 'acme', repo: 'notes', issue_number: pr.number });
    assert.deepEqual(comments.map((comment) => comment.body), Array.from({ length: 35 }, (_, i) => `c${i}`));
    assert.equal((await call(gh, 'POST', `/repos/acme/notes/issues/${pr.number}/comments`, {})).status, 422);
    assert.equal((await call(gh, 'POST', '/repos/acme/notes/issues/9999/comments', { body: 'x' })).status, 404);
  });

  test('a read-only token reads but every write is 403 "Resource not accessible by integration"', async () => {
    const writes: Array<[string, string, unknown]> = [
      ['POST', '/repos/acme/notes/issues', { title: 'x' }],
      ['PATCH', '/repos/acme/notes/issues/1', { state: 'closed' }],
      ['POST', '/repos/acme/notes/issues/1/comments', { body: 'x' }],
      ['POST', '/repos/acme/notes/labels', { name: 'ro' }],
    ];
    for (const [method, path, body] of writes) {
      const answer = await call(gh, method, path, body, 'reader');
      assert.equal(answer.status, 403, `${method} ${path}`);
      assert.equal((answer.json as { message: string }).message, 'Resource not accessible by integration');
    }
    assert.equal((await call(gh, 'GET', '/repos/acme/notes/issues', undefined, 'reader')).status, 200);
  });

  test('auth: token and Bearer schemes work; a missing or unknown token is 401 Bad credentials', async () => {
    const bearer = await fetch(`${gh.url}/repos/acme/notes`, { headers: { authorization: 'Bearer test-token' } });
    assert.equal(bearer.status, 200);
    for (const token of [null, 'nope']) {
      const answer = await call(gh, 'GET', '/repos/acme/notes', undefined, token);
      assert.equal(answer.status, 401);
      assert.deepEqual(answer.json, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    }
  });

  test('unknown routes and other repositories are 404; bad JSON is 400', async () => {
    assert.deepEqual((await call(gh, 'GET', '/repos/acme/notes/milestones')).json, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    assert.equal((await call(gh, 'GET', '/repos/acme/other/issues')).status, 404);
    assert.equal((await call(gh, 'GET', '/repos/ACME/Notes')).status, 200, 'owner and repo are case-insensitive');
    const bad = await call(gh, 'POST', '/repos/acme/notes/issues', '{not json');
    assert.equal(bad.status, 400);
    assert.equal((bad.json as { message: string }).message, 'Problems parsing JSON');
  });
});
