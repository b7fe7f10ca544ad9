// Issue comments as GitHub renders them.
import { authorAssociation, toSimpleUser } from './serialize-user.ts';
import { nodeId, repoApiUrl, repoHtmlUrl, type Site } from './site.ts';
import type { CommentRecord, IssueRecord } from './types.ts';

export function toComment(site: Site, issue: IssueRecord, comment: CommentRecord) {
  const url = `${repoApiUrl(site)}/issues/comments/${comment.id}`;
  const kind = issue.pull_request ? 'pull' : 'issues';
  return {
    url,
    html_url: `${repoHtmlUrl(site)}/${kind}/${issue.number}#issuecomment-${comment.id}`,
    issue_url: `${repoApiUrl(site)}/issues/${issue.number}`,
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    user: toSimpleUser(site, comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    body: comment.body,
    author_association: authorAssociation(site, comment.user),
    performed_via_github_app: null,
    reactions: emptyReactions(`${url}/reactions`),
  };
}

export function emptyReactions(url: string) {
  return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}
