// Issue comments (pull requests' conversation comments go through the same endpoints): list,
// create, get and edit. A new comment counts as activity on the issue, so it bumps updated_at.
import { notFound, validationFailed, type FieldError } from './http-error.ts';
import { characters, MAX_BODY, tooLong } from './issue-input.ts';
import { paginate } from './pagination.ts';
import type { Route } from './router.ts';
import { issueOr404 } from './routes-issues.ts';
import { toComment } from './serialize-comment.ts';
import { repoApiUrl } from './site.ts';
import type { State } from './state.ts';
import type { CommentRecord, IssueRecord } from './types.ts';

const DOCS = 'https://docs.github.com/rest/issues/comments';

function readCommentBody(raw: unknown, docs: string): string {
  const body = (raw as { body?: unknown } | null)?.body;
  const errors: FieldError[] = [];
  if (body === undefined || body === null || body === '') errors.push({ resource: 'IssueComment', code: 'missing_field', field: 'body' });
  else if (typeof body !== 'string') errors.push({ resource: 'IssueComment', code: 'invalid', field: 'body', value: body });
  else if (characters(body) > MAX_BODY) errors.push(tooLong('IssueComment', 'body', MAX_BODY));
  if (errors.length > 0) throw validationFailed(docs, errors);
  return body as string;
}

function commentOr404(state: State, id: string | undefined, docs: string): { issue: IssueRecord; comment: CommentRecord } {
  const comment = /^\d+$/.test(id ?? '') ? state.findComment(Number(id)) : undefined;
  const issue = comment ? state.findIssue(comment.issueNumber) : undefined;
  if (!comment || !issue) throw notFound(docs);
  return { issue, comment };
}

export const commentRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    docs: `${DOCS}#list-issue-comments`,
    write: false,
    handle(context) {
      const issue = issueOr404(context.site.state, context.params.issue_number, this.docs);
      const since = context.query.get('since');
      const comments = since === null ? issue.comments : issue.comments.filter((comment) => Date.parse(comment.updated_at) >= Date.parse(since));
      const page = paginate(comments, context.query, context.linkBase);
      return {
        status: 200,
        body: page.items.map((comment) => toComment(context.site, issue, comment)),
        headers: page.headers,
      };
    },
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    docs: `${DOCS}#create-an-issue-comment`,
    write: true,
    handle(context) {
      const { state } = context.site;
      const issue = issueOr404(state, context.params.issue_number, this.docs);
      const body = readCommentBody(context.body, this.docs);
      const now = state.clock.iso();
      const comment: CommentRecord = { id: state.nextId(), issueNumber: issue.number, body, user: context.caller.login, created_at: now, updated_at: now };
      issue.comments.push(comment);
      issue.updated_at = now;
      return {
        status: 201,
        body: toComment(context.site, issue, comment),
        headers: { location: `${repoApiUrl(context.site)}/issues/comments/${comment.id}` },
      };
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    docs: `${DOCS}#get-an-issue-comment`,
    write: false,
    handle(context) {
      const { issue, comment } = commentOr404(context.site.state, context.params.comment_id, this.docs);
      return { status: 200, body: toComment(context.site, issue, comment) };
    },
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    docs: `${DOCS}#update-an-issue-comment`,
    write: true,
    handle(context) {
      const { issue, comment } = commentOr404(context.site.state, context.params.comment_id, this.docs);
      const body = readCommentBody(context.body, this.docs);
      if (body !== comment.body) {
        comment.body = body;
        comment.updated_at = context.site.state.clock.iso();
      }
      return { status: 200, body: toComment(context.site, issue, comment) };
    },
  },
];
