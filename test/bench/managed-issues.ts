// What the local GitHub holds for the action: its managed issues, and the duplicates among the open
// ones (the failure the reconcile loop exists to prevent).
import { readMarker, type Marker } from '../../src/core/issues/marker.ts';
import type { FakeGitHub, IssueRecord } from '../support/fake-github/index.ts';

const BOT = 'github-actions[bot]';

/** Markers read from issue bodies, kept while the body stays the same: a replay asks after every push. */
const markers = new WeakMap<IssueRecord, { body: string | null; marker: Marker | null }>();

function markerOf(issue: IssueRecord): Marker | null {
  const known = markers.get(issue);
  if (known && known.body === issue.body) return known.marker;
  const marker = readMarker(issue.body);
  markers.set(issue, { body: issue.body, marker });
  return marker;
}

export function managedIssues(gh: FakeGitHub, baseLabel = 'action-item'): { issue: IssueRecord; marker: Marker }[] {
  const managed: { issue: IssueRecord; marker: Marker }[] = [];
  for (const issue of gh.issues) {
    if (issue.pull_request || issue.user !== BOT || !issue.labels.includes(baseLabel)) continue;
    const marker = markerOf(issue);
    if (marker) managed.push({ issue, marker });
  }
  return managed;
}

/** Open managed issues beyond the first for one marker id, or for one title and set of owners. */
export function countDuplicates(managed: readonly { issue: IssueRecord; marker: Marker }[]): number {
  const ids = new Set<string>();
  const titles = new Set<string>();
  let duplicates = 0;
  for (const { issue, marker } of managed) {
    if (issue.state !== 'open') continue;
    const titleKey = `${marker.owners}\n${issue.title}`;
    if (ids.has(marker.id) || titles.has(titleKey)) duplicates++;
    ids.add(marker.id);
    titles.add(titleKey);
  }
  return duplicates;
}

/** The fewest reads a run can make: one page of 100 per managed issue, and one page when there are none. */
export function minimumReads(managedCount: number): number {
  return Math.max(1, Math.ceil(managedCount / 100));
}
