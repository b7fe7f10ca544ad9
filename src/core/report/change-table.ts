// The table of changes that the job summary and the pull-request preview both show.
import { neutralizeMarkdown } from '../issues/safe-markdown.ts';
import type { Change } from '../plan/plan.ts';

export const MAX_TABLE_ROWS = 300;

export interface ChangeRow {
  change: Change;
  /** The issue written or to be written; undefined for a create not yet made. */
  number: number | undefined;
  status: string;
}

export function renderChangeTable(rows: readonly ChangeRow[], issuesUrl: string): string[] {
  if (rows.length === 0) return [];
  const lines = ['| Change | Issue | Owners | Teams | Why |', '| --- | --- | --- | --- | --- |'];
  for (const { change, number, status } of rows.slice(0, MAX_TABLE_ROWS)) {
    const title = cell(change.display.title);
    const url = change.kind === 'create' ? `${issuesUrl}/${number}` : change.url;
    const issue = number === undefined ? title : `[#${number}](${url}) ${title}`;
    const { owners, teams, why } = change.display;
    lines.push(`| ${cell(status)} | ${issue} | ${owners.map(cell).join(', ') || '—'} | ${teams.map(cell).join(', ') || '—'} | ${cell(why)} |`);
  }
  if (rows.length > MAX_TABLE_ROWS) lines.push('', `… and ${rows.length - MAX_TABLE_ROWS} more.`);
  return lines;
}

/** Text from notes, inert and on one table line. */
export function cell(text: string): string {
  return neutralizeMarkdown(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export const plannedVerbs = { create: 'to create', update: 'to update', close: 'to close', reopen: 'to reopen' } as const;
export const doneVerbs = { create: 'created', update: 'updated', close: 'closed', reopen: 'reopened' } as const;

/** The rows of a plan that is not carried out (dry run, preview). */
export function plannedRows(changes: readonly Change[]): ChangeRow[] {
  return changes.map((change) => ({ change, number: change.kind === 'create' ? undefined : change.number, status: plannedVerbs[change.kind] }));
}
