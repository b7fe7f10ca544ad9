// The job summary: what was created, updated, closed and reopened, what was skipped or left for the
// next run, and the decisions found in the notes. Kept well under GitHub's 1 MiB limit.
import { neutralizeMarkdown } from '../issues/safe-markdown.ts';
import type { Change, SkipReason } from '../plan/plan.ts';
import type { RunReport } from './run-report.ts';

const MAX_ROWS = 300;
const MAX_DECISION_NOTES = 30;

const verbs = { create: 'created', update: 'updated', close: 'closed', reopen: 'reopened' } as const;
const plannedVerbs = { create: 'to create', update: 'to update', close: 'to close', reopen: 'to reopen' } as const;

const skipReasons: Record<SkipReason, string> = {
  'before-since': 'dated before `since`',
  'undated-with-since': 'the note has no date and `since` is set',
  'done-before-issue': 'already done before it had an issue',
  'tracked-in-unmanaged-issue': 'linked to an issue the action does not manage',
};

export function renderSummary(report: RunReport): string {
  const { plan } = report;
  const lines: string[] = ['## minutes-to-issues', ''];
  if (report.mode !== 'sync') {
    lines.push(report.mode === 'preview' ? '> Preview: nothing is written until the notes are merged.' : '> Dry run: nothing was written.', '');
  }
  const count = (kind: Change['kind']) =>
    report.mode === 'sync' ? report.applied.filter((entry) => entry.change.kind === kind).length : plan.changes.filter((change) => change.kind === kind).length;
  const names = report.mode === 'sync' ? verbs : plannedVerbs;
  lines.push(
    `${report.notesRead} notes read in ${plan.repository} at \`${plan.commit.slice(0, 12)}\`: ` +
      `${count('create')} ${names.create}, ${count('update')} ${names.update}, ${count('close')} ${names.close}, ${count('reopen')} ${names.reopen}; ` +
      `${plan.unchanged} issues already in step.`,
    '',
  );
  if (report.stoppedBecause) lines.push(`**Stopped early:** ${neutralizeMarkdown(report.stoppedBecause)}`, '');

  const rows =
    report.mode === 'sync'
      ? report.applied.map(({ change, number }) => ({ change, number, status: verbs[change.kind] as string }))
      : plan.changes.map((change) => ({ change, number: change.kind === 'create' ? undefined : change.number, status: plannedVerbs[change.kind] as string }));
  rows.push(...report.failed.map(({ change, message }) => ({ change, number: change.kind === 'create' ? undefined : change.number, status: `failed: ${message}` })));
  if (rows.length > 0) {
    lines.push('| Change | Issue | Owners | Teams | Why |', '| --- | --- | --- | --- | --- |');
    for (const row of rows.slice(0, MAX_ROWS)) lines.push(tableRow(row.status, issueCell(row.change, row.number, plan.issuesUrl), row.change));
    if (rows.length > MAX_ROWS) lines.push('', `… and ${rows.length - MAX_ROWS} more.`);
    lines.push('');
  }
  if (report.deferred.length > 0) {
    const writes = report.deferred.length;
    lines.push(`**Left for the next run:** ${writes} ${writes === 1 ? 'change' : 'changes'} (${neutralizeMarkdown(report.stoppedBecause ?? 'write budget')}).`, '');
  }
  if (plan.skipped.length > 0) {
    lines.push(`<details><summary>${plan.skipped.length} items without an issue</summary>`, '');
    for (const skip of plan.skipped.slice(0, MAX_ROWS)) {
      lines.push(`- ${cell(skip.title)} (${skip.owners.map(cell).join(', ') || 'no owner'}), \`${cell(skip.source.path)}\` line ${skip.source.line}: ${skipReasons[skip.reason]}${skip.issueNumber ? ` (#${skip.issueNumber})` : ''}`);
    }
    lines.push('', '</details>', '');
  }
  const withDecisions = plan.decisions.slice(-MAX_DECISION_NOTES).reverse();
  if (withDecisions.length > 0) {
    lines.push('<details><summary>Decisions in the notes</summary>', '');
    for (const note of withDecisions) {
      lines.push(`**${cell(note.title)}**${note.date ? ` (${note.date})` : ''}`, '');
      for (const decision of note.decisions.slice(0, 50)) lines.push(`- ${cell(decision.text)}`);
      lines.push('');
    }
    lines.push('</details>', '');
  }
  return lines.join('\n');
}

function issueCell(change: Change, number: number | undefined, issuesUrl: string): string {
  const title = cell(change.display.title);
  if (number === undefined) return title;
  const url = change.kind === 'create' ? `${issuesUrl}/${number}` : change.url;
  return `[#${number}](${url}) ${title}`;
}

function tableRow(status: string, issue: string, change: Change): string {
  const { owners, teams, why } = change.display;
  return `| ${cell(status)} | ${issue} | ${owners.map(cell).join(', ')} | ${teams.map(cell).join(', ')} | ${cell(why)} |`;
}

/** Text from notes, inert and on one table line. */
function cell(text: string): string {
  return neutralizeMarkdown(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
