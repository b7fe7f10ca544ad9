// Carries out a plan through the GitHub interface, change by change within the write budget: a new
// label is created just before the first change that carries it, and counts against the budget like
// any write. A change that fails is reported and the rest go on; an error the user must fix, a cancel,
// or GitHub not answering even after retries stops the run. Nothing here decides what to write: the
// plan did.
import { selectManagedIssues } from '../core/issues/managed-issue.ts';
import type { LabelSpec } from '../core/issues/team-labels.ts';
import { writesOf, type Change, type Plan } from '../core/plan/plan.ts';
import { FatalGitHubError, UnknownOutcomeError, type IssuesApi } from '../github/issues-api.ts';

export interface ApplyOptions {
  maxWrites: number;
  baseLabel: string;
  actionLogin: string;
  /** Aborted when the runner cancels the job: no write starts after that. */
  signal?: AbortSignal;
  log: (message: string) => void;
}

export interface AppliedChange {
  change: Change;
  number: number;
}

export interface ApplyResult {
  applied: AppliedChange[];
  /** Left for the next run: over the write budget, or after a cancel or a fatal error. */
  deferred: Change[];
  failed: { change: Change; message: string }[];
  labelsCreated: string[];
  writes: number;
  /** Why the run stopped early, when it did. */
  stoppedBecause?: string;
}

export async function applyPlan(plan: Plan, api: IssuesApi, options: ApplyOptions): Promise<ApplyResult> {
  const result: ApplyResult = { applied: [], deferred: [], failed: [], labelsCreated: [], writes: 0 };
  const stop = (reason: string, rest: Change[]) => {
    result.stoppedBecause ??= reason;
    result.deferred.push(...rest);
  };
  const overBudget = (cost: number) => result.writes + cost > options.maxWrites;
  const budgetReached = `max-writes (${options.maxWrites}) was reached`;
  const labelsToCreate = new Map(plan.labelsToCreate.map((label) => [label.name.toLowerCase(), label]));

  for (const [index, change] of plan.changes.entries()) {
    const rest = plan.changes.slice(index);
    if (options.signal?.aborted) return (stop('the job was cancelled', rest), result);
    // One at a time, so that a budget smaller than a change's new labels still makes progress: the
    // labels created stay, and the next run goes on from there.
    for (const label of newLabelsOf(change, labelsToCreate)) {
      if (options.signal?.aborted) return (stop('the job was cancelled', rest), result);
      if (overBudget(1)) return (stop(budgetReached, rest), result);
      try {
        await api.createLabel(label);
      } catch (error) {
        return (stop(messageOf(error), rest), result);
      }
      result.writes++;
      result.labelsCreated.push(label.name);
      labelsToCreate.delete(label.name.toLowerCase());
    }
    if (overBudget(writesOf(change))) return (stop(budgetReached, rest), result);
    try {
      const number = await applyChange(change, api, options, () => result.writes++);
      result.applied.push({ change, number });
    } catch (error) {
      if (error instanceof FatalGitHubError) return (stop(error.message, rest), result);
      // Retried reads and updates failed, or a create could not be settled: GitHub is not answering,
      // and every further change would only wait for the same retries.
      if (error instanceof UnknownOutcomeError) return (stop(`${error.message} The rest is left for the next run.`, rest), result);
      result.failed.push({ change, message: messageOf(error) });
      options.log(`Could not apply a change (${change.kind}): ${messageOf(error)}`);
    }
  }
  return result;
}

/** The labels of a change that the plan says to create and that are not created yet. */
function newLabelsOf(change: Change, labelsToCreate: ReadonlyMap<string, LabelSpec>): LabelSpec[] {
  if (labelsToCreate.size === 0) return [];
  const names = change.kind === 'create' ? change.fields.labels : (change.patch.labels ?? []);
  return [...new Set(names.flatMap((name) => labelsToCreate.get(name.toLowerCase()) ?? []))];
}

async function applyChange(change: Change, api: IssuesApi, options: ApplyOptions, countWrite: () => void): Promise<number> {
  if (change.kind === 'create') {
    countWrite();
    try {
      return (await api.createIssue(change.fields)).number;
    } catch (error) {
      if (!(error instanceof UnknownOutcomeError)) throw error;
      // GitHub may have created it before the answer was lost: look for its marker before sending again.
      const existing = await findCreated(api, options, change.itemId);
      if (existing !== undefined) return existing;
      countWrite();
      return (await api.createIssue(change.fields)).number;
    }
  }
  if (Object.keys(change.patch).length > 0) {
    countWrite();
    await api.updateIssue(change.number, change.patch);
  }
  if (change.comment) {
    countWrite();
    try {
      await api.comment(change.number, change.comment);
    } catch (error) {
      // Comments are never retried (a retry could post one twice); a lost answer costs a line of history.
      if (error instanceof UnknownOutcomeError) throw new Error(error.message, { cause: error });
      throw error;
    }
  }
  return change.number;
}

async function findCreated(api: IssuesApi, options: ApplyOptions, itemId: string): Promise<number | undefined> {
  const recent = selectManagedIssues(await api.listRecentIssues(options.baseLabel), options.actionLogin);
  return recent.find((issue) => issue.marker.id === itemId)?.number;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
