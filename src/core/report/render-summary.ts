// The job summary: what was created, updated, closed and reopened, what was skipped or left for the
// next run, and the decisions found in the notes. Kept well under GitHub's 1 MiB limit.
import { neutralizeMarkdown } from '../issues/safe-markdown.ts';
import type { Change, SkipReason } from '../plan/plan.ts';
import { cell, type ChangeRow, doneVerbs as verbs, MAX_TABLE_ROWS as MAX_ROWS, plannedRows, plannedVerbs, renderChangeTable } from './change-table.ts';
import type { RunReport } from './run-report.ts';

const MAX_DECISION_NOTES = 30;

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
    `${report.notesRead} ${report.notesRead === 1 ? 'note' : 'notes'} read in ${plan.repository} at \`${plan.commit.slice(0, 12)}\`: ` +
      `${count('create')} ${names.create}, ${count('update')} ${names.update}, ${count('close')} ${names.close}, ${count('reopen')} ${names.reopen}; ` +
      `${plan.unchanged} issues already in step.`,
    '',
  );
  if (report.notice) lines.push(`> [!NOTE]\n> ${neutralizeMarkdown(report.notice)}`, '');
  if (report.stoppedBecause) lines.push(`**Stopped early:** ${neutralizeMarkdown(report.stoppedBecause)}`, '');

  const rows: ChangeRow[] =
    report.mode === 'sync'
      ? report.applied.map(({ change, number }) => ({ change, number, status: verbs[change.kind] as string }))
      : plannedRows(plan.changes);
  rows.push(...report.failed.map(({ change, message }) => ({ change, number: change.kind === 'create' ? undefined : change.number, status: `failed: ${message}` })));
  const table = renderChangeTable(rows, plan.issuesUrl);
  if (table.length > 0) lines.push(...table, '');
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
  const withDecisions = [...plan.decisions].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, MAX_DECISION_NOTES);
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
