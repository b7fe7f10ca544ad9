// The repository itself, who can be assigned in it, and its pull requests.
import { notFound } from './http-error.ts';
import type { Route } from './router.ts';
import { toPullRequest } from './serialize-pull.ts';
import { toRepository } from './serialize-repository.ts';

export const repositoryRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}',
    docs: 'https://docs.github.com/rest/repos/repos#get-a-repository',
    write: false,
    handle(context) {
      return { status: 200, body: toRepository(context.site, context.caller.permissions) };
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/assignees/{assignee}',
    docs: 'https://docs.github.com/rest/issues/assignees#check-if-a-user-can-be-assigned',
    write: false,
    handle(context) {
      if (!context.site.state.findAssignable(context.params.assignee ?? '')) throw notFound(this.docs);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}',
    docs: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
    write: false,
    handle(context) {
      const number = context.params.pull_number ?? '';
      const issue = /^\d+$/.test(number) ? context.site.state.findIssue(Number(number)) : undefined;
      if (!issue?.pull_request) throw notFound(this.docs);
      return { status: 200, body: toPullRequest(context.site, { ...issue, pull_request: issue.pull_request }) };
    },
  },
];
