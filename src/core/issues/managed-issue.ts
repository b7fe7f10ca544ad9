// The issues the action manages, as read from GitHub: only issues it authored that carry its marker.
import { readMarker, type Marker } from './marker.ts';

/** An issue as the GitHub adapter returns it (a subset of the REST shape). */
export interface RepositoryIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  assignees: string[];
  author: string | null;
  createdAt: string;
  closedAt: string | null;
  htmlUrl: string;
  isPullRequest: boolean;
}

export interface ManagedIssue extends RepositoryIssue {
  marker: Marker;
}

/**
 * Keeps the issues that the action's own account wrote and marked. A marker pasted into somebody
 * else's issue, or a pull request, never makes it managed.
 */
export function selectManagedIssues(issues: readonly RepositoryIssue[], actionLogin: string): ManagedIssue[] {
  const managed: ManagedIssue[] = [];
  for (const issue of issues) {
    if (issue.isPullRequest || issue.author?.toLowerCase() !== actionLogin.toLowerCase()) continue;
    const marker = readMarker(issue.body);
    if (marker) managed.push({ ...issue, marker });
  }
  return managed.sort((a, b) => a.number - b.number);
}
