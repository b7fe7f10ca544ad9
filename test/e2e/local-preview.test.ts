// The local preview: `minutes-to-issues plan [folder]` on the examples/ notes, without GitHub and
// against the local GitHub with --repo. It never writes.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { startFakeGitHub } from '../support/fake-github/index.ts';
import { ROOT, runAction } from '../support/run-action.ts';

const CLI = join(ROOT, 'dist/cli.js');
const EXAMPLES = join(ROOT, 'examples');
const cli = (args: string[], env: Record<string, string> = {}) =>
  promisify(execFile)(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });

test('prints the items of every note and the plan of a first sync', async () => {
  const { stdout } = await cli(['plan', EXAMPLES, '--paths', 'meetings/**/*.md']);
  assert.match(stdout, /^4 notes, 13 items \(10 open, 3 done\)/);
  assert.match(stdout, /meetings\/kernel\/kernel-2026-10-13\.md {2}2026-10-13 {2}\[kernel, scheduler\]/);
  assert.match(stdout, /L18 {2}done {2}BR\/CM: Review the scheduler patch series before the release\./);
  assert.match(stdout, /'DV' has no GitHub login/);
  assert.match(stdout, /Plan as a first sync/);
  assert.match(stdout, /create {2}new {5}Write the migration notes for the new timer API {2}\(CM \(chen-m\); new item, in 2 meetings\)/);
  assert.match(stdout, /5 changes, 0 issues unchanged, 3 items without an issue/);
});

test('--json prints the plan as data; a bad argument says what is expected', async () => {
  const { stdout } = await cli(['plan', EXAMPLES, '--paths', 'meetings/**/*.md', '--json']);
  const plan = JSON.parse(stdout) as { changes: { kind: string }[] };
  assert.equal(plan.changes.length, 5);
  await assert.rejects(cli(['plan', EXAMPLES, '--since', 'last week']), /--since must be a date like 2024-01-01/);
  await assert.rejects(cli(['plan', EXAMPLES, '--repo', 'acme/notes']), /needs a token in GITHUB_TOKEN/);
});

test('with --repo and a token, plans against the live issues, and writes nothing', async () => {
  const gh = await startFakeGitHub({ owner: 'example', repo: 'meeting-notes', assignable: ['ana-k', 'bruno-r', 'chen-m'] });
  try {
    const synced = await runAction({ apiUrl: gh.url, workspace: EXAMPLES, repository: 'example/meeting-notes', inputs: { paths: 'meetings/**/*.md' } });
    assert.equal(synced.exitCode, 0, synced.stdout);
    gh.clearRequests();
    const { stdout } = await cli(['plan', EXAMPLES, '--paths', 'meetings/**/*.md', '--repo', 'example/meeting-notes'], { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: gh.url });
    assert.match(stdout, /Plan against example\/meeting-notes \(5 managed issues\):/);
    assert.match(stdout, /0 changes, 5 issues unchanged/);
    assert.deepEqual(gh.requests.filter((request) => request.write), []);
  } finally {
    await gh.close();
  }
});
