// Decides whether two normalised item texts say the same thing: a typo fixed or a few words changed
// in a long enough sentence, but never a different object in a short one ("work on Redis" vs "on Nginx").

export function tokenize(key: string): string[] {
  return key.split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
}

/** True when two keys are the same item's text, written slightly differently. */
export function isNearlySameText(a: string, b: string, tokensA = tokenize(a), tokensB = tokenize(b)): boolean {
  if (a === b) return true;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return false;
  if (Math.min(a.length, b.length) / longer < 0.6) return false;
  if (Math.min(tokensA.length, tokensB.length) >= 5 && diceCoefficient(tokensA, tokensB) >= 0.8) return true;
  return editSimilarity(a, b) >= 0.85;
}

/** Shared words over all words, counting repeats (Sørensen–Dice on word multisets). */
export function diceCoefficient(tokensA: string[], tokensB: string[]): number {
  const counts = new Map<string, number>();
  for (const token of tokensA) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of tokensB) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(token, left - 1);
    }
  }
  return (2 * shared) / (tokensA.length + tokensB.length);
}

/** 1 − Levenshtein distance / longer length, with an early exit once the goal cannot be met. */
export function editSimilarity(a: string, b: string, goal = 0.85): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const budget = Math.floor((1 - goal) * longer);
  if (Math.abs(a.length - b.length) > budget) return 0;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > budget) return 0;
    [previous, current] = [current, previous];
  }
  return 1 - previous[b.length]! / longer;
}
