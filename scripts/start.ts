// `npm start`: the action's whole job on the examples/ notes, against the local GitHub the tests use,
// started in this process. Runs the built bundle twice: the first run creates and closes issues, the
// second finds nothing left to do.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../test/support/fake-github/index.ts';
import { ROOT, runAction, type RunResult } from '../test/support/run-action.ts';

const gh = await startFakeGitHub({ owner: 'example', repo: 'meeting-notes', assignable: ['ana-k', 'bruno-r', 'chen-m'] });
const workspace = mkdtempSync(join(tmpdir(), 'minutes-example-'));
cpSync(join(ROOT, 'examples'), workspace, { recursive: true });

try {
  console.log(`Local GitHub at ${gh.url}, notes from examples/ (${workspace}).\n`);
  const first = await run('First run: the notes are merged', 'a1'.repeat(20));
  printIssues(gh);
  console.log('\nThe job summary of the first run:\n');
  console.log(first.summary);

  gh.clearRequests();
  await run('Second run: nothing changed in the notes', 'b2'.repeat(20));
  const writes = gh.requests.filter((request) => request.write).length;
  console.log(`${gh.requests.length} read requests, ${writes} write requests: nothing was left to do.`);
} finally {
  await gh.close();
  rmSync(workspace, { recursive: true, force: true });
}

async function run(title: string, sha: string): Promise<RunResult> {
  console.log(`== ${title} ==`);
  const result = await runAction({ apiUrl: gh.url, workspace, sha, repository: 'example/meeting-notes', inputs: { paths: 'meetings/**/*.md' } });
  const log = result.stdout
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('::set-output') && !line.startsWith('::debug'));
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
  console.log('Issues on the local GitHub:');
  for (const issue of github.issues) {
    const assignees = issue.assignees.length > 0 ? issue.assignees.map((login) => `@${login}`).join(', ') : 'nobody';
    const state = issue.state === 'open' ? 'open' : `closed (${issue.state_reason})`;
    console.log(`  #${issue.number} [${state}] ${issue.title}`);
    console.log(`      labels: ${issue.labels.join(', ')}; assigned: ${assignees}; comments: ${issue.comments.length}`);
  }
}
