// The records the fake GitHub keeps, and the options it starts with. Records hold plain names and
// logins (not nested objects) so tests can assert on them directly; serialise.ts builds the JSON.

export type Permission = 'write' | 'read';

export type TokenInfo = {
  login: string;
  kind: 'installation' | 'user';
  permissions?: Permission;
};

export type RateLimitOptions = {
  limit: number;
  /** Requests left in the first window; defaults to `limit`. */
  remaining?: number;
  /** Length of a window in seconds (the first one starts at startup); default 3600. */
  resetInSeconds?: number;
};

export type FakeGitHubOptions = {
  owner: string;
  repo: string;
  tokens?: Record<string, TokenInfo>;
  assignable?: string[];
  rateLimit?: RateLimitOptions;
  latencyMs?: number;
  /** Clock for created_at, updated_at, closed_at. Rate-limit windows always use real time. */
  now?: () => Date;
  /** Seed GitHub's nine default labels, as a new repository has them. Default true. */
  defaultLabels?: boolean;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
};

export type CommentRecord = {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
};

export type PullRequestInfo = {
  merged_at: string | null;
  draft: boolean;
  head: string;
  base: string;
};

export type IssueRecord = {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  /** Label names, spelled as the repository's label is. */
  labels: string[];
  /** Assignee logins. */
  assignees: string[];
  /** Author login. */
  user: string;
  milestone: number | null;
  locked: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: string | null;
  pull_request?: PullRequestInfo;
  comments: CommentRecord[];
};

export type LabelRecord = {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
};

export type MilestoneRecord = {
  id: number;
  number: number;
  title: string;
  description: string | null;
  state: 'open' | 'closed';
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  due_on: string | null;
};

export type RequestLogEntry = {
  method: string;
  /** The path as requested, without the query string. */
  path: string;
  /** The matched operation, e.g. '/repos/{owner}/{repo}/issues'; undefined for unknown routes. */
  route?: string;
  query: Record<string, string>;
  /** Whether the request asks to change something (a GraphQL query is a POST that only reads). */
  write: boolean;
  /** HTTP status sent; 0 when the connection was reset instead. */
  status: number;
  body?: unknown;
  /** The token's login, when the token was known. */
  login?: string;
  /** Which fault shaped the answer, if any. */
  fault?: string;
  /** Milliseconds from the request's arrival to its answer: the local GitHub's own time. */
  ms?: number;
};

export type SeedIssue = Partial<Omit<IssueRecord, 'id' | 'number' | 'user' | 'comments' | 'pull_request'>> & {
  author?: string;
  comments?: Array<string | { body: string; author?: string; created_at?: string }>;
};

export type SeedPullRequest = SeedIssue & Partial<PullRequestInfo>;

export type SeedLabel = { name: string; color?: string; description?: string | null; default?: boolean };

export type SeedMilestone = { title: string; description?: string | null; state?: 'open' | 'closed'; due_on?: string | null };
