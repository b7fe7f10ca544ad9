// The one place that touches the runner: inputs, files, the event and GitHub. It wires
// config → notes → plan → apply → report; everything it decides comes from the pure core.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { defaultConfig, parseConfig, type Config } from './core/config/config.ts';
import { selectManagedIssues } from './core/issues/managed-issue.ts';
import type { RepositoryContext } from './core/issues/permalink.ts';
import { planChanges, type PlanInput } from './core/plan/plan-changes.ts';
import type { Plan } from './core/plan/plan.ts';
import { outputsOf, type RunReport } from './core/report/run-report.ts';
import { applyPlan } from './apply/apply-plan.ts';
import { createOctokitIssuesApi } from './github/octokit-issues-api.ts';
import type { IssuesApi } from './github/issues-api.ts';
import { readInputs } from './inputs.ts';
import { annotate } from './report/annotate.ts';
import { logSafe, writeReport } from './report/write-report.ts';
import { findNotes } from './workspace/find-notes.ts';
import { readNotes } from './workspace/read-notes.ts';

export async function run(): Promise<void> {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const config = readConfig(workspace, inputs.config);
  const event = describeEvent();
  if (event.mode === 'ignore') {
    core.info(`Nothing to do for this event (${event.why}).`);
    return;
  }

  const paths = findNotes(workspace, inputs.paths);
  if (paths.length === 0) {
    throw new Error(
      `No notes match paths (${inputs.paths.join(', ') || '**/*.md'}) in ${workspace}. Does the job run actions/checkout before this step, and do the globs match the notes' folders?`,
    );
  }
  const read = readNotes(workspace, paths, { sections: config.sections, groups: config.groups });
  const { owner, repo } = context.repo;
  const repository: RepositoryContext = { serverUrl: context.serverUrl, owner, repo };

  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());

  const api = createOctokitIssuesApi({
    token: inputs.token,
    baseUrl: context.apiUrl,
    owner,
    repo,
    writeInterval: inputs.writeInterval,
    log: (message) => core.warning(message),
    debug: (message) => core.debug(message),
  });
  const actionLogin = await api.whoAmI();
  const managed = selectManagedIssues(await api.listIssues(config.baseLabel), actionLogin);
  const planInput: PlanInput = {
    notes: read.notes,
    managed,
    config,
    repository,
    commit: event.commit,
    since: inputs.since,
    unreadablePaths: read.unreadable,
    existingLabels: [],
    notAssignable: new Set(),
  };
  const plan = await settlePlan(planInput, api, event.mode === 'sync' && !inputs.dryRun);

  const report: RunReport = {
    plan,
    mode: event.mode === 'preview' ? 'preview' : inputs.dryRun ? 'dry-run' : 'sync',
    notesRead: read.notes.length,
    applied: [],
    deferred: [],
    failed: [],
    labelsCreated: [],
    writes: 0,
  };
  try {
    if (report.mode === 'sync') {
      Object.assign(report, await applyPlan(plan, api, { maxWrites: inputs.maxWrites, baseLabel: config.baseLabel, actionLogin, signal: controller.signal, log: (message) => core.warning(message) }));
    }
  } finally {
    annotate([...read.diagnostics, ...plan.diagnostics]);
    await writeReport(report, outputsOf(report));
  }
  if (report.failed.length > 0 || (report.stoppedBecause && report.mode === 'sync' && !report.stoppedBecause.startsWith('max-writes'))) {
    throw new Error(
      report.stoppedBecause ??
        `${report.failed.length} ${report.failed.length === 1 ? 'change' : 'changes'} could not be written; the next run tries again. First error: ${logSafe(report.failed[0]!.message)}`,
    );
  }
}

/**
 * Plans, then asks GitHub only what the plan's writes need: which labels exist (when a write adds one)
 * and whether each login to assign can be assigned. A run with nothing to write asks neither.
 */
async function settlePlan(input: PlanInput, api: IssuesApi, willWrite: boolean): Promise<Plan> {
  let plan = planChanges(input);
  if (!willWrite || plan.changes.length === 0) return plan;
  const needsLabels = plan.labelsToCreate.length > 0;
  const logins = new Set<string>();
  for (const change of plan.changes) {
    const assignees = change.kind === 'create' ? change.fields.assignees : (change.patch.assignees ?? []);
    for (const login of assignees) logins.add(login);
  }
  const notAssignable = new Set<string>();
  for (const login of logins) if (!(await api.isAssignable(login))) notAssignable.add(login.toLowerCase());
  const existingLabels = needsLabels ? await api.listLabelNames() : [];
  if (needsLabels || notAssignable.size > 0) plan = planChanges({ ...input, existingLabels, notAssignable });
  return plan;
}

function readConfig(workspace: string, path: string): Config {
  const file = join(workspace, path);
  if (!existsSync(file)) {
    core.info(`No config file at ${path}: using the defaults.`);
    return defaultConfig();
  }
  const result = parseConfig(readFileSync(file, 'utf8'), path);
  if (!result.ok) throw new Error(`The config file is not valid:\n${result.errors.join('\n')}`);
  return result.config;
}

type EventPlan = { mode: 'sync' | 'preview'; commit: string } | { mode: 'ignore'; why: string };

/** Pushes (and merged pull requests) sync; an open pull request is previewed; the rest is ignored. */
function describeEvent(): EventPlan {
  const pull = context.payload.pull_request as { merged?: boolean; merge_commit_sha?: string; head?: { sha?: string } } | undefined;
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
    if (context.payload.action === 'closed') {
      return pull?.merged && pull.merge_commit_sha ? { mode: 'sync', commit: pull.merge_commit_sha } : { mode: 'ignore', why: 'the pull request was closed without merging' };
    }
    return { mode: 'preview', commit: pull?.head?.sha ?? context.sha };
  }
  return { mode: 'sync', commit: context.sha };
}
