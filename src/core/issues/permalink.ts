// Links to a line of a note at a commit, as GitHub's "copy permalink" writes them.

export interface RepositoryContext {
  serverUrl: string;
  owner: string;
  repo: string;
}

/** Stands for the commit while a body is compared, so that a new push alone changes nothing. */
export const COMMIT_PLACEHOLDER = '{{commit}}';

export function notePermalink(context: RepositoryContext, commit: string, path: string, line: number): string {
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  return `${context.serverUrl}/${context.owner}/${context.repo}/blob/${commit}/${encodedPath}#L${line}`;
}
