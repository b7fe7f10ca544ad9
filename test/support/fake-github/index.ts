/**
 * A faithful local GitHub: a real HTTP server on 127.0.0.1 answering the REST endpoints
 * minutes-to-issues uses, as GitHub documents them, with faults on demand.
 *
 *   const gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', assignable: ['felipe'] });
 *   const octokit = new Octokit({ auth: gh.token, baseUrl: gh.url });   // or GITHUB_API_URL=gh.url
 *   gh.seedIssue({ title: 'Old', labels: ['minutes'], state: 'closed', author: 'ana' });
 *   gh.fault({ method: 'POST', path: '/repos/{owner}/{repo}/issues', kind: { status: 502, afterCommit: true } });
 *   ... run the code under test ...
 *   assert.equal(gh.issues.length, 2);              // live records: number, title, labels (names), …
 *   gh.requests.filter((r) => r.method === 'POST'); // { method, path, route, query, status, body, login, fault }
 *   await gh.close();
 *
 * Options: tokens (default 'test-token' = github-actions[bot], installation, write), assignable,
 * rateLimit { limit, remaining?, resetInSeconds? } (per caller; 5000 an hour by default),
 * latencyMs, now (clock for timestamps), defaultLabels (GitHub's nine; default true), port.
 * Helpers: seedIssue, seedPullRequest, seedLabel, seedMilestone (no request, no rate limit; the
 * default author is the first token's login), clearRequests, setNow, setRateLimit, rateLimit(token).
 *
 * Endpoints: GET /user, GET /rate_limit (free), GET /repos/{o}/{r}, GET|POST /repos/{o}/{r}/issues,
 * GET|PATCH …/issues/{n}, GET|POST …/issues/{n}/comments, GET|PATCH …/issues/comments/{id},
 * POST …/issues/{n}/labels, DELETE …/issues/{n}/labels/{name}, GET|POST …/labels,
 * GET|PATCH …/labels/{name}, GET …/assignees/{login}, GET …/pulls/{n}. Anything else: 404.
 * Authorization 'token X' or 'Bearer X'; unknown tokens get 401, 'read' tokens 403 on writes.
 *
 * Like GitHub: pages of 30 (per_page up to 100) with a Link header whose URLs name the repository
 * by id (/repositories/{id}/issues?…&page=2; the server answers those paths too, so page 2+ appear
 * in gh.requests under that path; `route` is the same for both); unknown labels on an issue are
 * created grey (ededed); every answer carries x-ratelimit-* headers, and a caller whose window is
 * spent gets 403 until x-ratelimit-reset. Timestamps have no milliseconds and come from `now` /
 * gh.setNow(); rate-limit windows follow the real clock, so octokit's computed waits are right.
 *
 * Faults: gh.fault({ method?, path?, nth?, times?, kind }) with kind { status: 500|502|503,
 * afterCommit? }, { secondaryRateLimit: true, retryAfter? }, { reset: true, afterCommit? } or
 * { delayMs } (the answer waits; the write is already done). path is a RegExp or a string: the
 * path or the route template. nth counts matching requests from when the rule was added; times
 * defaults to 1. gh.cutAfter(k) resets every connection after k more requests; gh.heal() removes
 * cuts and faults. In gh.requests, status 0 means the connection was reset instead of answered.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_TOKENS } from './auth.ts';
import { createClock } from './clock.ts';
import { createFaults, type FaultHandle, type FaultRule } from './faults.ts';
import { handleRequest, type Server } from './handle-request.ts';
import { createRateLimiter, type RateWindow } from './rate-limit.ts';
import { accountRoutes } from './routes-account.ts';
import { commentRoutes } from './routes-comments.ts';
import { issueRoutes } from './routes-issues.ts';
import { labelRoutes } from './routes-labels.ts';
import { repositoryRoutes } from './routes-repository.ts';
import { seedIssue, seedLabel, seedMilestone, seedPullRequest } from './seed.ts';
import type { Site } from './site.ts';
import { createState, GITHUB_DEFAULT_LABELS } from './state.ts';
import type {
  FakeGitHubOptions,
  IssueRecord,
  LabelRecord,
  MilestoneRecord,
  RateLimitOptions,
  RequestLogEntry,
  SeedIssue,
  SeedLabel,
  SeedMilestone,
  SeedPullRequest,
} from './types.ts';

export type * from './types.ts';
export type { FaultHandle, FaultKind, FaultRule } from './faults.ts';
export type { RateWindow } from './rate-limit.ts';

export type FakeGitHub = {
  /** http://127.0.0.1:PORT, for GITHUB_API_URL and octokit's baseUrl. */
  readonly url: string;
  /** The first configured token ('test-token' by default). */
  readonly token: string;
  readonly issues: readonly IssueRecord[];
  readonly labels: readonly LabelRecord[];
  readonly milestones: readonly MilestoneRecord[];
  readonly requests: readonly RequestLogEntry[];
  seedIssue(input?: SeedIssue): IssueRecord;
  seedPullRequest(input?: SeedPullRequest): IssueRecord;
  seedLabel(input: SeedLabel): LabelRecord;
  seedMilestone(input: SeedMilestone): MilestoneRecord;
  fault(rule: FaultRule): FaultHandle;
  cutAfter(requests: number): void;
  heal(): void;
  clearRequests(): void;
  setNow(now: Date | (() => Date) | undefined): void;
  /** Start fresh rate-limit windows for every caller with these settings. */
  setRateLimit(options: RateLimitOptions): void;
  /** The primary rate-limit window of a token's caller, as the headers would report it. */
  rateLimit(token?: string): RateWindow;
  close(): Promise<void>;
};

const ROUTES = [...accountRoutes, ...repositoryRoutes, ...issueRoutes, ...commentRoutes, ...labelRoutes];

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const tokens = options.tokens ?? DEFAULT_TOKENS;
  const [token = 'test-token', firstInfo] = Object.entries(tokens)[0] ?? [];
  const author = firstInfo?.login ?? 'github-actions[bot]';
  const clock = createClock(options.now);
  const state = createState(options.owner, options.repo, options.assignable ?? [], clock);
  if (options.defaultLabels ?? true) for (const label of GITHUB_DEFAULT_LABELS) state.addLabel(label);
  const site: Site = { state, apiUrl: '' };
  const limiter = createRateLimiter(options.rateLimit);
  const faults = createFaults();
  const log: RequestLogEntry[] = [];
  const server: Server = { site, routes: ROUTES, tokens, limiter, faults, log, latencyMs: options.latencyMs ?? 0 };

  const http = createServer((request, response) => {
    handleRequest(server, request, response).catch((error: unknown) => {
      console.error('fake-github: request failed', error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  http.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  site.apiUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  return {
    url: site.apiUrl,
    token,
    issues: state.issues,
    labels: state.labels,
    milestones: state.milestones,
    requests: log,
    seedIssue: (input = {}) => seedIssue(state, input, author),
    seedPullRequest: (input = {}) => seedPullRequest(state, input, author),
    seedLabel: (input) => seedLabel(state, input),
    seedMilestone: (input) => seedMilestone(state, input),
    fault: (rule) => faults.add(rule),
    cutAfter: (requests) => faults.cutAfter(requests),
    heal: () => faults.clear(),
    clearRequests: () => {
      log.length = 0;
    },
    setNow: (now) => clock.set(now),
    setRateLimit: (next) => limiter.configure(next),
    rateLimit(which = token) {
      const info = tokens[which];
      return limiter.peek(info ? `${info.kind}:${info.login}` : '');
    },
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
