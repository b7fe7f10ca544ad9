// A runner cancels a job with SIGINT, then SIGTERM a few seconds later. Whatever the run is doing at
// that moment (waiting for a write's answer, pacing writes, waiting to retry, waiting for a rate
// limit's reset), no write starts after SIGINT, and the next run converges.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { signalAction } from '../support/action-process.ts';
import type { FakeGitHub } from '../support/fake-github/index.ts';
import type { RunOptions, RunResult } from '../support/run-action.ts';
import {
  assertConverged,
  assertFailedCleanly,
  assertNoDuplicates,
  assertRan,
  corpusWorkspace,
  healthyCorpusSync,
  managed,
  run,
  startGitHub,
  waitFor,
  writes,
  type IssueShape,
} from '../support/reliability.ts';

const ISSUES = '/repos/{owner}/{repo}/issues';
let expected: IssueShape[];

before(async () => {
  ({ expected } = await healthyCorpusSync());
});

interface Cancelled {
  result: RunResult;
  requestsAtSigint: number;
  writesAtSigint: number;
  /** From SIGINT to the end of the process. */
  exitMs: number;
}

/** Starts a run, sends SIGINT once `ready` holds (and `settleMs` more), SIGTERM 200 ms later. */
async function cancelWhen(gh: FakeGitHub, workspace: string, ready: () => boolean, settleMs: number, options: Partial<RunOptions> = {}): Promise<Cancelled> {
  const pending = run(gh, workspace, options);
  await waitFor(ready, 'the moment to cancel');
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const requestsAtSigint = gh.requests.length;
  const writesAtSigint = writes(gh).length;
  assert.ok(signalAction(gh.url, 'SIGINT'), 'the action was running');
  const sent = Date.now();
  const term = setTimeout(() => signalAction(gh.url, 'SIGTERM'), 200);
  const result = await pending;
  clearTimeout(term);
  return { result, requestsAtSigint, writesAtSigint, exitMs: Date.now() - sent };
}

async function assertNextRunConverges(gh: FakeGitHub, workspace: string): Promise<void> {
  assertRan(await run(gh, workspace));
  assertNoDuplicates(gh, expected);
  assertConverged(gh, expected);
}

const creates = (gh: FakeGitHub) => gh.requests.filter((request) => request.method === 'POST' && request.route === ISSUES);

describe('SIGINT then SIGTERM during a run', () => {
  test('while a create waits for its answer: that create completes, no write after it, the next run converges', async () => {
    const gh = await startGitHub();
    try {
      gh.fault({ method: 'POST', path: ISSUES, nth: 3, kind: { delayMs: 1500 } });
      const workspace = corpusWorkspace();
      const cancelled = await cancelWhen(gh, workspace, () => creates(gh).length === 3, 50);
      assert.equal(creates(gh)[2]!.status, 201, 'the create in flight was answered');
      assert.equal(writes(gh).length, cancelled.writesAtSigint, 'no write after SIGINT');
      assertFailedCleanly(cancelled.result, /^the job was cancelled$/);
      assert.match(cancelled.result.summary, /Left for the next run:\*\* 7 changes/);
      assert.equal(managed(gh).length, 3);
      await assertNextRunConverges(gh, workspace);
    } finally {
      await gh.close();
    }
  });

  test('while writes are paced (write-interval): the paced write is never sent', async () => {
    const gh = await startGitHub();
    try {
      const workspace = corpusWorkspace();
      const cancelled = await cancelWhen(gh, workspace, () => creates(gh)[1]?.status === 201, 150, { inputs: { 'write-interval': '800' } });
      assert.equal(writes(gh).length, cancelled.writesAtSigint, 'no write after SIGINT');
      assert.equal(managed(gh).length, 2);
      assertFailedCleanly(cancelled.result, /^the job was cancelled$/);
      await assertNextRunConverges(gh, workspace);
    } finally {
      await gh.close();
    }
  });

  test('while waiting to retry a write that failed with 502: the retry is never sent', async () => {
    const gh = await startGitHub();
    try {
      gh.fault({ method: 'POST', path: '/repos/{owner}/{repo}/labels', kind: { status: 502 } });
      const workspace = corpusWorkspace();
      // The first retry waits a second (octokit's retry plugin), long enough to cancel inside it.
      const cancelled = await cancelWhen(gh, workspace, () => writes(gh)[0]?.status === 502, 150);
      assert.equal(writes(gh).length, 1, 'no write after SIGINT, the retry included');
      assertFailedCleanly(cancelled.result, /^the job was cancelled$/);
      await assertNextRunConverges(gh, workspace);
    } finally {
      await gh.close();
    }
  });

  test("while waiting for a spent rate limit's reset: no request at all, and the run ends at once", async () => {
    const gh = await startGitHub({ rateLimit: { limit: 9, resetInSeconds: 30 } });
    try {
      const workspace = corpusWorkspace();
      const cancelled = await cancelWhen(gh, workspace, () => gh.requests.length === 9 && gh.requests[8]!.status > 0, 150);
      assert.equal(gh.requests.length, cancelled.requestsAtSigint, 'no request after SIGINT');
      assert.ok(cancelled.exitMs < 3000, `ended ${cancelled.exitMs} ms after SIGINT, not after the 30 s wait`);
      assertFailedCleanly(cancelled.result, /^the job was cancelled$/);
      gh.setRateLimit({ limit: 5000 });
      await assertNextRunConverges(gh, workspace);
    } finally {
      await gh.close();
    }
  });
});
