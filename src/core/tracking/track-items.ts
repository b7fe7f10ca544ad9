// Follows each TODO across meetings: items with the same owners and the same or nearly the same text
// are one tracked item, whose mentions are listed in meeting order.
import { hash } from 'node:crypto';
import type { IssueRef, ItemStatus, Note, Owner } from '../notes/note.ts';
import { ownerSignature } from './owner-signature.ts';
import { NearTextIndex } from './near-text-index.ts';
import { comparableText, type ComparableText } from './text-similarity.ts';

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

export function itemId(signature: string, key: string): string {
  return hash('sha256', `${signature}\n${key}`, 'base64url').slice(0, 16);
}

export function trackItems(notes: readonly Note[]): TrackedItem[] {
  const items: TrackedItem[] = [];
  const exact = new Map<string, TrackedItem>();
  const nearByOwners = new Map<string, NearTextIndex<TrackedItem>>();

  for (const note of [...notes].sort(compareNotes)) {
    const takenInThisNote = new Set<TrackedItem>();
    const signatures = note.items.map((item) => ownerSignature(item.owners));
    // First the items whose text is already tracked, then the others by near match: a near match
    // never takes the tracked item that a later line of the same note repeats exactly.
    const assigned: (TrackedItem | undefined)[] = note.items.map((item, index) => exact.get(`${signatures[index]}\n${item.key}`));
    for (const tracked of assigned) if (tracked) takenInThisNote.add(tracked);
    note.items.forEach((item, index) => {
      const signature = signatures[index]!;
      let near = nearByOwners.get(signature);
      if (near === undefined) {
        near = new NearTextIndex<TrackedItem>();
        nearByOwners.set(signature, near);
      }
      const exactKey = `${signature}\n${item.key}`;
      // The item's words are prepared once, for the search and for the index.
      let key: string | ComparableText = item.key;
      let tracked = assigned[index] ?? exact.get(exactKey);
      if (tracked === undefined) {
        key = comparableText(item.key);
        // Two different items of one note are never merged by a near match, only by the same text.
        tracked = mostMentioned(near.findAll(key, (candidate) => !takenInThisNote.has(candidate))) ?? startTracking(items, signature, item.key);
      }
      assigned[index] = tracked;
      takenInThisNote.add(tracked);
      exact.set(exactKey, tracked);
      near.set(tracked, key);
    });
    note.items.forEach((item, index) => {
      assigned[index]!.mentions.push({
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
  return items;
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
