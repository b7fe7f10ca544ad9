// Pull requests as GET /repos/{owner}/{repo}/pulls/{n} renders them: the fields a client reads
// (state, merged, head, base, draft) are real; diff statistics are zero.
import { createHash } from 'node:crypto';
import { toLabel } from './serialize-label.ts';
import { toRepository } from './serialize-repository.ts';
import { authorAssociation, toNullableUser, toSimpleUser } from './serialize-user.ts';
import { nodeId, repoApiUrl, repoHtmlUrl, type Site } from './site.ts';
import type { IssueRecord, LabelRecord, PullRequestInfo } from './types.ts';

const PULL_ID_OFFSET = 500_000_000;

function fakeSha(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function toPullRequest(site: Site, issue: IssueRecord & { pull_request: PullRequestInfo }) {
  const { state } = site;
  const api = repoApiUrl(site);
  const url = `${api}/pulls/${issue.number}`;
  const html = `${repoHtmlUrl(site)}/pull/${issue.number}`;
  const issueUrl = `${api}/issues/${issue.number}`;
  const headSha = fakeSha(`${issue.number}:${issue.pull_request.head}`);
  const repository = toRepository(site);
  const owner = toSimpleUser(site, state.owner);
  const pr = issue.pull_request;
  const merged = pr.merged_at !== null;
  const id = PULL_ID_OFFSET + issue.id;
  return {
    url,
    id,
    node_id: nodeId('PR', id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${api}/statuses/${headSha}`,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: toSimpleUser(site, issue.user),
    body: issue.body,
    labels: issue.labels
      .map((name) => state.findLabel(name))
      .filter((label): label is LabelRecord => label !== undefined)
      .map((label) => toLabel(site, label)),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: pr.merged_at,
    merge_commit_sha: merged ? fakeSha(`merge:${issue.number}`) : null,
    assignee: toNullableUser(site, issue.assignees[0] ?? null),
    assignees: issue.assignees.map((login) => toSimpleUser(site, login)),
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${state.owner}:${pr.head}`, ref: pr.head, sha: headSha, user: owner, repo: repository },
    base: { label: `${state.owner}:${pr.base}`, ref: pr.base, sha: fakeSha(`base:${pr.base}`), user: owner, repo: repository },
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/statuses/${headSha}` },
    },
    author_association: authorAssociation(site, issue.user),
    auto_merge: null,
    draft: pr.draft,
    merged,
    mergeable: merged || issue.state === 'closed' ? null : true,
    rebaseable: null,
    mergeable_state: merged ? 'unknown' : 'clean',
    merged_by: merged ? toSimpleUser(site, state.owner) : null,
    comments: issue.comments.length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}
