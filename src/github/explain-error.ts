// HTTP errors from GitHub as messages that say what to do.
import { FatalGitHubError, RateLimitedError, UnknownOutcomeError } from './issues-api.ts';

interface HttpLikeError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** Turns an octokit error into the error the apply step acts on, with a message a user can act on. */
export function explainError(error: unknown, what: string, repository: string): Error {
  // Already explained: a cancelled job, a rate limit spent for longer than a run waits.
  if (error instanceof FatalGitHubError) return error;
  const http = error as HttpLikeError;
  const status = typeof http?.status === 'number' ? http.status : undefined;
  const message = messageOf(http);
  if (status === 401) {
    return new FatalGitHubError(`${what}: GitHub answered 401 Bad credentials. Check the token input: it is missing, expired or revoked.`);
  }
  if (status === 403 || status === 429) {
    if (/not accessible by integration|must have (admin|push) rights|permission/i.test(message)) {
      return new FatalGitHubError(
        `${what}: the token may not write issues in ${repository} ("${message}"). Add "permissions: { contents: read, issues: write }" to the workflow job (a pull-request preview job needs "issues: read" and "pull-requests: write" instead).`,
      );
    }
    const headers = http.response?.headers ?? {};
    if (String(headers['x-ratelimit-remaining']) === '0' && Number(headers['x-ratelimit-reset']) > 0) {
      return rateLimitStop(Number(headers['x-ratelimit-reset']));
    }
    if (/rate limit/i.test(message)) {
      return new FatalGitHubError(`${what}: GitHub's rate limit is exhausted ("${message}"). Nothing is lost: the next run picks up where this one stopped.`);
    }
    return new FatalGitHubError(`${what}: GitHub refused with ${status}: ${message}`);
  }
  if (status === 404) {
    return new FatalGitHubError(`${what}: ${repository} was not found, or the token cannot see it.`);
  }
  if (status === 410) {
    return new FatalGitHubError(`${what}: issues are disabled in ${repository}. Enable them in the repository's settings.`);
  }
  if (status === undefined || status >= 500) {
    // Octokit gives a lost connection or a time-out the status 500 without a response.
    const answer = http?.response ? `${status}: ${message}` : `no answer: ${message}`;
    return new UnknownOutcomeError(`${what}: GitHub did not answer clearly (${answer}).`);
  }
  return new Error(`${what}: GitHub answered ${status}: ${message}`);
}

/** The run stops because the rate limit resets later than it waits; says when the next run can go on. */
export function rateLimitStop(resetSeconds: number, maxWaitSeconds?: number): RateLimitedError {
  const reset = new Date(resetSeconds * 1000);
  const minutes = Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 60_000));
  const longer = maxWaitSeconds === undefined ? '' : `, longer than a run waits (${Math.round(maxWaitSeconds / 60)} min)`;
  return new RateLimitedError(
    `GitHub's rate limit for this token is spent until ${reset.toISOString().slice(11, 16)} UTC (in ${minutes} min)${longer}. Nothing is lost: a run after that time picks up where this one stopped.`,
  );
}

function messageOf(error: HttpLikeError): string {
  const data = error?.response?.data as { message?: string; errors?: { message?: string; field?: string; code?: string }[] } | undefined;
  const details = (data?.errors ?? []).map((entry) => entry.message ?? `${entry.field} ${entry.code}`).join('; ');
  const base = data?.message ?? error?.message ?? String(error);
  return details ? `${base}: ${details}` : base;
}
