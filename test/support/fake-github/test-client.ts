// Test helper: clients for the fake. An octokit built as the action builds it (throttling and
// retry plugins) but with its pacing removed so tests stay fast, and a bare fetch wrapper for
// asserting on raw status codes and headers.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck';
import type { TestContext } from 'node:test';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './index.ts';

export type LimitEvent = { kind: 'primary' | 'secondary'; retryAfter: number; retryCount: number };

export type ClientOptions = {
  token?: string;
  /** Retries of 5xx answers by plugin-retry; 0 disables it. */
  retries?: number;
  fallbackSecondaryRateRetryAfter?: number;
  /** Whether the throttling handlers ask for retries (up to two); default true. */
  retryLimits?: boolean;
};

const ThrottledOctokit = Octokit.plugin(throttling, retry);

export function octokitFor(gh: FakeGitHub, options: ClientOptions = {}) {
  const events: LimitEvent[] = [];
  const onLimit = (kind: LimitEvent['kind']) => (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
    events.push({ kind, retryAfter, retryCount });
    return (options.retryLimits ?? true) && retryCount < 2;
  };
  const octokit = new ThrottledOctokit({
    auth: options.token ?? gh.token,
    baseUrl: gh.url,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    retry: { enabled: (options.retries ?? 0) > 0, retries: options.retries ?? 0, retryAfterBaseValue: 10 },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      fallbackSecondaryRateRetryAfter: options.fallbackSecondaryRateRetryAfter ?? 60,
      // octokit spaces writes 1 s (3 s for notifying ones) apart; tests need no pacing.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    },
  });
  return { octokit, events };
}

export type RawAnswer = { status: number; headers: Headers; json: unknown };

/** One request with fetch: method, path (with query), optional JSON body and token. */
export async function call(gh: FakeGitHub, method: string, path: string, body?: unknown, token: string | null = gh.token): Promise<RawAnswer> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (token !== null) headers.authorization = `token ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${gh.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? undefined : JSON.parse(text) };
}

/** A fake GitHub that closes when the test ends, pass or fail (an open server keeps the process alive). */
export async function start(t: TestContext, options: FakeGitHubOptions): Promise<FakeGitHub> {
  const gh = await startFakeGitHub(options);
  t.after(() => gh.close());
  return gh;
}
