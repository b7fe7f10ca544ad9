// Pairs each tracked item with the managed issue that is it: the issue its notes link, else the issue
// whose marker has its identity or one of its texts, else one whose last text is nearly the same.
// Several issues for one item (two runs raced) are all claimed: the oldest is kept, the rest are
// duplicates.
import type { ManagedIssue } from '../issues/managed-issue.ts';
import { markerKey } from '../issues/marker-fields.ts';
import { NearTextIndex } from '../tracking/near-text-index.ts';
import type { TrackedItem } from '../tracking/track-items.ts';

export interface Match {
  item: TrackedItem;
  issue: ManagedIssue | undefined;
  duplicates: ManagedIssue[];
}

export interface Matching {
  matches: Match[];
  unclaimed: ManagedIssue[];
}

export function matchIssues(
  items: readonly TrackedItem[],
  managed: readonly ManagedIssue[],
  linkedIssueOf: (item: TrackedItem) => number | undefined,
): Matching {
  const byNumber = new Map(managed.map((issue) => [issue.number, issue]));
  const byId = group(managed, (issue) => [issue.marker.id]);
  const byKey = group(managed, (issue) => [`${issue.marker.owners}\n${issue.marker.key}`]);
  const near = new Map<string, NearTextIndex<ManagedIssue>>();
  for (const issue of managed) {
    const index = near.get(issue.marker.owners) ?? new NearTextIndex<ManagedIssue>();
    index.set(issue, issue.marker.key);
    near.set(issue.marker.owners, index);
  }
  const claimed = new Set<ManagedIssue>();
  const free = (issue: ManagedIssue | undefined): issue is ManagedIssue => issue !== undefined && !claimed.has(issue);

  const matches = items.map((item): Match => {
    const linked = byNumber.get(linkedIssueOf(item) ?? -1);
    const found = new Set<ManagedIssue>([
      ...(free(linked) ? [linked] : []),
      ...(byId.get(item.id) ?? []).filter(free),
      ...item.mentions.flatMap((mention) => byKey.get(`${item.ownerSignature}\n${markerKey(mention.key)}`) ?? []).filter(free),
    ]);
    if (found.size === 0) {
      const latestKey = markerKey(item.mentions.at(-1)!.key);
      const nearest = near.get(item.ownerSignature)?.findAll(latestKey, free) ?? [];
      if (nearest.length > 0) found.add(nearest.reduce((a, b) => (a.number < b.number ? a : b)));
    }
    for (const issue of found) claimed.add(issue);
    const [kept, ...duplicates] = [...found].sort(
      (a, b) => Number(a !== linked) - Number(b !== linked) || Number(a.marker.closedAs === 'duplicate') - Number(b.marker.closedAs === 'duplicate') || a.number - b.number,
    );
    return { item, issue: kept, duplicates };
  });
  return { matches, unclaimed: managed.filter((issue) => !claimed.has(issue)) };
}

function group<T, K>(values: readonly T[], keys: (value: T) => K[]): Map<K, T[]> {
  const grouped = new Map<K, T[]>();
  for (const value of values) {
    for (const key of keys(value)) {
      const list = grouped.get(key) ?? [];
      list.push(value);
      grouped.set(key, list);
    }
  }
  return grouped;
}
