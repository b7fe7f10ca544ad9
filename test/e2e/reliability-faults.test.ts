// GitHub's faults as a run meets them: rate limits, server errors, lost answers, a read-only token,
// two runs at once. Each case runs the built bundle against the local GitHub and ends, after a rerun
// where the case allows one, with exactly one issue per item.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { FaultKind } from '../support/fake-github/index.ts';
import {
  assertCleanOutcome,
  assertConverged,
  assertFailedCleanly,
  assertNoDuplicates,
  assertNoDuplicateSoFar,
  assertNoToken,
  assertRan,
  commandLines,
  corpusWorkspace,
  FAST_RETRIES,
  healthyCorpusSync,
  inPool,
  managed,
  random,
  READ_TOKEN,
  run,
  startGitHub,
  writes,
  type IssueShape,
} from '../support/reliability.ts';

const ISSUES = '/repos/{owner}/{repo}/issues';
let healthy: { expected: IssueShape[]; requests: string[] };

before(async () => {
  healthy = await healthyCorpusSync();
});

const creates = (gh: Parameters<typeof managed>[0]) => gh.requests.filter((request) => request.method === 'POST' && request.route === ISSUES);
const warnings = (stdout: string) => commandLines(stdout).filter((command) => command.name === 'warning').map((command) => command.message);

describe('secondary rate limit mid-run, with retry-after', () => {
  test('the run waits as GitHub asks, then completes with one issue per item', async () => {
    const gh = await startGitHub();
    try {
      gh.fault({ method: 'GET', path: ISSUES, kind: { secondaryRateLimit: true, retryAfter: 1 } });
      gh.fault({ method: 'POST', path: ISSUES, nth: 4, kind: { secondaryRateLimit: true, retryAfter: 2 } });
      const started = Date.now();
      const result = await run(gh, corpusWorkspace());
      assertRan(result);
      assert.ok(Date.now() - started >= 3000, 'waited the 1 s and the 2 s that GitHub asked for');
      const limited = gh.requests.filter((request) => request.fault?.startsWith('secondary'));
      assert.equal(limited.length, 2);
      assert.equal(creates(gh).length, healthy.expected.length + 1, 'the refused create is sent again once');
      assert.ok(warnings(result.stdout).some((message) => /Secondary rate limit .*waiting 2 s/.test(message)), result.stdout);
      assertNoDuplicates(gh, healthy.expected);
      assertConverged(gh, healthy.expected);
    } finally {
      await gh.close();
    }
  });
});

describe('primary rate limit exhausted (x-ratelimit-remaining: 0)', () => {
  test('mid-run with a near reset: no request before the reset, then the run completes', async () => {
    const gh = await startGitHub({ rateLimit: { limit: 12, resetInSeconds: 3 } });
    try {
      const result = await run(gh, corpusWorkspace());
      assertRan(result);
      // The local GitHub answers 403 to any request sent while the window is spent: there is none.
      assert.deepEqual(gh.requests.filter((request) => request.status === 403), []);
      assert.ok(warnings(result.stdout).some((message) => /rate limit .*spent; waiting \d+ s for its reset/.test(message)), result.stdout);
      assertNoDuplicates(gh, healthy.expected);
      assertConverged(gh, healthy.expected);
    } finally {
      await gh.close();
    }
  });

  test('mid-run with a reset an hour away: the run stops before the next request, says when, and the next run converges', async () => {
    const gh = await startGitHub({ rateLimit: { limit: 15 } });
    try {
      const workspace = corpusWorkspace();
      const stopped = await run(gh, workspace);
      assertFailedCleanly(stopped, /rate limit for this token is spent until \d\d:\d\d UTC \(in (59|60|61) min\), longer than a run waits \(10 min\)\. Nothing is lost/);
      assert.equal(gh.requests.length, 15, 'not one request after the answer that said the window is spent');
      assert.ok(gh.requests.every((request) => request.status < 400));
      assert.ok(managed(gh).length > 0 && managed(gh).length < healthy.expected.length);
      assert.match(stopped.summary, /Left for the next run/);
      gh.setRateLimit({ limit: 5000 });
      assertRan(await run(gh, workspace));
      assertNoDuplicates(gh, healthy.expected);
      assertConverged(gh, healthy.expected);
    } finally {
      await gh.close();
    }
  });

  test('already spent when the run starts, resetting soon: one refused request, a wait, then the run completes', async () => {
    const gh = await startGitHub({ rateLimit: { limit: 100, remaining: 0, resetInSeconds: 2 } });
    try {
      const result = await run(gh, corpusWorkspace());
      assertRan(result);
      const refused = gh.requests.filter((request) => request.status === 403 && request.path !== '/graphql');
      assert.equal(refused.length, 0);
      assert.equal(gh.requests.filter((request) => request.path === '/graphql').length, 2, 'the first request learns the window is spent, and is sent again after the reset');
      assertConverged(gh, healthy.expected);
    } finally {
      await gh.close();
    }
  });

  test('already spent when the run starts, resetting in an hour: the first answer stops the run with the time of the reset', async () => {
    const gh = await startGitHub({ rateLimit: { limit: 100, remaining: 0 } });
    try {
      const workspace = corpusWorkspace();
      const stopped = await run(gh, workspace);
      assertFailedCleanly(stopped, /rate limit for this token is spent until \d\d:\d\d UTC \(in (59|60|61) min\)/, { summary: false });
      assert.equal(gh.requests.length, 1);
      gh.setRateLimit({ limit: 5000 });
      assertRan(await run(gh, workspace));
      assertConverged(gh, healthy.expected);
    } finally {
      await gh.close();
    }
  });
});

describe('500, 502 and connection resets at random requests', () => {
  const kinds: FaultKind[] = [
    { status: 500 },
    { status: 502 },
    { reset: true },
    { status: 500, afterCommit: true },
    { status: 502, afterCommit: true },
    { reset: true, afterCommit: true },
  ];
  const SEEDS = Array.from({ length: 16 }, (_, index) => index + 1);

  test(`${SEEDS.length} seeded runs: each completes or fails cleanly, never duplicates, and a rerun converges`, async () => {
    const outcomes = await inPool(
      SEEDS.map((seed) => async () => {
        const next = random(seed);
        const gh = await startGitHub();
        try {
          const faults: string[] = [];
          for (let count = 0; count < 3; count++) {
            const nth = 1 + Math.floor(next() * healthy.requests.length);
            const kind = kinds[Math.floor(next() * kinds.length)]!;
            // Sometimes a burst that outlasts the retries.
            const times = next() < 0.25 ? 5 : 1;
            gh.fault({ nth, times, kind });
            faults.push(`request ${nth} ×${times}: ${JSON.stringify(kind)}`);
          }
          const context = `seed ${seed} (${faults.join('; ')})`;
          const workspace = corpusWorkspace();
          const faulty = await run(gh, workspace, { env: FAST_RETRIES });
          assertCleanOutcome(faulty);
          assertNoDuplicateSoFar(gh, context);
          gh.heal();
          assertRan(await run(gh, workspace, { env: FAST_RETRIES }));
          assertNoDuplicates(gh, healthy.expected, context);
          assertConverged(gh, healthy.expected, context);
          return faulty.exitCode;
        } finally {
          await gh.close();
        }
      }),
      4,
    );
    // The seeds cover both outcomes.
    assert.ok(outcomes.includes(0) && outcomes.includes(1), `exit codes ${outcomes.join(',')}`);
  });
});

describe('a create that GitHub carries out but answers with an error', () => {
  for (const [name, kind] of [
    ['502', { status: 502, afterCommit: true }],
    ['a reset connection', { reset: true, afterCommit: true }],
  ] as [string, FaultKind][]) {
    test(`answered with ${name}: the action finds its marker instead of creating again; no duplicate`, async () => {
      const gh = await startGitHub();
      try {
        gh.fault({ method: 'POST', path: ISSUES, nth: 3, kind });
        const result = await run(gh, corpusWorkspace());
        assertRan(result);
        assert.equal(creates(gh).length, healthy.expected.length, 'no create sent twice');
        const lost = creates(gh).findIndex((request) => request.fault !== undefined);
        const lookup = gh.requests.indexOf(creates(gh)[lost]!) + 1;
        assert.equal(gh.requests[lookup]!.route, ISSUES);
        assert.equal(gh.requests[lookup]!.method, 'GET');
        assert.equal(gh.requests[lookup]!.query.sort, 'created');
        assert.equal(JSON.parse(result.outputs.created!).length, healthy.expected.length, 'the found issue counts as created');
        assertNoDuplicates(gh, healthy.expected);
        assertConverged(gh, healthy.expected);
      } finally {
        await gh.close();
      }
    });
  }

  test('answered only after the time-out: found by its marker, no duplicate', async () => {
    const gh = await startGitHub();
    try {
      gh.fault({ method: 'POST', path: ISSUES, nth: 2, kind: { delayMs: 1500 } });
      const result = await run(gh, corpusWorkspace(), { env: { MINUTES_TO_ISSUES_REQUEST_TIMEOUT_MS: '500' } });
      assertRan(result);
      // The run gave up waiting and looked for the issue before its late answer came.
      const late = gh.requests.indexOf(creates(gh)[1]!);
      assert.equal(gh.requests[late + 1]!.query.sort, 'created');
      assert.equal(creates(gh).length, healthy.expected.length);
      assertNoDuplicates(gh, healthy.expected);
    } finally {
      await gh.close();
    }
  });

  test('refused with 502 before GitHub wrote it: not found by its marker, so sent once more', async () => {
    const gh = await startGitHub();
    try {
      gh.fault({ method: 'POST', path: ISSUES, nth: 3, kind: { status: 502 } });
      assertRan(await run(gh, corpusWorkspace()));
      assert.equal(creates(gh).length, healthy.expected.length + 1);
      assertNoDuplicates(gh, healthy.expected);
      assertConverged(gh, healthy.expected);
    } finally {
      await gh.close();
    }
  });
});

describe('two runs at the same time on the same notes', () => {
  test('both create (each listed before the other wrote); a third run closes the duplicates; a fourth writes nothing', async () => {
    const gh = await startGitHub();
    try {
      // Both listings are answered late, so each run plans before the other's first create.
      gh.fault({ method: 'GET', path: ISSUES, times: 2, kind: { delayMs: 1500 } });
      const workspace = corpusWorkspace();
      const both = await Promise.all([run(gh, workspace), run(gh, workspace)]);
      for (const result of both) assertCleanOutcome(result);
      assert.equal(managed(gh).length, 2 * healthy.expected.length, 'the race this test is about happened');
      const third = await run(gh, workspace);
      assertRan(third);
      assertConverged(gh, healthy.expected);
      const closed = managed(gh).filter((issue) => issue.state === 'closed');
      assert.equal(closed.length, healthy.expected.length);
      for (const duplicate of closed) {
        const kept = managed(gh).find((issue) => issue.state === 'open' && issue.title === duplicate.title)!;
        assert.equal(duplicate.state_reason, 'duplicate');
        assert.ok(kept.number < duplicate.number, 'the oldest issue is kept');
        assert.match(duplicate.comments.at(-1)!.body, new RegExp(`Duplicate of #${kept.number}\\b`));
      }
      gh.clearRequests();
      assertRan(await run(gh, workspace));
      assert.deepEqual(writes(gh), []);
    } finally {
      await gh.close();
    }
  });
});

describe('a personal token whose identity query keeps answering with a secondary rate limit', () => {
  test('the run stops instead of taking itself for the Actions bot (which would see none of its issues and create them all again)', async () => {
    const userToken = 'ghp_PersonalT0kenNeverPrinted0123456789abc';
    const gh = await startGitHub({ tokens: { [userToken]: { login: 'octo-user', kind: 'user' } } });
    try {
      const workspace = corpusWorkspace();
      assertRan(await run(gh, workspace, { inputs: { token: userToken } }));
      assert.equal(gh.issues.filter((issue) => issue.user === 'octo-user').length, healthy.expected.length);
      gh.fault({ method: 'POST', path: '/graphql', times: 4, kind: { secondaryRateLimit: true, retryAfter: 1 } });
      gh.clearRequests();
      const result = await run(gh, workspace, { inputs: { token: userToken } });
      assertFailedCleanly(result, /secondary rate limit/, { summary: false });
      assert.deepEqual(writes(gh), []);
      assert.equal(gh.issues.length, healthy.expected.length);
    } finally {
      await gh.close();
    }
  });
});

describe('a token that can only read', () => {
  test("the first write's 403 stops the run and names the permission to add; nothing else is tried", async () => {
    const gh = await startGitHub();
    try {
      const result = await run(gh, corpusWorkspace(), { inputs: { token: READ_TOKEN } });
      assertNoToken(result, gh, READ_TOKEN);
      assertFailedCleanly(result, /may not write issues in acme\/notes .*permissions: \{ contents: read, issues: write \}/);
      assert.equal(writes(gh).length, 1, 'one refused write, then the run stops');
      assert.equal(writes(gh)[0]!.status, 403);
      assert.equal(gh.issues.length, 0);
    } finally {
      await gh.close();
    }
  });
});
