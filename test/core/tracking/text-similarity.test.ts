import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparableText, editDistance, isNearlySameText, mayBeNearlySame } from '../../../src/core/tracking/text-similarity.ts';
import { Vocabulary } from '../../../src/core/tracking/vocabulary.ts';

const same = (a: string, b: string) => isNearlySameText(a.toLowerCase(), b.toLowerCase());

test('a typo fixed is the same item', () => {
  assert.ok(same('Investigate further the TLS issues with LD_PRELOAD', 'Investigate futher the TLS issues with LD_PRELOAD'));
  assert.ok(same('Upstream latest versions of Redis', 'Upstream lastest versions of Redis'));
});

test('little words added, dropped or changed keep the item', () => {
  assert.ok(same('Post proposal on Alpine-based build rules', 'Post the proposal for Alpine-based build rules'));
  assert.ok(same('Re-tag Marco with the links', 'Retag Marco with the links'));
});

test('a word changed in a long item keeps it; the same change in a short one is another task', () => {
  assert.ok(same(
    'Provide a summary of the native NodeJS port and instructions and TODO items',
    'Provide a summary of the native NodeJS port and build instructions and TODO items',
  ));
  assert.ok(!same('Provide plots with Redis measurements', 'Provide plots with Nginx measurements'));
  assert.ok(!same('Review PR #332', 'Review PR #333'));
  assert.ok(!same('Continue work on Nginx', 'Continue work on Redis'));
});

test('different tasks of one owner are different items', () => {
  assert.ok(!same('Provide details on the Redis measurements: binary compat', 'Provide plots with Redis measurements'));
  assert.ok(!same('Create an issue on Makefile overwritten', 'Post proposal on Alpine-based build rules'));
});

test('a remark added in parentheses at the end keeps the item', () => {
  assert.ok(same('Move the getting-started guide to the new site', 'Move the getting-started guide to the new site (half done)'));
  assert.ok(same('Fix the broken links in the API reference (found by the link checker)', 'Fix the broken links in the API reference'));
  assert.ok(!same('Review PR (kraftkit)', 'Review PR (unikraft)'));
});

test('a number that differs names another thing: another pull request, version or date is another item', () => {
  assert.ok(!same('Update https://github.com/unikraft/unikraft/pull/458', 'Update https://github.com/unikraft/unikraft/pull/434'));
  assert.ok(!same('Prepare the release notes for version 0.18 of the kernel', 'Prepare the release notes for version 0.19 of the kernel'));
  assert.ok(same('Prepare the release notes for version 0.18 of the kernel', 'Prepare the release nots for version 0.18 of the kernel'));
});

// The comparison rules most candidates out by counting words before it pairs them; this is the same
// decision made the long way (every word listed and paired), on texts made from one another by typos,
// words added and dropped.
const FUNCTION = new Set('a an the on in of for to with and or at by from as is are be been this that these those it its into onto about up out over also some any our their his her my your we they he she i via per than then there here so too very just please'.split(' '));
const words = (key: string) => key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const isTypo = (a: string, b: string) => {
  const shorter = Math.min(a.length, b.length);
  const allowed = shorter >= 8 ? 2 : 1;
  return shorter >= 4 && Math.abs(a.length - b.length) <= allowed && editDistance(a, b, allowed) <= allowed;
};
function minus(from: string[], other: string[]): string[] {
  const left = [...other];
  return from.filter((word) => {
    const at = left.indexOf(word);
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
}
function sameWordsLongWay(a: string[], b: string[]): boolean {
  if (a.join('') === b.join('')) return a.length > 0;
  const content = (list: string[]) => list.filter((word) => !FUNCTION.has(word)).length;
  const most = Math.max(content(a), content(b));
  const allowed = most >= 5 ? Math.max(1, Math.floor(most / 5)) : 0;
  const onlyA = minus(a, b);
  const onlyB = minus(b, a);
  if ([...onlyA, ...onlyB].some((word) => /\p{N}/u.test(word))) return false;
  const paired = onlyB.map(() => false);
  let changedA = 0;
  for (const word of onlyA) {
    const at = onlyB.findIndex((other, index) => !paired[index] && isTypo(word, other));
    if (at >= 0) paired[at] = true;
    else if (!FUNCTION.has(word)) changedA++;
  }
  const changedB = onlyB.filter((word, index) => !paired[index] && !FUNCTION.has(word)).length;
  if (changedA > allowed || changedB > allowed) return false;
  return changedA + changedB > 0 || onlyA.length + onlyB.length > 0;
}
function sameLongWay(a: string, b: string): boolean {
  if (a === b || sameWordsLongWay(words(a), words(b))) return true;
  const bare = (key: string) => {
    const cut = key.replace(/\s*\([^()]*\)[\s.]*$/u, '');
    return cut !== key && words(cut).length >= 3 ? cut : key;
  };
  const [bareA, bareB] = [bare(a), bare(b)];
  if (bareA === a && bareB === b) return false;
  return bareA === bareB || sameWordsLongWay(words(bareA), words(bareB));
}

test('counting words first decides as pairing every word does', () => {
  const vocabulary = 'fix the build redis nginx port review pull request write docs kraftkit release notes ci run app elf to with plots measure binary compat'.split(' ');
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const typo = (word: string) => (word.length < 3 ? word : word.slice(0, 1) + word.slice(2));
  let agreed = 0;
  for (let round = 0; round < 4000; round++) {
    const a = Array.from({ length: 2 + random(10) }, () => vocabulary[random(vocabulary.length)]!);
    const b = [...a];
    for (let edit = 1 + random(5); edit > 0; edit--) {
      const at = random(b.length + 1);
      const kind = random(4);
      if (kind === 0 && b.length > 1) b.splice(at, 1);
      else if (kind === 1) b.splice(at, 0, vocabulary[random(vocabulary.length)]!);
      else if (kind === 2 && at < b.length) b[at] = typo(b[at]!);
      else b.push(random(2) ? '(half done)' : '2');
    }
    const [keyA, keyB] = [a.join(' '), b.join(' ')];
    assert.equal(isNearlySameText(keyA, keyB), sameLongWay(keyA, keyB), `${keyA} | ${keyB}`);
    if (sameLongWay(keyA, keyB)) agreed++;
  }
  assert.ok(agreed > 400 && agreed < 3600, `both answers occur (${agreed} of 4000 the same)`);
});

test('word counts never rule out texts that are nearly the same', () => {
  // Short words and numbers too: they are ruled out by their bits.
  const vocabulary = 'fix the build redis nginx port review pull request write docs kraftkit release notes ci run app elf to with plots measure binary compat re-tag retag follow-up followup whith into pr vm 458 2021 2022'.split(' ');
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const typo = (word: string) => (word.length < 3 ? word : word.slice(0, 1) + word.slice(2));
  const may = (a: string, b: string) => {
    const words = new Vocabulary();
    return mayBeNearlySame(comparableText(a, words), comparableText(b, words));
  };
  assert.ok(may('port redis to kraftkit', 'port redis to kraftkit (half done)'));
  assert.ok(may('re-tag marco with the follow-up links', 'retag marco with the followup links'));
  assert.ok(!may('port redis to kraftkit', 'port redis and nginx to kraftkit'));
  // A short word or a number only one side has, with or without a remark at the end.
  assert.ok(!may('fix ci for app', 'fix ci for vm'));
  assert.ok(!may('fix ci for app (half done)', 'fix ci for vm'));
  assert.ok(!may('update the release notes for 2021', 'update the release notes for 2021 and 2022'));
  assert.ok(may('fix ci for app (see pr 458)', 'fix ci for app'));
  let same = 0;
  let ruledOut = 0;
  for (let round = 0; round < 6000; round++) {
    const a = Array.from({ length: 1 + random(12) }, () => vocabulary[random(vocabulary.length)]!);
    const b = random(3) === 0 ? Array.from({ length: 1 + random(12) }, () => vocabulary[random(vocabulary.length)]!) : [...a];
    for (let edit = random(5); edit > 0; edit--) {
      const at = random(b.length + 1);
      const kind = random(5);
      if (kind === 0 && b.length > 1) b.splice(at, 1);
      else if (kind === 1) b.splice(at, 0, vocabulary[random(vocabulary.length)]!);
      else if (kind === 2 && at < b.length) b[at] = typo(b[at]!);
      else if (kind === 3 && at < b.length) b[at] = b[at]!.replace('-', '');
      else b.push(random(2) ? '(half done)' : '2');
    }
    const [keyA, keyB] = [a.join(' '), b.join(' ')];
    const possible = may(keyA, keyB);
    if (sameLongWay(keyA, keyB)) {
      same++;
      assert.ok(possible, `${keyA} | ${keyB}`);
    } else if (!possible) {
      ruledOut++;
    }
  }
  assert.ok(same > 300 && ruledOut > 1000, `both cases occur (${same} the same, ${ruledOut} ruled out by counts)`);
});

test('the banded edit distance is the full one up to its limit, call after call (its rows are reused)', () => {
  const full = (a: string, b: string) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length]!;
  };
  let seed = 3;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const word = (length: number) => Array.from({ length }, () => 'abc'[random(3)]).join('');
  for (let round = 0; round < 3000; round++) {
    const a = word(random(round % 50 === 0 ? 120 : 12));
    const b = random(2) ? word(a.length + random(5) - 2 < 0 ? 0 : a.length + random(5) - 2) : a.slice(0, random(a.length + 1)) + word(random(3));
    const limit = 1 + random(3);
    assert.equal(editDistance(a, b, limit), Math.min(full(a, b), limit + 1), `${a} | ${b} | ${limit}`);
  }
});
