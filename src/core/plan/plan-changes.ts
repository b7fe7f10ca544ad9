// The reconcile step: from the notes and the managed issues to the plan of writes that brings GitHub
// in step with the notes. Pure: everything it needs comes in as data.
import type { Config } from '../config/config.ts';
import type { ManagedIssue } from '../issues/managed-issue.ts';
import { markerKey, markerPaths } from '../issues/marker-fields.ts';
import { renderMarker, type Marker } from '../issues/marker.ts';
import { notePermalink, type RepositoryContext } from '../issues/permalink.ts';
import { baseLabelSpec, teamLabelName, teamLabelSpec, type LabelSpec } from '../issues/team-labels.ts';
import type { Note } from '../notes/note.ts';
import { trackItems, type TrackedItem } from '../tracking/track-items.ts';
import { bodyAtCommit, desireIssue, linkedIssue, ownerResolver, type DesiredIssue } from './desired-issue.ts';
import { closingComment, duplicateComment, removedComment, reopeningComment, type LinkToLine } from './comments.ts';
import { matchIssues, mergeLinkedItems, type Match } from './match-issues.ts';
import { indexNextMeetings } from './next-meetings.ts';
import { ownerDiagnostics } from './owner-diagnostics.ts';
import type { Change, ChangeDisplay, IssuePatch, Plan, SkippedItem } from './plan.ts';

export interface PlanInput {
  notes: readonly Note[];
  managed: readonly ManagedIssue[];
  config: Config;
  repository: RepositoryContext;
  commit: string;
  /** 'YYYY-MM-DD': notes dated before it never create issues. */
  since: string | null;
  /** Notes that were found but could not be read: their issues are never closed as removed. */
  unreadablePaths: ReadonlySet<string>;
  /** Label names that exist in the repository. */
  existingLabels: readonly string[];
  /** Logins known not to be assignable in the repository: left off. */
  notAssignable: ReadonlySet<string>;
}

/**
 * The bulk of planning, which neither the labels that exist nor the assignability checks change:
 * tracking the items, what each issue should be, and which issue is which item. A run that plans again
 * after asking GitHub about labels and assignees passes it to planChanges instead of redoing it.
 */
export interface PreparedPlan {
  /** The input it was prepared from: planChanges refuses it for another. */
  readonly basis: Omit<PlanInput, 'existingLabels' | 'notAssignable'>;
  readonly desired: ReadonlyMap<TrackedItem, DesiredIssue>;
  readonly matches: readonly Match[];
  readonly unclaimed: readonly ManagedIssue[];
}

export function preparePlan(input: PlanInput): PreparedPlan {
  const { config, repository } = input;
  const nextMeetings = indexNextMeetings(input.notes);
  const items = mergeLinkedItems(trackItems(input.notes), input.managed, (item) => linkedIssue(item, repository));
  const desired = new Map<TrackedItem, DesiredIssue>();
  const context = { config, repository, since: input.since, nextMeetings, markerReserve, resolveOwners: ownerResolver(config) };
  for (const item of items) desired.set(item, desireIssue(item, context));
  const { matches, unclaimed } = matchIssues(items, input.managed, (item) => desired.get(item)!.linkedIssue);
  const { existingLabels: _labels, notAssignable: _assignable, ...basis } = input;
  return { basis, desired, matches, unclaimed };
}

export function planChanges(input: PlanInput, prepared: PreparedPlan = preparePlan(input)): Plan {
  const { config, repository } = input;
  if (Object.entries(prepared.basis).some(([key, value]) => input[key as keyof PlanInput] !== value)) {
    throw new Error('planChanges: the prepared plan was made from other notes, issues or settings');
  }
  const { desired, matches, unclaimed } = prepared;
  const issueUrl = (number: number) => `${repository.serverUrl}/${repository.owner}/${repository.repo}/issues/${number}`;
  const sourceOf = (path: string, line: number) => ({ path, line, url: notePermalink(repository, input.commit, path, line) });

  const creates: Change[] = [];
  const others: Change[] = [];
  const skipped: SkippedItem[] = [];
  let unchanged = 0;

  for (const { item, issue, duplicates } of matches) {
    const want = desired.get(item)!;
    const assignees = want.logins.filter((login) => !input.notAssignable.has(login.toLowerCase()));
    const display: ChangeDisplay = {
      title: want.title,
      owners: want.owners.labels,
      teams: want.teams,
      why: '',
      source: sourceOf(want.latest.path, want.latest.line),
    };
    for (const duplicate of duplicates) {
      if (duplicate.state !== 'open' || duplicate.marker.state === 'closed') continue;
      const keptNumber = issue!.number;
      others.push({
        kind: 'close',
        number: duplicate.number,
        url: issueUrl(duplicate.number),
        patch: {
          state: 'closed',
          stateReason: 'duplicate',
          body: withMarker(duplicate.body ?? '', { ...duplicate.marker, state: 'closed', closedAs: 'duplicate' }),
        },
        comment: duplicateComment(keptNumber),
        display: { ...display, why: `duplicate of #${keptNumber}` },
      });
    }

    if (issue === undefined) {
      const skip = skipReason(want, input);
      if (skip) {
        skipped.push({ title: want.title, owners: want.owners.labels, reason: skip, source: { path: want.latest.path, line: want.latest.line }, issueNumber: want.linkedIssue });
        continue;
      }
      const marker = markerFor(want, 'open');
      creates.push({
        kind: 'create',
        itemId: item.id,
        fields: { title: want.title, body: bodyWithMarker(want, input.commit, marker), labels: want.labels, assignees },
        display: { ...display, why: item.mentions.length > 1 ? `new item, in ${item.mentions.length} meetings` : 'new item' },
      });
      continue;
    }

    const change = updateOf(issue, want, assignees, input.commit, (path, line) => notePermalink(repository, input.commit, path, line));
    if (change === null) {
      unchanged++;
      continue;
    }
    const url = issueUrl(issue.number);
    others.push({ number: issue.number, url, ...change, display: { ...display, why: change.why } });
  }

  for (const issue of unclaimed) {
    if (!config.closeRemoved || issue.state !== 'open' || issue.marker.state !== 'open') continue;
    if (issue.marker.paths.some((path) => input.unreadablePaths.has(path))) continue;
    others.push({
      kind: 'close',
      number: issue.number,
      url: issueUrl(issue.number),
      patch: {
        state: 'closed',
        stateReason: 'not_planned',
        body: withMarker(issue.body ?? '', { ...issue.marker, state: 'closed', closedAs: 'not_planned' }),
      },
      comment: removedComment(issue.marker.paths),
      display: { title: issue.title, owners: [], teams: [], why: 'no longer in any note' },
    });
  }

  const changes = [...others.sort(byKindThenNumber), ...creates];
  return {
    repository: `${repository.owner}/${repository.repo}`,
    issuesUrl: `${repository.serverUrl}/${repository.owner}/${repository.repo}/issues`,
    commit: input.commit,
    labelsToCreate: labelsToCreate(changes, desired.values(), input),
    changes,
    unchanged,
    skipped,
    decisions: input.notes
      .filter((note) => note.decisions.length > 0)
      .map((note) => ({ path: note.path, title: note.title, date: note.date, decisions: note.decisions })),
    diagnostics: [...ownerDiagnostics(desired.values(), input.notAssignable, config)],
  };
}

type StateChange = { kind: 'update' | 'close' | 'reopen'; patch: IssuePatch; comment?: string; why: string };

/** The write that brings a managed issue in step with the notes, or null when it already is. */
function updateOf(issue: ManagedIssue, want: DesiredIssue, assignees: string[], commit: string, link: LinkToLine): StateChange | null {
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
  patch.body = bodyWithMarker(want, commit, nextMarker);
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

function markerFor(
  want: DesiredIssue,
  state: Marker['state'],
  closedAs?: Marker['closedAs'],
  closedBy?: string,
  id = want.item.id,
): Marker {
  return {
    v: 1,
    id,
    owners: want.item.ownerSignature,
    key: markerKey(want.latest.key),
    title: want.title,
    labels: want.labels,
    assignees: want.logins,
    body: want.bodyHash,
    state,
    ...(closedAs ? { closedAs } : {}),
    ...(closedBy ? { closedBy } : {}),
    paths: markerPaths(want.item.mentions.map((mention) => mention.path)),
  };
}

function markerReserve(item: TrackedItem, title: string): number {
  const key = markerKey(item.mentions.at(-1)!.key);
  const paths = markerPaths(item.mentions.map((mention) => mention.path)).join('');
  return Math.ceil(((key.length * 3 + title.length * 3 + paths.length + 400) * 4) / 3) + 64;
}

function bodyWithMarker(want: DesiredIssue, commit: string, marker: Marker): string {
  return `${bodyAtCommit(want.bodyTemplate, commit)}\n${renderMarker(marker)}`;
}

/** Replaces the marker in a body written earlier, keeping the rest as it is. */
function withMarker(body: string, marker: Marker): string {
  const kept = body.replace(/\n?<!-- minutes-to-issues v1 [A-Za-z0-9_-]+ -->/g, '');
  return `${kept}\n${renderMarker(marker)}`;
}

function skipReason(want: DesiredIssue, input: PlanInput): SkippedItem['reason'] | null {
  if (want.linkedIssue !== undefined) return 'tracked-in-unmanaged-issue';
  if (want.status === 'done') return 'done-before-issue';
  if (!want.mayCreate) return want.item.mentions.every((mention) => mention.date === null) && input.since !== null ? 'undated-with-since' : 'before-since';
  return null;
}

const kindOrder = { close: 0, reopen: 1, update: 2, create: 3 } as const;

function byKindThenNumber(a: Change, b: Change): number {
  const byKind = kindOrder[a.kind] - kindOrder[b.kind];
  if (byKind !== 0) return byKind;
  return (a.kind === 'create' ? 0 : a.number) - (b.kind === 'create' ? 0 : b.number);
}

function labelsToCreate(changes: readonly Change[], desired: Iterable<DesiredIssue>, input: PlanInput): LabelSpec[] {
  const existing = new Set(input.existingLabels.map((name) => name.toLowerCase()));
  const teamOf = new Map<string, string>();
  for (const want of desired) {
    for (const team of want.teams) teamOf.set(teamLabelName(team, input.config.teamLabelPrefix).toLowerCase(), team);
  }
  const needed = new Map<string, LabelSpec>();
  for (const change of changes) {
    const names = change.kind === 'create' ? change.fields.labels : (change.patch.labels ?? []);
    for (const name of names) {
      const lower = name.toLowerCase();
      if (existing.has(lower) || needed.has(lower)) continue;
      const team = teamOf.get(lower);
      needed.set(lower, lower === input.config.baseLabel.toLowerCase() || team === undefined ? baseLabelSpec(name) : teamLabelSpec(name, team));
    }
  }
  return [...needed.values()];
}
