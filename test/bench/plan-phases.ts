// Where a run's local time goes, phase by phase: the same modules main.ts wires, in its order (list
// the managed issues, find and parse the notes, plan), called in one process of their own and timed.
// Run from source, not the bundle, so the figures are the phases' own and not the bundle's start-up.
//   node test/bench/plan-phases.ts <workspace> <api-url> <paths> [since]
// Prints one JSON line: milliseconds per phase, counts, and the process's peak memory in MB.
import { parseOptionsOf } from '../../src/core/config/config.ts';
import { readConfig } from '../../src/workspace/read-config.ts';
import { findNotes } from '../../src/workspace/find-notes.ts';
import { readNotes } from '../../src/workspace/read-notes.ts';
import { createOctokitIssuesApi } from '../../src/github/octokit-issues-api.ts';
import { selectManagedIssues } from '../../src/core/issues/managed-issue.ts';
import { planChanges } from '../../src/core/plan/plan-changes.ts';
import { CONFIG_PATH } from './corpus-team.ts';

export interface PlanPhases {
  notes: number;
  items: number;
  managed: number;
  changes: number;
  unchanged: number;
  ms: { parse: number; list: number; select: number; plan: number };
  /** CPU time of the same phases (all of the process's threads, so the collector's too). */
  cpuMs: { parse: number; list: number; select: number; plan: number };
  peakMb: number;
}

const [workspace = '.', apiUrl = '', paths = '**/*.md', since] = process.argv.slice(2);
const cpuNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const cpuMs = { parse: 0, list: 0, select: 0, plan: 0 };
const timed = <T>(phase: keyof typeof cpuMs, run: () => T): [T, number] => {
  const started = performance.now();
  const cpuStarted = cpuNow();
  const value = run();
  cpuMs[phase] = cpuNow() - cpuStarted;
  return [value, performance.now() - started];
};

const { config } = readConfig(workspace, CONFIG_PATH);
const api = createOctokitIssuesApi({ token: 'test-token', baseUrl: apiUrl, owner: 'acme', repo: 'notes', writeInterval: 0, log: () => {} });
const listStarted = performance.now();
const listCpuStarted = cpuNow();
const login = await api.whoAmI();
const issues = await api.listIssues(config.baseLabel);
const listMs = performance.now() - listStarted;
cpuMs.list = cpuNow() - listCpuStarted;
const [read, parseMs] = timed('parse', () => readNotes(workspace, findNotes(workspace, paths.split('\n')), parseOptionsOf(config)));
const [managed, selectMs] = timed('select', () => selectManagedIssues(issues, login));
const [plan, planMs] = timed('plan', () =>
  planChanges({
    notes: read.notes,
    managed,
    config,
    repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'notes' },
    commit: 'a'.repeat(40),
    since: since ?? null,
    unreadablePaths: read.unreadable,
    existingLabels: [],
    notAssignable: new Set(),
  }),
);
const phases: PlanPhases = {
  notes: read.notes.length,
  items: read.notes.reduce((sum, note) => sum + note.items.length, 0),
  managed: managed.length,
  changes: plan.changes.length,
  unchanged: plan.unchanged,
  ms: { parse: parseMs, list: listMs, select: selectMs, plan: planMs },
  cpuMs,
  peakMb: process.resourceUsage().maxRSS / 1024,
};
console.log(JSON.stringify(phases));
