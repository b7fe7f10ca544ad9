// Decides whether two normalised item texts say the same thing: a typo fixed, a little word added or
// dropped, or a few words changed in a long item; but never a different object in a short one
// ("plots of the Redis runs" is not "plots of the Nginx runs").

export function tokenize(key: string): string[] {
  return key.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
}

/** Words that change how a sentence reads, not what the task is. */
const FUNCTION_WORDS = new Set(
  'a an the on in of for to with and or at by from as is are be been this that these those it its into onto about up out over also some any our their his her my your we they he she i via per than then there here so too very just please'.split(' '),
);

/** True when two keys are the same item's text, written slightly differently. */
export function isNearlySameText(a: string, b: string, tokensA = tokenize(a), tokensB = tokenize(b)): boolean {
  if (a === b) return true;
  if (isNearlySameWords(tokensA, tokensB)) return true;
  // A remark added in parentheses at the end ("(half done)", "(see the thread)") keeps the item.
  const bareA = withoutTrailingRemark(a);
  const bareB = withoutTrailingRemark(b);
  if (bareA === a && bareB === b) return false;
  return bareA === bareB || isNearlySameWords(tokenize(bareA), tokenize(bareB));
}

function withoutTrailingRemark(key: string): string {
  const bare = key.replace(/\s*\([^()]*\)[\s.]*$/u, '');
  return tokenize(bare).length >= 3 ? bare : key;
}

function isNearlySameWords(tokensA: readonly string[], tokensB: readonly string[]): boolean {
  if (tokensA.join('') === tokensB.join('')) return tokensA.length > 0;
  const onlyA = multisetMinus(tokensA, tokensB);
  const onlyB = multisetMinus(tokensB, tokensA);
  const typoFixed = pairTypos(onlyA, onlyB);
  const changedA = onlyA.filter((token, index) => !typoFixed.a.has(index) && !FUNCTION_WORDS.has(token)).length;
  const changedB = onlyB.filter((token, index) => !typoFixed.b.has(index) && !FUNCTION_WORDS.has(token)).length;
  const changed = Math.max(changedA, changedB);
  if (changed === 0) return typoFixed.a.size > 0 || onlyA.length + onlyB.length > 0;
  const contentWords = Math.max(
    tokensA.filter((token) => !FUNCTION_WORDS.has(token)).length,
    tokensB.filter((token) => !FUNCTION_WORDS.has(token)).length,
  );
  // In a long item a few words may change (one in five); in a short one a changed word is another task.
  return contentWords >= 5 && changed <= Math.max(1, Math.floor(contentWords / 5));
}

function multisetMinus(from: readonly string[], remove: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const token of remove) counts.set(token, (counts.get(token) ?? 0) + 1);
  const left: string[] = [];
  for (const token of from) {
    const count = counts.get(token) ?? 0;
    if (count > 0) counts.set(token, count - 1);
    else left.push(token);
  }
  return left;
}

/** Pairs the words of one side with a word of the other that is a typo of it (one or two letters off). */
function pairTypos(onlyA: readonly string[], onlyB: readonly string[]): { a: Set<number>; b: Set<number> } {
  const paired = { a: new Set<number>(), b: new Set<number>() };
  onlyA.forEach((wordA, indexA) => {
    const indexB = onlyB.findIndex((wordB, index) => !paired.b.has(index) && isTypo(wordA, wordB));
    if (indexB >= 0) {
      paired.a.add(indexA);
      paired.b.add(indexB);
    }
  });
  return paired;
}

function isTypo(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  const allowed = shorter >= 8 ? 2 : 1;
  return Math.abs(a.length - b.length) <= allowed && editDistance(a, b, allowed) <= allowed;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed the limit. */
export function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
