import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NearTextIndex } from '../../../src/core/tracking/near-text-index.ts';
import { isNearlySameText } from '../../../src/core/tracking/text-similarity.ts';
import { tokenize, Vocabulary } from '../../../src/core/tracking/vocabulary.ts';

let seed = 11;
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const vocabulary = 'fix the build redis nginx port review pull request write docs kraftkit release notes ci run app elf to with plots measure binary compat 458 0.19 café naïve'.split(' ');
const separators = [' ', ' ', ' ', '-', ', ', '/', ': ', ' (', ') ', '.', '—'];
const randomKey = (words: number) =>
  Array.from({ length: words }, () => {
    const word = vocabulary[random(vocabulary.length)]!;
    return random(6) === 0 ? word.slice(0, 1) + word.slice(2) : word;
  }).reduce((key, word) => key + separators[random(separators.length)] + word);

test('word ids read the words tokenize reads, in ASCII and beyond, and one word keeps one id', () => {
  const words = new Vocabulary();
  const seen = new Map<string, number>();
  for (let round = 0; round < 3000; round++) {
    // Made-up words too, so that the table of ids grows several times.
    const key = round % 3 === 0 ? `task ${round} w${round * 7919}x` : randomKey(1 + random(12));
    const ids = words.tokenIds(key);
    assert.deepEqual(ids.map((id) => words.words[id]), tokenize(key), key);
    for (const [index, token] of tokenize(key).entries()) {
      assert.equal(seen.get(token) ?? ids[index], ids[index], token);
      seen.set(token, ids[index]!);
      assert.equal(words.idOf(token), ids[index]);
    }
  }
  assert.equal(words.words.length, seen.size);
});

// What findAll answers, the long way: the query's distinct words with the fewest entries (ties in the
// order of the query, a word of no entry first), as many as half its words plus one; every entry posted
// under one of them (under any key it has had), in the order it was first posted there; those nearly the
// same as the query by their last key.
function findAllLongWay(history: readonly [number, string][], query: string, accept: (value: number) => boolean): number[] {
  const postings = new Map<string, number[]>();
  const lastKey = new Map<number, string>();
  for (const [value, key] of history) {
    lastKey.set(value, key);
    for (const word of tokenize(key)) {
      const posting = postings.get(word) ?? [];
      if (!posting.includes(value)) posting.push(value);
      postings.set(word, posting);
    }
  }
  const words = tokenize(query);
  const rarest = [...new Set(words)]
    .map((word, order) => ({ posting: postings.get(word) ?? [], order }))
    .sort((a, b) => a.posting.length - b.posting.length || a.order - b.order)
    .slice(0, Math.floor(words.length / 2) + 1);
  const visited = [...new Set(rarest.flatMap(({ posting }) => posting))];
  return visited.filter((value) => accept(value) && isNearlySameText(query, lastKey.get(value)!));
}

test('the index finds what the long way finds, in the same order, as keys move', () => {
  let found = 0;
  for (let round = 0; round < 40; round++) {
    const index = new NearTextIndex<number>();
    const history: [number, string][] = [];
    for (let step = 0; step < 60; step++) {
      const value = random(25);
      const base = history.findLast(([earlier]) => earlier === value)?.[1];
      // A new key, or the entry's key changed a little, as a later mention does.
      const key = base !== undefined && random(2) === 0 ? base + separators[random(separators.length)] + vocabulary[random(vocabulary.length)] : randomKey(2 + random(10));
      const query = random(2) === 0 ? key : randomKey(2 + random(10));
      const accept = (candidate: number) => candidate % 7 !== step % 7;
      const answer = index.findAll(query, accept);
      assert.deepEqual(answer, findAllLongWay(history, query, accept), query);
      found += answer.length;
      index.set(value, random(2) === 0 ? key : index.textOf(key));
      history.push([value, key]);
    }
  }
  assert.ok(found > 200, `near matches occur (${found})`);
});
