// The plan: what a run will write, as plain serialisable data. Dry run, outputs, job summary and the
// pull-request preview are all views of it.
import type { Diagnostic } from '../notes/note.ts';
import type { LabelSpec } from '../issues/team-labels.ts';

export interface IssueFields {
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

/** The fields of a PATCH to an issue; only those that change are present. */
export interface IssuePatch {
  title?: string;
  body?: string;
  labels?: string[];
  assignees?: string[];
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'duplicate' | 'reopened';
}

/** What a person reads about a change in the summary and the preview. */
export interface ChangeDisplay {
  title: string;
  owners: string[];
  teams: string[];
  /** Why this change: 'new item', 'marked done in …', 'no longer in any note', … */
  why: string;
  /** The note line that the change comes from, when there is one. */
  source?: { path: string; line: number; url: string };
}

export type Change =
  | { kind: 'create'; itemId: string; fields: IssueFields; display: ChangeDisplay }
  | {
      kind: 'update' | 'close' | 'reopen';
      number: number;
      url: string;
      patch: IssuePatch;
      /** Posted after the patch: closing and reopening always say why. */
      comment?: string;
      display: ChangeDisplay;
    };

export type SkipReason = 'before-since' | 'done-before-issue' | 'tracked-in-unmanaged-issue' | 'undated-with-since';

export interface SkippedItem {
  title: string;
  owners: string[];
  reason: SkipReason;
  source: { path: string; line: number };
  /** The issue of somebody else that the item links, for 'tracked-in-unmanaged-issue'. */
  issueNumber?: number;
}

export interface NoteDecisions {
  path: string;
  title: string;
  date: string | null;
  decisions: { text: string; line: number }[];
}

export interface Plan {
  repository: string;
  /** Where the repository's issues are on the web, e.g. https://github.com/acme/notes/issues. */
  issuesUrl: string;
  commit: string;
  labelsToCreate: LabelSpec[];
  changes: Change[];
  /** Managed issues already in step with the notes. */
  unchanged: number;
  skipped: SkippedItem[];
  decisions: NoteDecisions[];
  diagnostics: Diagnostic[];
}

/** Write requests a change costs: the patch or create, plus the comment. */
export function writesOf(change: Change): number {
  return change.kind === 'create' ? 1 : (Object.keys(change.patch).length > 0 ? 1 : 0) + (change.comment ? 1 : 0);
}
