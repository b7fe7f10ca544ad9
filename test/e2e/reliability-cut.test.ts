// The connection cut for good after request k, for every k of a full first sync of a corpus note:
// whatever was written before the cut, a rerun on a healthy GitHub ends with exactly one issue per
// item, with the right labels and assignees.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  assertConverged,
  assertFailedCleanly,
  assertNoDuplicates,
  assertRan,
  corpusWorkspace,
  FAST_RETRIES,
  healthyCorpusSync,
  inPool,
  managed,
  run,
  startGitHub,
  type IssueShape,
} from '../support/reliability.ts';

let healthy: { expected: IssueShape[]; requests: string[] };

before(async () => {
  healthy = await healthyCorpusSync();
  assert.ok(healthy.requests.length >= 20, `a first sync makes ${healthy.requests.length} requests`);
});

type Variant = 'cut' | 'committed-then-cut';

/**
 * Cuts every connection after k requests; in the second variant request k+1 is carried out but its
 * answer lost, and the cut follows. Then heals and reruns.
 */
async function cutAt(k: number, variant: Variant): Promise<{ k: number; created: number }> {
  const gh = await startGitHub();
  const context = `${variant} after request ${k} (${healthy.requests[k]})`;
  try {
    const workspace = corpusWorkspace();
    if (variant === 'cut') {
      gh.cutAfter(k);
    } else {
      gh.fault({ nth: k + 1, kind: { reset: true, afterCommit: true } });
      gh.cutAfter(k + 1);
    }
    const cut = await run(gh, workspace, { env: FAST_RETRIES });
    assert.equal(gh.requests.slice(0, k).every((request) => request.status > 0), true, context);
    // Until it has a plan, a failing run has no summary to write: the summary is not checked here.
    assertFailedCleanly(cut, undefined, { summary: false });
    const created = managed(gh).length;
    const wrote = gh.requests.some((request) => request.write && (request.status > 0 || request.fault?.includes('after commit')));
    if (!wrote) {
      // Nothing reached GitHub: the rerun would be the healthy first sync itself.
      assert.equal(gh.issues.length, 0, context);
      return { k, created };
    }
    gh.heal();
    const rerun = await run(gh, workspace, { env: FAST_RETRIES });
    assertRan(rerun);
    assertNoDuplicates(gh, healthy.expected, context);
    assertConverged(gh, healthy.expected, context);
    return { k, created };
  } finally {
    await gh.close();
  }
}

describe('the connection cut for good after request k of a first sync of the corpus note', () => {
  test('cut before request k+1 reaches GitHub, for every k: the run fails cleanly, a rerun converges', async () => {
    const ks = healthy.requests.map((_, k) => k);
    const outcomes = await inPool(ks.map((k) => () => cutAt(k, 'cut')), 4);
    // The cut fell at every stage: before any write, among the labels, among the creates.
    assert.ok(outcomes.some((outcome) => outcome.created === 0));
    assert.ok(outcomes.some((outcome) => outcome.created > 0 && outcome.created < healthy.expected.length));
  });

  test('write k+1 carried out but its answer lost, then the cut, for every write: no duplicate, a rerun converges', async () => {
    const ks = healthy.requests.flatMap((request, k) => (request.startsWith('GET') ? [] : [k]));
    assert.ok(ks.length >= 14);
    await inPool(ks.map((k) => () => cutAt(k, 'committed-then-cut')), 4);
  });
});
