// What a run did, as data: the plan and what became of each change. The summary, the outputs and the
// log are views of it.
import type { Change, Plan } from '../plan/plan.ts';

export interface RunReport {
  plan: Plan;
  mode: 'sync' | 'dry-run' | 'preview';
  notesRead: number;
  /** Changes carried out, with the issue number each one wrote (new for creates). */
  applied: { change: Change; number: number }[];
  deferred: Change[];
  failed: { change: Change; message: string }[];
  labelsCreated: string[];
  writes: number;
  stoppedBecause?: string;
  /** Something a person should know that is not a failure, e.g. a preview that could not be posted. */
  notice?: string;
}

export interface RunOutputs {
  created: number[];
  updated: number[];
  closed: number[];
  reopened: number[];
}

export function outputsOf(report: RunReport): RunOutputs {
  const outputs: RunOutputs = { created: [], updated: [], closed: [], reopened: [] };
  const lists = { create: outputs.created, update: outputs.updated, close: outputs.closed, reopen: outputs.reopened };
  for (const { change, number } of report.applied) lists[change.kind].push(number);
  return outputs;
}
