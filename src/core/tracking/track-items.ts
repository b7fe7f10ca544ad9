// Follows each TODO across meetings: items with the same owners and the same or nearly the same text
// are one tracked item, whose mentions are listed in meeting order.
import { hash } from 'node:crypto';
import type { IssueRef, ItemStatus, Note, Owner } from '../notes/note.ts';
import { ownString } from '../notes/own-string.ts';
import { ownerSignature } from './owner-signature.ts';
import { NearTextIndex } from './near-text-index.ts';
import type { ComparableText } from './text-similarity.ts';
import { Vocabulary } from './vocabulary.ts';

/** One appearance of an item in one note. */
export interface Mention {
  path: string;
  line: number;
  column: number;
  noteTitle: string;
  date: string | null;
  teams: string[];
  status: ItemStatus;
  text: string;
  key: string;
  owners: Owner[];
  issueRefs: IssueRef[];
}

export interface TrackedItem {
  /** Stable identity: derived from the owners and the text of the first mention. */
  id: string;
  ownerSignature: string;
  /** In meeting order (date, then path, then line); the last one is the latest word on the item. */
  mentions: Mention[];
}

/** Notes in meeting order: undated notes first, then by date, then by path. */
export function compareNotes(a: Pick<Note, 'date' | 'path'>, b: Pick<Note, 'date' | 'path'>): number {
  const byDate = (a.date ?? '').localeCompare(b.date ?? '');
  return byDate !== 0 ? byDate : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Mentions in meeting order, then in the order of the lines of a note. */
export function compareMentions(a: Mention, b: Mention): number {
  return compareNotes(a, b) || a.line - b.line;
}

/**
 * The first 16 characters of the SHA-256 in base64url, in a string of their own: a cut of the digest
 * keeps all 43 characters alive, for every item of a run and every marker that names it.
 */
export function itemId(signature: string, key: string): string {
  return ownString(hash('sha256', `${signature}\n${key}`, 'base64url').slice(0, 16));
}

/** The items of one owners' signature tracked so far: by each text they have had, and by near text. */
interface OwnersItems {
  signature: string;
  exact: Map<string, TrackedItem>;
  near: NearTextIndex<TrackedItem>;
}

/** The tracked items, and the words of each one's latest text as tracking read them. */
export interface Tracking {
  items: TrackedItem[];
  /** The vocabulary of the texts: an index that shares it takes them as they are. */
  vocabulary: Vocabulary;
  latestText: (item: TrackedItem) => ComparableText | undefined;
}

export function trackItems(notes: readonly Note[]): TrackedItem[] {
  return trackItemsWithTexts(notes).items;
}

/** trackItems, with the texts it prepared: a search for an item's issue need not read its text again. */
export function trackItemsWithTexts(notes: readonly Note[]): Tracking {
  const items: TrackedItem[] = [];
  // One vocabulary for every owners' index: a word is looked up once per text.
  const vocabulary = new Vocabulary();
  const byOwners = new Map<string, OwnersItems>();
  const ownersItems = (signature: string): OwnersItems => {
    let found = byOwners.get(signature);
    if (found === undefined) {
      found = { signature, exact: new Map(), near: new NearTextIndex<TrackedItem>(vocabulary) };
      byOwners.set(signature, found);
    }
    return found;
  };

  for (const note of [...notes].sort(compareNotes)) {
    const takenInThisNote = new Set<TrackedItem>();
    const groups = note.items.map((item) => ownersItems(ownerSignature(item.owners)));
    // First the items whose text is already tracked, then the others by near match: a near match
    // never takes the tracked item that a later line of the same note repeats exactly.
    const assigned: (TrackedItem | undefined)[] = note.items.map((item, index) => groups[index]!.exact.get(item.key));
    for (const tracked of assigned) if (tracked) takenInThisNote.add(tracked);
    note.items.forEach((item, index) => {
      const { signature, exact, near } = groups[index]!;
      // The item's words are prepared once, for the search and for the index.
      let key: string | ComparableText = item.key;
      let tracked = assigned[index] ?? exact.get(item.key);
      if (tracked === undefined) {
        // A first item of its owners has nothing to be nearly: it is tracked without a search.
        const found = exact.size === 0 ? [] : near.findAll((key = near.textOf(item.key)), (candidate) => !takenInThisNote.has(candidate));
        // Two different items of one note are never merged by a near match, only by the same text.
        tracked = mostMentioned(found) ?? startTracking(items, signature, item.key);
      }
      assigned[index] = tracked;
      takenInThisNote.add(tracked);
      exact.set(item.key, tracked);
      near.set(tracked, key);
    });
    note.items.forEach((item, index) => {
      addMention(assigned[index]!, {
        path: note.path,
        line: item.line,
        column: item.column,
        noteTitle: note.title,
        date: note.date,
        teams: note.teams,
        status: item.status,
        text: item.text,
        key: item.key,
        owners: item.owners,
        issueRefs: item.issueRefs,
      });
    });
  }
  return { items, vocabulary, latestText: (item) => byOwners.get(item.ownerSignature)?.near.textFor(item) };
}

/** Most items are mentioned once: an array that grows from empty by push keeps room for 17 mentions. */
function addMention(tracked: TrackedItem, mention: Mention): void {
  if (tracked.mentions.length === 0) tracked.mentions = [mention];
  else tracked.mentions.push(mention);
}

function startTracking(items: TrackedItem[], signature: string, key: string): TrackedItem {
  const tracked: TrackedItem = { id: itemId(signature, key), ownerSignature: signature, mentions: [] };
  items.push(tracked);
  return tracked;
}

function mostMentioned(candidates: TrackedItem[]): TrackedItem | undefined {
  let best: TrackedItem | undefined;
  for (const candidate of candidates) if (best === undefined || candidate.mentions.length > best.mentions.length) best = candidate;
  return best;
}
