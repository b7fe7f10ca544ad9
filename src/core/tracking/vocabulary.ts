// The words of one run's texts as small integers. Tracking compares each new item with many others:
// with ids, two texts' words are matched by comparing numbers, and what a comparison asks of a word
// (a function word? long enough to be a typo? a number?) is worked out once per word, not per text.

/** Words that change how a sentence reads, not what the task is. */
const FUNCTION_WORDS = new Set(
  'a an the on in of for to with and or at by from as is are be been this that these those it its into onto about up out over also some any our their his her my your we they he she i via per than then there here so too very just please'.split(' '),
);

/** Words shorter than this are never taken for a typo of another word. */
export const MIN_TYPO_LENGTH = 4;

/**
 * 0: a function word too short to be a typo; 1: a content word too short to be a typo; 2: a content
 * word long enough to be one; 3: a function word long enough to be one.
 */
export type WordKind = 0 | 1 | 2 | 3;

export function isFunctionWord(kind: WordKind): boolean {
  return kind === 0 || kind === 3;
}

export function tokenize(key: string): string[] {
  return key.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
}

/** Beyond ASCII, words are read by tokenize. */
const NOT_ASCII = /[^\x00-\x7f]/; // eslint-disable-line no-control-regex

export class Vocabulary {
  /** Each word, by its id. */
  readonly words: string[] = [];
  readonly kinds: WordKind[] = [];
  /** Whether the word holds a digit (a number that differs names another thing). */
  readonly numeric: boolean[] = [];
  /**
   * An open-addressing table of id + 1 by hash of the word: a word of a key is looked up from its
   * characters in place, without cutting it out of the key first (most words are known already).
   */
  private table = new Int32Array(1 << 12);
  private readonly hashes: number[] = [];
  private readonly buffer: number[] = [];

  idOf(word: string): number {
    return this.lookUp(word, 0, word.length, hashOf(word, 0, word.length));
  }

  /** The ids of tokenize(key), in order. */
  tokenIds(key: string): number[] {
    if (NOT_ASCII.test(key)) return tokenize(key).map((token) => this.idOf(token));
    // The same words as tokenize: in ASCII its letters and digits are [A-Za-z0-9]. Read into a reused
    // buffer and copied out at their length: tracking keeps the ids of every item's text, and an
    // array grown by push keeps room for 17.
    const ids = this.buffer;
    let count = 0;
    let start = -1;
    let hash = 0;
    for (let index = 0; index <= key.length; index++) {
      const code = index < key.length ? key.charCodeAt(index) : 0;
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
        if (start < 0) {
          start = index;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      } else if (start >= 0) {
        ids[count++] = this.lookUp(key, start, index, hash);
        start = -1;
      }
    }
    return ids.slice(0, count);
  }

  private lookUp(text: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot]! - 1;
      if (id < 0) break;
      if (this.hashes[id] === hash && sameChars(this.words[id]!, text, start, end)) return id;
    }
    return this.add(text.slice(start, end), hash);
  }

  private add(word: string, hash: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    const short = word.length < MIN_TYPO_LENGTH;
    this.kinds.push(FUNCTION_WORDS.has(word) ? (short ? 0 : 3) : short ? 1 : 2);
    this.numeric.push(/\p{N}/u.test(word));
    // Kept at most half full, so that a lookup ends after a probe or two.
    if (this.words.length * 2 > this.table.length) {
      this.table = new Int32Array(this.table.length * 2);
      for (let known = 0; known <= id; known++) this.place(known);
    } else {
      this.place(id);
    }
    return id;
  }

  private place(id: number): void {
    const mask = this.table.length - 1;
    let slot = this.hashes[id]! & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = id + 1;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function hashOf(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  return hash;
}

function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}
