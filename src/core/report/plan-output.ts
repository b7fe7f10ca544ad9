// The `plan` output: the plan as data a later step can read, without the issue bodies (which the
// issues hold) and within GitHub's limit of 1 MB for an output.
import type { Plan } from '../plan/plan.ts';

const MAX_OUTPUT_BYTES = 900_000;

export interface PlanOutput {
  repository: string;
  commit: string;
  changes: {
    kind: string;
    number?: number;
    title: string;
    owners: string[];
    teams: string[];
    why: string;
    labels?: string[];
    assignees?: string[];
    state?: string;
    source?: { path: string; line: number };
  }[];
  labelsToCreate: string[];
  unchanged: number;
  skipped: { title: string; reason: string; path: string; line: number }[];
  problems: number;
  /** How many changes and skipped items were left out to stay within the output limit. */
  truncated?: { changes: number; skipped: number };
}

export function planOutput(plan: Plan): string {
  const output: PlanOutput = {
    repository: plan.repository,
    commit: plan.commit,
    changes: plan.changes.map((change) => {
      const { title, owners, teams, why, source } = change.display;
      const where = source ? { source: { path: source.path, line: source.line } } : {};
      if (change.kind === 'create') {
        return { kind: change.kind, title, owners, teams, why, labels: change.fields.labels, assignees: change.fields.assignees, ...where };
      }
      const { labels, assignees, state } = change.patch;
      return { kind: change.kind, number: change.number, title, owners, teams, why, ...(labels ? { labels } : {}), ...(assignees ? { assignees } : {}), ...(state ? { state } : {}), ...where };
    }),
    labelsToCreate: plan.labelsToCreate.map((label) => label.name),
    unchanged: plan.unchanged,
    skipped: plan.skipped.map((skip) => ({ title: skip.title, reason: skip.reason, path: skip.source.path, line: skip.source.line })),
    problems: plan.diagnostics.length,
  };
  // Each entry is measured on its own: the whole plan as one text is tens of megabytes at scale, held
  // until the next full collection, for an output of 900 kB at most. GitHub counts bytes: a title in
  // Chinese or Cyrillic is two or three of them a character.
  const changeBytes = runningTotals(output.changes);
  const skippedBytes = runningTotals(output.skipped);
  const bytesWith = (changes: number, skipped: number, truncated?: PlanOutput['truncated']): number =>
    bytesOf({ ...output, changes: [], skipped: [], ...(truncated ? { truncated } : {}) }) +
    changeBytes[changes]! + Math.max(0, changes - 1) + skippedBytes[skipped]! + Math.max(0, skipped - 1);
  const all = { changes: output.changes.length, skipped: output.skipped.length };
  const whole = bytesWith(all.changes, all.skipped);
  if (whole <= MAX_OUTPUT_BYTES) return JSON.stringify(output);
  // Keep the first entries: cut both lists by the same share until the whole fits.
  let share = MAX_OUTPUT_BYTES / whole;
  for (;;) {
    const changes = Math.floor(all.changes * share);
    const skipped = Math.floor(all.skipped * share);
    const truncated = { changes: all.changes - changes, skipped: all.skipped - skipped };
    if (bytesWith(changes, skipped, truncated) <= MAX_OUTPUT_BYTES || share === 0) {
      return JSON.stringify({ ...output, changes: output.changes.slice(0, changes), skipped: output.skipped.slice(0, skipped), truncated });
    }
    share *= 0.9;
  }
}

function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/** totals[k]: the bytes of the first k entries' JSON, without the commas between them. */
function runningTotals(entries: readonly unknown[]): number[] {
  const totals = [0];
  for (const entry of entries) totals.push(totals.at(-1)! + bytesOf(entry));
  return totals;
}
