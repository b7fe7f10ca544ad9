// The token never appears in any output, log line, summary, plan or error message. Every run of the
// reliability tests is scanned for it (run() in test/support/reliability.ts); these are the paths
// where a leak is likeliest: credentials refused, debug logging, errors after retries, a preview.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertFailedCleanly,
  assertNoToken,
  assertRan,
  commandLines,
  corpusWorkspace,
  FAST_RETRIES,
  run,
  startGitHub,
  TOKEN,
} from '../support/reliability.ts';

describe('the token in every output', () => {
  test('credentials GitHub does not know: the 401 message names the input, not the token', async () => {
    const gh = await startGitHub();
    try {
      const wrong = 'ghs_Unkn0wnT0kenThatGitHubRefuses012345678';
      const result = await run(gh, corpusWorkspace(), { inputs: { token: wrong } });
      assertFailedCleanly(result, /401 Bad credentials\. Check the token input/, { summary: false });
      assertNoToken(result, gh, wrong);
    } finally {
      await gh.close();
    }
  });

  test('with step debug logging on, octokit logs every request and still never the token', async () => {
    const gh = await startGitHub();
    try {
      const result = await run(gh, corpusWorkspace(), { env: { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' } });
      assertRan(result);
      assert.ok(commandLines(result.stdout).filter((command) => command.name === 'debug').length > 0);
      assertNoToken(result, gh);
    } finally {
      await gh.close();
    }
  });

  test('errors after retries, from every kind of request: no token in any message', async () => {
    const gh = await startGitHub();
    try {
      gh.fault({ method: 'GET', path: '/repos/{owner}/{repo}/issues', times: Infinity, kind: { status: 502 } });
      const result = await run(gh, corpusWorkspace(), { env: FAST_RETRIES });
      assertFailedCleanly(result, /Listing the issues labelled 'action-item': GitHub did not answer clearly \(502/, { summary: false });
      assertNoToken(result, gh);
    } finally {
      await gh.close();
    }
  });

  test('a dry run and a pull-request preview: the plan output and the preview comment are clean', async () => {
    const gh = await startGitHub();
    try {
      const dry = await run(gh, corpusWorkspace(), { inputs: { 'dry-run': 'true' } });
      assertRan(dry);
      assert.ok(JSON.parse(dry.outputs.plan!).changes.length > 0);
      const pull = gh.seedPullRequest({ title: 'Minutes of June 21' });
      const preview = await run(gh, corpusWorkspace(), {
        eventName: 'pull_request',
        event: { action: 'opened', number: pull.number, pull_request: { number: pull.number, head: { sha: 'f'.repeat(40) }, merged: false } },
      });
      assertRan(preview);
      assert.equal(pull.comments.length, 1);
      assertNoToken(preview, gh);
      assert.ok(!pull.comments[0]!.body.includes(TOKEN));
    } finally {
      await gh.close();
    }
  });
});
