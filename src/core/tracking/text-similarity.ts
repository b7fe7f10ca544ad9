// Decides whether two normalised item texts say the same thing: a typo fixed, a little word added or
// dropped, or a few words changed in a long item; but never a different object in a short one
// ("plots of the Redis runs" is not "plots of the Nginx runs").
// Tracking compares each item with many candidates, so a text's words are prepared once, as ids of a
// Vocabulary (ComparableText), and a comparison stops as soon as too many words differ.
import { isFunctionWord, MIN_TYPO_LENGTH, Vocabulary } from './vocabulary.ts';

/** A normalised text with what every comparison needs from it, computed once. */
export interface ComparableText {
  readonly key: string;
  /** The vocabulary its word ids are from: only texts of one vocabulary are compared. */
  readonly vocabulary: Vocabulary;
  /** Its words' ids, in the order of the text. */
  readonly sequence: readonly number[];
  /**
   * Its words' ids in ascending order, a word as often as it occurs: merging two texts' sorted words
   * pairs the words they share (as multisets).
   */
  readonly sorted: readonly number[];
  /** The length of its words joined without separators, and the joined words when a comparison needed them. */
  readonly joinedLength: number;
  joined?: string;
  /** Words other than function words. */
  readonly contentWords: number;
  /** Content words too short to be a typo of another word, and long enough to be one. */
  readonly shortWords: number;
  readonly longWords: number;
  /** Words long enough to be a typo of another word, function words too. */
  readonly typoableWords: number;
  /**
   * A bit for each of its short content words (bit id mod 32): two texts share no more of them than
   * their bits in common. All bits when two of its short words have one bit (a word repeated, say): it
   * then rules nothing out.
   */
  readonly shortBits: number;
  /** A bit for each of its numbers (bit id mod 32): texts with other bits have a number only one has. */
  readonly numberBits: number;
  /** Whether it may end in a remark in parentheses (it has a closing one). */
  readonly mayHaveRemark: boolean;
  /** The text without a trailing remark in parentheses, filled in the first time it is needed. */
  bare?: ComparableText;
}

/** The short bits of a text two of whose short words have one bit: every bit (see shortBits). */
const ALL_BITS = -1;

export function comparableText(key: string, vocabulary: Vocabulary, sequence: readonly number[] = vocabulary.tokenIds(key)): ComparableText {
  // A copy at its length: tracking keeps a text for every item, and an array grown by push keeps room
  // for 17 numbers.
  const sorted = sequence.slice();
  let shortWords = 0;
  let longWords = 0;
  let typoableWords = 0;
  let joinedLength = 0;
  let shortBits = 0;
  let numberBits = 0;
  for (let index = 0; index < sequence.length; index++) {
    const id = sequence[index]!;
    // An insertion sort: a text has a few words.
    let at = index;
    while (at > 0 && sorted[at - 1]! > id) {
      sorted[at] = sorted[at - 1]!;
      at--;
    }
    sorted[at] = id;
    const kind = vocabulary.kinds[id]!;
    if (kind === 1) shortWords++;
    else if (kind === 2) longWords++;
    if (kind >= 2) typoableWords++;
    const bit = 1 << (id & 31);
    if (kind === 1) shortBits = (shortBits & bit) === 0 ? shortBits | bit : ALL_BITS;
    if (vocabulary.numeric[id]) numberBits |= bit;
    joinedLength += vocabulary.words[id]!.length;
  }
  // Every field is there from the start, so that every text has one shape (the comparison stays fast).
  return {
    key,
    vocabulary,
    sequence,
    sorted,
    joinedLength,
    joined: undefined,
    contentWords: shortWords + longWords,
    shortWords,
    longWords,
    typoableWords,
    shortBits,
    numberBits,
    mayHaveRemark: key.includes(')'),
    bare: undefined,
  };
}

/**
 * False when two texts cannot be nearly the same, judged from their counts of words and their bits
 * alone: most candidates of a search are ruled out by it without their words being looked at. Texts
 * that may end in a remark are judged with and without it, as isNearlySame compares them.
 */
export function mayBeNearlySame(a: ComparableText, b: ComparableText): boolean {
  if (mayBeNearlySameWords(a, b)) return true;
  return (a.mayHaveRemark || b.mayHaveRemark) && mayBeNearlySameWords(bareOf(a), bareOf(b));
}

/**
 * False when isNearlySameWords is. A short word of one side pairs only with the same word, and a long
 * one only with the same word or a typo of it (a word of the other side long enough to be one): the
 * words beyond those are changed, and too many changed words are another item. A number only one side
 * has is never the same item. Texts that may be the same words joined differently are left to it.
 */
function mayBeNearlySameWords(a: ComparableText, b: ComparableText): boolean {
  if (a.joinedLength === b.joinedLength) return true;
  if (a.numberBits !== b.numberBits) return false;
  const allowed = allowedChanges(Math.max(a.contentWords, b.contentWords));
  // At most as many short words in common as either has, and as their bits in common.
  const sharedShort = Math.min(a.shortWords, b.shortWords, bitCount(a.shortBits & b.shortBits));
  return (
    a.shortWords - sharedShort + Math.max(0, a.longWords - b.typoableWords) <= allowed &&
    b.shortWords - sharedShort + Math.max(0, b.longWords - a.typoableWords) <= allowed
  );
}

function bitCount(bits: number): number {
  let count = 0;
  for (let left = bits; left !== 0; left &= left - 1) count++;
  return count;
}

/** In a long item a few words may change (one in five); in a short one a changed word is another task. */
function allowedChanges(contentWords: number): number {
  return contentWords >= 5 ? Math.max(1, Math.floor(contentWords / 5)) : 0;
}

/** True when two keys are the same item's text, written slightly differently. */
export function isNearlySameText(a: string, b: string): boolean {
  const vocabulary = new Vocabulary();
  return isNearlySame(comparableText(a, vocabulary), comparableText(b, vocabulary));
}

/** isNearlySameText for prepared texts (of one vocabulary); see also mayBeNearlySame. */
export function isNearlySame(a: ComparableText, b: ComparableText): boolean {
  if (a.key === b.key) return true;
  if (isNearlySameWords(a, b)) return true;
  // A remark added in parentheses at the end ("(half done)", "(see the thread)") keeps the item.
  const bareA = bareOf(a);
  const bareB = bareOf(b);
  if (bareA === a && bareB === b) return false;
  return bareA.key === bareB.key || isNearlySameWords(bareA, bareB);
}

function bareOf(text: ComparableText): ComparableText {
  if (text.bare === undefined) {
    // The remark ends in a parenthesis: most texts have none and keep their words.
    const bare = text.key.includes(')') ? text.key.replace(/\s*\([^()]*\)[\s.]*$/u, '') : text.key;
    const sequence = bare === text.key ? text.sequence : text.vocabulary.tokenIds(bare);
    text.bare = bare !== text.key && sequence.length >= 3 ? comparableText(bare, text.vocabulary, sequence) : text;
  }
  return text.bare;
}

function joinedOf(text: ComparableText): string {
  text.joined ??= text.sequence.map((id) => text.vocabulary.words[id]).join('');
  return text.joined;
}

function isNearlySameWords(a: ComparableText, b: ComparableText): boolean {
  // The same words joined: only punctuation or spacing differs.
  if (a.joinedLength === b.joinedLength && joinedOf(a) === joinedOf(b)) return a.sequence.length > 0;
  const allowed = allowedChanges(Math.max(a.contentWords, b.contentWords));
  // The words the texts have in common (as multisets): the content words by length, and those long
  // enough to be a typo. Merged in place, without a result object, because most comparisons end here.
  const kinds = a.vocabulary.kinds;
  let sharedShort = 0;
  let sharedLong = 0;
  let sharedTypoable = 0;
  for (let indexA = 0, indexB = 0; indexA < a.sorted.length && indexB < b.sorted.length; ) {
    const wordA = a.sorted[indexA]!;
    const wordB = b.sorted[indexB]!;
    if (wordA < wordB) indexA++;
    else if (wordA > wordB) indexB++;
    else {
      const kind = kinds[wordA]!;
      if (kind === 1) sharedShort++;
      else if (kind === 2) sharedLong++;
      if (kind >= 2) sharedTypoable++;
      indexA++;
      indexB++;
    }
  }
  // Each word of one side is changed unless it pairs with a typo of it on the other side: a word too
  // short to be a typo never pairs, and no more words pair than the other side has words long enough
  // to be a typo. Counted first, without building the word lists, because most candidates differ in
  // far too many words.
  const pairableA = a.typoableWords - sharedTypoable;
  const pairableB = b.typoableWords - sharedTypoable;
  if (a.shortWords - sharedShort + Math.max(0, a.longWords - sharedLong - pairableB) > allowed) return false;
  if (b.shortWords - sharedShort + Math.max(0, b.longWords - sharedLong - pairableA) > allowed) return false;
  // The words only one side has, in reused buffers: most comparisons that get here still fail.
  if (missing.a.length < a.sequence.length) missing.a = new Int32Array(a.sequence.length * 2);
  if (missing.b.length < b.sequence.length) missing.b = new Int32Array(b.sequence.length * 2);
  if (missing.paired.length < b.sequence.length) missing.paired = new Uint8Array(b.sequence.length * 2);
  const { a: onlyA, b: onlyB, paired: pairedB } = missing;
  const countA = wordsMissingFrom(a, b, onlyA);
  const countB = wordsMissingFrom(b, a, onlyB);
  // A number that differs (a pull request, a version, a date) names another thing: never the same item.
  const { numeric, words } = a.vocabulary;
  for (let index = 0; index < countA; index++) if (numeric[onlyA[index]!]) return false;
  for (let index = 0; index < countB; index++) if (numeric[onlyB[index]!]) return false;

  // Pairs each word of one side, in order, with the first free word of the other that is a typo of it.
  pairedB.fill(0, 0, countB);
  let changedA = 0;
  for (let indexA = 0; indexA < countA; indexA++) {
    const wordA = onlyA[indexA]!;
    let indexB = -1;
    for (let index = 0; index < countB; index++) {
      if (pairedB[index] === 0 && isTypo(words[wordA]!, words[onlyB[index]!]!)) {
        indexB = index;
        break;
      }
    }
    if (indexB >= 0) pairedB[indexB] = 1;
    else if (!isFunctionWord(kinds[wordA]!) && ++changedA > allowed) return false;
  }
  let changedB = 0;
  for (let index = 0; index < countB; index++) {
    if (pairedB[index] === 0 && !isFunctionWord(kinds[onlyB[index]!]!) && ++changedB > allowed) return false;
  }
  // Nothing but typos and function words differ; the same words in another order are not the same text.
  if (changedA === 0 && changedB === 0) return countA + countB > 0;
  return true;
}

const missing = { a: new Int32Array(64), b: new Int32Array(64), paired: new Uint8Array(64) };

/**
 * Writes the words of `from`, in its order, less those `other` has too (as multisets: the first ones of
 * a repeated word pair up), into `into`; returns how many.
 */
function wordsMissingFrom(from: ComparableText, other: ComparableText, into: Int32Array): number {
  let count = 0;
  const sequence = from.sequence;
  for (let index = 0; index < sequence.length; index++) {
    const id = sequence[index]!;
    const at = other.sorted.indexOf(id);
    if (at < 0) {
      into[count++] = id;
      continue;
    }
    let earlier = 0;
    for (let before = 0; before < index; before++) if (sequence[before] === id) earlier++;
    // The other's occurrences of the word are side by side in its sorted words.
    if (other.sorted[at + earlier] !== id) into[count++] = id;
  }
  return count;
}

function isTypo(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_TYPO_LENGTH) return false;
  const allowed = shorter >= 8 ? 2 : 1;
  return Math.abs(a.length - b.length) <= allowed && editDistance(a, b, allowed) <= allowed;
}

let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/**
 * Levenshtein distance when it is at most `limit`, else limit + 1. Only the diagonal band |i - j| <=
 * limit is computed: an alignment that leaves it costs more than the limit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  // Two rows reused by every call: tracking checks hundreds of thousands of pairs of words.
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length * 2 + 1), new Int32Array(b.length * 2 + 1)];
  let previous = rows[0];
  let current = rows[1];
  for (let j = 0; j <= b.length; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - limit);
    const high = Math.min(b.length, i + limit);
    current[0] = Math.min(i, over);
    if (low > 1) current[low - 1] = over;
    let rowMinimum = current[0];
    for (let j = low; j <= high; j++) {
      const above = j <= i - 1 + limit ? previous[j]! : over;
      const value = Math.min(above + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), over);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (high < b.length) current[high + 1] = over;
    if (rowMinimum > limit) return over;
    const done = previous;
    previous = current;
    current = done;
  }
  return Math.min(previous[b.length]!, over);
}

