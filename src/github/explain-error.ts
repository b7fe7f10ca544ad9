// HTTP errors from GitHub as messages that say what to do.
import { FatalGitHubError, UnknownOutcomeError } from './issues-api.ts';

interface HttpLikeError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** Turns an octokit error into the error the apply step acts on, with a message a user can act on. */
export function explainError(error: unknown, what: string, repository: string): Error {
  const http = error as HttpLikeError;
  const status = typeof http?.status === 'number' ? http.status : undefined;
  const message = messageOf(http);
  if (status === 401) {
    return new FatalGitHubError(`${what}: GitHub answered 401 Bad credentials. Check the token input: it is missing, expired or revoked.`);
  }
  if (status === 403 || status === 429) {
    if (/not accessible by integration|must have (admin|push) rights|permission/i.test(message)) {
      return new FatalGitHubError(
        `${what}: the token may not write issues in ${repository} ("${message}"). Add "permissions: { contents: read, issues: write }" to the workflow job (and "pull-requests: write" for the pull-request preview).`,
      );
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
    return new UnknownOutcomeError(`${what}: GitHub did not answer clearly (${status ?? 'no response'}: ${message}).`);
  }
  return new Error(`${what}: GitHub answered ${status}: ${message}`);
}

function messageOf(error: HttpLikeError): string {
  const data = error?.response?.data as { message?: string; errors?: { message?: string; field?: string; code?: string }[] } | undefined;
  const details = (data?.errors ?? []).map((entry) => entry.message ?? `${entry.field} ${entry.code}`).join('; ');
  const base = data?.message ?? error?.message ?? String(error);
  return details ? `${base}: ${details}` : base;
}
