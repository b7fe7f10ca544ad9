// Shared pieces of the reliability tests: the corpus note and its config, a local GitHub that knows a
// recognisable token, the state a full sync of that note must reach, and the checks every run passes
// (a clean exit or a clean failure, and the token nowhere in what the run printed or wrote).
import assert from 'node:assert/strict';
import { corpusFilesAt } from './corpus.ts';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type IssueRecord } from './fake-github/index.ts';
import { makeWorkspace, runAction, type RunOptions, type RunResult } from './run-action.ts';

export const NOTE = 'discussions/app-compat/app-compat-2023-06-21.md';
export const CONFIG = `owners:
  FP: felipe-h
  TT: teo-t
  RD: razvand
  TL: tl-dev
  SJ: [stefan-j]
`;
export const LOGINS = ['felipe-h', 'teo-t', 'razvand', 'tl-dev', 'stefan-j'];
/** Shaped like a workflow token, so that a leak is unmistakable in a scan. */
export const TOKEN = 'ghs_R3liab1lityT0kenNeverPrinted0123456789';
export const READ_TOKEN = 'ghs_ReadOnlyT0kenNeverPrinted0123456789ab';
/** Retries that wait milliseconds instead of seconds: the same code path, at test speed. */
export const FAST_RETRIES = { MINUTES_TO_ISSUES_RETRY_BASE_MS: '20' };

export function startGitHub(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  return startFakeGitHub({
    owner: 'acme',
    repo: 'notes',
    assignable: LOGINS,
    tokens: {
      [TOKEN]: { login: 'github-actions[bot]', kind: 'installation', permissions: 'write' },
      [READ_TOKEN]: { login: 'github-actions[bot]', kind: 'installation', permissions: 'read' },
    },
    ...options,
  });
}

export function corpusWorkspace(extra: Record<string, string | Uint8Array> = {}): string {
  return makeWorkspace({ [NOTE]: corpusFilesAt().get(NOTE)!, '.github/minutes-to-issues.yml': CONFIG, ...extra });
}

/** Runs the bundle with the reliability token; every run is scanned for the token. */
export async function run(gh: FakeGitHub, workspace: string, options: Partial<RunOptions> = {}): Promise<RunResult> {
  const inputs = { token: TOKEN, paths: 'discussions/**/*.md', ...options.inputs };
  const result = await runAction({ apiUrl: gh.url, workspace, ...options, inputs });
  assertNoToken(result, gh, inputs.token);
  return result;
}

export function assertRan(result: RunResult): void {
  assert.equal(result.exitCode, 0, `the action failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * A failed run fails as the action means to: exit code 1, one `::error::` with a message, no stack
 * trace or unhandled rejection, and (once it got as far as applying a plan) the job summary written.
 */
export function assertFailedCleanly(result: RunResult, message?: RegExp, { summary = true } = {}): void {
  assert.equal(result.exitCode, 1, `expected a clean failure:\n${result.stdout}\n${result.stderr}`);
  const errors = commandLines(result.stdout).filter((command) => command.name === 'error');
  assert.equal(errors.length, 1, result.stdout);
  assert.ok(errors[0]!.message.length > 20, errors[0]!.message);
  if (message) assert.match(errors[0]!.message, message);
  assertNoCrash(result);
  if (summary) assert.match(result.summary, /minutes-to-issues/i, 'the job summary is written');
}

export function assertNoCrash(result: RunResult): void {
  const text = `${result.stdout}\n${result.stderr}`;
  assert.doesNotMatch(text, /^\s+at .+:\d+:\d+\)?$/m, `a stack trace:\n${text}`);
  assert.doesNotMatch(text, /Unhandled|TypeError|ReferenceError|undefined is not|Cannot read propert/i, text);
}

/** Either outcome is fine for a run under random faults, as long as it is clean. */
export function assertCleanOutcome(result: RunResult): void {
  if (result.exitCode === 0) assertNoCrash(result);
  else assertFailedCleanly(result, undefined, { summary: false });
}

/** Runs tasks with at most `limit` at a time (each run is a child process that mostly waits). */
export async function inPool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Every workflow command a runner would act on: a line that starts with `::` once leading blanks are trimmed. */
export function commandLines(stdout: string): { name: string; properties: string; message: string; line: string }[] {
  const found = [];
  for (const line of stdout.split(/\r?\n/)) {
    const trimmed = line.trimStart();
    if (!trimmed.startsWith('::')) continue;
    const match = /^::([^\s:]*)( [^:]*)?::(.*)$/.exec(trimmed);
    found.push({ name: match?.[1] ?? '?', properties: (match?.[2] ?? '').trim(), message: match?.[3] ?? trimmed, line });
  }
  return found;
}

/**
 * The token appears nowhere: not in the log (but for the one `::add-mask::` that a runner consumes
 * and never shows), stderr, outputs, the plan, the summary, nor in anything written to GitHub.
 */
export function assertNoToken(result: RunResult, gh?: FakeGitHub, token = TOKEN): void {
  const masks = commandLines(result.stdout).filter((command) => command.name === 'add-mask');
  const log = result.stdout
    .split('\n')
    .filter((line) => line !== `::add-mask::${token}`)
    .join('\n');
  const places: [string, string][] = [
    ['the log', log],
    ['stderr', result.stderr],
    ['the summary', result.summary],
    ...Object.entries(result.outputs).map(([name, value]): [string, string] => [`output ${name}`, value]),
  ];
  if (gh) {
    places.push(['GitHub', JSON.stringify({ issues: gh.issues, labels: gh.labels, bodies: gh.requests.map((request) => [request.path, request.query, request.body]) })]);
  }
  for (const [where, text] of places) {
    for (const probe of [token, token.slice(4, 24), Buffer.from(token).toString('base64').slice(0, 24)]) {
      assert.ok(!text.includes(probe), `the token (or part of it) is in ${where}`);
    }
  }
  // The runner is asked to mask the token, once, and nothing else is masked.
  assert.deepEqual(masks.map((mask) => mask.message), [token], `add-mask commands: ${masks.map((mask) => mask.line).join(' | ')}`);
}

export const managed = (gh: FakeGitHub): IssueRecord[] =>
  gh.issues.filter((issue) => !issue.pull_request && issue.user === 'github-actions[bot]' && issue.labels.includes('action-item'));

export const writes = (gh: FakeGitHub) => gh.requests.filter((request) => request.write);

export interface IssueShape {
  title: string;
  labels: string[];
  assignees: string[];
}

export const shapeOf = (issue: IssueRecord): IssueShape => ({
  title: issue.title,
  labels: [...issue.labels].sort(),
  assignees: [...issue.assignees].sort(),
});

/** The open issues, one per item with the expected title, labels and assignees; nothing else open. */
export function assertConverged(gh: FakeGitHub, expected: readonly IssueShape[], context = ''): void {
  const open = managed(gh).filter((issue) => issue.state === 'open');
  const shapes = open.map(shapeOf).sort((a, b) => a.title.localeCompare(b.title));
  const want = [...expected].sort((a, b) => a.title.localeCompare(b.title));
  assert.deepEqual(shapes, want, `${context}: the open issues differ from one per item`);
}

/** Exactly one issue per item, open or closed: no duplicate was ever created. */
export function assertNoDuplicates(gh: FakeGitHub, expected: readonly IssueShape[], context = ''): void {
  const titles = managed(gh).map((issue) => issue.title).sort();
  assert.deepEqual(titles, expected.map((shape) => shape.title).sort(), `${context}: one issue per item`);
}

/** No item has two issues, however far the run got. */
export function assertNoDuplicateSoFar(gh: FakeGitHub, context = ''): void {
  const titles = managed(gh).map((issue) => issue.title);
  assert.equal(new Set(titles).size, titles.length, `${context}: a duplicate among ${titles.join(' | ')}`);
}

/** Polls until the condition holds; fails after timeoutMs. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A full first sync of the corpus note on a healthy GitHub: the state every faulty run must reach. */
export async function healthyCorpusSync(): Promise<{ expected: IssueShape[]; requests: string[]; writes: number }> {
  const gh = await startGitHub();
  try {
    const result = await run(gh, corpusWorkspace());
    assertRan(result);
    const expected = managed(gh).map(shapeOf);
    assert.equal(expected.length, 10);
    return { expected, requests: gh.requests.map((request) => `${request.method} ${request.path}`), writes: writes(gh).length };
  } finally {
    await gh.close();
  }
}

export { random } from './random.ts';
