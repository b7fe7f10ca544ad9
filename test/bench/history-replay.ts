// History replay: the corpus's commits pushed one by one (or in groups with --quick) to a workspace,
// and the built action run after each push as a runner runs it, against the local GitHub with
// write-interval 0. Counts what each run costs against GitHub's limits, then reruns the last commit.
// A push that touches no note does not run the action, as the workflow's `on.push.paths` filter
// (README, Use it) has it. With `since`, the replay is a team adopting the action on that date: the commits before it are in
// the repository already, and the action runs from the first push on or after it, with `since` set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpusHistory, type CorpusCommit } from '../support/corpus.ts';
import { startFakeGitHub } from '../support/fake-github/index.ts';
import { writeFiles, type RunResult } from '../support/run-action.ts';
import { plannedChanges, runMeasured } from './bundle-run.ts';
import { CONFIG_PATH, CORPUS_PATHS, corpusTeam } from './corpus-team.ts';
import { countDuplicates, managedIssues, minimumReads } from './managed-issues.ts';

export interface PushCost {
  sha: string;
  /** When the pushed commit was made (the replay's clock for requests per hour). */
  date: string;
  /** Managed issues before the run. */
  managed: number;
  requests: number;
  reads: number;
  /** Reads by kind: pages of the issue list, who the token is, the label list, assignee checks. */
  pages: number;
  whoAmI: number;
  labelReads: number;
  assigneeChecks: number;
  minimumReads: number;
  writes: number;
  /** Changes the run planned (create, update, close, reopen). */
  changes: number;
  /** Planned changes left for the next run (max-writes). */
  deferred: number;
  /** Open duplicate managed issues after the run. */
  duplicates: number;
  wallMs: number;
  cpuMs: number;
  peakMb: number;
}

export interface ReplayResult {
  label: string;
  pushes: PushCost[];
  /** Pushes that touched no note, so the workflow did not run. */
  skipped: number;
  /** The rerun of the last commit with nothing changed. */
  rerun: PushCost;
  issues: number;
}

export interface ReplayOptions {
  label: string;
  since?: string;
  /** Commits per push: 1 replays every commit as its own push. */
  commitsPerPush: number;
  /** Told after each run, e.g. to show progress. */
  onPush?: (cost: PushCost, done: number, of: number) => void;
}

export async function replayHistory(options: ReplayOptions): Promise<ReplayResult> {
  const history = loadCorpusHistory();
  const team = corpusTeam();
  // The replay presses years of pushes into minutes: the local GitHub's hourly limit would stop it, so
  // it has none, and the requests an hour are counted against the commits' own dates instead.
  const gh = await startFakeGitHub({ owner: 'unikraft', repo: 'meeting-notes', assignable: team.logins, rateLimit: { limit: 1_000_000_000 } });
  const workspace = mkdtempSync(join(tmpdir(), 'minutes-bench-replay-'));
  writeFiles(workspace, { [CONFIG_PATH]: team.config });
  const inputs: Record<string, string> = { paths: CORPUS_PATHS, ...(options.since ? { since: options.since } : {}) };

  const push = async (sha: string, date: string): Promise<PushCost> => {
    const managedBefore = managedIssues(gh).length;
    gh.clearRequests();
    const { result, wallMs, cpuMs, peakMb } = await runMeasured({ apiUrl: gh.url, workspace, sha, repository: 'unikraft/meeting-notes', inputs });
    const reads = gh.requests.filter((request) => !request.write);
    const readsOf = (...routes: string[]) => reads.filter((request) => routes.includes(request.route ?? '')).length;
    const changes = plannedChanges(result);
    return {
      sha,
      date,
      managed: managedBefore,
      requests: gh.requests.length,
      reads: reads.length,
      pages: readsOf('/repos/{owner}/{repo}/issues'),
      whoAmI: readsOf('/graphql', '/user'),
      labelReads: readsOf('/repos/{owner}/{repo}/labels'),
      assigneeChecks: readsOf('/repos/{owner}/{repo}/assignees/{assignee}'),
      minimumReads: minimumReads(managedBefore),
      writes: gh.requests.length - reads.length,
      changes,
      deferred: changes - appliedChanges(result),
      duplicates: countDuplicates(managedIssues(gh)),
      wallMs,
      cpuMs,
      peakMb,
    };
  };

  try {
    const adopted = options.since ? history.findIndex((commit) => commit.date.slice(0, 10) >= options.since!) : 0;
    if (adopted < 0) throw new Error(`replay: no commit on or after ${options.since}`);
    for (const commit of history.slice(0, adopted)) applyCommit(workspace, commit);
    const pushes: PushCost[] = [];
    let skipped = 0;
    const all = groups(history.slice(adopted), options.commitsPerPush);
    for (const [index, group] of all.entries()) {
      for (const commit of group) applyCommit(workspace, commit);
      if (!group.some(touchesNotes)) {
        skipped++;
        continue;
      }
      const cost = await push(group.at(-1)!.sha, group.at(-1)!.date);
      pushes.push(cost);
      options.onPush?.(cost, index + 1, all.length);
    }
    const rerun = await push('f'.repeat(40), history.at(-1)!.date);
    return { label: options.label, pushes, skipped, rerun, issues: managedIssues(gh).length };
  } finally {
    await gh.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}

function applyCommit(workspace: string, commit: CorpusCommit): void {
  const files: Record<string, string | null> = {};
  for (const change of commit.changes) {
    if (change.op === 'R' && change.from !== undefined) files[change.from] = null;
    files[change.path] = change.op === 'D' ? null : (change.content ?? '');
  }
  writeFiles(workspace, files);
}

const NOTE_PATH = /^(?:discussions|hackathons)\/.*\.md$/;

function touchesNotes(commit: CorpusCommit): boolean {
  return commit.changes.some((change) => NOTE_PATH.test(change.path) || (change.from !== undefined && NOTE_PATH.test(change.from)));
}

function groups<T>(values: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < values.length; start += size) result.push(values.slice(start, start + size));
  return result;
}

function appliedChanges(result: RunResult): number {
  return ['created', 'updated', 'closed', 'reopened'].reduce((sum, name) => sum + (JSON.parse(result.outputs[name] ?? '[]') as number[]).length, 0);
}
