// What the notes say an item's issue should be: title, body, labels, assignees and status.
import { hash } from 'node:crypto';
import type { Config } from '../config/config.ts';
import { COMMIT_PLACEHOLDER, type RepositoryContext } from '../issues/permalink.ts';
import type { BodyRenderer } from '../issues/render-body.ts';
import { renderTitle } from '../issues/render-title.ts';
import { resolveOwners, type ResolvedOwners } from '../issues/resolve-owners.ts';
import { teamLabelName } from '../issues/team-labels.ts';
import type { Owner } from '../notes/note.ts';
import { ownString } from '../notes/own-string.ts';
import type { Mention, TrackedItem } from '../tracking/track-items.ts';
import type { NextMeetings } from './next-meetings.ts';

/** The note that made an item done: a mention marked done, or a meeting that did not carry it over. */
export interface DoneIn {
  path: string;
  line: number;
  noteTitle: string;
  date: string | null;
  how: 'marked-done' | 'not-carried-over';
}

export interface DesiredIssue {
  item: TrackedItem;
  latest: Mention;
  title: string;
  /**
   * The hash of the body (rendered with a placeholder for the commit), for comparison with the marker.
   * The body itself is rendered again for a write only (desiredBody): kept for every item, the bodies
   * were most of what a large run's planning held.
   */
  bodyHash: string;
  labels: string[];
  /** Every login the owners resolve to, before the assignability check. */
  logins: string[];
  owners: ResolvedOwners;
  teams: string[];
  status: 'open' | 'done';
  doneIn?: DoneIn;
  /** An issue of the target repository that a mention links (its URL or OWNER/REPO#N). */
  linkedIssue?: number;
  /** False when every mention is dated before `since` (or undated while `since` is set). */
  mayCreate: boolean;
}

export interface DesireContext {
  config: Config;
  repository: RepositoryContext;
  since: string | null;
  nextMeetings: NextMeetings;
  /** Room kept at the end of the body for the marker. */
  markerReserve: (item: TrackedItem, title: string) => number;
  /** renderBodyTemplate for the repository (see bodyRenderer). */
  renderBody: BodyRenderer;
  /** resolveOwners with the config's owners, remembered per list of owners (see ownerResolver). */
  resolveOwners: (owners: readonly Owner[]) => ResolvedOwners;
  /** An item's teams and their labels, remembered per list of teams (see teamResolver). */
  teamsOf: (item: TrackedItem) => ItemTeams;
}

/** The teams of an item's notes, sorted, and the labels they give its issue. */
export interface ItemTeams {
  teams: string[];
  labels: string[];
}

const MAX_ASSIGNEES = 10;

/** The desired issue, and the body its hash is of: an item without an issue keeps it for the create that writes it. */
export function desireIssue(item: TrackedItem, context: DesireContext): { want: DesiredIssue; body: string } {
  const latest = item.mentions.at(-1)!;
  const owners = context.resolveOwners(latest.owners);
  const { teams, labels } = context.teamsOf(item);
  const title = renderTitle(latest.text, owners.unassigned);
  const bodyTemplate = renderDesiredBody(item, title, owners.labels, teams, context);
  const want: DesiredIssue = {
    item,
    latest,
    title,
    bodyHash: bodyHashOf(bodyTemplate),
    labels,
    // The items of one list of owners share its logins, as they share its answer.
    logins: owners.logins.length > MAX_ASSIGNEES ? owners.logins.slice(0, MAX_ASSIGNEES) : owners.logins,
    owners,
    teams,
    ...statusOf(latest, context),
    linkedIssue: linkedIssue(item, context.repository),
    mayCreate: item.mentions.some((mention) => context.since === null || (mention.date !== null && mention.date >= context.since)),
  };
  return { want, body: bodyTemplate };
}

/**
 * The first 22 characters of the body's SHA-256 in base64url, in a string of their own: a cut of the
 * digest is a view that keeps all 43 characters alive (96 bytes where 40 do, for every item), and
 * JSON.stringify writes a view slower than a plain string, for every marker.
 */
function bodyHashOf(bodyTemplate: string): string {
  return ownString(hash('sha256', bodyTemplate, 'base64url').slice(0, 22));
}

/**
 * An item's teams and labels, worked out once per list of teams: tens of thousands of items are in a
 * few lists, and their desired issues (and so the plan's creates and markers) share its two arrays,
 * which nothing changes. A list built by push keeps room for 16 more: 67,000 such arrays were 10 MB.
 */
export function teamResolver(config: Pick<Config, 'baseLabel' | 'teamLabelPrefix'>): (item: TrackedItem) => ItemTeams {
  // An item in one note has that note's teams, which each of its mentions holds (the same array): it
  // is looked up by that array, without a key string built for every item.
  const byNoteTeams = new Map<readonly string[], ItemTeams>();
  const byList = new Map<string, ItemTeams>();
  const shared = (teams: string[]): ItemTeams => {
    // JSON, not a join: no team name can make two lists one key.
    const key = JSON.stringify(teams);
    let found = byList.get(key);
    if (found === undefined) {
      found = { teams, labels: issueLabels(config, teams) };
      byList.set(key, found);
    }
    return found;
  };
  return (item) => {
    if (item.mentions.length > 1) return shared([...new Set(item.mentions.flatMap((mention) => mention.teams))].sort());
    const noteTeams = item.mentions[0]!.teams;
    let found = byNoteTeams.get(noteTeams);
    if (found === undefined) {
      // A note of one team (most are) needs no set and no sort.
      found = shared(noteTeams.length <= 1 ? [...noteTeams] : [...new Set(noteTeams)].sort());
      byNoteTeams.set(noteTeams, found);
    }
    return found;
  };
}

/** The base label and each team's, without repeats (a team's label may be the base label). */
function issueLabels(config: Pick<Config, 'baseLabel' | 'teamLabelPrefix'>, teams: readonly string[]): string[] {
  // Built in place: a set and two copies for each of tens of thousands of items were garbage at once.
  const labels = [config.baseLabel];
  for (const team of teams) {
    const label = teamLabelName(team, config.teamLabelPrefix);
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}

/** The body of a desired issue, with a placeholder for the commit: the one its bodyHash is of. */
export function desiredBody(want: DesiredIssue, context: Pick<DesireContext, 'renderBody' | 'markerReserve'>): string {
  return renderDesiredBody(want.item, want.title, want.owners.labels, want.teams, context);
}

function renderDesiredBody(item: TrackedItem, title: string, ownerLabels: readonly string[], teams: readonly string[], context: Pick<DesireContext, 'renderBody' | 'markerReserve'>): string {
  return context.renderBody({ mentions: item.mentions, ownerLabels, teams, reserve: context.markerReserve(item, title) });
}

/**
 * Resolves owners once per distinct list of owners: a planner run resolves the same few thousand lists
 * for tens of thousands of items. The items of one list share its answer, which nothing changes.
 */
export function ownerResolver(config: Pick<Config, 'owners'>): (owners: readonly Owner[]) => ResolvedOwners {
  // Most items have one owner: its answer is looked up by its handle, in a table per kind, without a
  // key string built for every item. A list of several owners (or none) is keyed by all of them.
  const byHandle: Record<Owner['kind'], Map<string, ResolvedOwners>> = { person: new Map(), login: new Map(), group: new Map() };
  const byList = new Map<string, ResolvedOwners>();
  return (owners) => {
    const resolved = owners.length === 1 ? byHandle[owners[0]!.kind] : byList;
    const key = owners.length === 1 ? owners[0]!.handle : ownersKey(owners);
    let found = resolved.get(key);
    if (found === undefined) {
      found = resolveOwners(owners, config);
      resolved.set(key, found);
    }
    return found;
  };
}

function ownersKey(owners: readonly Owner[]): string {
  let key = '';
  for (const owner of owners) key += `${owner.kind}:${owner.handle}\n`;
  return key;
}

function statusOf(latest: Mention, context: DesireContext): Pick<DesiredIssue, 'status' | 'doneIn'> {
  if (latest.status === 'done') {
    return { status: 'done', doneIn: { ...pick(latest), how: 'marked-done' } };
  }
  if (context.config.carryOver && latest.date !== null) {
    const next = context.nextMeetings.after(latest.date, latest.teams);
    if (next) return { status: 'done', doneIn: { path: next.path, line: next.line, noteTitle: next.title, date: next.date, how: 'not-carried-over' } };
  }
  return { status: 'open' };
}

function pick(mention: Mention) {
  return { path: mention.path, line: mention.line, noteTitle: mention.noteTitle, date: mention.date };
}

export function linkedIssue(item: TrackedItem, repository: RepositoryContext): number | undefined {
  // The latest mention's link first, without a reversed copy of the mentions for every item.
  for (let index = item.mentions.length - 1; index >= 0; index--) {
    for (const ref of item.mentions[index]!.issueRefs) {
      if (ref.owner.toLowerCase() === repository.owner.toLowerCase() && ref.repo.toLowerCase() === repository.repo.toLowerCase()) {
        return ref.number;
      }
    }
  }
  return undefined;
}

/**
 * Replaces the commit placeholder of a body template. Joined, the body is one string of its own:
 * replaceAll makes a chain of cuts of the template, which keeps the template alive with the body and
 * takes about twice its room, for each of the thousands of bodies a large plan holds.
 */
export function bodyAtCommit(template: string, commit: string): string {
  return template.split(COMMIT_PLACEHOLDER).join(commit);
}
