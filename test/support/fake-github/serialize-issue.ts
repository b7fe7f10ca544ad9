// Issues (and pull requests seen through the issues API) as GitHub renders them.
import { emptyReactions } from './serialize-comment.ts';
import { toLabel, toMilestone } from './serialize-label.ts';
import { authorAssociation, toNullableUser, toSimpleUser } from './serialize-user.ts';
import { nodeId, repoApiUrl, repoHtmlUrl, type Site } from './site.ts';
import type { IssueRecord, LabelRecord } from './types.ts';

export function toIssue(site: Site, issue: IssueRecord) {
  const { state } = site;
  const url = `${repoApiUrl(site)}/issues/${issue.number}`;
  const html = `${repoHtmlUrl(site)}/${issue.pull_request ? 'pull' : 'issues'}/${issue.number}`;
  const labels = issue.labels
    .map((name) => state.findLabel(name))
    .filter((label): label is LabelRecord => label !== undefined);
  const milestone = issue.milestone === null ? undefined : state.findMilestone(issue.milestone);
  const json = {
    url,
    repository_url: repoApiUrl(site),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    id: issue.id,
    node_id: nodeId(issue.pull_request ? 'PR' : 'I', issue.id),
    number: issue.number,
    title: issue.title,
    user: toSimpleUser(site, issue.user),
    labels: labels.map((label) => toLabel(site, label)),
    state: issue.state,
    locked: issue.locked,
    assignee: toNullableUser(site, issue.assignees[0] ?? null),
    assignees: issue.assignees.map((login) => toSimpleUser(site, login)),
    milestone: milestone ? toMilestone(site, milestone) : null,
    comments: issue.comments.length,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    author_association: authorAssociation(site, issue.user),
    type: null,
    active_lock_reason: null,
    sub_issues_summary: { total: 0, completed: 0, percent_completed: 0 },
    body: issue.body,
    closed_by: toNullableUser(site, issue.closed_by),
    reactions: emptyReactions(`${url}/reactions`),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.state_reason,
  };
  if (!issue.pull_request) return json;
  const pull = `${repoApiUrl(site)}/pulls/${issue.number}`;
  return {
    ...json,
    draft: issue.pull_request.draft,
    pull_request: {
      url: pull,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: issue.pull_request.merged_at,
    },
  };
}
