// What a person sees of a run: the job summary, annotations on the notes' lines, and one clear
// error when something must be fixed first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.ts';
import { makeWorkspace, runAction } from '../support/run-action.ts';

const GOOD = `---
title: Release sync, May 5, 2025
datetime: 2025-05-05T09:00:00Z
teams: [release]
---

## TODOs and Decisions

RM: Tag the release candidate.

QQ: Update the | pipe | table docs.

We ship on Thursdays from now on.
`;
const BROKEN = `---
title: "Release sync, May 12
teams: [release
---

## TODOs and Decisions

RM: Publish the release notes.
`;

describe('a run with a broken note and an unknown owner', () => {
  let gh: FakeGitHub;
  let result: Awaited<ReturnType<typeof runAction>>;
  before(async () => {
    gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', assignable: ['rel-manager'] });
    const workspace = makeWorkspace({
      'notes/release-2025-05-05.md': GOOD,
      'notes/release-2025-05-12.md': BROKEN,
      '.github/minutes-to-issues.yml': 'owners:\n  RM: rel-manager\n',
    });
    result = await runAction({ apiUrl: gh.url, workspace });
  });
  after(() => gh.close());

  test('still syncs every item, the broken note included', () => {
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(gh.issues.map((issue) => issue.title).sort(), ['Publish the release notes', 'Tag the release candidate', 'Update the | pipe | table docs (QQ)']);
  });

  test('annotates the broken front matter and the unknown owner on their file and line', () => {
    const warnings = result.commands.filter((command) => command.command === 'warning');
    const yaml = warnings.find((warning) => warning.properties.includes('file=notes/release-2025-05-12.md'));
    assert.ok(yaml, result.stdout);
    assert.match(yaml.properties, /line=\d+/);
    const owner = warnings.find((warning) => /'QQ' has no GitHub login/.test(warning.message));
    assert.ok(owner);
    assert.match(owner.properties, /file=notes\/release-2025-05-05\.md,line=11/);
  });

  test('the summary lists what was created with links, owners and teams, and the decisions', () => {
    assert.match(result.summary, /3 created, 0 updated, 0 closed, 0 reopened/);
    assert.match(result.summary, /\| created \| \[#1\]\(https:\/\/github\.com\/acme\/notes\/issues\/1\) Tag the release candidate \| RM \(rel-manager\) \| release \| new item \|/);
    assert.match(result.summary, /Update the \\\| pipe \\\| table docs \(QQ\)/, 'pipes from notes do not break the table');
    assert.match(result.summary, /We ship on Thursdays from now on\./);
    assert.deepEqual(JSON.parse(result.outputs.created!), [1, 2, 3]);
    const plan = JSON.parse(result.outputs.plan!) as { changes: unknown[] };
    assert.equal(plan.changes.length, 3);
  });
});

test('annotations stop at 50, with a count of the rest', async () => {
  const gh = await startFakeGitHub({ owner: 'acme', repo: 'notes' });
  try {
    const initials = (index: number) => `Q${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(65 + Math.floor(index / 26))}`;
    const lines = Array.from({ length: 70 }, (_, index) => `${initials(index)}: Task ${index}.`).join('\n\n');
    const workspace = makeWorkspace({ 'n/2025-01-01.md': `# Jan\n\n## Action items\n\n${lines}\n` });
    const result = await runAction({ apiUrl: gh.url, workspace, inputs: { 'dry-run': 'true' } });
    assert.equal(result.exitCode, 0);
    const warnings = result.commands.filter((command) => command.command === 'warning');
    assert.equal(warnings.length, 51);
    assert.match(warnings.at(-1)!.message, /21 more problems in the notes are not shown as annotations/);
    assert.equal(gh.requests.filter((request) => request.write).length, 0, 'a dry run writes nothing');
    assert.match(result.summary, /Dry run: nothing was written/);
    assert.match(result.summary, /70 to create/);
  } finally {
    await gh.close();
  }
});

describe('errors a user must fix first', () => {
  test('a bad config names the key and the allowed values, in one error', async () => {
    const workspace = makeWorkspace({ 'n/a.md': '# A\n', '.github/minutes-to-issues.yml': 'close-removed: sometimes\nlabel:\n  base: x\n' });
    const result = await runAction({ apiUrl: 'http://127.0.0.1:9', workspace });
    assert.equal(result.exitCode, 1);
    const errors = result.commands.filter((command) => command.command === 'error');
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /close-removed: .*`true` or `false`/);
    assert.match(errors[0]!.message, /unknown key 'label'/);
    assert.match(result.summary, /The run failed:.*close-removed/s, 'the summary says why too');
  });

  test('a config input that names no file, or a folder, stops the run before any request; the default path may be missing', async () => {
    const workspace = makeWorkspace({ 'n/2025-01-01.md': GOOD, 'cfg/team.yml': 'owners:\n  FP: felipe-h\n' });
    const missing = await runAction({ apiUrl: 'http://127.0.0.1:9', workspace, inputs: { config: 'cfg/taem.yml' } });
    assert.equal(missing.exitCode, 1);
    assert.match(missing.stdout, /::error::No config file at cfg\/taem\.yml\. Fix the config path/);
    const folder = await runAction({ apiUrl: 'http://127.0.0.1:9', workspace, inputs: { config: 'cfg' } });
    assert.equal(folder.exitCode, 1);
    assert.match(folder.stdout, /::error::The config path cfg is a folder/);
    const gh = await startFakeGitHub({ owner: 'acme', repo: 'notes' });
    try {
      const defaults = await runAction({ apiUrl: gh.url, workspace, inputs: { 'dry-run': 'true' } });
      assert.equal(defaults.exitCode, 0, defaults.stdout);
      assert.match(defaults.stdout, /No config file at \.github\/minutes-to-issues\.yml: using the defaults/);
    } finally {
      await gh.close();
    }
  });

  test('no notes found says to check actions/checkout and the paths', async () => {
    const result = await runAction({ apiUrl: 'http://127.0.0.1:9', workspace: makeWorkspace({}) });
    assert.equal(result.exitCode, 1);
    assert.match(result.stdout, /::error::No notes match paths .* actions\/checkout/);
  });

  test("a token without issues: write says which permission to add", async () => {
    const gh = await startFakeGitHub({ owner: 'acme', repo: 'notes', tokens: { 'read-token': { login: 'github-actions[bot]', kind: 'installation', permissions: 'read' } } });
    try {
      const result = await runAction({ apiUrl: gh.url, workspace: makeWorkspace({ 'n/2025-01-01.md': GOOD }), inputs: { token: 'read-token' } });
      assert.equal(result.exitCode, 1);
      const errors = result.commands.filter((command) => command.command === 'error');
      assert.equal(errors.length, 1);
      assert.match(errors[0]!.message, /issues: write/);
      assert.equal(gh.requests.filter((request) => request.write).length, 1, 'the first write stops the run');
    } finally {
      await gh.close();
    }
  });
});
