// The life of one request: logged on arrival, then the network cut, faults, latency,
// authentication, rate limit, routing, permission, JSON body, the route itself, and faults that
// strike after the write was committed.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { authenticate } from './auth.ts';
import { describeFault, type FaultKind, type Faults } from './faults.ts';
import { DOCS_ROOT, HttpError, notFound } from './http-error.ts';
import { ANONYMOUS, type RateLimiter } from './rate-limit.ts';
import { requestId, resetConnection, send } from './respond.ts';
import { canonicalPath, linkBaseFor, matchRoute, type Route, type RouteResult } from './router.ts';
import type { Site } from './site.ts';
import type { RequestLogEntry, TokenInfo } from './types.ts';

export type Server = {
  site: Site;
  routes: readonly Route[];
  tokens: Record<string, TokenInfo>;
  limiter: RateLimiter;
  faults: Faults;
  log: RequestLogEntry[];
  latencyMs: number;
};

const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
const SERVER_ERRORS: Record<number, string> = { 500: 'Server Error', 502: 'Server Error', 503: 'Service Unavailable' };

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? { ok: true, value } : { ok: false };
  } catch {
    return { ok: false };
  }
}

function faultAnswer(kind: FaultKind, id: string, documentationUrl: string): RouteResult {
  if ('secondaryRateLimit' in kind) {
    return {
      status: 403,
      body: {
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${id}.`,
        documentation_url: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
        status: '403',
      },
      headers: kind.retryAfter === undefined ? {} : { 'retry-after': String(kind.retryAfter) },
    };
  }
  const status = 'status' in kind ? kind.status : 500;
  return { status, body: { message: SERVER_ERRORS[status] ?? 'Server Error', documentation_url: documentationUrl, status: String(status) } };
}

export async function handleRequest(server: Server, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { site, limiter, faults } = server;
  const arrived = performance.now();
  const method = (request.method ?? 'GET').toUpperCase();
  const url = new URL(request.url ?? '/', 'http://fake-github.invalid');
  const path = url.pathname;
  const entry: RequestLogEntry = { method, path, query: Object.fromEntries(url.searchParams), status: 0, write: method !== 'GET' && method !== 'HEAD' };
  server.log.push(entry);
  const text = await readBody(request);
  const json = parseJson(text);
  if (text !== '') entry.body = json.ok ? json.value : text;

  if (faults.cutsThis()) {
    entry.fault = 'cut';
    resetConnection(request);
    return;
  }
  const canonical = canonicalPath(path, site);
  const match = matchRoute(server.routes, method, canonical);
  if (match) {
    entry.route = match.route.template;
    entry.write = match.route.write;
  }
  const docs = match?.route.docs ?? DOCS_ROOT;
  const fired = faults.fire(method, [path, canonical], match?.route.template);
  if (server.latencyMs > 0) await sleep(server.latencyMs);

  const id = requestId();
  const caller = authenticate(request.headers.authorization, server.tokens);
  const key = caller ? `${caller.kind}:${caller.login}` : ANONYMOUS;
  const answer = (result: RouteResult) => {
    entry.status = result.status;
    send(response, result.status, result.body, limiter.peek(key), id, result.headers);
    entry.ms = performance.now() - arrived;
  };
  if (!caller) {
    limiter.take(ANONYMOUS);
    return answer({ status: 401, body: new HttpError(401, 'Bad credentials').body });
  }
  entry.login = caller.login;

  const delayMs = fired.reduce((total, kind) => total + ('delayMs' in kind ? kind.delayMs : 0), 0);
  const failure = fired.find((kind) => !('delayMs' in kind));
  if (failure) entry.fault = describeFault(failure);
  const committed = failure && 'afterCommit' in failure && failure.afterCommit === true;
  if (failure && !committed) {
    if (delayMs > 0) await sleep(delayMs);
    if ('reset' in failure) return resetConnection(request);
    return answer(faultAnswer(failure, id, docs));
  }

  let result: RouteResult;
  if (!match?.route.free && !limiter.take(key)) {
    const who = caller.kind === 'installation' ? `installation ID ${caller.installationId}` : `user ID ${site.state.user(caller.login).id}`;
    result = { status: 403, body: new HttpError(403, `API rate limit exceeded for ${who}. If you reach out to GitHub Support for help, please include the request ID ${id}.`, `${RATE_LIMIT_DOCS}#about-primary-rate-limits`).body };
  } else {
    result = runRoute(server, match, canonical, url.searchParams, json, caller, key);
  }

  if (delayMs > 0) await sleep(delayMs);
  if (failure) {
    if ('reset' in failure) return resetConnection(request);
    return answer(faultAnswer(failure, id, docs));
  }
  answer(result);
}

function runRoute(
  server: Server,
  match: ReturnType<typeof matchRoute>,
  canonical: string,
  query: URLSearchParams,
  json: ReturnType<typeof parseJson>,
  caller: NonNullable<ReturnType<typeof authenticate>>,
  key: string,
): RouteResult {
  const { site } = server;
  try {
    if (!match) throw notFound();
    const { route, params } = match;
    const sameRepo = (value: string | undefined, expected: string) => value === undefined || value.toLowerCase() === expected.toLowerCase();
    if (!sameRepo(params.owner, site.state.owner) || !sameRepo(params.repo, site.state.repo)) throw notFound(route.docs);
    if (route.write && caller.permissions !== 'write') {
      const what = caller.kind === 'installation' ? 'integration' : 'personal access token';
      throw new HttpError(403, `Resource not accessible by ${what}`, route.docs);
    }
    if (!json.ok) throw new HttpError(400, 'Problems parsing JSON', route.docs);
    if (route.write) site.state.version++;
    return route.handle({ site, caller, params, query, body: json.value, rate: server.limiter.peek(key), linkBase: linkBaseFor(canonical, site) });
  } catch (error) {
    if (error instanceof HttpError) return { status: error.status, body: error.body };
    console.error('fake-github: a route failed', error);
    return { status: 500, body: new HttpError(500, 'Server Error').body };
  }
}
