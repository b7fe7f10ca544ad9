// The filters and order of GET /repos/{owner}/{repo}/issues: state, labels, creator, assignee,
// milestone, since, sort and direction, with GitHub's defaults (open, created, desc).
// Every page of a list runs the whole query again, as GitHub's page numbers do, so it is kept cheap
// for lists of thousands: each distinct label, login and timestamp is lowered or parsed once in the
// process (records are edited in place, but a string's lower case and time never change).
import { validationFailed } from './http-error.ts';
import type { IssueRecord } from './types.ts';

type Text = (text: string) => string;
type Time = (text: string) => number;

function memo<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) known.set(text, (value = compute(text)));
    return value;
  };
}

function invalid(docs: string, field: string, value: string) {
  return validationFailed(docs, [{ resource: 'Issue', code: 'invalid', field, value }]);
}

function filterFor(query: URLSearchParams, docs: string, lower: Text, time: Time): (issue: IssueRecord) => boolean {
  const state = query.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(state)) throw invalid(docs, 'state', state);
  const labels = (query.get('labels') ?? '').split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  const creator = query.get('creator')?.toLowerCase() ?? null;
  const assignee = query.get('assignee')?.toLowerCase() ?? null;
  const milestone = query.get('milestone');
  const sinceText = query.get('since');
  const since = sinceText === null ? undefined : Date.parse(sinceText);
  if (since !== undefined && Number.isNaN(since)) throw invalid(docs, 'since', sinceText ?? '');
  const hasLabel = (issue: IssueRecord, name: string) => {
    for (const label of issue.labels) if (lower(label) === name) return true;
    return false;
  };

  return (issue) => {
    if (state !== 'all' && issue.state !== state) return false;
    for (const name of labels) if (!hasLabel(issue, name)) return false;
    if (creator !== null && lower(issue.user) !== creator) return false;
    if (assignee === 'none' && issue.assignees.length > 0) return false;
    if (assignee === '*' && issue.assignees.length === 0) return false;
    if (assignee !== null && assignee !== 'none' && assignee !== '*' && !issue.assignees.some((login) => lower(login) === assignee)) return false;
    if (milestone === 'none' && issue.milestone !== null) return false;
    if (milestone === '*' && issue.milestone === null) return false;
    if (milestone !== null && /^\d+$/.test(milestone) && issue.milestone !== Number(milestone)) return false;
    if (since !== undefined && time(issue.updated_at) < since) return false;
    return true;
  };
}

function sortKeyFor(query: URLSearchParams, docs: string, time: Time): { key: (issue: IssueRecord) => number; sign: number } {
  const sort = query.get('sort') ?? 'created';
  const direction = query.get('direction') ?? 'desc';
  if (!['created', 'updated', 'comments'].includes(sort)) throw invalid(docs, 'sort', sort);
  if (!['asc', 'desc'].includes(direction)) throw invalid(docs, 'direction', direction);
  const key = (issue: IssueRecord): number => (sort === 'comments' ? issue.comments.length : time(sort === 'updated' ? issue.updated_at : issue.created_at));
  return { key, sign: direction === 'asc' ? 1 : -1 };
}

const lower = memo((text) => text.toLowerCase());
const time = memo(Date.parse);

export function queryIssues(issues: readonly IssueRecord[], query: URLSearchParams, docs: string): IssueRecord[] {
  const keep = filterFor(query, docs, lower, time);
  const { key, sign } = sortKeyFor(query, docs, time);
  const kept: IssueRecord[] = [];
  const keys: number[] = [];
  let inOrder = true;
  for (const issue of issues) {
    if (!keep(issue)) continue;
    const value = key(issue);
    const last = kept.length - 1;
    if (last >= 0 && (value < keys[last]! || (value === keys[last] && issue.number < kept[last]!.number))) inOrder = false;
    kept.push(issue);
    keys.push(value);
  }
  // Ties go by number in the same direction. Records are kept in creation order, usually the order
  // asked for already (or its reverse): then no sort is needed.
  if (inOrder) return sign === 1 ? kept : kept.reverse();
  const order = kept.map((_, index) => index);
  order.sort((a, b) => sign * (keys[a]! - keys[b]! || kept[a]!.number - kept[b]!.number));
  return order.map((index) => kept[index]!);
}
