// Pairs each tracked item with the managed issue that is it: the issue its notes link, else the issue
// whose marker has its identity or one of its texts, else one whose last text is nearly the same.
// Several issues for one item (two runs raced) are all claimed: the oldest is kept, the rest are
// duplicates.
import type { ManagedIssue } from '../issues/managed-issue.ts';
import { markerKey } from '../issues/marker-fields.ts';
import { NearTextIndex } from '../tracking/near-text-index.ts';
import { compareMentions, type TrackedItem, type Tracking } from '../tracking/track-items.ts';
import { Vocabulary } from '../tracking/vocabulary.ts';

export interface Match {
  item: TrackedItem;
  issue: ManagedIssue | undefined;
  duplicates: readonly ManagedIssue[];
}

/** The duplicates of almost every item: one empty list for all, not one for each of tens of thousands. */
const NO_DUPLICATES: readonly ManagedIssue[] = Object.freeze([]);

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
  if (managed.length === 0) return [...items];
  const managedNumbers = new Set(managed.map((issue) => issue.number));
  const linksManaged = (item: TrackedItem) => {
    const linked = linkedIssueOf(item);
    return linked !== undefined && managedNumbers.has(linked);
  };
  // Most runs have no item that links a managed issue: nothing to merge, so no issue's item is looked for.
  if (!items.some(linksManaged)) return [...items];
  const numberById = new Map(managed.map((issue) => [issue.marker.id, issue.number]));
  const byKey = groupByOwnersAndKey(managed);
  const ownerOf = new Map<number, TrackedItem>();
  for (const item of items) {
    let number = numberById.get(item.id);
    const keys = number === undefined ? byKey.get(item.ownerSignature) : undefined;
    if (keys !== undefined) {
      for (const mention of item.mentions) {
        number = keys.get(markerKey(mention.key))?.at(-1)!.number;
        if (number !== undefined) break;
      }
    }
    if (number !== undefined && !ownerOf.has(number)) ownerOf.set(number, item);
  }
  const absorbed = new Set<TrackedItem>();
  for (const item of items) {
    // Worked out here, not before: an item that absorbed another has that item's mentions too.
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
  return absorbed.size === 0 ? [...items] : items.filter((item) => !absorbed.has(item));
}

/** The texts tracking prepared (see trackItemsWithTexts): the search for an item's issue reuses them. */
export type TrackedTexts = Pick<Tracking, 'vocabulary' | 'latestText'>;

export function matchIssues(
  items: readonly TrackedItem[],
  managed: readonly ManagedIssue[],
  linkedIssueOf: (item: TrackedItem) => number | undefined,
  texts?: TrackedTexts,
): Matching {
  if (managed.length === 0) return { matches: items.map((item) => ({ item, issue: undefined, duplicates: NO_DUPLICATES })), unclaimed: [] };
  const byNumber = new Map(managed.map((issue) => [issue.number, issue]));
  const byId = group(managed, (issue) => issue.marker.id);
  const byKey = groupByOwnersAndKey(managed);
  const byOwners = group(managed, (issue) => issue.marker.owners);
  const claimed = new Set<ManagedIssue>();
  const free = (issue: ManagedIssue | undefined): issue is ManagedIssue => issue !== undefined && !claimed.has(issue);
  // The near index of an owners' issues is built the first time an item of those owners needs it; all
  // of them share one vocabulary (a vocabulary's table is 16 kB: thousands of owners' lists each had one).
  const vocabulary = texts?.vocabulary ?? new Vocabulary();
  const near = new Map<string, NearTextIndex<ManagedIssue> | undefined>();
  const nearOf = (owners: string): NearTextIndex<ManagedIssue> | undefined => {
    if (near.has(owners)) return near.get(owners);
    const issues = byOwners.get(owners);
    let index: NearTextIndex<ManagedIssue> | undefined;
    // Only a free issue is ever found, and an issue taken stays taken: when the items that are surely
    // theirs took all of the owners' issues (as in most runs), the owners need no index and no search.
    if (issues !== undefined && issues.some(free)) {
      index = new NearTextIndex<ManagedIssue>(vocabulary);
      for (const issue of issues) index.set(issue, issue.marker.key);
    }
    near.set(owners, index);
    return index;
  };
  // Not a closure per item: tens of thousands of items take an issue or none.
  const take = (sure: ManagedIssue[], issue: ManagedIssue | undefined) => {
    if (free(issue) && !sure.includes(issue)) sure.push(issue);
  };

  // Every item first takes the issues that are surely it (linked, same identity, same text); only then
  // do the items left without one look for an issue whose text is nearly theirs, so that a near match
  // never takes the issue of another item that has it exactly.
  const found = items.map((item) => {
    const linked = byNumber.get(linkedIssueOf(item) ?? -1);
    const sure: ManagedIssue[] = [];
    take(sure, linked);
    for (const issue of byId.get(item.id) ?? []) take(sure, issue);
    const keys = byKey.get(item.ownerSignature);
    if (keys !== undefined) {
      for (const mention of item.mentions) {
        for (const issue of keys.get(markerKey(mention.key)) ?? []) take(sure, issue);
      }
    }
    for (const issue of sure) claimed.add(issue);
    return { item, linked, issues: sure };
  });
  for (const { item, issues } of found) {
    if (issues.length > 0) continue;
    const index = nearOf(item.ownerSignature);
    if (index === undefined) continue;
    // Tracking's text of the item is its latest, unless a merge of linked items changed which is latest
    // or the marker keeps only the start of it.
    const key = markerKey(item.mentions.at(-1)!.key);
    const text = texts?.latestText(item);
    const nearest = index.findAll(text !== undefined && text.key === key ? text : key, free);
    if (nearest.length === 0) continue;
    const oldest = nearest.reduce((a, b) => (a.number < b.number ? a : b));
    issues.push(oldest);
    claimed.add(oldest);
  }
  const matches = found.map(({ item, linked, issues }): Match => {
    if (issues.length <= 1) return { item, issue: issues[0], duplicates: NO_DUPLICATES };
    const [kept, ...duplicates] = issues.sort(
      (a, b) => Number(a !== linked) - Number(b !== linked) || Number(a.marker.closedAs === 'duplicate') - Number(b.marker.closedAs === 'duplicate') || a.number - b.number,
    );
    return { item, issue: kept, duplicates };
  });
  return { matches, unclaimed: managed.filter((issue) => !claimed.has(issue)) };
}

/** The managed issues by the owners and the text in their markers. */
function groupByOwnersAndKey(managed: readonly ManagedIssue[]): Map<string, Map<string, ManagedIssue[]>> {
  const grouped = new Map<string, Map<string, ManagedIssue[]>>();
  for (const issue of managed) {
    let keys = grouped.get(issue.marker.owners);
    if (keys === undefined) {
      keys = new Map();
      grouped.set(issue.marker.owners, keys);
    }
    const list = keys.get(issue.marker.key);
    if (list === undefined) keys.set(issue.marker.key, [issue]);
    else list.push(issue);
  }
  return grouped;
}

function group<T, K>(values: readonly T[], key: (value: T) => K): Map<K, T[]> {
  const grouped = new Map<K, T[]>();
  for (const value of values) {
    const list = grouped.get(key(value));
    if (list === undefined) grouped.set(key(value), [value]);
    else list.push(value);
  }
  return grouped;
}
