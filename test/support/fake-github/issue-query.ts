// The filters and order of GET /repos/{owner}/{repo}/issues: state, labels, creator, assignee,
// milestone, since, sort and direction, with GitHub's defaults (open, created, desc).
import { validationFailed } from './http-error.ts';
import type { IssueRecord } from './types.ts';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function invalid(docs: string, field: string, value: string) {
  return validationFailed(docs, [{ resource: 'Issue', code: 'invalid', field, value }]);
}

function filterFor(query: URLSearchParams, docs: string): (issue: IssueRecord) => boolean {
  const state = query.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(state)) throw invalid(docs, 'state', state);
  const labels = (query.get('labels') ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  const creator = query.get('creator');
  const assignee = query.get('assignee');
  const milestone = query.get('milestone');
  const sinceText = query.get('since');
  const since = sinceText === null ? undefined : Date.parse(sinceText);
  if (since !== undefined && Number.isNaN(since)) throw invalid(docs, 'since', sinceText ?? '');

  return (issue) => {
    if (state !== 'all' && issue.state !== state) return false;
    if (!labels.every((name) => issue.labels.some((label) => same(label, name)))) return false;
    if (creator !== null && !same(issue.user, creator)) return false;
    if (assignee === 'none' && issue.assignees.length > 0) return false;
    if (assignee === '*' && issue.assignees.length === 0) return false;
    if (assignee !== null && assignee !== 'none' && assignee !== '*' && !issue.assignees.some((login) => same(login, assignee))) return false;
    if (milestone === 'none' && issue.milestone !== null) return false;
    if (milestone === '*' && issue.milestone === null) return false;
    if (milestone !== null && /^\d+$/.test(milestone) && issue.milestone !== Number(milestone)) return false;
    if (since !== undefined && Date.parse(issue.updated_at) < since) return false;
    return true;
  };
}

function compareFor(query: URLSearchParams, docs: string): (a: IssueRecord, b: IssueRecord) => number {
  const sort = query.get('sort') ?? 'created';
  const direction = query.get('direction') ?? 'desc';
  if (!['created', 'updated', 'comments'].includes(sort)) throw invalid(docs, 'sort', sort);
  if (!['asc', 'desc'].includes(direction)) throw invalid(docs, 'direction', direction);
  const sign = direction === 'asc' ? 1 : -1;
  const key = (issue: IssueRecord): number =>
    sort === 'comments' ? issue.comments.length : Date.parse(sort === 'updated' ? issue.updated_at : issue.created_at);
  return (a, b) => sign * (key(a) - key(b) || a.number - b.number);
}

export function queryIssues(issues: readonly IssueRecord[], query: URLSearchParams, docs: string): IssueRecord[] {
  return issues.filter(filterFor(query, docs)).sort(compareFor(query, docs));
}
