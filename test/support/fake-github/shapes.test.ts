// Every route answers with JSON that fits the schema GitHub publishes for that operation.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFakeGitHub, type FakeGitHub } from './index.ts';
import { responseSchema, validate, type Schema } from './openapi-schema.ts';
import { call } from './test-client.ts';

const R = '/repos/{owner}/{repo}';

function assertFits(template: string, method: string, status: number, json: unknown): void {
  const errors = validate(responseSchema(template, method, status), json);
  assert.deepEqual(errors, [], `${method.toUpperCase()} ${template} ${status} does not fit GitHub's schema`);
}

/** GitHub prints timestamps to the second: 2026-11-28T15:00:00Z. */
function assertTimestamps(json: unknown, at = '$'): void {
  if (Array.isArray(json)) json.forEach((item, index) => assertTimestamps(item, `${at}[${index}]`));
  else if (json !== null && typeof json === 'object') {
    for (const [key, value] of Object.entries(json)) {
      if (/_(at|on)$/.test(key) && typeof value === 'string') assert.match(value, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, `${at}.${key}`);
      else assertTimestamps(value, `${at}.${key}`);
    }
  }
}

describe('the validator', () => {
  const issue: Schema = { $ref: '#/components/schemas/issue' };

  test('reports a missing required field, a wrong type and a bad enum value', () => {
    const errors = validate({ $ref: '#/components/schemas/label' }, { id: 'x', node_id: 'n', url: 'http://x/y', name: 'a', color: 'ededed', default: false });
    assert.deepEqual(errors, ["$: missing required property 'description'", '$.id: expected integer, got string "x"']);
    assert.equal(validate({ type: 'string', enum: ['open'] }, 'shut').length, 1);
  });

  test('accepts null only where the schema is nullable', () => {
    assert.deepEqual(validate({ type: 'string', nullable: true }, null), []);
    assert.equal(validate({ type: 'string' }, null).length, 1);
  });

  test('rejects an empty object as an issue', () => {
    assert.ok(validate(issue, {}).length >= 10);
  });
});

describe('response shapes', () => {
  let gh: FakeGitHub;

  before(async () => {
    gh = await startFakeGitHub({
      owner: 'acme',
      repo: 'notes',
      assignable: ['felipe'],
      tokens: { 'test-token': { login: 'github-actions[bot]', kind: 'installation' }, 'pat': { login: 'octocat', kind: 'user' } },
    });
    const milestone = gh.seedMilestone({ title: 'Q4' });
    gh.seedIssue({ title: 'Seeded', labels: ['todo'], assignees: ['felipe'], milestone: milestone.number, comments: ['first'] });
    gh.seedIssue({ title: 'Done', state: 'closed', state_reason: 'not_planned' });
    gh.seedPullRequest({ title: 'A change', merged_at: '2026-11-01T10:00:00Z', labels: ['bug'] });
    gh.seedPullRequest({ title: 'Open change', draft: true });
  });
  after(() => gh.close());

  test('GET /user for a user token, and its 403 for an installation token', async () => {
    const user = await call(gh, 'GET', '/user', undefined, 'pat');
    assert.equal(user.status, 200);
    assertFits('/user', 'get', 200, user.json);
    const denied = await call(gh, 'GET', '/user');
    assert.equal(denied.status, 403);
    assertFits('/user', 'get', 403, denied.json);
  });

  test('a real answer, broken deep inside, fails validation', async () => {
    const answer = await call(gh, 'GET', '/repos/acme/notes/issues/1');
    const issue = answer.json as { user: Record<string, unknown>; labels: Array<Record<string, unknown>> };
    delete issue.user.login;
    (issue.labels[0] as Record<string, unknown>).color = 7;
    const errors = validate(responseSchema(`${R}/issues/{issue_number}`, 'get', 200), issue);
    assert.equal(errors.length, 2);
    assert.equal(errors[0], "$.user: missing required property 'login'");
    assert.match(errors[1] ?? '', /^\$\.labels\[0\]: matches no oneOf alternative .*\$\.labels\[0\]\.color: expected string, got number 7\)$/);
  });

  test('GET /rate_limit', async () => {
    const answer = await call(gh, 'GET', '/rate_limit');
    assertFits('/rate_limit', 'get', 200, answer.json);
  });

  test('GET the repository', async () => {
    const answer = await call(gh, 'GET', '/repos/acme/notes');
    assertFits(R, 'get', 200, answer.json);
    assertTimestamps(answer.json);
  });

  test('issues: list (with pull requests, labels, assignees, milestone), create, get, update', async () => {
    const list = await call(gh, 'GET', '/repos/acme/notes/issues?state=all');
    assert.equal((list.json as unknown[]).length, 4);
    assertFits(`${R}/issues`, 'get', 200, list.json);
    assertTimestamps(list.json);

    const created = await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'New', body: 'text', labels: ['x'], assignees: ['felipe'], milestone: 1 });
    assert.equal(created.status, 201);
    assertFits(`${R}/issues`, 'post', 201, created.json);
    assertTimestamps(created.json);

    for (const number of [1, 3]) {
      const got = await call(gh, 'GET', `/repos/acme/notes/issues/${number}`);
      assertFits(`${R}/issues/{issue_number}`, 'get', 200, got.json);
    }
    const closed = await call(gh, 'PATCH', '/repos/acme/notes/issues/1', { state: 'closed', state_reason: 'not_planned' });
    assertFits(`${R}/issues/{issue_number}`, 'patch', 200, closed.json);
    assertTimestamps(closed.json);
  });

  test('issue errors: 404, 422 and 400', async () => {
    const missing = await call(gh, 'GET', '/repos/acme/notes/issues/999');
    assert.equal(missing.status, 404);
    assertFits(`${R}/issues/{issue_number}`, 'get', 404, missing.json);
    const invalid = await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'x'.repeat(257) });
    assert.equal(invalid.status, 422);
    assertFits(`${R}/issues`, 'post', 422, invalid.json);
    const badJson = await call(gh, 'POST', '/repos/acme/notes/issues', '{"title":');
    assert.equal(badJson.status, 400);
    assertFits(`${R}/issues`, 'post', 400, badJson.json);
  });

  test('comments: list, create (also on a pull request), get, update', async () => {
    const listed = await call(gh, 'GET', '/repos/acme/notes/issues/1/comments');
    assertFits(`${R}/issues/{issue_number}/comments`, 'get', 200, listed.json);
    const created = await call(gh, 'POST', '/repos/acme/notes/issues/3/comments', { body: 'on a PR' });
    assert.equal(created.status, 201);
    assertFits(`${R}/issues/{issue_number}/comments`, 'post', 201, created.json);
    assertTimestamps(created.json);
    const id = (created.json as { id: number }).id;
    const got = await call(gh, 'GET', `/repos/acme/notes/issues/comments/${id}`);
    assertFits(`${R}/issues/comments/{comment_id}`, 'get', 200, got.json);
    const edited = await call(gh, 'PATCH', `/repos/acme/notes/issues/comments/${id}`, { body: 'edited' });
    assertFits(`${R}/issues/comments/{comment_id}`, 'patch', 200, edited.json);
  });

  test('labels: list, create, get, update, 422 on a duplicate; add to and remove from an issue', async () => {
    const listed = await call(gh, 'GET', '/repos/acme/notes/labels');
    assertFits(`${R}/labels`, 'get', 200, listed.json);
    const created = await call(gh, 'POST', '/repos/acme/notes/labels', { name: 'minutes', color: '0e8a16', description: 'From the notes' });
    assert.equal(created.status, 201);
    assertFits(`${R}/labels`, 'post', 201, created.json);
    const duplicate = await call(gh, 'POST', '/repos/acme/notes/labels', { name: 'MINUTES' });
    assert.equal(duplicate.status, 422);
    assertFits(`${R}/labels`, 'post', 422, duplicate.json);
    const got = await call(gh, 'GET', '/repos/acme/notes/labels/minutes');
    assertFits(`${R}/labels/{name}`, 'get', 200, got.json);
    const missing = await call(gh, 'GET', '/repos/acme/notes/labels/nope');
    assertFits(`${R}/labels/{name}`, 'get', 404, missing.json);
    const updated = await call(gh, 'PATCH', '/repos/acme/notes/labels/minutes', { color: 'ff0000' });
    assertFits(`${R}/labels/{name}`, 'patch', 200, updated.json);
    const added = await call(gh, 'POST', '/repos/acme/notes/issues/2/labels', { labels: ['minutes'] });
    assertFits(`${R}/issues/{issue_number}/labels`, 'post', 200, added.json);
    const removed = await call(gh, 'DELETE', '/repos/acme/notes/issues/2/labels/minutes');
    assertFits(`${R}/issues/{issue_number}/labels/{name}`, 'delete', 200, removed.json);
  });

  test('assignees: 204 without a body, 404 with one', async () => {
    const yes = await call(gh, 'GET', '/repos/acme/notes/assignees/felipe');
    assert.equal(yes.status, 204);
    assert.equal(yes.json, undefined);
    const no = await call(gh, 'GET', '/repos/acme/notes/assignees/stranger');
    assert.equal(no.status, 404);
    assertFits(`${R}/assignees/{assignee}`, 'get', 404, no.json);
  });

  test('GET a pull request, merged and draft', async () => {
    for (const number of [3, 4]) {
      const answer = await call(gh, 'GET', `/repos/acme/notes/pulls/${number}`);
      assert.equal(answer.status, 200);
      assertFits(`${R}/pulls/{pull_number}`, 'get', 200, answer.json);
      assertTimestamps(answer.json);
    }
    const notAPull = await call(gh, 'GET', '/repos/acme/notes/pulls/1');
    assert.equal(notAPull.status, 404);
  });

  test('errors outside routes: 401 and unknown paths fit basic-error', async () => {
    const basicError = { $ref: '#/components/schemas/basic-error' };
    const unauthorised = await call(gh, 'GET', '/repos/acme/notes/issues', undefined, 'wrong');
    assert.equal(unauthorised.status, 401);
    assert.deepEqual(validate(basicError, unauthorised.json), []);
    const unknown = await call(gh, 'GET', '/repos/acme/notes/projects');
    assert.equal(unknown.status, 404);
    assert.deepEqual(validate(basicError, unknown.json), []);
  });
});
