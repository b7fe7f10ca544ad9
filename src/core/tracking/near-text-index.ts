// Finds entries whose text is nearly the same as a query without comparing against every entry:
// a near match shares more than half of the query's words, so it shares one of its rarest half plus one.
import { comparableText, isNearlySame, mayBeNearlySame, type ComparableText } from './text-similarity.ts';
import { Vocabulary } from './vocabulary.ts';

interface Entry<T> {
  value: T;
  text: ComparableText;
  /** The words it is posted under, kept only once its key has changed (postings keep old keys' words). */
  posted?: number[];
  /** The search that last came across it: each entry is compared once per search. */
  seenIn: number;
}

/**
 * The entries posted under a word, in the order they were first posted there. Most words of an owners'
 * index have one entry (72% at scale), held without an array: an array per word was a fifth of what
 * tracking kept.
 */
type Posting<T> = Entry<T> | Entry<T>[];

export class NearTextIndex<T> {
  /** Entries by word id. */
  private readonly byWord = new Map<number, Posting<T>>();
  private readonly entries = new Map<T, Entry<T>>();
  private searches = 0;

  /** Several indexes may share a vocabulary: a text prepared for one is then good for all of them. */
  readonly vocabulary: Vocabulary;

  constructor(vocabulary: Vocabulary = new Vocabulary()) {
    this.vocabulary = vocabulary;
  }

  /** A key prepared for set and findAll of this index. */
  textOf(key: string | ComparableText): ComparableText {
    if (typeof key !== 'string' && key.vocabulary === this.vocabulary) return key;
    return comparableText(typeof key === 'string' ? key : key.key, this.vocabulary);
  }

  /** Adds the value under a key, or moves it to the new key when it is already there. */
  set(value: T, key: string | ComparableText): void {
    const keyText = typeof key === 'string' ? key : key.key;
    const entry = this.entries.get(value);
    if (entry === undefined) {
      const text = this.textOf(key);
      const added: Entry<T> = { value, text, seenIn: 0 };
      this.entries.set(value, added);
      forEachWord(text, (word) => this.post(word, added));
      return;
    }
    if (entry.text.key === keyText) return; // Same key: its words are in the postings already.
    // A list, not a set: an entry is posted under a few dozen words at most.
    const posted = (entry.posted ??= distinctWords(entry.text));
    entry.text = this.textOf(key);
    forEachWord(entry.text, (word) => {
      if (posted.includes(word)) return;
      posted.push(word);
      this.post(word, entry);
    });
  }

  /** The value's current key, as prepared for this index. */
  textFor(value: T): ComparableText | undefined {
    return this.entries.get(value)?.text;
  }

  private post(word: number, entry: Entry<T>): void {
    const posting = this.byWord.get(word);
    if (posting === undefined) this.byWord.set(word, entry);
    else if (Array.isArray(posting)) posting.push(entry);
    else this.byWord.set(word, [posting, entry]);
  }

  /** Every value whose current key is nearly the query, for which `accept` holds. */
  findAll(query: string | ComparableText, accept: (value: T) => boolean = () => true): T[] {
    const text = this.textOf(query);
    const sequence = text.sequence;
    if (sequence.length === 0 || this.entries.size === 0) return [];
    // The query's distinct words in the order they first occur, fewest entries first (a stable sort:
    // ties keep the query's order; a word no entry has counts as the rarest).
    const postings: (Posting<T> | undefined)[] = [];
    for (let index = 0; index < sequence.length; index++) {
      const word = sequence[index]!;
      if (sequence.indexOf(word) < index) continue;
      const posting = this.byWord.get(word);
      const size = sizeOf(posting);
      // An insertion sort in place (splice allocated for every word of every search).
      let at = postings.length;
      postings.push(posting);
      while (at > 0 && sizeOf(postings[at - 1]) > size) {
        postings[at] = postings[at - 1];
        at--;
      }
      postings[at] = posting;
    }
    const rarest = Math.min(postings.length, Math.floor(sequence.length / 2) + 1);
    const search = ++this.searches;
    const found: T[] = [];
    for (let index = 0; index < rarest; index++) {
      const posting = postings[index];
      if (posting === undefined) continue;
      if (!Array.isArray(posting)) this.compare(posting, text, search, accept, found);
      else for (const entry of posting) this.compare(entry, text, search, accept, found);
    }
    return found;
  }

  /** Adds the entry's value to `found` when it is nearly the query, unless this search compared it already. */
  private compare(entry: Entry<T>, query: ComparableText, search: number, accept: (value: T) => boolean, found: T[]): void {
    if (entry.seenIn === search) return;
    entry.seenIn = search;
    // Postings keep old keys' words; the comparison is always with the entry's current key. Word
    // counts and bits rule out most candidates (seven in eight at scale) at the cost of a few numbers.
    if (mayBeNearlySame(query, entry.text) && accept(entry.value) && isNearlySame(query, entry.text)) found.push(entry.value);
  }
}

/** Calls `visit` with each distinct word of the text, in ascending order of ids. */
function forEachWord(text: ComparableText, visit: (word: number) => void): void {
  const sorted = text.sorted;
  for (let index = 0; index < sorted.length; index++) if (index === 0 || sorted[index] !== sorted[index - 1]) visit(sorted[index]!);
}

function distinctWords(text: ComparableText): number[] {
  const words: number[] = [];
  forEachWord(text, (word) => words.push(word));
  return words;
}

function sizeOf<T>(posting: Posting<T> | undefined): number {
  return posting === undefined ? 0 : Array.isArray(posting) ? posting.length : 1;
}
