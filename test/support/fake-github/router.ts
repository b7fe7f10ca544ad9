// Route table types and matching. A route names GitHub's path template, its documentation page
// (used in error bodies) and whether it writes, which read-only tokens may not do.
import type { Caller } from './auth.ts';
import type { RateWindow } from './rate-limit.ts';
import type { Site } from './site.ts';

export type RouteContext = {
  site: Site;
  caller: Caller;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  rate: RateWindow;
  /** Base of Link header URLs for this request's resource, e.g. http://…/repositories/1/issues. */
  linkBase: string;
};

export type RouteResult = { status: number; body?: unknown; headers?: Record<string, string> };

export type Route = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  template: string;
  docs: string;
  write: boolean;
  /** Answer without spending the rate limit, as GET /rate_limit does. */
  free?: boolean;
  handle(context: RouteContext): RouteResult;
};

export type RouteMatch = { route: Route; params: Record<string, string> };

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch | undefined {
  const segments = path.split('/');
  for (const route of routes) {
    if (route.method !== method) continue;
    const parts = route.template.split('/');
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const ok = parts.every((part, index) => {
      const segment = segments[index] ?? '';
      if (part.startsWith('{') && part.endsWith('}')) {
        if (segment === '') return false;
        const value = decodeSegment(segment);
        if (value === undefined) return false;
        params[part.slice(1, -1)] = value;
        return true;
      }
      return part === segment;
    });
    if (ok) return { route, params };
  }
  return undefined;
}

/** GitHub's Link URLs name the repository by id; map such paths back to /repos/{owner}/{repo}. */
export function canonicalPath(path: string, site: Site): string {
  const match = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
  if (!match || Number(match[1]) !== site.state.repoId) return path;
  return `/repos/${site.state.owner}/${site.state.repo}${match[2] ?? ''}`;
}

/** The Link base for a canonical repository path: /repos/o/r/x → {api}/repositories/{id}/x. */
export function linkBaseFor(path: string, site: Site): string {
  const match = /^\/repos\/[^/]+\/[^/]+(\/.*)?$/.exec(path);
  if (!match) return `${site.apiUrl}${path}`;
  return `${site.apiUrl}/repositories/${site.state.repoId}${match[1] ?? ''}`;
}
