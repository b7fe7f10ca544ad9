// The comment on a pull request that shows what merging it will do to the issues. One comment per
// pull request, found again by its marker and edited in place.
import type { Diagnostic } from '../notes/note.ts';
import type { Change, Plan } from '../plan/plan.ts';
import { cell, plannedRows, renderChangeTable } from './change-table.ts';

export const PREVIEW_MARKER = '<!-- minutes-to-issues preview -->';
const MAX_LISTED_PROBLEMS = 30;

export function renderPreview(plan: Plan, diagnostics: readonly Diagnostic[]): string {
  const count = (kind: Change['kind']) => plan.changes.filter((change) => change.kind === kind).length;
  const lines = [PREVIEW_MARKER, '### What merging this pull request does to the issues', ''];
  if (plan.changes.length === 0) {
    lines.push(`Merging changes no issue in ${plan.repository}.`, '');
  } else {
    lines.push(
      `Merging will create ${count('create')}, update ${count('update')}, close ${count('close')} and reopen ${count('reopen')} issues in ${plan.repository}.`,
      '',
      ...renderChangeTable(plannedRows(plan.changes), plan.issuesUrl),
      '',
    );
  }
  if (plan.labelsToCreate.length > 0) {
    lines.push(`New labels: ${plan.labelsToCreate.map((label) => `\`${cell(label.name).replace(/`/g, '')}\``).join(', ')}.`, '');
  }
  if (diagnostics.length > 0) {
    lines.push(`<details><summary>${diagnostics.length} ${diagnostics.length === 1 ? 'problem' : 'problems'} in the notes</summary>`, '');
    for (const diagnostic of diagnostics.slice(0, MAX_LISTED_PROBLEMS)) {
      lines.push(`- \`${diagnostic.path.replace(/`/g, '')}\` line ${diagnostic.line}: ${cell(diagnostic.message)}`);
    }
    if (diagnostics.length > MAX_LISTED_PROBLEMS) lines.push(`- … and ${diagnostics.length - MAX_LISTED_PROBLEMS} more (see the job's annotations).`);
    lines.push('', '</details>', '');
  }
  lines.push(`<sub>For ${plan.commit.slice(0, 12)}. Kept up to date by minutes-to-issues; no issue is written until the pull request is merged.</sub>`);
  return lines.join('\n');
}
