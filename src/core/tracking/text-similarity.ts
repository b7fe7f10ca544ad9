// Decides whether two normalised item texts say the same thing: a typo fixed, a little word added or
// dropped, or a few words changed in a long item; but never a different object in a short one
// ("plots of the Redis runs" is not "plots of the Nginx runs").
// Tracking compares each item with many candidates, so a text's words are prepared once
// (ComparableText) and a comparison stops as soon as too many words differ.

export function tokenize(key: string): string[] {
  return key.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
}

/** Words that change how a sentence reads, not what the task is. */
const FUNCTION_WORDS = new Set(
  'a an the on in of for to with and or at by from as is are be been this that these those it its into onto about up out over also some any our their his her my your we they he she i via per than then there here so too very just please'.split(' '),
);

/** Words shorter than this are never taken for a typo of another word. */
const MIN_TYPO_LENGTH = 4;

/** A normalised text with what every comparison needs from it, computed once. */
export interface ComparableText {
  readonly key: string;
  readonly tokens: readonly string[];
  /** The words joined without separators: equal when only punctuation or spacing differs. */
  readonly joined: string;
  readonly counts: ReadonlyMap<string, number>;
  /** The distinct words in the order of `counts`, with their counts and kinds (see WordKind). */
  readonly distinct: readonly string[];
  readonly distinctCounts: readonly number[];
  readonly kinds: readonly WordKind[];
  /** Words other than function words. */
  readonly contentWords: number;
  /** Content words too short to be a typo of another word, and long enough to be one. */
  readonly shortWords: number;
  readonly longWords: number;
  /** Words long enough to be a typo of another word, function words too. */
  readonly typoableWords: number;
  /** The text without a trailing remark in parentheses, filled in the first time it is needed. */
  bare?: ComparableText;
}

/**
 * 0: a function word too short to be a typo; 1: a content word too short to be a typo; 2: a content
 * word long enough to be one; 3: a function word long enough to be one.
 */
type WordKind = 0 | 1 | 2 | 3;

function wordKind(token: string): WordKind {
  const short = token.length < MIN_TYPO_LENGTH;
  return FUNCTION_WORDS.has(token) ? (short ? 0 : 3) : short ? 1 : 2;
}

export function comparableText(key: string, tokens: readonly string[] = tokenize(key)): ComparableText {
  const counts = new Map<string, number>();
  const distinct: string[] = [];
  const distinctCounts: number[] = [];
  const kinds: WordKind[] = [];
  let shortWords = 0;
  let longWords = 0;
  let typoableWords = 0;
  for (const token of tokens) {
    const seen = counts.get(token);
    let kind: WordKind;
    if (seen === undefined) {
      counts.set(token, 1);
      kind = wordKind(token);
      distinct.push(token);
      distinctCounts.push(1);
      kinds.push(kind);
    } else {
      counts.set(token, seen + 1);
      const index = distinct.indexOf(token);
      distinctCounts[index]!++;
      kind = kinds[index]!;
    }
    if (kind === 1) shortWords++;
    else if (kind === 2) longWords++;
    if (kind >= 2) typoableWords++;
  }
  return { key, tokens, joined: tokens.join(''), counts, distinct, distinctCounts, kinds, contentWords: shortWords + longWords, shortWords, longWords, typoableWords };
}

/** True when two keys are the same item's text, written slightly differently. */
export function isNearlySameText(a: string, b: string, tokensA = tokenize(a), tokensB = tokenize(b)): boolean {
  return isNearlySame(comparableText(a, tokensA), comparableText(b, tokensB));
}

/** isNearlySameText for prepared texts. */
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
    const bare = text.key.replace(/\s*\([^()]*\)[\s.]*$/u, '');
    const tokens = bare === text.key ? text.tokens : tokenize(bare);
    text.bare = bare !== text.key && tokens.length >= 3 ? comparableText(bare, tokens) : text;
  }
  return text.bare;
}

function isNearlySameWords(a: ComparableText, b: ComparableText): boolean {
  if (a.joined === b.joined) return a.tokens.length > 0;
  // In a long item a few words may change (one in five); in a short one a changed word is another task.
  const contentWords = Math.max(a.contentWords, b.contentWords);
  const allowed = contentWords >= 5 ? Math.max(1, Math.floor(contentWords / 5)) : 0;
  // Each word of one side is changed unless it pairs with a typo of it on the other side: a word too
  // short to be a typo never pairs, and no more words pair than the other side has words long enough
  // to be a typo. Counted first, without building the word lists, because most candidates differ in
  // far too many words.
  const shared = sharedWords(a, b);
  const pairableA = a.typoableWords - shared.typoable;
  const pairableB = b.typoableWords - shared.typoable;
  if (a.shortWords - shared.short + Math.max(0, a.longWords - shared.long - pairableB) > allowed) return false;
  if (b.shortWords - shared.short + Math.max(0, b.longWords - shared.long - pairableA) > allowed) return false;
  const onlyA = multisetMinus(a.tokens, b.counts);
  const onlyB = multisetMinus(b.tokens, a.counts);
  // A number that differs (a pull request, a version, a date) names another thing: never the same item.
  if (onlyA.some(hasDigit) || onlyB.some(hasDigit)) return false;

  // Pairs each word of one side, in order, with the first free word of the other that is a typo of it.
  const pairedB = new Uint8Array(onlyB.length);
  let changedA = 0;
  for (const wordA of onlyA) {
    let indexB = -1;
    for (let index = 0; index < onlyB.length; index++) {
      if (pairedB[index] === 0 && isTypo(wordA, onlyB[index]!)) {
        indexB = index;
        break;
      }
    }
    if (indexB >= 0) pairedB[indexB] = 1;
    else if (!FUNCTION_WORDS.has(wordA) && ++changedA > allowed) return false;
  }
  let changedB = 0;
  for (let index = 0; index < onlyB.length; index++) {
    if (pairedB[index] === 0 && !FUNCTION_WORDS.has(onlyB[index]!) && ++changedB > allowed) return false;
  }
  // Nothing but typos and function words differ; the same words in another order are not the same text.
  if (changedA === 0 && changedB === 0) return onlyA.length + onlyB.length > 0;
  return true;
}

/** The words two texts have in common (as multisets): the content words by length, and those long enough to be a typo. */
function sharedWords(a: ComparableText, b: ComparableText): { short: number; long: number; typoable: number } {
  const [fewer, more] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let short = 0;
  let long = 0;
  let typoable = 0;
  for (let index = 0; index < fewer.distinct.length; index++) {
    const other = more.counts.get(fewer.distinct[index]!);
    if (other === undefined) continue;
    const both = Math.min(fewer.distinctCounts[index]!, other);
    const kind = fewer.kinds[index]!;
    if (kind === 1) short += both;
    else if (kind === 2) long += both;
    if (kind >= 2) typoable += both;
  }
  return { short, long, typoable };
}

function multisetMinus(from: readonly string[], remove: ReadonlyMap<string, number>): string[] {
  const taken = new Map<string, number>();
  const left: string[] = [];
  for (const token of from) {
    const used = taken.get(token) ?? 0;
    if (used < (remove.get(token) ?? 0)) taken.set(token, used + 1);
    else left.push(token);
  }
  return left;
}


function isTypo(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_TYPO_LENGTH) return false;
  const allowed = shorter >= 8 ? 2 : 1;
  return Math.abs(a.length - b.length) <= allowed && editDistance(a, b, allowed) <= allowed;
}

/**
 * Levenshtein distance when it is at most `limit`, else limit + 1. Only the diagonal band |i - j| <=
 * limit is computed: an alignment that leaves it costs more than the limit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
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
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, over);
}

function hasDigit(word: string): boolean {
  return /\p{N}/u.test(word);
}
