// Notes written to attack the action, or its log: workflow commands, mentions, raw HTML, a forged
// marker, and the action's marker pasted into an issue a person wrote.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FakeGitHub, IssueRecord } from '../support/fake-github/index.ts';
import { makeWorkspace, writeFiles } from '../support/run-action.ts';
import { corpusFilesAt } from '../support/corpus.ts';
import {
  assertRan,
  commandLines,
  CONFIG,
  corpusWorkspace,
  managed,
  NOTE,
  run,
  startGitHub,
  TOKEN,
  writes,
} from '../support/reliability.ts';

const MARKER = /<!-- minutes-to-issues v1 [A-Za-z0-9_-]+ -->/g;

const INJECTION = `---
title: "::error::a title that is a command"
datetime: 2024-03-01T10:00:00Z
teams: ['::warning::team', platform]
---

## TODOs

TODO: ::error::x

FP: ::add-mask::Alpine
::error file=README.md,line=1::a forged annotation on a continuation line
##[error]the legacy command syntax

TT: ::stop-commands::pausetoken

RD: ##[add-mask]legacy mask

ZZ: An unknown owner, so that this note is annotated ::warning::w
`;

describe('text that would inject workflow commands into the log', () => {
  test('is printed inertly: no annotation, mask or stop-commands comes from a note', async () => {
    const gh = await startGitHub();
    try {
      const workspace = makeWorkspace({ '.github/minutes-to-issues.yml': CONFIG, 'discussions/injection-2024-03-01.md': INJECTION });
      const result = await run(gh, workspace);
      assertRan(result);
      assert.equal(managed(gh).length, 5, 'every item synced');

      const commands = commandLines(result.stdout);
      // The only commands are the action's own: the token's mask and the annotations it made.
      assert.deepEqual([...new Set(commands.map((command) => command.name))].sort(), ['add-mask', 'warning']);
      assert.deepEqual(commands.filter((command) => command.name === 'add-mask').map((command) => command.message), [TOKEN]);
      const warnings = commands.filter((command) => command.name === 'warning');
      assert.equal(warnings.length, 1, 'one annotation: the unknown owner');
      assert.match(warnings[0]!.properties, /^title=minutes-to-issues%3A unknown-owner,file=discussions\/injection-2024-03-01\.md,line=\d+/);
      for (const line of result.stdout.split('\n')) assert.ok(!line.trimStart().startsWith('##['), `a legacy command: ${line}`);

      // The text is there, made inert: the log shows each title behind its change, with '::' broken.
      assert.match(result.stdout, /^create #\d+: :\u200b:error:\u200b:x$/m);
      assert.match(result.stdout, /^create #\d+: :\u200b:add-mask:\u200b:Alpine$/m);
      assert.match(result.stdout, /^create #\d+: :\u200b:stop-commands:\u200b:pausetoken$/m);
      // And on GitHub the items read as written.
      assert.ok(managed(gh).some((issue) => issue.title === '::add-mask::Alpine' && issue.body!.includes('> ::error file=README.md,line=1::a forged annotation')));
    } finally {
      await gh.close();
    }
  });
});

/** Mentions and references that GitHub would turn into a ping or a cross-reference, outside code spans. */
function liveReferences(markdown: string): string[] {
  const text = markdown.replace(MARKER, '').replace(/`[^`\n]*`/g, '');
  return [
    ...text.matchAll(/(?:^|[^\w`])(@[A-Za-z0-9][\w-]*(?:\/[\w.-]+)?)/g),
    ...text.matchAll(/(?:^|[^\w&/])(#\d+|GH-\d+)\b/gi),
    ...text.matchAll(/\b([\w.-]+\/[\w.-]+#\d+)\b/g),
  ].map((match) => match[1]!);
}

/** Raw HTML left in a body once the action's own footer and marker are set aside. */
function rawHtml(markdown: string): string[] {
  const text = markdown.replace(MARKER, '').replace(/<sub>Kept in sync with the meeting notes by minutes-to-issues[^<]*<\/sub>/, '');
  return [...text.matchAll(/<[^\s>]*/g)].map((match) => match[0]);
}

describe('mentions, references, raw HTML and a forged marker in a note', () => {
  test('no ping, no cross-reference, no HTML, no forged identity, no broken body; a rerun writes nothing', async () => {
    const gh = await startGitHub();
    try {
      const workspace = corpusWorkspace();
      assertRan(await run(gh, workspace));
      const target = managed(gh).find((issue) => issue.title.startsWith('Post proposal on Alpine'))!;
      const targetBody = target.body!;
      const forged = targetBody.match(MARKER)!.at(-1)!;

      const hostile = `---
title: "Sync with @octocat <b>bold</b> #9"
datetime: 2024-03-01T10:00:00Z
teams: ['@acme/admins']
---

## TODOs

SJ: Ask @octocat and @acme/maintainers about #123, other/repo#5 and GH-7 (cc @felipe-h).

TT: Render <img src=x onerror=alert(1)> and <script>alert(1)</script> then </details> and </sub> safely.

RD: Adopt the issue ${forged} as ours.

TL: An unclosed \`backtick and <!-- a comment that never ends

- [x] FP: Post proposal on Alpine-based build rules.
`;
      writeFiles(workspace, { 'discussions/app-compat/hostile-2024-03-01.md': hostile });
      assertRan(await run(gh, workspace));

      const fresh = managed(gh).filter((issue) => issue.number > 10);
      assert.equal(fresh.length, 4, fresh.map((issue) => issue.title).join(' | '));
      for (const issue of fresh) {
        assert.deepEqual(liveReferences(issue.body!), [], `#${issue.number} would ping or link:\n${issue.body}`);
        assert.deepEqual(rawHtml(issue.body!), [], `#${issue.number} has raw HTML:\n${issue.body}`);
        // Not broken: the footer and exactly one marker, the action's, close the body.
        assert.equal(issue.body!.match(MARKER)!.length, 1, `#${issue.number}: one marker`);
        assert.match(issue.body!, /<sub>Kept in sync with the meeting notes by minutes-to-issues[^\n]*<\/sub>\n<!-- minutes-to-issues v1 [\w-]+ -->$/);
      }
      const mention = fresh.find((issue) => issue.title.startsWith('Ask'))!;
      assert.match(mention.body!, /`@octocat` and `@acme\/maintainers` about `#123`, `other\/repo#5` and `GH-7`/);
      assert.match(mention.body!, /\*\*Teams:\*\* `@acme\/admins`/);
      const forgedItem = fresh.find((issue) => issue.title.startsWith('Adopt the issue'))!;
      assert.ok(forgedItem.body!.includes(`&lt;!-- minutes-to-issues v1 ${forged.slice('<!-- minutes-to-issues v1 '.length)}`));
      assert.notEqual(forgedItem.body!.match(MARKER)![0], forged, 'its identity is its own, not the forged one');

      // The item marked done closes its issue with a comment that names the hostile meeting inertly.
      assert.equal(target.state, 'closed');
      const comment = target.comments.at(-1)!.body;
      assert.deepEqual(liveReferences(comment), [], comment);
      assert.deepEqual(rawHtml(comment), [], comment);

      gh.clearRequests();
      assertRan(await run(gh, workspace));
      assert.deepEqual(writes(gh), [], 'every marker reads back as written');
    } finally {
      await gh.close();
    }
  });
});

describe("the action's marker pasted into an issue written by a person", () => {
  const untouched = (gh: FakeGitHub, issue: IssueRecord) => {
    assert.deepEqual(gh.requests.filter((request) => request.write && request.path.includes(`/issues/${issue.number}`)), [], `#${issue.number} was written to`);
    assert.equal(issue.state, 'open');
    assert.equal(issue.comments.length, 0);
  };

  test('that issue is never edited, closed or counted, even when its item changes or leaves the notes', async () => {
    const gh = await startGitHub();
    try {
      const workspace = corpusWorkspace();
      assertRan(await run(gh, workspace));
      const reworded = managed(gh).find((issue) => issue.title.startsWith('Re-tag Marco'))!;
      const removed = managed(gh).find((issue) => issue.title.startsWith('Upstream latest versions of Redis'))!;
      // People copy a managed issue's whole body (marker included) into issues of their own.
      const copies = [reworded, removed].map((original) =>
        gh.seedIssue({ title: `My copy of ${original.title}`, body: original.body, labels: ['action-item'], assignees: ['felipe-h'], author: 'someone' }),
      );
      const bodies = copies.map((copy) => copy.body);

      const edited = corpusFilesAt()
        .get(NOTE)!
        .replace('RD: Re-tag Marco with the links to spikes issue on Unikraft Redis.', 'RD: Re-tag Marco with the links to the spikes issue on Unikraft Redis.')
        .replace(/\nTT: Upstream latest versions of Redis\.\n/, '\n');
      writeFiles(workspace, { [NOTE]: edited });
      gh.clearRequests();
      const result = await run(gh, workspace);
      assertRan(result);
      assert.equal(reworded.title, 'Re-tag Marco with the links to the spikes issue on Unikraft Redis', 'the managed issue follows the notes');
      assert.equal(removed.state, 'closed');
      for (const [index, copy] of copies.entries()) {
        untouched(gh, copy);
        assert.equal(copy.body, bodies[index]);
        assert.match(copy.title, /^My copy of/);
      }
      const planned = (JSON.parse(result.outputs.plan!) as { changes: { number?: number }[] }).changes.map((change) => change.number);
      assert.ok(planned.includes(reworded.number) && planned.includes(removed.number));
      assert.ok(copies.every((copy) => !planned.includes(copy.number)), 'no change planned for the copies');

      gh.clearRequests();
      assertRan(await run(gh, workspace));
      assert.deepEqual(writes(gh), []);
      for (const copy of copies) untouched(gh, copy);
    } finally {
      await gh.close();
    }
  });
});
