// The sync as a team meets it: the built bundle, run as a runner runs it, against the local GitHub.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { corpusFilesAt } from '../support/corpus.ts';
import { startFakeGitHub, type FakeGitHub, type IssueRecord } from '../support/fake-github/index.ts';
import { makeWorkspace, runAction, writeFiles, type RunResult } from '../support/run-action.ts';

const NOTE = 'discussions/app-compat/app-compat-2023-06-21.md';
const CONFIG = `owners:
  FP: felipe-h
  TT: teo-t
  RD: razvand
  TL: tl-dev
  SJ: [stefan-j]
`;
const LOGINS = ['felipe-h', 'teo-t', 'razvand', 'tl-dev', 'stefan-j'];

const LATER_NOTE = `---
title: "Application Compatibility WG, June 28, 2023"
datetime: 2023-06-28T12:00:00+02:00
teams:
- app-compat, syscall, bincompat
---

## :wrench: TODOs and Decisions

- [x] FP: Post proposal on Alpine-based build rules.

~~FP: Create an issue on Makefile overwritten.~~

DONE TT: Provide plots with Redis measurements.

TL: Investigate further the TLS issues with LD_PRELOAD.
`;

const writeRequests = (gh: FakeGitHub) => gh.requests.filter((request) => request.write);
const managed = (gh: FakeGitHub) => gh.issues.filter((issue) => issue.labels.includes('action-item') && !issue.pull_request);
const byTitle = (gh: FakeGitHub, start: string) => {
  const found = managed(gh).filter((issue) => issue.title.startsWith(start));
  assert.equal(found.length, 1, `one issue titled '${start}…', found ${found.map((issue) => issue.title).join(' | ')}`);
  return found[0]!;
};

function assertRan(result: RunResult): void {
  assert.equal(result.exitCode, 0, `the action failed:\n${result.stdout}\n${result.stderr}`);
}

describe('one corpus note, then the notes that follow it', () => {
  let gh: FakeGitHub;
  let workspace: string;
  const sync = async (sha: string) => {
    const result = await runAction({ apiUrl: gh.url, workspace, sha, inputs: { paths: 'discussions/**/*.md' } });
    assertRan(result);
    return result;
  };

  before(async () => {
    gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', assignable: LOGINS });
    gh.seedIssue({ title: 'A bug filed by hand', labels: ['action-item'], author: 'someone' } as never);
    gh.seedPullRequest({ title: 'Add minutes for June', labels: ['action-item'] });
    workspace = makeWorkspace({ [NOTE]: corpusFilesAt().get(NOTE)!, '.github/minutes-to-issues.yml': CONFIG });
  });
  after(() => gh.close());

  test('the June 21 note gives 10 issues with their assignees and the three team labels', async () => {
    const result = await sync('1'.repeat(40));
    const issues = managed(gh).filter((issue) => issue.user === 'github-actions[bot]');
    assert.equal(issues.length, 10);
    const assignees = issues.map((issue) => issue.assignees.join('+')).sort();
    assert.deepEqual(assignees, ['felipe-h', 'felipe-h', 'felipe-h', 'razvand', 'stefan-j', 'teo-t', 'teo-t', 'teo-t', 'tl-dev', 'tl-dev']);
    for (const issue of issues) assert.deepEqual([...issue.labels].sort(), ['action-item', 'app-compat', 'bincompat', 'syscall']);
    const summary = byTitle(gh, 'Provide a summary of the native NodeJS port');
    assert.match(summary.body!, /Also on binary compatible testing\./);
    assert.match(summary.body!, /blob\/1{40}\/discussions\/app-compat\/app-compat-2023-06-21\.md#L\d+/);
    // The base label existed already (the issue filed by hand has it); the team labels are new.
    const labels = gh.labels.filter((label) => ['app-compat', 'syscall', 'bincompat'].includes(label.name));
    assert.equal(labels.length, 3);
    for (const label of labels) {
      assert.notEqual(label.color, 'ededed', `${label.name} has a colour`);
      assert.match(label.description ?? '', /app-compat|syscall|bincompat/);
    }
    assert.deepEqual(JSON.parse(result.outputs.created!).length, 10);
    assert.match(result.summary, /10 created/);
  });

  test('a rerun with nothing changed makes no write request', async () => {
    gh.clearRequests();
    const result = await sync('2'.repeat(40));
    assert.deepEqual(writeRequests(gh), []);
    assert.deepEqual(JSON.parse(result.outputs.created!), []);
    assert.equal(gh.requests.length, 2, gh.requests.map((request) => `${request.method} ${request.path}`).join('\n'));
  });

  test('a later note marks three items done three ways and repeats one: three closed, one issue still open', async () => {
    writeFiles(workspace, { 'discussions/app-compat/app-compat-2023-06-28.md': LATER_NOTE });
    await sync('3'.repeat(40));
    for (const title of ['Post proposal on Alpine-based build rules', 'Create an issue on Makefile overwritten', 'Provide plots with Redis measurements']) {
      const issue = byTitle(gh, title);
      assert.equal(issue.state, 'closed', title);
      assert.equal(issue.state_reason, 'completed', title);
      assert.equal(issue.comments.length, 1);
      assert.match(issue.comments[0]!.body, /Marked done in \[Application Compatibility WG, June 28, 2023\]\(https:\/\/github\.com\/acme\/notes\/blob\/3{40}\/discussions\/app-compat\/app-compat-2023-06-28\.md#L\d+\)/);
    }
    const repeated = byTitle(gh, 'Investigate further the TLS issues');
    assert.equal(repeated.state, 'open');
    assert.match(repeated.body!, /Mentioned in 2 meetings/);
    assert.equal(managed(gh).filter((issue) => issue.user === 'github-actions[bot]').length, 10);
  });

  test('editing the first note rewords one item (same issue, new title) and deletes one (closed as not planned)', async () => {
    const original = corpusFilesAt().get(NOTE)!;
    const edited = original
      .replace('RD: Re-tag Marco with the links to spikes issue on Unikraft Redis.', 'RD: Re-tag Marco with the links to the spikes issue on Unikraft Redis.')
      .replace(/\nTT: Upstream latest versions of Redis\.\n/, '\n');
    assert.notEqual(edited, original);
    const retag = byTitle(gh, 'Re-tag Marco');
    const upstream = byTitle(gh, 'Upstream latest versions of Redis');
    writeFiles(workspace, { [NOTE]: edited });
    await sync('4'.repeat(40));
    const after = gh.issues.find((issue) => issue.number === retag.number)!;
    assert.equal(after.title, 'Re-tag Marco with the links to the spikes issue on Unikraft Redis');
    assert.equal(after.state, 'open');
    const removed = gh.issues.find((issue) => issue.number === upstream.number)!;
    assert.equal(removed.state, 'closed');
    assert.equal(removed.state_reason, 'not_planned');
    assert.match(removed.comments.at(-1)!.body, /no longer in any meeting note/);
  });

  test('a renamed note changes links only', async () => {
    const before = managed(gh).map((issue) => [issue.number, issue.title, issue.state]);
    const content = readFileSync(join(workspace, NOTE), 'utf8');
    writeFiles(workspace, { [NOTE]: null, 'discussions/app-compat/2023/app-compat-2023-06-21.md': content });
    gh.clearRequests();
    await sync('5'.repeat(40));
    assert.deepEqual(managed(gh).map((issue) => [issue.number, issue.title, issue.state]), before);
    assert.ok(writeRequests(gh).every((request) => request.method === 'PATCH' && Object.keys(request.body as object).join() === 'body'));
    assert.match(byTitle(gh, 'Work towards getting').body!, /discussions\/app-compat\/2023\/app-compat-2023-06-21\.md#L/);
  });

  test('a title and labels changed by hand stay; the issue filed by hand and the pull request are untouched', async () => {
    const issue = byTitle(gh, 'Work towards getting');
    issue.title = 'getdents64: make it work';
    issue.labels.push('priority');
    gh.clearRequests();
    await sync('6'.repeat(40));
    assert.deepEqual(writeRequests(gh), []);
    assert.equal(issue.title, 'getdents64: make it work');
    const untouched = gh.issues.filter((candidate: IssueRecord) => candidate.user !== 'github-actions[bot]' || candidate.pull_request);
    for (const other of untouched) assert.equal(other.updated_at, other.created_at, `#${other.number} untouched`);
  });

  test('a new item of the same teams: its labels are on issues already, so the labels are not listed', async () => {
    writeFiles(workspace, { 'discussions/app-compat/app-compat-2023-07-05.md': LATER_NOTE.replace('June 28', 'July 5').replace('2023-06-28', '2023-07-05') + '\nTT: Measure Redis with the new allocator.\n' });
    gh.clearRequests();
    await sync('7'.repeat(40));
    assert.equal(byTitle(gh, 'Measure Redis with the new allocator').labels.length, 4);
    const routes = gh.requests.map((request) => `${request.method} ${request.route}`);
    assert.ok(routes.includes('POST /repos/{owner}/{repo}/issues'), routes.join('\n'));
    assert.ok(!routes.includes('GET /repos/{owner}/{repo}/labels'), routes.join('\n'));
  });
});

describe('owners as the config names them', () => {
  test('a handle that reads like an acronym or a word is an owner once the config maps it, and its issue is assigned', async () => {
    const gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', assignable: ['cd-dev', 'will-s'] });
    try {
      const workspace = makeWorkspace({
        'notes/2024-03-01.md': '---\ntitle: Infra sync\ndatetime: 2024-03-01T10:00:00Z\nteams: [infra]\n---\n\n## Action items\n\nCD: Check the mirror sync.\nWill: Send the meeting invite.\n',
        '.github/minutes-to-issues.yml': 'owners:\n  CD: cd-dev\n  Will: will-s\n',
      });
      assertRan(await runAction({ apiUrl: gh.url, workspace, inputs: { paths: 'notes/*.md' } }));
      const assigned = managed(gh).map((issue) => `${issue.title} → ${issue.assignees.join(',')}`).sort();
      assert.deepEqual(assigned, ['Check the mirror sync → cd-dev', 'Send the meeting invite → will-s']);
    } finally {
      await gh.close();
    }
  });
});

describe('max-writes counts every write, new labels too', () => {
  const note = { [NOTE]: corpusFilesAt().get(NOTE)!, '.github/minutes-to-issues.yml': CONFIG };

  test('max-writes 0 writes nothing, not even a label, and leaves every change for the next run', async () => {
    const gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', assignable: LOGINS });
    try {
      const result = await runAction({ apiUrl: gh.url, workspace: makeWorkspace(note), inputs: { paths: 'discussions/**/*.md', 'max-writes': '0' } });
      assertRan(result);
      assert.deepEqual(writeRequests(gh), []);
      assert.match(result.summary, /Left for the next run:\*\* 10 changes \(max-writes \(0\) was reached\)/);
      assert.match(result.summary, /^1 note read in acme\/notes/m);
    } finally {
      await gh.close();
    }
  });

  test('a budget smaller than the new labels a change needs: no run goes over it, and the runs converge', async () => {
    const gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', assignable: LOGINS });
    try {
      const workspace = makeWorkspace(note);
      const perRun: number[] = [];
      for (let run = 0; run < 8 && managed(gh).length < 10; run++) {
        gh.clearRequests();
        assertRan(await runAction({ apiUrl: gh.url, workspace, inputs: { paths: 'discussions/**/*.md', 'max-writes': '3' } }));
        perRun.push(writeRequests(gh).length);
      }
      // Four labels (the base label and three teams') and ten issues, three writes a run.
      assert.deepEqual(perRun, [3, 3, 3, 3, 2]);
      const labels = gh.labels.map((label) => label.name);
      for (const name of ['action-item', 'app-compat', 'bincompat', 'syscall']) assert.ok(labels.includes(name), `the label ${name}`);
      assert.equal(managed(gh).length, 10);
      for (const issue of managed(gh)) assert.deepEqual([...issue.labels].sort(), ['action-item', 'app-compat', 'bincompat', 'syscall']);
      gh.clearRequests();
      assertRan(await runAction({ apiUrl: gh.url, workspace, inputs: { paths: 'discussions/**/*.md', 'max-writes': '3' } }));
      assert.deepEqual(writeRequests(gh), []);
    } finally {
      await gh.close();
    }
  });
});

describe('the base label taken off an issue by hand', () => {
  test('the issue is no longer seen and its item gets a new one; with the label back, the newer is closed as a duplicate', async () => {
    const gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', assignable: LOGINS });
    try {
      const workspace = makeWorkspace({ [NOTE]: corpusFilesAt().get(NOTE)!, '.github/minutes-to-issues.yml': CONFIG });
      const sync = async (sha: string) => assertRan(await runAction({ apiUrl: gh.url, workspace, sha, inputs: { paths: 'discussions/**/*.md' } }));
      await sync('1'.repeat(40));
      const hidden = byTitle(gh, 'Work towards getting');
      hidden.labels.splice(hidden.labels.indexOf('action-item'), 1);

      await sync('2'.repeat(40));
      const newer = byTitle(gh, 'Work towards getting');
      assert.notEqual(newer.number, hidden.number);
      assert.equal(hidden.state, 'open', 'an issue without the base label is not the action\'s to edit');
      assert.equal(managed(gh).length, 10);

      hidden.labels.push('action-item');
      await sync('3'.repeat(40));
      assert.equal(hidden.state, 'open');
      assert.equal(newer.state, 'closed');
      assert.equal(newer.state_reason, 'duplicate');
      assert.equal(managed(gh).filter((issue) => issue.state === 'open').length, 10);
    } finally {
      await gh.close();
    }
  });
});

describe('many managed issues', () => {
  test('250 items: max-writes leaves the rest to the next run, then a rerun reads three pages and writes nothing', async () => {
    const logins = Array.from({ length: 250 }, (_, index) => `dev${index}`);
    const gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', assignable: logins });
    try {
      const lines = logins.map((login, index) => `@${login}: Task number ${index} of the big plan.`).join('\n\n');
      const workspace = makeWorkspace({
        'notes/2024-01-10-big.md': `---\ntitle: Big planning\ndatetime: 2024-01-10T10:00:00Z\nteams: [core]\n---\n\n## Action items\n\n${lines}\n`,
      });
      const first = await runAction({ apiUrl: gh.url, workspace });
      assertRan(first);
      assert.equal(managed(gh).length, 198, 'two labels and 198 issues within the default 200 writes');
      assert.match(first.summary, /Left for the next run:\*\* 52 changes \(max-writes \(200\) was reached\)/);
      const second = await runAction({ apiUrl: gh.url, workspace });
      assertRan(second);
      assert.equal(managed(gh).length, 250);
      assert.equal(new Set(managed(gh).map((issue) => issue.title)).size, 250);
      gh.clearRequests();
      const again = await runAction({ apiUrl: gh.url, workspace });
      assertRan(again);
      assert.deepEqual(writeRequests(gh), []);
      const pages = gh.requests.filter((request) => /\/issues$/.test(request.path));
      assert.equal(pages.length, 3);
    } finally {
      await gh.close();
    }
  });
});

describe('a GitHub App installation token', () => {
  test('its issues, written by the app\'s bot, are its own: a rerun recognises them and writes nothing', async () => {
    const gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', tokens: { 'app-token': { login: 'notes-bot[bot]', kind: 'installation' } } });
    try {
      const workspace = makeWorkspace({ 'notes/2024-02-02.md': '---\ntitle: Sync\ndatetime: 2024-02-02T10:00:00Z\nteams: [core]\n---\n\n## Action items\n\nAB: Write the plan.\n' });
      assertRan(await runAction({ apiUrl: gh.url, workspace, inputs: { token: 'app-token' } }));
      assert.deepEqual(gh.issues.map((issue) => issue.user), ['notes-bot[bot]']);
      gh.clearRequests();
      assertRan(await runAction({ apiUrl: gh.url, workspace, inputs: { token: 'app-token' } }));
      assert.deepEqual(writeRequests(gh), []);
      assert.equal(gh.issues.length, 1);
    } finally {
      await gh.close();
    }
  });
});
