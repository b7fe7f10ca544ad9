// Primary and secondary rate limits as GitHub reports them, and octokit's throttling plugin
// reacting to them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { call, octokitFor, start } from './test-client.ts';

const headersOf = (headers: Headers) => ({
  limit: headers.get('x-ratelimit-limit'),
  remaining: headers.get('x-ratelimit-remaining'),
  used: headers.get('x-ratelimit-used'),
  resource: headers.get('x-ratelimit-resource'),
});

describe('rate limits', { concurrency: true }, () => {
  test('every answer carries the rate-limit headers, a request id and the JSON type; each request spends one', async (t) => {
    const gh = await start(t, { owner: 'acme', repo: 'notes', rateLimit: { limit: 100 } });
    const started = Math.floor(Date.now() / 1000);
    const answers = [
      await call(gh, 'GET', '/repos/acme/notes'),
      await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'x' }),
      await call(gh, 'GET', '/repos/acme/notes/nothing-here'),
      await call(gh, 'GET', '/repos/acme/notes/assignees/nobody'),
    ];
    assert.deepEqual(answers.map((answer) => headersOf(answer.headers).remaining), ['99', '98', '97', '96']);
    assert.deepEqual(headersOf(answers[3]?.headers ?? new Headers()), { limit: '100', remaining: '96', used: '4', resource: 'core' });
    for (const { headers } of answers) {
      assert.equal(headers.get('content-type'), 'application/json; charset=utf-8');
      assert.match(headers.get('x-github-request-id') ?? '', /^[0-9A-F]{4}(:[0-9A-F]+){4}$/);
      const reset = Number(headers.get('x-ratelimit-reset'));
      assert.ok(reset >= started + 3599 && reset <= started + 3602, `reset ${reset} is an hour ahead in epoch seconds`);
    }
    const unauthenticated = await call(gh, 'GET', '/repos/acme/notes', undefined, null);
    assert.deepEqual(headersOf(unauthenticated.headers), { limit: '60', remaining: '59', used: '1', resource: 'core' });
  });

  test('GET /rate_limit costs nothing and reports the same window', async (t) => {
    const gh = await start(t, { owner: 'acme', repo: 'notes', rateLimit: { limit: 10, remaining: 4 } });
    const first = await call(gh, 'GET', '/rate_limit');
    const second = await call(gh, 'GET', '/rate_limit');
    const core = (second.json as { resources: { core: { remaining: number; limit: number; used: number } } }).resources.core;
    assert.deepEqual([core.limit, core.remaining, core.used], [10, 4, 6]);
    assert.equal(first.headers.get('x-ratelimit-remaining'), '4');
    assert.equal(second.headers.get('x-ratelimit-remaining'), '4');
  });

  test('a spent window answers 403 with remaining 0 until its reset, then refills', async (t) => {
    const gh = await start(t, { owner: 'acme', repo: 'notes', rateLimit: { limit: 2, resetInSeconds: 1 } });
    assert.equal((await call(gh, 'GET', '/repos/acme/notes')).status, 200);
    assert.equal((await call(gh, 'GET', '/repos/acme/notes')).status, 200);
    const refused = await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'not created' });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('x-ratelimit-remaining'), '0');
    assert.match((refused.json as { message: string }).message, /^API rate limit exceeded for installation ID \d+\./);
    assert.equal(gh.issues.length, 0);

    const { octokit, events } = octokitFor(gh, { retryLimits: false });
    await assert.rejects(octokit.rest.repos.get({ owner: 'acme', repo: 'notes' }), { status: 403 });
    assert.equal(events[0]?.kind, 'primary', "octokit's throttling plugin recognises the primary limit");

    await sleep(Number(refused.headers.get('x-ratelimit-reset')) * 1000 - Date.now() + 20);
    const refilled = await call(gh, 'GET', '/repos/acme/notes');
    assert.equal(refilled.status, 200);
    assert.equal(refilled.headers.get('x-ratelimit-remaining'), '1');
  });

  test('each caller has its own window; setRateLimit starts fresh ones', async (t) => {
    const gh = await start(t, {
      owner: 'acme',
      repo: 'notes',
      rateLimit: { limit: 1 },
      tokens: { a: { login: 'github-actions[bot]', kind: 'installation' }, b: { login: 'octocat', kind: 'user' } },
    });
    assert.equal((await call(gh, 'GET', '/repos/acme/notes', undefined, 'a')).status, 200);
    assert.equal((await call(gh, 'GET', '/repos/acme/notes', undefined, 'a')).status, 403);
    const other = await call(gh, 'GET', '/repos/acme/notes', undefined, 'b');
    assert.equal(other.status, 200);
    assert.equal(gh.rateLimit('a').remaining, 0);
    gh.setRateLimit({ limit: 5 });
    assert.equal((await call(gh, 'GET', '/repos/acme/notes', undefined, 'a')).headers.get('x-ratelimit-remaining'), '4');
  });

  test('a secondary limit with retry-after: 403 with the header; octokit waits that long and succeeds', async (t) => {
    const gh = await start(t, { owner: 'acme', repo: 'notes' });
    gh.fault({ method: 'POST', path: '/repos/{owner}/{repo}/issues', times: 2, kind: { secondaryRateLimit: true, retryAfter: 1 } });
    const raw = await call(gh, 'POST', '/repos/acme/notes/issues', { title: 'raw' });
    assert.equal(raw.status, 403);
    assert.equal(raw.headers.get('retry-after'), '1');
    assert.match((raw.json as { message: string }).message, /^You have exceeded a secondary rate limit\. Please wait a few minutes before you try again\./);

    const { octokit, events } = octokitFor(gh);
    const started = Date.now();
    const created = await octokit.rest.issues.create({ owner: 'acme', repo: 'notes', title: 'after a wait' });
    assert.equal(created.status, 201);
    assert.ok(Date.now() - started >= 1000, 'octokit waited retry-after seconds');
    assert.deepEqual(events, [{ kind: 'secondary', retryAfter: 1, retryCount: 0 }]);
    assert.deepEqual(gh.issues.map((issue) => issue.title), ['after a wait']);
    assert.deepEqual(gh.requests.map((request) => request.status), [403, 403, 201]);
  });

  test('a secondary limit without retry-after: no header; octokit falls back to its own wait', async (t) => {
    const gh = await start(t, { owner: 'acme', repo: 'notes' });
    gh.fault({ path: /\/issues$/, times: 2, kind: { secondaryRateLimit: true } });
    const raw = await call(gh, 'GET', '/repos/acme/notes/issues');
    assert.equal(raw.status, 403);
    assert.equal(raw.headers.get('retry-after'), null);

    const { octokit, events } = octokitFor(gh, { fallbackSecondaryRateRetryAfter: 0.2 });
    const listed = await octokit.rest.issues.listForRepo({ owner: 'acme', repo: 'notes' });
    assert.equal(listed.status, 200);
    assert.deepEqual(events, [{ kind: 'secondary', retryAfter: 0.2, retryCount: 0 }]);
  });
});
