// The one interface through which the action talks to GitHub. The octokit implementation is in
// octokit-issues-api.ts; tests run it against a local GitHub.
import type { RepositoryIssue } from '../core/issues/managed-issue.ts';
import type { LabelSpec } from '../core/issues/team-labels.ts';
import type { IssueFields, IssuePatch } from '../core/plan/plan.ts';

export interface IssuesApi {
  /** The login the token acts as: its issues are the only ones the action may edit. */
  whoAmI(): Promise<string>;
  /** Every issue (all states, pull requests flagged) carrying the label, 100 per page. */
  listIssues(label: string): Promise<RepositoryIssue[]>;
  /** The most recently created issues with the label (one page), to settle a create of unknown outcome. */
  listRecentIssues(label: string): Promise<RepositoryIssue[]>;
  listLabelNames(): Promise<string[]>;
  createLabel(label: LabelSpec): Promise<void>;
  isAssignable(login: string): Promise<boolean>;
  /** Sent once: a create whose answer is lost throws UnknownOutcomeError and is never repeated blindly. */
  createIssue(fields: IssueFields): Promise<{ number: number }>;
  updateIssue(number: number, patch: IssuePatch): Promise<void>;
  comment(number: number, body: string): Promise<void>;
  /** The comments of an issue or pull request, every page. */
  listComments(number: number): Promise<IssueComment[]>;
  updateComment(id: number, body: string): Promise<void>;
}

export interface IssueComment {
  id: number;
  body: string;
  author: string | null;
}

/** A write that GitHub may or may not have carried out: a 5xx, a reset connection, a time-out. */
export class UnknownOutcomeError extends Error {
  override readonly name = 'UnknownOutcomeError';
}

/** An error a user must act on (permissions, credentials, rate limit): the run stops. */
export class FatalGitHubError extends Error {
  override readonly name: string = 'FatalGitHubError';
}

/** The runner cancelled the job: no request is sent after that. */
export class CancelledError extends FatalGitHubError {
  override readonly name: string = 'CancelledError';
  constructor() {
    super('the job was cancelled');
  }
}

/** GitHub's rate limit is spent for longer than a run waits: the run stops, the next one continues. */
export class RateLimitedError extends FatalGitHubError {
  override readonly name: string = 'RateLimitedError';
}
