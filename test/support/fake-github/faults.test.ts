// Faults on demand: server errors before and after the write is committed, connection resets,
// delays, the network cut for good, and healing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { call, octokitFor, start } from './test-client.ts';

const repo = { owner: 'acme', repo: 'notes' };
const ISSUES = '/repos/{owner}/{repo}/issues';

/** fetch's error when the server reset the connection. */
const connectionReset = (error: unknown) => {
  const cause = (error as { cause?: { code?: string } }).cause;
  assert.equal(cause?.code, 'ECONNRESET');
  return true;
};

describe('faults', { concurrency: true }, () => {
  test('a 502 after commit: the client sees 502, yet the issue exists', async (t) => {
    const gh = await start(t, repo);
    gh.fault({ method: 'POST', path: ISSUES, kind: { status: 502, afterCommit: true } });
    const { octokit } = octokitFor(gh);
    await assert.rejects(octokit.rest.issues.create({ ...repo, title: 'committed' }), { status: 502 });
    assert.deepEqual(gh.issues.map((issue) => issue.title), ['committed']);
    assert.deepEqual(gh.requests.map((request) => [request.status, request.fault]), [[502, 'status 502 after commit']]);
  });

  test('…which a retrying client turns into a duplicate', async (t) => {
    const gh = await start(t, repo);
    gh.fault({ method: 'POST', path: ISSUES, kind: { status: 502, afterCommit: true } });
    const { octokit } = octokitFor(gh, { retries: 2 });
    const created = await octokit.rest.issues.create({ ...repo, title: 'twice' });
    assert.equal(created.status, 201);
    assert.deepEqual(gh.issues.map((issue) => issue.title), ['twice', 'twice']);
  });

  test('a 500 or 503 before commit changes nothing', async (t) => {
    const gh = await start(t, repo);
    gh.fault({ method: 'POST', kind: { status: 503 } });
    gh.fault({ method: 'PATCH', kind: { status: 500 } });
    const refused = await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'x' });
    assert.deepEqual([refused.status, (refused.json as { message: string }).message], [503, 'Service Unavailable']);
    assert.ok(refused.headers.get('x-ratelimit-remaining'), 'fault answers carry the rate-limit headers too');
    const issue = gh.seedIssue({ title: 'before' });
    assert.equal((await call(gh, 'PATCH', `/repos/acme/notes/issues/${issue.number}`, { title: 'after' })).status, 500);
    assert.deepEqual([gh.issues.length, issue.title], [1, 'before']);
  });

  test('a reset after commit: no answer at all, yet the issue exists; before commit, nothing', async (t) => {
    const gh = await start(t, repo);
    gh.fault({ method: 'POST', path: ISSUES, kind: { reset: true, afterCommit: true } });
    await assert.rejects(call(gh, 'POST', '/repos/acme/notes/issues', { title: 'committed' }), connectionReset);
    gh.fault({ method: 'POST', path: ISSUES, kind: { reset: true } });
    await assert.rejects(call(gh, 'POST', '/repos/acme/notes/issues', { title: 'lost' }), connectionReset);
    assert.deepEqual(gh.issues.map((issue) => issue.title), ['committed']);
    assert.deepEqual(gh.requests.map((request) => [request.status, request.fault]), [[0, 'connection reset after commit'], [0, 'connection reset']]);
    assert.equal((await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'fine' })).status, 201, 'a fault fires once by default');
  });

  test('nth and times pick the matching requests; hits counts them; remove stops the rule', async (t) => {
    const gh = await start(t, repo);
    const issue = gh.seedIssue({ title: 'x' });
    const path = `/repos/acme/notes/issues/${issue.number}`;
    const rule = gh.fault({ method: 'get', path: /^\/repos\/acme\/notes\/issues\/\d+$/, nth: 2, times: 2, kind: { status: 503 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await call(gh, 'GET', '/repos/acme/notes')).status);
      statuses.push((await call(gh, 'GET', path)).status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 503, 200, 503]);
    assert.equal(rule.hits, 2);
    const always = gh.fault({ path, times: Infinity, kind: { status: 500 } });
    assert.equal((await call(gh, 'GET', path)).status, 500);
    assert.equal((await call(gh, 'GET', path)).status, 500);
    always.remove();
    assert.equal((await call(gh, 'GET', path)).status, 200);
  });

  test('a path matches both spellings of a repository, so page 2 of a list can fail', async (t) => {
    const gh = await start(t, repo);
    for (let i = 0; i < 3; i += 1) gh.seedIssue({ title: `${i}` });
    gh.fault({ path: /^\/repos\/acme\/notes\/issues$/, nth: 2, kind: { status: 502 } });
    const { octokit } = octokitFor(gh);
    await assert.rejects(octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, per_page: 2 }), { status: 502 });
    assert.deepEqual(gh.requests.map((request) => [request.path, request.status]), [
      ['/repos/acme/notes/issues', 200],
      ['/repositories/700001/issues', 502],
    ]);
  });

  test('a delay holds the answer, not the write', async (t) => {
    const gh = await start(t, repo);
    gh.fault({ method: 'POST', kind: { delayMs: 300 } });
    const started = Date.now();
    const pending = call(gh, 'POST', '/repos/acme/notes/issues', { title: 'slow' });
    await sleep(100);
    assert.equal(gh.issues.length, 1, 'written before the answer leaves');
    assert.equal((await pending).status, 201);
    assert.ok(Date.now() - started >= 300);
  });

  test('latencyMs slows every request', async (t) => {
    const gh = await start(t, { ...repo, latencyMs: 150 });
    const started = Date.now();
    await call(gh, 'GET', '/repos/acme/notes');
    await call(gh, 'GET', '/repos/acme/notes');
    assert.ok(Date.now() - started >= 300);
  });

  test('cutAfter(k): after k requests every connection is reset, for octokit too, until heal()', async (t) => {
    const gh = await start(t, repo);
    gh.cutAfter(2);
    assert.equal((await call(gh, 'GET', '/repos/acme/notes')).status, 200);
    assert.equal((await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'before the cut' })).status, 201);
    await assert.rejects(call(gh, 'POST', '/repos/acme/notes/issues', { title: 'cut' }), connectionReset);
    await assert.rejects(call(gh, 'GET', '/repos/acme/notes'), connectionReset);
    const { octokit } = octokitFor(gh);
    await assert.rejects(octokit.rest.issues.listForRepo(repo), { status: 500, message: /ECONNRESET/ });
    assert.deepEqual(gh.issues.map((issue) => issue.title), ['before the cut']);
    assert.deepEqual(gh.requests.map((request) => request.status), [200, 201, 0, 0, 0]);
    gh.heal();
    assert.equal((await call(gh, 'GET', '/repos/acme/notes')).status, 200);
  });
});
