// Issues: list (pull requests included, as GitHub does), create, get and update, with GitHub's
// state_reason rules: closing without a reason completes, reopening sets 'reopened'.
import { notFound, validationFailed } from './http-error.ts';
import { readIssueInput, type IssueInput } from './issue-input.ts';
import { queryIssues } from './issue-query.ts';
import { paginate, requestedPage } from './pagination.ts';
import type { Route, RouteContext } from './router.ts';
import { toIssue } from './serialize-issue.ts';
import { repoApiUrl } from './site.ts';
import type { State } from './state.ts';
import type { IssueRecord } from './types.ts';

const DOCS = 'https://docs.github.com/rest/issues/issues';

export function issueOr404(state: State, number: string | undefined, docs: string): IssueRecord {
  const issue = /^\d+$/.test(number ?? '') ? state.findIssue(Number(number)) : undefined;
  if (!issue) throw notFound(docs);
  return issue;
}

function applyState(issue: IssueRecord, input: IssueInput, login: string, now: string, docs: string): boolean {
  if (input.state === 'closed' && issue.state === 'open') {
    if (input.state_reason === 'reopened') {
      throw validationFailed(docs, [{ resource: 'Issue', code: 'invalid', field: 'state_reason', value: 'reopened' }]);
    }
    issue.state = 'closed';
    issue.state_reason = input.state_reason ?? 'completed';
    issue.closed_at = now;
    issue.closed_by = login;
    return true;
  }
  if (input.state === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.state_reason = 'reopened';
    issue.closed_at = null;
    issue.closed_by = null;
    return true;
  }
  return false;
}

function update(context: RouteContext, docs: string) {
  const { state } = context.site;
  const issue = issueOr404(state, context.params.issue_number, docs);
  const input = readIssueInput(context.body, state, false, docs);
  const now = state.clock.iso();
  let changed = applyState(issue, input, context.caller.login, now, docs);
  const set = <K extends keyof IssueRecord>(key: K, value: IssueRecord[K] | undefined) => {
    if (value === undefined || JSON.stringify(issue[key]) === JSON.stringify(value)) return;
    issue[key] = value;
    changed = true;
  };
  set('title', input.title);
  set('body', input.body);
  set('labels', input.labels?.map((name) => state.ensureLabel(name).name));
  set('assignees', input.assignees);
  set('milestone', input.milestone);
  if (changed) issue.updated_at = now;
  return { status: 200, body: toIssue(context.site, issue) };
}

/** The last list's query and answer, per repository state. */
const lastList = new WeakMap<State, { query: string; version: number; issues: IssueRecord[] }>();

/**
 * GitHub runs a list's query again for every page. Here a page after the first reuses the answer of
 * the same query while nothing was written since: 200 pages of 20,000 issues otherwise spend most of
 * their time filtering and sorting the same records. A first page always asks afresh.
 */
function listedIssues(state: State, query: URLSearchParams, docs: string): IssueRecord[] {
  const rest = new URLSearchParams(query);
  rest.delete('page');
  const key = rest.toString();
  const last = lastList.get(state);
  if (last && requestedPage(query) > 1 && last.query === key && last.version === state.version) return last.issues;
  const issues = queryIssues(state.issues, query, docs);
  lastList.set(state, { query: key, version: state.version, issues });
  return issues;
}

export const issueRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues',
    docs: `${DOCS}#list-repository-issues`,
    write: false,
    handle(context) {
      const issues = listedIssues(context.site.state, context.query, this.docs);
      const page = paginate(issues, context.query, context.linkBase);
      return {
        status: 200,
        body: page.items.map((issue) => toIssue(context.site, issue)),
        headers: page.headers,
      };
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues',
    docs: `${DOCS}#create-an-issue`,
    write: true,
    handle(context) {
      const { state } = context.site;
      const input = readIssueInput(context.body, state, true, this.docs);
      const now = state.clock.iso();
      const issue: IssueRecord = {
        id: state.nextId(),
        number: state.nextNumber(),
        title: input.title ?? '',
        body: input.body ?? null,
        state: 'open',
        state_reason: null,
        labels: (input.labels ?? []).map((name) => state.ensureLabel(name).name),
        assignees: input.assignees ?? [],
        user: context.caller.login,
        milestone: input.milestone ?? null,
        locked: false,
        created_at: now,
        updated_at: now,
        closed_at: null,
        closed_by: null,
        comments: [],
      };
      state.issues.push(issue);
      return {
        status: 201,
        body: toIssue(context.site, issue),
        headers: { location: `${repoApiUrl(context.site)}/issues/${issue.number}` },
      };
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}',
    docs: `${DOCS}#get-an-issue`,
    write: false,
    handle(context) {
      const issue = issueOr404(context.site.state, context.params.issue_number, this.docs);
      return { status: 200, body: toIssue(context.site, issue) };
    },
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/issues/{issue_number}',
    docs: `${DOCS}#update-an-issue`,
    write: true,
    handle(context) {
      return update(context, this.docs);
    },
  },
];
