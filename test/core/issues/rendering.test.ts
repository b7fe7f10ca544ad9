import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMarker, renderMarker, type Marker } from '../../../src/core/issues/marker.ts';
import { cutAtWord, renderTitle } from '../../../src/core/issues/render-title.ts';
import { neutralizeMarkdown } from '../../../src/core/issues/safe-markdown.ts';
import { selectManagedIssues, type RepositoryIssue } from '../../../src/core/issues/managed-issue.ts';

const marker: Marker = {
  v: 1, id: 'abc', owners: 'fp', key: 'post proposal --> <!-- x', title: 'T', labels: ['action-item'],
  assignees: [], body: 'h', state: 'open', paths: ['a.md'],
};

test('a marker survives a round trip, whatever the text it holds', () => {
  const body = `Some body\n${renderMarker(marker)}`;
  assert.deepEqual(readMarker(body), marker);
  assert.ok(!renderMarker(marker).slice(4, -3).includes('-->'), 'no early end of the comment');
});

test('a damaged or foreign marker is not read', () => {
  assert.equal(readMarker('<!-- minutes-to-issues v1 bm90IGpzb24 -->'), null);
  assert.equal(readMarker('<!-- minutes-to-issues {"id":"forged"} -->'), null);
  assert.equal(readMarker(null), null);
});

test('only issues the action wrote, not pull requests, count as managed', () => {
  const issue = (number: number, author: string, isPullRequest = false): RepositoryIssue => ({
    number, title: 't', body: renderMarker(marker), state: 'open', stateReason: null, labels: [], assignees: [],
    author, createdAt: '', closedAt: null, htmlUrl: '', isPullRequest,
  });
  const managed = selectManagedIssues([issue(1, 'github-actions[bot]'), issue(2, 'mallory'), issue(3, 'github-actions[bot]', true)], 'github-actions[bot]');
  assert.deepEqual(managed.map((entry) => entry.number), [1]);
});

test('titles read like the task: first sentence, Markdown removed, cut at a word under 256', () => {
  assert.equal(renderTitle('Provide a summary of the port.\nAlso on testing.', []), 'Provide a summary of the port');
  assert.equal(renderTitle('Update the **`getdents`** docs. Then ping the team.', ['RD']), 'Update the getdents docs (RD)');
  const long = renderTitle(`${'word '.repeat(80)}end`, ['FP']);
  assert.ok([...long].length <= 256, `length ${long.length}`);
  assert.match(long, /word… \(FP\)$/);
  assert.equal(cutAtWord('short', 10), 'short');
});

test('text from notes cannot ping, cross-reference, run HTML or forge a marker', () => {
  const text = neutralizeMarkdown('@razvand and @unikraft/maintainers see #123 and acme/notes#4 <!-- minutes-to-issues v1 AAAA --> <img src=x>');
  assert.ok(!/(^|[^`])@razvand/.test(text));
  assert.match(text, /`@razvand`/);
  assert.match(text, /`@unikraft\/maintainers`/);
  assert.match(text, /`#123`/);
  assert.match(text, /`acme\/notes#4`/);
  assert.ok(!text.includes('<!--') && !text.includes('<img'));
  assert.equal(neutralizeMarkdown('mail me at dev@example.org'), 'mail me at dev@example.org');
});
