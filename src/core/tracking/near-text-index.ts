// Finds entries whose text is nearly the same as a query without comparing against every entry:
// a near match shares more than half of the query's words, so it shares one of its rarest half plus one.
import { comparableText, isNearlySame, type ComparableText } from './text-similarity.ts';

interface Entry<T> {
  value: T;
  text: ComparableText;
  /** The words it is posted under, kept only once its key has changed (postings keep old keys' words). */
  posted?: Set<string>;
  /** The search that last came across it: each entry is compared once per search. */
  seenIn: number;
}

export class NearTextIndex<T> {
  /** Entries by word, in the order they were first posted under it. */
  private readonly byToken = new Map<string, Entry<T>[]>();
  private readonly entries = new Map<T, Entry<T>>();
  private searches = 0;

  /** Adds the value under a key, or moves it to the new key when it is already there. */
  set(value: T, key: string | ComparableText): void {
    const keyText = typeof key === 'string' ? key : key.key;
    const entry = this.entries.get(value);
    if (entry === undefined) {
      const text = typeof key === 'string' ? comparableText(key) : key;
      const added: Entry<T> = { value, text, seenIn: 0 };
      this.entries.set(value, added);
      for (const token of text.distinct) this.post(token, added);
      return;
    }
    if (entry.text.key === keyText) return; // Same key: its words are in the postings already.
    entry.posted ??= new Set(entry.text.distinct);
    entry.text = typeof key === 'string' ? comparableText(key) : key;
    for (const token of entry.text.distinct) {
      if (entry.posted.has(token)) continue;
      entry.posted.add(token);
      this.post(token, entry);
    }
  }

  private post(token: string, entry: Entry<T>): void {
    const posting = this.byToken.get(token);
    if (posting === undefined) this.byToken.set(token, [entry]);
    else posting.push(entry);
  }

  /** Every value whose current key is nearly the query, for which `accept` holds. */
  findAll(query: string | ComparableText, accept: (value: T) => boolean = () => true): T[] {
    const text = typeof query === 'string' ? comparableText(query) : query;
    if (text.tokens.length === 0) return [];
    // The query's distinct words, fewest entries first (a stable sort: ties keep the query's order; a
    // word no entry has counts as the rarest).
    const postings: (Entry<T>[] | undefined)[] = [];
    for (const token of text.distinct) {
      const posting = this.byToken.get(token);
      const size = posting?.length ?? 0;
      let at = postings.length;
      while (at > 0 && (postings[at - 1]?.length ?? 0) > size) at--;
      postings.splice(at, 0, posting);
    }
    const rarest = Math.min(postings.length, Math.floor(text.tokens.length / 2) + 1);
    const search = ++this.searches;
    const found: T[] = [];
    for (let index = 0; index < rarest; index++) {
      const posting = postings[index];
      if (posting === undefined) continue;
      for (const entry of posting) {
        if (entry.seenIn === search) continue;
        entry.seenIn = search;
        // Postings keep old keys' words; the comparison is always with the entry's current key.
        if (accept(entry.value) && isNearlySame(text, entry.text)) found.push(entry.value);
      }
    }
    return found;
  }
}
