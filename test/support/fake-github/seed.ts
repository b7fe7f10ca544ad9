// Puts issues, pull requests, labels and milestones in place before a test, bypassing the API (no
// requests logged, no rate limit spent). Seeds take the same number sequence as created issues.
import type { State } from './state.ts';
import type { CommentRecord, IssueRecord, LabelRecord, MilestoneRecord, PullRequestInfo, SeedIssue, SeedLabel, SeedMilestone, SeedPullRequest } from './types.ts';
import { DEFAULT_LABEL_COLOR } from './state.ts';

function seedComments(state: State, number: number, input: SeedIssue, author: string, at: string): CommentRecord[] {
  return (input.comments ?? []).map((comment) => {
    const { body, author: user = author, created_at = at } = typeof comment === 'string' ? { body: comment } : comment;
    return { id: state.nextId(), issueNumber: number, body, user, created_at, updated_at: created_at };
  });
}

function seedRecord(state: State, input: SeedIssue, defaultAuthor: string, pull?: PullRequestInfo): IssueRecord {
  const now = state.clock.iso();
  const author = input.author ?? defaultAuthor;
  const created = input.created_at ?? now;
  const closed = input.state === 'closed';
  const number = state.nextNumber();
  const record: IssueRecord = {
    id: state.nextId(),
    number,
    title: input.title ?? `Seeded ${pull ? 'pull request' : 'issue'} ${number}`,
    body: input.body ?? null,
    state: closed ? 'closed' : 'open',
    state_reason: input.state_reason !== undefined ? input.state_reason : closed ? 'completed' : null,
    labels: (input.labels ?? []).map((name) => state.ensureLabel(name).name),
    assignees: (input.assignees ?? []).map((login) => state.findAssignable(login) ?? login),
    user: author,
    milestone: input.milestone ?? null,
    locked: input.locked ?? false,
    created_at: created,
    updated_at: input.updated_at ?? input.closed_at ?? created,
    closed_at: closed ? (input.closed_at ?? created) : null,
    closed_by: closed ? (input.closed_by ?? author) : null,
    comments: seedComments(state, number, input, author, created),
  };
  if (pull) record.pull_request = pull;
  state.issues.push(record);
  state.version++;
  return record;
}

export function seedIssue(state: State, input: SeedIssue, defaultAuthor: string): IssueRecord {
  return seedRecord(state, input, defaultAuthor);
}

export function seedPullRequest(state: State, input: SeedPullRequest, defaultAuthor: string): IssueRecord {
  const { merged_at = null, draft = false, head = 'feature', base = 'main', ...issue } = input;
  return seedRecord(state, { ...issue, state: merged_at !== null ? 'closed' : issue.state, closed_at: issue.closed_at ?? merged_at ?? undefined }, defaultAuthor, {
    merged_at,
    draft,
    head,
    base,
  });
}

export function seedLabel(state: State, input: SeedLabel): LabelRecord {
  const existing = state.findLabel(input.name);
  if (existing) throw new Error(`seedLabel: a label named '${existing.name}' exists already`);
  return state.addLabel({
    name: input.name,
    color: input.color?.replace(/^#/, '') ?? DEFAULT_LABEL_COLOR,
    description: input.description ?? null,
    default: input.default ?? false,
  });
}

export function seedMilestone(state: State, input: SeedMilestone): MilestoneRecord {
  const now = state.clock.iso();
  const closed = input.state === 'closed';
  const milestone: MilestoneRecord = {
    id: state.nextId(),
    number: state.milestones.length + 1,
    title: input.title,
    description: input.description ?? null,
    state: closed ? 'closed' : 'open',
    created_at: now,
    updated_at: now,
    closed_at: closed ? now : null,
    due_on: input.due_on ?? null,
  };
  state.milestones.push(milestone);
  return milestone;
}
