// What every serialiser needs: the state and the base URLs. API URLs point at this server so a
// client can follow them; html_url points at github.com as GitHub's do.
import type { State } from './state.ts';

export type Site = { state: State; apiUrl: string };

export const HTML_URL = 'https://github.com';

export function repoApiUrl(site: Site): string {
  return `${site.apiUrl}/repos/${site.state.owner}/${site.state.repo}`;
}

export function repoHtmlUrl(site: Site): string {
  return `${HTML_URL}/${site.state.owner}/${site.state.repo}`;
}

/** A stable, opaque GraphQL node id in GitHub's style: a type prefix and base64 of the id. */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`0:${id}`).toString('base64').replace(/=+$/, '')}`;
}
