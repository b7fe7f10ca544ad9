// Finds entries whose text is nearly the same as a query without comparing against every entry:
// a near match shares more than half of the query's words, so it shares one of its rarest half plus one.
import { comparableText, isNearlySame, type ComparableText } from './text-similarity.ts';

interface Entry<T> {
  value: T;
  text: ComparableText;
}

export class NearTextIndex<T> {
  private readonly byToken = new Map<string, Set<Entry<T>>>();
  private readonly entries = new Map<T, Entry<T>>();

  /** Adds the value under a key, or moves it to the new key when it is already there. */
  set(value: T, key: string | ComparableText): void {
    const keyText = typeof key === 'string' ? key : key.key;
    let entry = this.entries.get(value);
    if (entry === undefined) {
      entry = { value, text: typeof key === 'string' ? comparableText(key) : key };
      this.entries.set(value, entry);
    } else if (entry.text.key !== keyText) {
      entry.text = typeof key === 'string' ? comparableText(key) : key;
    } else {
      return; // Same key: its words are in the postings already.
    }
    for (const token of entry.text.counts.keys()) {
      let posting = this.byToken.get(token);
      if (posting === undefined) {
        posting = new Set();
        this.byToken.set(token, posting);
      }
      posting.add(entry);
    }
  }

  /** Every value whose current key is nearly the query, for which `accept` holds. */
  findAll(query: string | ComparableText, accept: (value: T) => boolean = () => true): T[] {
    const text = typeof query === 'string' ? comparableText(query) : query;
    if (text.tokens.length === 0) return [];
    // The query's distinct words, fewest entries first (a stable sort: ties keep the query's order; a
    // word no entry has counts as the rarest).
    const rarest = [...text.counts.keys()]
      .map((token) => {
        const posting = this.byToken.get(token);
        return { posting, size: posting?.size ?? 0 };
      })
      .sort((a, b) => a.size - b.size)
      .slice(0, Math.floor(text.tokens.length / 2) + 1);
    const seen = new Set<Entry<T>>();
    const found: T[] = [];
    for (const { posting } of rarest) {
      if (posting === undefined) continue;
      for (const entry of posting) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        // Postings keep old keys' words; the comparison is always with the entry's current key.
        if (accept(entry.value) && isNearlySame(text, entry.text)) found.push(entry.value);
      }
    }
    return found;
  }
}
