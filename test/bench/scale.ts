// Scale: a generated notes repository (scale-notes.ts) whose oldest items already have their issues
// on the local GitHub, in step with the notes. One dry run of the bundle (wall time, peak memory,
// reads), then the same work phase by phase (plan-phases.ts) to see where the time goes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, parseOptionsOf } from '../../src/core/config/config.ts';
import { parseNote } from '../../src/core/notes/parse-note.ts';
import { planChanges } from '../../src/core/plan/plan-changes.ts';
import { startFakeGitHub } from '../support/fake-github/index.ts';
import { writeFiles } from '../support/run-action.ts';
import { plannedChanges, runMeasured } from './bundle-run.ts';
import { CONFIG_PATH, corpusTeam } from './corpus-team.ts';
import { runProcess } from './measure.ts';
import type { PlanPhases } from './plan-phases.ts';
import { SCALE_PATHS, scaleNotes } from './scale-notes.ts';

const PHASES = new URL('./plan-phases.ts', import.meta.url).pathname;
const REPOSITORY = { serverUrl: 'https://github.com', owner: 'acme', repo: 'notes' };

export interface ScaleResult {
  notes: number;
  items: number;
  issues: number;
  /** The bundle's dry run. */
  run: { wallMs: number; cpuMs: number; peakMb: number; reads: number; pages: number; changes: number; planOutputMb: number };
  phases: PlanPhases;
  /** The local GitHub's own time answering the phases' requests (it stands in for GitHub's). */
  githubMs: number;
}

/** A workspace of generated notes, and the first items' issues as the planner writes them (what a team has after earlier runs). */
function prepareScale(noteCount: number, issueCount: number, workspace: string) {
  const notes = scaleNotes(noteCount);
  const team = corpusTeam();
  const parsed = parseConfig(team.config, CONFIG_PATH);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const config = parsed.config;
  writeFiles(workspace, { [CONFIG_PATH]: team.config, ...Object.fromEntries(notes) });
  const options = parseOptionsOf(config);
  const read = [...notes].map(([path, text]) => parseNote(path, text, options));
  const items = read.reduce((sum, note) => sum + note.items.length, 0);
  const first = planChanges({
    notes: read,
    managed: [],
    config,
    repository: REPOSITORY,
    commit: '0'.repeat(40),
    since: null,
    unreadablePaths: new Set(),
    existingLabels: [],
    notAssignable: new Set(),
  });
  const seeds = first.changes.flatMap((change) => (change.kind === 'create' ? [change.fields] : [])).slice(0, issueCount);
  return { notes: notes.size, items, logins: team.logins, seeds };
}

export async function measureScale(noteCount: number, issueCount: number): Promise<ScaleResult> {
  const workspace = mkdtempSync(join(tmpdir(), 'minutes-bench-scale-'));
  // Prepared in a function of its own so that the notes and the first plan are garbage before the
  // runs: the local GitHub answers from this process, and a big heap here slows it (not the action).
  const { notes, items, logins, seeds } = prepareScale(noteCount, issueCount, workspace);
  const gh = await startFakeGitHub({ owner: REPOSITORY.owner, repo: REPOSITORY.repo, assignable: logins });
  for (const fields of seeds) gh.seedIssue({ ...fields });
  const issues = seeds.length;
  seeds.length = 0;

  try {
    const run = await runMeasured({ apiUrl: gh.url, workspace, inputs: { paths: SCALE_PATHS, 'dry-run': 'true' } });
    const reads = gh.requests.filter((request) => !request.write);
    const probeStart = gh.requests.length;
    const probe = await runProcess(process.execPath, [PHASES, workspace, gh.url, SCALE_PATHS]);
    if (probe.exitCode !== 0) throw new Error(`plan-phases failed:\n${probe.stderr}`);
    const githubMs = gh.requests.slice(probeStart).reduce((sum, request) => sum + (request.ms ?? 0), 0);
    return {
      notes,
      items,
      issues,
      run: {
        wallMs: run.wallMs,
        cpuMs: run.cpuMs,
        peakMb: run.peakMb,
        reads: reads.length,
        pages: reads.filter((request) => request.route === '/repos/{owner}/{repo}/issues').length,
        changes: plannedChanges(run.result),
        planOutputMb: (run.result.outputs.plan ?? '').length / 2 ** 20,
      },
      phases: JSON.parse(probe.stdout) as PlanPhases,
      githubMs,
    };
  } finally {
    await gh.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}
