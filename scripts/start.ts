// `npm start`: the action's whole job on the examples/ notes, against the local GitHub the tests use,
// started in this process. Runs the built bundle three times: the first meetings are merged (issues
// created), then the later ones (items marked done are closed), then nothing changed (nothing written).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../test/support/fake-github/index.ts';
import { ROOT, runAction, writeFiles, type RunResult } from '../test/support/run-action.ts';

const gh = await startFakeGitHub({ owner: 'example', repo: 'meeting-notes', assignable: ['ana-k', 'bruno-r', 'chen-m'] });
const workspace = mkdtempSync(join(tmpdir(), 'minutes-example-'));
cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
const LATER = ['meetings/kernel/kernel-2026-10-13.md', 'meetings/docs/docs-2026-10-22.md'];
const later = Object.fromEntries(LATER.map((path) => [path, readFileSync(join(workspace, path), 'utf8')]));
writeFiles(workspace, Object.fromEntries(LATER.map((path) => [path, null])));

try {
  console.log(`Local GitHub at ${gh.url}, notes from examples/ (${workspace}).\n`);
  await run('First run: the first meetings of both teams are merged', 'a1'.repeat(20));
  printIssues(gh);

  writeFiles(workspace, later);
  const second = await run('Second run: the next meetings are merged, marking items done', 'b2'.repeat(20));
  printIssues(gh);
  console.log('\nThe job summary of the second run:\n');
  console.log(second.summary);

  gh.clearRequests();
  await run('Third run: nothing changed in the notes', 'c3'.repeat(20));
  const writes = gh.requests.filter((request) => request.write).length;
  const reads = gh.requests.length - writes;
  console.log(`${reads} read requests, ${writes} write requests${writes === 0 ? ': nothing was left to do' : ''}.`);
} finally {
  await gh.close();
  rmSync(workspace, { recursive: true, force: true });
}

async function run(title: string, sha: string): Promise<RunResult> {
  console.log(`== ${title} ==`);
  const result = await runAction({ apiUrl: gh.url, workspace, sha, repository: 'example/meeting-notes', inputs: { paths: 'meetings/**/*.md' } });
  const log = result.stdout
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('::add-mask::') && !line.startsWith('::debug'));
  console.log(log.map((line) => `  ${line}`).join('\n'));
  if (result.exitCode !== 0) {
    console.error(result.stderr);
    throw new Error(`the action failed with exit code ${result.exitCode}`);
  }
  const outputs = ['created', 'updated', 'closed', 'reopened'].map((name) => `${name}=${result.outputs[name]}`).join(' ');
  console.log(`  outputs: ${outputs}\n`);
  return result;
}

function printIssues(github: FakeGitHub): void {
  console.log('Issues on the local GitHub now:');
  for (const issue of github.issues) {
    const assignees = issue.assignees.length > 0 ? issue.assignees.map((login) => `@${login}`).join(', ') : 'nobody';
    const state = issue.state === 'open' ? 'open' : `closed (${issue.state_reason})`;
    console.log(`  #${issue.number} [${state}] ${issue.title}`);
    console.log(`      labels: ${issue.labels.join(', ')}; assigned: ${assignees}; comments: ${issue.comments.length}`);
  }
}
