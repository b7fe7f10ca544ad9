// Finds entries whose text is nearly the same as a query without comparing against every entry:
// a near match shares more than half of the query's words, so it shares one of its rarest half plus one.
import { isNearlySameText, tokenize } from './text-similarity.ts';

interface Entry<T> {
  value: T;
  key: string;
  tokens: string[];
}

export class NearTextIndex<T> {
  private readonly byToken = new Map<string, Set<Entry<T>>>();
  private readonly entries = new Map<T, Entry<T>>();

  /** Adds the value under a key, or moves it to the new key when it is already there. */
  set(value: T, key: string): void {
    const entry = this.entries.get(value) ?? { value, key, tokens: [] };
    entry.key = key;
    entry.tokens = tokenize(key);
    this.entries.set(value, entry);
    for (const token of entry.tokens) {
      const posting = this.byToken.get(token) ?? new Set();
      posting.add(entry);
      this.byToken.set(token, posting);
    }
  }

  /** Every value whose current key is nearly the query, for which `accept` holds. */
  findAll(query: string, accept: (value: T) => boolean = () => true): T[] {
    const tokens = tokenize(query);
    if (tokens.length === 0) return [];
    const rarest = [...new Set(tokens)]
      .sort((a, b) => (this.byToken.get(a)?.size ?? 0) - (this.byToken.get(b)?.size ?? 0))
      .slice(0, Math.floor(tokens.length / 2) + 1);
    const seen = new Set<Entry<T>>();
    const found: T[] = [];
    for (const token of rarest) {
      for (const entry of this.byToken.get(token) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        // Postings keep old keys' words; the comparison is always with the entry's current key.
        if (accept(entry.value) && isNearlySameText(query, entry.key, tokens, entry.tokens)) found.push(entry.value);
      }
    }
    return found;
  }
}
