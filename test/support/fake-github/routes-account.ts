// The caller's own account and rate-limit status. GITHUB_TOKEN (an installation token) may not
// read /user but may ask GraphQL for its viewer; asking for /rate_limit costs nothing, as on GitHub.
import { HttpError } from './http-error.ts';
import type { Route } from './router.ts';
import { toAuthenticatedUser } from './serialize-user.ts';

const USER_DOCS = 'https://docs.github.com/rest/users/users#get-the-authenticated-user';

function fixedWindow(limit: number) {
  return { limit, used: 0, remaining: limit, reset: Math.ceil(Date.now() / 1000) + 3600 };
}

export const accountRoutes: Route[] = [
  {
    // GraphQL, for the one query the action sends: who the token acts as. Installation tokens (the
    // workflow's GITHUB_TOKEN, GitHub Apps) may ask it too, and get their bot login.
    method: 'POST',
    template: '/graphql',
    docs: 'https://docs.github.com/graphql/reference/queries#viewer',
    write: false,
    handle(context) {
      const query = String((context.body as { query?: unknown } | null)?.query ?? '');
      if (!/\bviewer\s*\{\s*login\s*\}/.test(query)) {
        return { status: 200, body: { errors: [{ message: 'This local GitHub answers only { viewer { login } }.', type: 'NOT_SUPPORTED' }] } };
      }
      return { status: 200, body: { data: { viewer: { login: context.caller.login } } } };
    },
  },
  {
    method: 'GET',
    template: '/user',
    docs: USER_DOCS,
    write: false,
    handle(context) {
      if (context.caller.kind === 'installation') throw new HttpError(403, 'Resource not accessible by integration', this.docs);
      return { status: 200, body: toAuthenticatedUser(context.site, context.caller.login) };
    },
  },
  {
    method: 'GET',
    template: '/rate_limit',
    docs: 'https://docs.github.com/rest/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user',
    write: false,
    free: true,
    handle(context) {
      const { limit, remaining, used, reset } = context.rate;
      const core = { limit, remaining, used, reset };
      return {
        status: 200,
        body: {
          resources: {
            core,
            search: fixedWindow(30),
            code_search: fixedWindow(10),
            graphql: fixedWindow(5000),
            integration_manifest: fixedWindow(5000),
            source_import: fixedWindow(100),
            code_scanning_upload: fixedWindow(1000),
            actions_runner_registration: fixedWindow(10000),
            scim: fixedWindow(15000),
            dependency_snapshots: fixedWindow(100),
          },
          rate: core,
        },
      };
    },
  },
];
