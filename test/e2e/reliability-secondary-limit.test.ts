// A secondary rate limit without retry-after: GitHub asks for at least a minute before the next try,
// and the run really waits that minute (the one slow reliability test, in a file of its own so that
// it runs beside the others).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertConverged, assertNoDuplicates, assertRan, commandLines, corpusWorkspace, healthyCorpusSync, run, startGitHub } from '../support/reliability.ts';

test('a secondary rate limit without retry-after mid-run: the run waits a minute, completes, one issue per item', async () => {
  const { expected } = await healthyCorpusSync();
  const gh = await startGitHub();
  try {
    gh.fault({ method: 'POST', path: '/repos/{owner}/{repo}/issues', nth: 5, kind: { secondaryRateLimit: true } });
    const started = Date.now();
    const result = await run(gh, corpusWorkspace());
    assertRan(result);
    assert.ok(Date.now() - started >= 60_000, `waited ${Date.now() - started} ms`);
    const waits = commandLines(result.stdout).filter((command) => command.name === 'warning' && /Secondary rate limit .*waiting 60 s/.test(command.message));
    assert.equal(waits.length, 1, result.stdout);
    assert.equal(gh.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/issues')).length, expected.length + 1);
    assertNoDuplicates(gh, expected);
    assertConverged(gh, expected);
  } finally {
    await gh.close();
  }
});
