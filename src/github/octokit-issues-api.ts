// The GitHub adapter: octokit with the throttling (rate limits, pacing of writes) and retry plugins.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import type { RepositoryIssue } from '../core/issues/managed-issue.ts';
import { explainError } from './explain-error.ts';
import { makeBottleneckPrompt } from './prompt-bottleneck.ts';
import type { IssuesApi } from './issues-api.ts';
import { plainJson } from './plain-json.ts';
import { requestGate } from './request-gate.ts';

export interface OctokitOptions {
  token: string;
  baseUrl: string;
  owner: string;
  repo: string;
  /** Milliseconds between write requests; 0 turns pacing off. */
  writeInterval: number;
  /** The longest wait for a rate limit's reset before the run gives up and leaves the rest to the next run. */
  maxRateLimitWaitSeconds?: number;
  /** Waits for a secondary limit without retry-after; GitHub asks for at least a minute. */
  secondaryFallbackSeconds?: number;
  /** Messages a user should see: waits for rate limits. */
  log: (message: string) => void;
  /** Octokit's own request log (every failed request, including expected 403s and 404s). */
  debug?: (message: string) => void;
  /** Log every request to `debug` too (with the runner's step debug logging on). */
  logRequests?: boolean;
  /** An attempt with no answer after this long fails like a reset connection. */
  requestTimeoutMs?: number;
  /** The first retry of a failed read or update waits this long, the next ones 4 and 9 times as long. */
  retryBaseMs?: number;
  /** Aborted when the runner cancels the job: no request is sent after that, and no wait goes on. */
  signal?: AbortSignal;
}

// The first plugin's hook is the innermost: the body is read within the gate, which wraps every
// attempt that throttling and retry make.
const ThrottledOctokit = Octokit.plugin(plainJson, requestGate, throttling, retry);

type RestIssue = Awaited<ReturnType<Octokit['rest']['issues']['listForRepo']>>['data'][number];

export function createOctokitIssuesApi(options: OctokitOptions): IssuesApi {
  const { owner, repo } = options;
  const repository = `${owner}/${repo}`;
  makeBottleneckPrompt();
  const pacing = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeInterval });
  const maxWait = options.maxRateLimitWaitSeconds ?? 600;
  const failureLog = options.debug ?? (() => {});
  const requestLog = options.logRequests ? failureLog : () => {};
  const octokit = new ThrottledOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'minutes-to-issues',
    log: { debug: requestLog, info: requestLog, warn: failureLog, error: failureLog },
    gate: { signal: options.signal, maxWaitSeconds: maxWait, timeoutMs: options.requestTimeoutMs ?? 30_000, log: options.log },
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      id: repository,
      write: pacing(),
      notifications: pacing(),
      fallbackSecondaryRateRetryAfter: options.secondaryFallbackSeconds ?? 60,
      onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        if (options.signal?.aborted) return false;
        if (retryAfter > maxWait || retryCount >= 2) {
          options.log(`Rate limit exhausted; it resets in ${retryAfter} s, longer than this run waits. The next run continues.`);
          return false;
        }
        options.log(`Rate limit reached on ${request.method} ${request.url}; waiting ${retryAfter} s for the reset.`);
        return true;
      },
      onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        if (options.signal?.aborted || retryCount >= 3 || retryAfter > maxWait) return false;
        options.log(`Secondary rate limit on ${request.method} ${request.url}; waiting ${retryAfter} s as GitHub asks.`);
        return true;
      },
    },
  });

  const call = async <T>(what: string, request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw explainError(error, what, repository);
    }
  };

  return {
    async whoAmI() {
      // GraphQL's viewer answers for every kind of token: a person's, the workflow's GITHUB_TOKEN
      // (github-actions[bot]) and a GitHub App's installation token (its-slug[bot]).
      try {
        const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
        if (viewer?.login) return viewer.login;
      } catch (error) {
        if (!isGraphQLRefusal(error)) throw explainError(error, 'Reading who the token acts as', repository);
      }
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
      } catch (error) {
        // An installation token may not read /user either: the workflow's token acts as the Actions bot.
        // Another 403 (a spent rate limit) is not that answer.
        const { status, message } = error as { status?: number; message?: string };
        if (status === 403 && /not accessible by integration/i.test(message ?? '')) return 'github-actions[bot]';
        throw explainError(error, 'Reading who the token acts as', repository);
      }
    },
    listIssues: (label) =>
      call(`Listing the issues labelled '${label}'`, async () => {
        // Each page is cut down to what the action reads as it arrives: GitHub's whole objects for
        // thousands of issues are never all in memory at once.
        const issues: RepositoryIssue[] = [];
        const oneCopy = sharedStrings();
        const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { owner, repo, labels: label, state: 'all', per_page: 100 });
        for await (const { data } of pages) for (const issue of data) issues.push(toRepositoryIssue(issue, oneCopy));
        return issues;
      }),
    listRecentIssues: (label) =>
      call('Looking for an issue whose creation had no clear answer', async () => {
        const { data } = await octokit.rest.issues.listForRepo({ owner, repo, labels: label, state: 'all', sort: 'created', direction: 'desc', per_page: 100 });
        return data.map((issue) => toRepositoryIssue(issue));
      }),
    listLabelNames: () =>
      call('Listing labels', async () => {
        const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 });
        return labels.map((label) => label.name);
      }),
    createLabel: (label) =>
      call(`Creating the label '${label.name}'`, async () => {
        try {
          await octokit.rest.issues.createLabel({ owner, repo, ...label });
        } catch (error) {
          if ((error as { status?: number }).status !== 422) throw error; // 422: it exists already.
        }
      }),
    isAssignable: (login) =>
      call(`Checking whether '${login}' can be assigned`, async () => {
        try {
          await octokit.rest.issues.checkUserCanBeAssigned({ owner, repo, assignee: login });
          return true;
        } catch (error) {
          if ((error as { status?: number }).status === 404) return false;
          throw error;
        }
      }),
    createIssue: (fields) =>
      call(`Creating the issue '${fields.title}'`, async () => {
        // No automatic retry: a create that GitHub committed but answered with an error would be duplicated.
        const { data } = await octokit.rest.issues.create({ owner, repo, ...fields, request: { retries: 0 } });
        return { number: data.number };
      }),
    updateIssue: (number, patch) =>
      call(`Updating issue #${number}`, async () => {
        const { stateReason, ...fields } = patch;
        await octokit.rest.issues.update({ owner, repo, issue_number: number, ...fields, ...(stateReason ? { state_reason: stateReason } : {}) });
      }),
    comment: (number, body) =>
      call(`Commenting on issue #${number}`, async () => {
        // A retried comment could be posted twice; a lost one only costs a line of history.
        await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body, request: { retries: 0 } });
      }),
    listComments: (number) =>
      call(`Listing the comments of #${number}`, async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
        return comments.map((comment) => ({ id: comment.id, body: comment.body ?? '', author: comment.user?.login ?? null }));
      }),
    updateComment: (id, body) =>
      call('Updating a comment', async () => {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
      }),
  };
}

/** A GraphQL answer that says no (an error in the body, or a refusal for this token), not a network fault. */
function isGraphQLRefusal(error: unknown): boolean {
  const { name, status, message } = error as { name?: string; status?: number; message?: string };
  if (name === 'GraphqlResponseError') return true;
  return (status === 403 && /not accessible/i.test(message ?? '')) || status === 404;
}

/**
 * One copy of each string a listing repeats: every page's JSON makes a new copy of the same author and
 * label names and logins for each issue, which thousands of issues would keep.
 */
function sharedStrings(): (value: string) => string {
  const known = new Map<string, string>();
  return (value) => {
    const copy = known.get(value);
    if (copy !== undefined) return copy;
    known.set(value, value);
    return value;
  };
}

function toRepositoryIssue(issue: RestIssue, oneCopy: (value: string) => string = (value) => value): RepositoryIssue {
  const labels: string[] = [];
  for (const label of issue.labels) {
    const name = typeof label === 'string' ? label : label.name;
    if (name) labels.push(oneCopy(name));
  }
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? null,
    state: issue.state === 'closed' ? 'closed' : 'open',
    stateReason: issue.state_reason ?? null,
    // Kept for the run: at their length, not with the spare room of a list built by push.
    labels: labels.slice(),
    assignees: (issue.assignees ?? []).map((user) => oneCopy(user.login)),
    author: issue.user?.login ? oneCopy(issue.user.login) : null,
    createdAt: issue.created_at,
    closedAt: issue.closed_at ?? null,
    htmlUrl: issue.html_url,
    isPullRequest: issue.pull_request !== undefined,
  };
}

/**
 * Waits that the environment may shorten, for tests of faults against a local GitHub:
 * MINUTES_TO_ISSUES_RETRY_BASE_MS (default 1000) and MINUTES_TO_ISSUES_REQUEST_TIMEOUT_MS (default 30000).
 */
export function timingsFromEnv(env: Record<string, string | undefined>): Pick<OctokitOptions, 'retryBaseMs' | 'requestTimeoutMs'> {
  const read = (name: string) => (/^\d+$/.test(env[name] ?? '') ? Number(env[name]) : undefined);
  const retryBaseMs = read('MINUTES_TO_ISSUES_RETRY_BASE_MS');
  const requestTimeoutMs = read('MINUTES_TO_ISSUES_REQUEST_TIMEOUT_MS');
  return { ...(retryBaseMs !== undefined ? { retryBaseMs } : {}), ...(requestTimeoutMs ? { requestTimeoutMs } : {}) };
}
