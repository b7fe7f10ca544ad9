// Pairs each tracked item with the managed issue that is it: the issue its notes link, else the issue
// whose marker has its identity or one of its texts, else one whose last text is nearly the same.
// Several issues for one item (two runs raced) are all claimed: the oldest is kept, the rest are
// duplicates.
import type { ManagedIssue } from '../issues/managed-issue.ts';
import { markerKey } from '../issues/marker-fields.ts';
import { NearTextIndex } from '../tracking/near-text-index.ts';
import { compareMentions, type TrackedItem } from '../tracking/track-items.ts';

export interface Match {
  item: TrackedItem;
  issue: ManagedIssue | undefined;
  duplicates: ManagedIssue[];
}

export interface Matching {
  matches: Match[];
  unclaimed: ManagedIssue[];
}

/**
 * An item whose notes link a managed issue is the item that issue was opened for, even when its text
 * reads differently ("Alpine rules merged, see …/issues/12"): its mentions join that item's.
 */
export function mergeLinkedItems(
  items: readonly TrackedItem[],
  managed: readonly ManagedIssue[],
  linkedIssueOf: (item: TrackedItem) => number | undefined,
): TrackedItem[] {
  const managedNumbers = new Set(managed.map((issue) => issue.number));
  const numberById = new Map(managed.map((issue) => [issue.marker.id, issue.number]));
  const numberByKey = new Map(managed.map((issue) => [`${issue.marker.owners}\n${issue.marker.key}`, issue.number]));
  const ownerOf = new Map<number, TrackedItem>();
  for (const item of items) {
    const number = numberById.get(item.id) ?? item.mentions.map((mention) => numberByKey.get(`${item.ownerSignature}\n${markerKey(mention.key)}`)).find((found) => found !== undefined);
    if (number !== undefined && !ownerOf.has(number)) ownerOf.set(number, item);
  }
  const absorbed = new Set<TrackedItem>();
  for (const item of items) {
    const linked = linkedIssueOf(item);
    if (linked === undefined || !managedNumbers.has(linked)) continue;
    const owner = ownerOf.get(linked);
    if (owner === undefined || owner === item || absorbed.has(owner)) {
      ownerOf.set(linked, item);
      continue;
    }
    owner.mentions = [...owner.mentions, ...item.mentions].sort(compareMentions);
    absorbed.add(item);
  }
  return items.filter((item) => !absorbed.has(item));
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

  // Every item first takes the issues that are surely it (linked, same identity, same text); only then
  // do the items left without one look for an issue whose text is nearly theirs, so that a near match
  // never takes the issue of another item that has it exactly.
  const found = items.map((item) => {
    const linked = byNumber.get(linkedIssueOf(item) ?? -1);
    const sure = new Set<ManagedIssue>();
    const take = (issue: ManagedIssue | undefined) => {
      if (free(issue)) sure.add(issue);
    };
    take(linked);
    for (const issue of byId.get(item.id) ?? []) take(issue);
    for (const mention of item.mentions) {
      for (const issue of byKey.get(`${item.ownerSignature}\n${markerKey(mention.key)}`) ?? []) take(issue);
    }
    for (const issue of sure) claimed.add(issue);
    return { item, linked, issues: sure };
  });
  for (const { item, issues } of found) {
    if (issues.size > 0) continue;
    const latestKey = markerKey(item.mentions.at(-1)!.key);
    const nearest = near.get(item.ownerSignature)?.findAll(latestKey, free) ?? [];
    if (nearest.length === 0) continue;
    const oldest = nearest.reduce((a, b) => (a.number < b.number ? a : b));
    issues.add(oldest);
    claimed.add(oldest);
  }
  const matches = found.map(({ item, linked, issues }): Match => {
    const [kept, ...duplicates] = [...issues].sort(
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
