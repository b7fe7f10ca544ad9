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
  let text = JSON.stringify(output);
  // GitHub counts bytes: a title in Chinese or Cyrillic is two or three of them a character.
  let bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= MAX_OUTPUT_BYTES) return text;
  // Keep the first entries: cut both lists by the same share until the whole fits.
  const all = { changes: output.changes, skipped: output.skipped };
  let share = MAX_OUTPUT_BYTES / bytes;
  while (bytes > MAX_OUTPUT_BYTES && share > 0) {
    const changes = all.changes.slice(0, Math.floor(all.changes.length * share));
    const skipped = all.skipped.slice(0, Math.floor(all.skipped.length * share));
    text = JSON.stringify({ ...output, changes, skipped, truncated: { changes: all.changes.length - changes.length, skipped: all.skipped.length - skipped.length } });
    bytes = Buffer.byteLength(text, 'utf8');
    share *= 0.9;
  }
  return text;
}
