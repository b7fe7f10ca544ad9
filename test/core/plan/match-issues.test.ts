// Matching with the texts tracking prepared decides as matching that reads every text again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkedIssue } from '../../../src/core/plan/desired-issue.ts';
import { matchIssues, mergeLinkedItems } from '../../../src/core/plan/match-issues.ts';
import { planChanges } from '../../../src/core/plan/plan-changes.ts';
import { trackItemsWithTexts } from '../../../src/core/tracking/track-items.ts';
import { applyInMemory, makeNote, planInput } from '../../support/make-notes.ts';

const REPOSITORY = { serverUrl: 'https://github.com', owner: 'acme', repo: 'notes' };
const linked = (item: Parameters<typeof linkedIssue>[0]) => linkedIssue(item, REPOSITORY);
const long = `Write down the steps of the release ${'and check every one of them again '.repeat(40)}before the tag`;

test('matching with the texts tracking prepared finds the issues it finds reading the texts again', () => {
  const first = makeNote('d/2023-01-05.md', '2023-01-05', [
    { owners: 'FP', text: 'Investigate further the TLS issues with LD_PRELOAD' },
    { owners: 'FP', text: 'Post proposal on Alpine-based build rules' },
    { owners: 'TT', text: 'Provide plots with Redis measurements for the scheduler' },
    { owners: 'TT', text: long },
  ]);
  const issues = applyInMemory(planChanges(planInput([first])), []);
  // Later notes say the same things slightly differently, in new notes that tracking cannot pair with
  // the first (another owner's list is tracked apart), and one links the issue of another text.
  const later = makeNote('d/2023-02-02.md', '2023-02-02', [
    { owners: 'FP', text: 'Investigate futher the TLS issues with LD_PRELOAD' },
    { owners: 'TT', text: 'Provide the plots with Redis measurements for the scheduler (half done)' },
    { owners: 'TT', text: `${long} today` },
    { owners: 'FP', text: 'Alpine rules merged', refs: [{ owner: 'acme', repo: 'notes', number: 2 }] },
    { owners: 'FP', text: 'Something new entirely' },
  ]);
  const tracking = trackItemsWithTexts([later]);
  const items = mergeLinkedItems(tracking.items, issues, linked);
  const reused = matchIssues(items, issues, linked, tracking);
  const readAgain = matchIssues(items, issues, linked);
  const numbers = (matching: typeof reused) => matching.matches.map((match) => [match.item.id, match.issue?.number, match.duplicates.map((issue) => issue.number)]);
  assert.deepEqual(numbers(reused), numbers(readAgain));
  assert.deepEqual(reused.unclaimed, readAgain.unclaimed);
  // Near matches (the typo, the remark), the start of a long text that its marker keeps, and the link.
  assert.deepEqual(numbers(reused).map(([, number]) => number), [1, 3, 4, 2, undefined]);
});

test('an item that links a managed issue joins that issue\'s item; links to other issues or repositories merge nothing', () => {
  const first = makeNote('d/2023-01-05.md', '2023-01-05', [
    { owners: 'FP', text: 'Post proposal on Alpine-based build rules' },
    { owners: 'TT', text: 'Provide plots with Redis measurements' },
  ]);
  const issues = applyInMemory(planChanges(planInput([first])), []);
  const later = (refs: { owner: string; repo: string; number: number }[]) =>
    makeNote('d/2023-02-02.md', '2023-02-02', [{ owners: 'FP', text: 'Post proposal on Alpine-based build rules' }, { owners: 'FP', text: 'Alpine rules merged', refs }]);
  const merged = (refs: { owner: string; repo: string; number: number }[]) => {
    const tracking = trackItemsWithTexts([first, later(refs)]);
    const items = mergeLinkedItems(tracking.items, issues, linked);
    assert.notEqual(items, tracking.items);
    return items.map((item) => item.mentions.map((mention) => `${mention.path}:${mention.line}`));
  };
  const apart = [['d/2023-01-05.md:12', 'd/2023-02-02.md:12'], ['d/2023-01-05.md:14'], ['d/2023-02-02.md:14']];
  assert.deepEqual(merged([]), apart);
  assert.deepEqual(merged([{ owner: 'acme', repo: 'notes', number: 99 }]), apart);
  assert.deepEqual(merged([{ owner: 'other', repo: 'notes', number: 1 }]), apart);
  assert.deepEqual(merged([{ owner: 'ACME', repo: 'Notes', number: 1 }]), [['d/2023-01-05.md:12', 'd/2023-02-02.md:12', 'd/2023-02-02.md:14'], ['d/2023-01-05.md:14']]);
});

test('an item finds an issue of nearly its text only while it is free: taken surely by another item, it is left to that item', () => {
  const first = makeNote('d/2023-01-05.md', '2023-01-05', [
    { owners: 'FP', text: 'Investigate further the TLS issues with LD_PRELOAD' },
    { owners: 'TT', text: 'Provide plots with Redis measurements for the scheduler' },
  ]);
  const issues = applyInMemory(planChanges(planInput([first])), []);
  const numbers = (notes: ReturnType<typeof makeNote>[]) => {
    const tracking = trackItemsWithTexts(notes);
    const matching = matchIssues(mergeLinkedItems(tracking.items, issues, linked), issues, linked, tracking);
    return [matching.matches.map((match) => [match.item.mentions[0]!.text, match.issue?.number]), matching.unclaimed.map((issue) => issue.number)];
  };
  // Two items of one note are never one tracked item: the exact one takes the issue, the typo none.
  const later = makeNote('d/2023-02-02.md', '2023-02-02', [
    { owners: 'FP', text: 'Investigate futher the TLS issues with LD_PRELOAD' },
    { owners: 'FP', text: 'Investigate further the TLS issues with LD_PRELOAD' },
    { owners: 'TT', text: 'Provide the plots with Redis measurements for the scheduler' },
  ]);
  assert.deepEqual(numbers([later]), [
    [
      ['Investigate futher the TLS issues with LD_PRELOAD', undefined],
      ['Investigate further the TLS issues with LD_PRELOAD', 1],
      ['Provide the plots with Redis measurements for the scheduler', 2],
    ],
    [],
  ]);
  const typoOnly = makeNote('d/2023-02-02.md', '2023-02-02', [
    { owners: 'FP', text: 'Investigate futher the TLS issues with LD_PRELOAD' },
    { owners: 'TT', text: 'Provide the plots with Redis measurements for the scheduler' },
  ]);
  assert.deepEqual(numbers([typoOnly]), [[['Investigate futher the TLS issues with LD_PRELOAD', 1], ['Provide the plots with Redis measurements for the scheduler', 2]], []]);
});
