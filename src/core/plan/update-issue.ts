// The write that brings one managed issue in step with what the notes say of its item: which fields
// follow the notes (only those the notes changed since the action last wrote them), and whether it
// closes or reopens.
import type { ManagedIssue } from '../issues/managed-issue.ts';
import type { Marker } from '../issues/marker.ts';
import { closingComment, reopeningComment, type LinkToLine } from './comments.ts';
import type { DesiredIssue } from './desired-issue.ts';
import { bodyWithMarker, markerFor } from './marker-body.ts';
import type { IssuePatch } from './plan.ts';

export type StateChange = { kind: 'update' | 'close' | 'reopen'; patch: IssuePatch; comment?: string; why: string };

/**
 * The write that brings a managed issue in step with the notes, or null when it already is.
 * `bodyAt` gives the desired body at the plan's commit (see PreparedPlan), asked only when there is a write.
 */
export function planIssueUpdate(
  issue: ManagedIssue,
  want: DesiredIssue,
  assignees: string[],
  link: LinkToLine,
  bodyAt: (want: DesiredIssue) => string,
): StateChange | null {
  const marker = issue.marker;
  const patch: IssuePatch = {};
  const reasons: string[] = [];
  // A field follows the notes only when the notes changed it since the action last wrote it: what a
  // person changed by hand stays otherwise.
  if (want.title !== marker.title && want.title !== issue.title) {
    patch.title = want.title;
    reasons.push('reworded');
  }
  const labels = followNotes(issue.labels, marker.labels, want.labels);
  if (labels) {
    patch.labels = labels;
    reasons.push('teams changed');
  }
  // The marker keeps the logins the notes ask for; those GitHub refuses are left off what is sent.
  const refused = (login: string) => want.logins.includes(login) && !assignees.includes(login);
  const nextAssignees = followNotes(issue.assignees, marker.assignees, want.logins)?.filter((login) => !refused(login));
  if (nextAssignees && !sameSet(nextAssignees, issue.assignees)) {
    patch.assignees = nextAssignees;
    reasons.push('owners changed');
  }
  const bodyChanged = want.bodyHash !== marker.body;
  if (bodyChanged && reasons.length === 0) {
    reasons.push(marker.paths.includes(want.latest.path) ? 'note edited or moved' : `mentioned in ${want.latest.noteTitle}`);
  }

  let kind: StateChange['kind'] = 'update';
  let comment: string | undefined;
  let state: Marker['state'] = marker.state;
  let closedAs = marker.closedAs;
  let closedBy = marker.closedBy;
  if (want.status === 'done' && want.doneIn) {
    const doneId = `${want.doneIn.date ?? ''}|${want.doneIn.path}`;
    // Closed again only by a newer done mark when a person reopened the issue after the action closed it.
    if (issue.state === 'open' && (marker.state === 'open' || marker.closedBy !== doneId)) {
      kind = 'close';
      patch.state = 'closed';
      patch.stateReason = 'completed';
      comment = closingComment(want.doneIn, link);
      state = 'closed';
      closedAs = 'completed';
      closedBy = doneId;
    }
  } else if (want.status === 'open' && issue.state === 'closed' && marker.closedAs !== 'duplicate') {
    const closedByAction = marker.state === 'closed';
    const raisedAfterClosing = want.latest.date !== null && issue.closedAt !== null && want.latest.date > issue.closedAt.slice(0, 10);
    if (closedByAction || raisedAfterClosing) {
      kind = 'reopen';
      patch.state = 'open';
      patch.stateReason = 'reopened';
      comment = reopeningComment(want.latest, link);
      state = 'open';
      closedAs = undefined;
      closedBy = undefined;
    }
  }
  if (kind === 'update' && Object.keys(patch).length === 0 && !bodyChanged) return null;

  const nextMarker = markerFor(want, state, closedAs, closedBy, marker.id);
  patch.body = bodyWithMarker(bodyAt(want), nextMarker);
  const why =
    kind === 'close'
      ? want.doneIn!.how === 'marked-done'
        ? `marked done in ${want.doneIn!.noteTitle}`
        : `not carried over to ${want.doneIn!.noteTitle}`
      : kind === 'reopen'
        ? `raised again in ${want.latest.noteTitle}`
        : reasons.join(', ');
  return { kind, patch, comment, why };
}

/**
 * The next value of a list field (labels, assignees) when the notes changed it since the action last
 * wrote it: the current value with the notes' additions and removals applied. Null when nothing to do.
 */
export function followNotes(current: readonly string[], lastWritten: readonly string[], wanted: readonly string[]): string[] | null {
  // Most often the notes ask for what was last written: nothing was added or removed.
  if (lastWritten.length === wanted.length && lastWritten.every((value, index) => value === wanted[index])) return null;
  const lower = (list: readonly string[]) => new Set(list.map((value) => value.toLowerCase()));
  const written = lower(lastWritten);
  const want = lower(wanted);
  const added = wanted.filter((value) => !written.has(value.toLowerCase()));
  const removed = new Set([...written].filter((value) => !want.has(value)));
  if (added.length === 0 && removed.size === 0) return null;
  const next = [...current.filter((value) => !removed.has(value.toLowerCase()))];
  const have = lower(next);
  for (const value of added) if (!have.has(value.toLowerCase())) next.push(value);
  return sameSet(next, current) ? null : next;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const lowerB = new Set(b.map((value) => value.toLowerCase()));
  return a.length === b.length && a.every((value) => lowerB.has(value.toLowerCase()));
}
