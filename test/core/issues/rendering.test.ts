import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMarker, renderMarker, type Marker } from '../../../src/core/issues/marker.ts';
import { MAX_BODY_LENGTH, renderBodyTemplate } from '../../../src/core/issues/render-body.ts';
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

test('a title ends at its first sentence only when that is long enough, without the punctuation or spaces it ended in', () => {
  const titles: [string, string][] = [
    ['Write the migration guide for v1.2. Then ping the team', 'Write the migration guide for v1.2'],
    ['Ask about it. Then go', 'Ask about it. Then go'],
    ['Check the e.g. case. then the next one', 'Check the e.g. case. then the next one'],
    ['Finish the Ünikraft port!  Éric reviews it', 'Finish the Ünikraft port! Éric reviews it'],
    ['Finish the whole Unikraft port?\u00a0Then the docs', 'Finish the whole Unikraft port?'],
    ['Plan the sprint:', 'Plan the sprint'],
    ['Plan the sprint ,.;', 'Plan the sprint'],
    ['Plan the 🚀 sprint', 'Plan the 🚀 sprint'],
    ['...', 'Untitled item'],
  ];
  for (const [text, title] of titles) assert.equal(renderTitle(text, []), title, text);
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

test('a body too long to quote whole is cut at a line, with a link to the latest mention\'s line', () => {
  const mention = (path: string, line: number, text: string) => ({
    path, line, column: 1, noteTitle: 'Sync', date: '2024-01-02', teams: ['kernel'], status: 'open' as const, text, key: text, owners: [], issueRefs: [],
  });
  const long = 'Port the scheduler\n'.repeat(5000);
  const repository = { serverUrl: 'https://github.com', owner: 'acme', repo: 'notes' };
  const body = renderBodyTemplate(repository, { mentions: [mention('a.md', 3, 'Port it'), mention('b c.md', 7, long)], ownerLabels: ['FP (felipe-h)'], teams: ['kernel'], reserve: 1000 });
  assert.ok(body.length <= MAX_BODY_LENGTH - 1000, `length ${body.length}`);
  assert.match(body, /> Port the scheduler\n>\n> … cut here: the whole item is in \[the note\]\(https:\/\/github\.com\/acme\/notes\/blob\/\{\{commit\}\}\/b%20c\.md#L7\)\.\n/);
  const short = renderBodyTemplate(repository, { mentions: [mention('a.md', 3, 'Port it')], ownerLabels: [], teams: [], reserve: 1000 });
  assert.match(short, /^> Port it\n\n\*\*Owners:\*\* none named {2}\n\*\*Teams:\*\* none named {2}\n\*\*Raised in:\*\* \[Sync\]\(/);
});
