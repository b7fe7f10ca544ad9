// The local preview's text for a terminal: the items of each note, the problems, and the plan.
import type { Diagnostic, Note } from '../notes/note.ts';
import type { Plan } from '../plan/plan.ts';

export function renderLocalPreview(notes: readonly Note[], plan: Plan, diagnostics: readonly Diagnostic[], against?: { repository: string; managed: number }): string {
  const items = notes.flatMap((note) => note.items);
  const done = items.filter((item) => item.status === 'done').length;
  const lines = [`${notes.length} notes, ${items.length} items (${items.length - done} open, ${done} done)`, ''];
  for (const note of notes) {
    if (note.items.length === 0) continue;
    lines.push(`${note.path}  ${note.date ?? 'no date'}  [${note.teams.join(', ')}]`);
    for (const item of note.items) {
      const owners = item.owners.map((owner) => (owner.kind === 'login' ? `@${owner.handle}` : owner.handle)).join('/') || 'TODO';
      lines.push(`  L${item.line}  ${item.status.padEnd(4)}  ${owners}: ${oneLine(item.text)}`);
    }
  }
  if (diagnostics.length > 0) {
    lines.push('', `Problems (${diagnostics.length}):`);
    for (const diagnostic of diagnostics) lines.push(`  ${diagnostic.path}:${diagnostic.line}  ${oneLine(diagnostic.message)}`);
  }
  lines.push('', against ? `Plan against ${against.repository} (${against.managed} managed issues):` : 'Plan as a first sync (no repository given):');
  for (const change of plan.changes) {
    const target = change.kind === 'create' ? 'new' : `#${change.number}`;
    const labels = change.kind === 'create' ? `  [${change.fields.labels.join(', ')}]` : '';
    lines.push(`  ${change.kind.padEnd(6)}  ${target.padEnd(6)}  ${oneLine(change.display.title)}  (${change.display.owners.join(', ') || 'no owner'}; ${change.display.why})${labels}`);
  }
  if (plan.labelsToCreate.length > 0) lines.push(`  labels to create: ${plan.labelsToCreate.map((label) => label.name).join(', ')}`);
  lines.push(`  ${plan.changes.length} changes, ${plan.unchanged} issues unchanged, ${plan.skipped.length} items without an issue`);
  return lines.join('\n');
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}
