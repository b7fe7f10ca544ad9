// The one place that touches the runner: inputs, files, the event and GitHub. It wires
// config → notes → plan → apply → report; everything it decides comes from the pure core.
import * as core from '@actions/core';
import { context } from '@actions/github';
import { parseOptionsOf } from './core/config/config.ts';
import { selectManagedIssues } from './core/issues/managed-issue.ts';
import type { RepositoryContext } from './core/issues/permalink.ts';
import { planChanges, preparePlan, withExistingLabels, type PlanInput } from './core/plan/plan-changes.ts';
import type { Plan } from './core/plan/plan.ts';
import { renderPreview } from './core/report/render-preview.ts';
import { outputsOf, type RunReport } from './core/report/run-report.ts';
import { applyPlan } from './apply/apply-plan.ts';
import { FatalGitHubError, type IssuesApi } from './github/issues-api.ts';
import { createOctokitIssuesApi, timingsFromEnv } from './github/octokit-issues-api.ts';
import { readInputs } from './inputs.ts';
import { upsertPreviewComment } from './preview/upsert-preview-comment.ts';
import { annotate } from './report/annotate.ts';
import { logSafe, writeReport } from './report/write-report.ts';
import { describeEvent } from './workspace/describe-event.ts';
import { findNotes } from './workspace/find-notes.ts';
import { readConfig } from './workspace/read-config.ts';
import { readNotes } from './workspace/read-notes.ts';

export async function run(): Promise<void> {
  const inputs = readInputs();
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const { config, found } = readConfig(workspace, inputs.config);
  if (!found) core.info(`No config file at ${inputs.config}: using the defaults.`);
  const event = describeEvent(context);
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
    signal: controller.signal,
    ...timingsFromEnv(process.env),
    log: (message) => core.warning(message),
    debug: (message) => core.debug(message),
    logRequests: core.isDebug(),
  });
  // GitHub first: a token that cannot read issues fails the run before any note is read, and the
  // pages of a long list are read while the process holds little else (a lower peak of memory).
  const actionLogin = await api.whoAmI();
  const listed = await api.listIssues(config.baseLabel);
  const managed = selectManagedIssues(listed, actionLogin);
  const read = readNotes(workspace, paths, parseOptionsOf(config));
  const mode = event.mode === 'preview' ? 'preview' : inputs.dryRun ? 'dry-run' : 'sync';
  const planInput: PlanInput = {
    notes: read.notes,
    managed,
    config,
    repository,
    commit: event.commit,
    since: inputs.since,
    unreadablePaths: read.unreadable,
    // A label on an issue exists: GitHub takes a deleted label off every issue. The labels are listed
    // only when a change needs one that no listed issue has.
    existingLabels: [...new Set(listed.flatMap((issue) => issue.labels))],
    notAssignable: new Set(),
  };
  const plan = await settlePlan(planInput, api, mode === 'sync');
  const diagnostics = [...read.diagnostics, ...plan.diagnostics];

  const report: RunReport = { plan, mode, notesRead: read.notes.length, applied: [], deferred: [], failed: [], labelsCreated: [], writes: 0 };
  try {
    if (mode === 'sync') {
      const applied = await applyPlan(plan, api, {
        maxWrites: inputs.maxWrites,
        baseLabel: config.baseLabel,
        actionLogin,
        signal: controller.signal,
        log: (message) => core.warning(logSafe(message)),
      });
      Object.assign(report, applied);
    } else if (mode === 'preview' && event.mode === 'preview') {
      report.notice = await previewOnPullRequest(api, event.pullNumber, actionLogin, renderPreview(plan, diagnostics));
    }
  } finally {
    annotate(diagnostics);
    await writeReport(report, outputsOf(report));
  }
  if (report.failed.length > 0 || (report.stoppedBecause && !report.stoppedBecause.startsWith('max-writes'))) {
    throw new Error(
      report.stoppedBecause ??
        `${report.failed.length} ${report.failed.length === 1 ? 'change' : 'changes'} could not be written; the next run tries again. First error: ${logSafe(report.failed[0]!.message)}`,
    );
  }
}

/**
 * Plans, then asks GitHub only what the plan's changes need: which labels exist (when a change adds one
 * that no listed issue carries) and, when it will write, whether each login to assign can be assigned.
 * A run with nothing to change asks neither.
 */
async function settlePlan(input: PlanInput, api: IssuesApi, willWrite: boolean): Promise<Plan> {
  const prepared = preparePlan(input);
  const plan = planChanges(input, prepared);
  if (plan.changes.length === 0) return plan;
  const notAssignable = new Set<string>();
  if (willWrite) {
    const logins = new Set<string>();
    for (const change of plan.changes) {
      for (const login of change.kind === 'create' ? change.fields.assignees : (change.patch.assignees ?? [])) logins.add(login);
    }
    for (const login of logins) if (!(await api.isAssignable(login))) notAssignable.add(login.toLowerCase());
  }
  // Read even in a dry run or a preview, so that they do not announce labels that exist.
  const listedLabels = plan.labelsToCreate.length > 0 ? await api.listLabelNames() : null;
  if (notAssignable.size > 0) return planChanges({ ...input, existingLabels: listedLabels ?? input.existingLabels, notAssignable }, prepared);
  return listedLabels === null ? plan : withExistingLabels(plan, input, prepared, listedLabels);
}

/** Keeps the preview comment; a token that may not comment (a fork's) is a notice, not a failure. */
async function previewOnPullRequest(api: IssuesApi, pullNumber: number, actionLogin: string, body: string): Promise<string | undefined> {
  try {
    const outcome = await upsertPreviewComment(api, pullNumber, actionLogin, body);
    core.info(`Preview comment on #${pullNumber}: ${outcome}.`);
    return undefined;
  } catch (error) {
    if (!(error instanceof FatalGitHubError)) throw error;
    const notice = `The preview could not be posted on pull request #${pullNumber} (${error.message}). A pull request from a fork gets a read-only token: the preview is in this job summary only.`;
    core.notice(logSafe(notice));
    return notice;
  }
}
