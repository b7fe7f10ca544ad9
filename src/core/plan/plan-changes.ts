// The reconcile step: from the notes and the managed issues to the plan of writes that brings GitHub
// in step with the notes. Pure: everything it needs comes in as data.
import type { Config } from '../config/config.ts';
import type { ManagedIssue } from '../issues/managed-issue.ts';
import { notePermalink, type RepositoryContext } from '../issues/permalink.ts';
import { bodyRenderer } from '../issues/render-body.ts';
import { baseLabelSpec, teamLabelName, teamLabelSpec, type LabelSpec } from '../issues/team-labels.ts';
import type { Note } from '../notes/note.ts';
import { trackItemsWithTexts, type TrackedItem } from '../tracking/track-items.ts';
import { bodyAtCommit, desiredBody, desireIssue, linkedIssue, ownerResolver, teamResolver, type DesiredIssue } from './desired-issue.ts';
import { duplicateComment, removedComment } from './comments.ts';
import { bodyWithMarker, markerFor, markerReserve, withMarker } from './marker-body.ts';
import { matchIssues, mergeLinkedItems, type Match } from './match-issues.ts';
import { indexNextMeetings } from './next-meetings.ts';
import { ownerDiagnostics } from './owner-diagnostics.ts';
import type { Change, ChangeDisplay, Plan, SkippedItem } from './plan.ts';
import { planIssueUpdate } from './update-issue.ts';

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
  /**
   * The body of a desired issue at the input's commit, without its marker: kept for an item without an
   * issue, which its create writes, else rendered again for a write (see desiredBody).
   */
  readonly bodyAt: (want: DesiredIssue) => string;
  readonly matches: readonly Match[];
  readonly unclaimed: readonly ManagedIssue[];
}

export function preparePlan(input: PlanInput): PreparedPlan {
  const { config, repository } = input;
  const nextMeetings = indexNextMeetings(input.notes);
  const tracking = trackItemsWithTexts(input.notes);
  // Worked out again where it is needed: cheaper than a map of tens of thousands of items.
  const linkedIssueOf = (item: TrackedItem) => linkedIssue(item, repository);
  const items = mergeLinkedItems(tracking.items, input.managed, linkedIssueOf);
  // Matched before the desired issues are worked out, so that the body of an item without an issue,
  // which its create writes, is rendered once (for its hash and for the write); the others are rendered
  // again only for an update (see desiredBody).
  const { matches, unclaimed } = matchIssues(items, input.managed, linkedIssueOf, tracking);
  const desired = new Map<TrackedItem, DesiredIssue>();
  const newBodies = new Map<TrackedItem, string>();
  const context = { config, repository, since: input.since, nextMeetings, markerReserve, renderBody: bodyRenderer(repository), resolveOwners: ownerResolver(config), teamsOf: teamResolver(config) };
  for (const { item, issue } of matches) {
    const { want, body } = desireIssue(item, context);
    desired.set(item, want);
    // The template was for the hash; the create writes the body at the commit, which replaces it.
    if (issue === undefined) newBodies.set(item, bodyAtCommit(body, input.commit));
  }
  const { existingLabels: _labels, notAssignable: _assignable, ...basis } = input;
  const bodyAt = (want: DesiredIssue) => newBodies.get(want.item) ?? bodyAtCommit(desiredBody(want, context), input.commit);
  return { basis, desired, bodyAt, matches, unclaimed };
}

export function planChanges(input: PlanInput, prepared: PreparedPlan = preparePlan(input)): Plan {
  const { config, repository } = input;
  if (Object.entries(prepared.basis).some(([key, value]) => input[key as keyof PlanInput] !== value)) {
    throw new Error('planChanges: the prepared plan was made from other notes, issues or settings');
  }
  const { desired, matches, unclaimed } = prepared;
  const issueUrl = (number: number) => `${repository.serverUrl}/${repository.owner}/${repository.repo}/issues/${number}`;
  // A link to a note line is its note's link (encoded once per note) and the line.
  const noteLinks = new Map<string, string>();
  const linkToLine = (path: string, line: number) => {
    let link = noteLinks.get(path);
    if (link === undefined) {
      link = notePermalink(repository, input.commit, path, 0).slice(0, -1);
      noteLinks.set(path, link);
    }
    return link + line;
  };
  const sourceOf = (path: string, line: number) => ({ path, line, url: linkToLine(path, line) });

  const creates: Change[] = [];
  const others: Change[] = [];
  const skipped: SkippedItem[] = [];
  let unchanged = 0;

  for (const { item, issue, duplicates } of matches) {
    const want = desired.get(item)!;
    const assignees = input.notAssignable.size === 0 ? want.logins : want.logins.filter((login) => !input.notAssignable.has(login.toLowerCase()));
    // Most issues are in step with the notes: what a person reads about a change is written only for a change.
    const display = (why: string): ChangeDisplay => ({
      title: want.title,
      owners: want.owners.labels,
      teams: want.teams,
      why,
      source: sourceOf(want.latest.path, want.latest.line),
    });
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
        display: display(`duplicate of #${keptNumber}`),
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
        fields: { title: want.title, body: bodyWithMarker(prepared.bodyAt(want), marker), labels: want.labels, assignees },
        display: display(item.mentions.length > 1 ? `new item, in ${item.mentions.length} meetings` : 'new item'),
      });
      continue;
    }

    const change = planIssueUpdate(issue, want, assignees, linkToLine, prepared.bodyAt);
    if (change === null) {
      unchanged++;
      continue;
    }
    const url = issueUrl(issue.number);
    others.push({ number: issue.number, url, ...change, display: display(change.why) });
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

/**
 * The plan once the labels that exist are known. Only which labels to create depends on them, so the
 * changes stay as they are: planning them again would hold a second copy of every new issue's body.
 */
export function withExistingLabels(plan: Plan, input: PlanInput, prepared: PreparedPlan, existingLabels: readonly string[]): Plan {
  return { ...plan, labelsToCreate: labelsToCreate(plan.changes, prepared.desired.values(), { ...input, existingLabels }) };
}

function labelsToCreate(changes: readonly Change[], desired: Iterable<DesiredIssue>, input: PlanInput): LabelSpec[] {
  const existing = new Set(input.existingLabels.map((name) => name.toLowerCase()));
  // The label of a team is worked out once per team, not once per item.
  const labelOf = new Map<string, string>();
  const teamOf = new Map<string, string>();
  for (const want of desired) {
    for (const team of want.teams) {
      let label = labelOf.get(team);
      if (label === undefined) {
        label = teamLabelName(team, input.config.teamLabelPrefix).toLowerCase();
        labelOf.set(team, label);
      }
      teamOf.set(label, team);
    }
  }
  const needed = new Map<string, LabelSpec>();
  // A name once looked at is existing or needed from then on: the changes carry the same few names
  // tens of thousands of times, and each is lowered once.
  const seen = new Set<string>();
  for (const change of changes) {
    const names = change.kind === 'create' ? change.fields.labels : (change.patch.labels ?? []);
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      const lower = name.toLowerCase();
      if (existing.has(lower) || needed.has(lower)) continue;
      const team = teamOf.get(lower);
      needed.set(lower, lower === input.config.baseLabel.toLowerCase() || team === undefined ? baseLabelSpec(name) : teamLabelSpec(name, team));
    }
  }
  return [...needed.values()];
}
