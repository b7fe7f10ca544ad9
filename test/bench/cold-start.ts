// Cold start: the bundle loaded, evaluated and run to its first decision (an event it ignores, so no
// notes and no requests), against `node -e 0`, the least a Node 24 step can cost.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE } from '../support/run-action.ts';
import { alternate, median, runProcess } from './measure.ts';

export interface ColdStartResult {
  rounds: number;
  bundleBytes: number;
  nodeMs: number;
  bundleMs: number;
}

export async function measureColdStart(rounds: number): Promise<ColdStartResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'minutes-bench-cold-'));
  const event = join(scratch, 'event.json');
  writeFileSync(event, JSON.stringify({ action: 'closed', pull_request: { number: 1, merged: false } }));
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/notes',
    GITHUB_WORKSPACE: scratch,
    INPUT_TOKEN: 'test-token',
  };
  const run = (args: string[]) => async () => {
    const result = await runProcess(process.execPath, args, env);
    if (result.exitCode !== 0) throw new Error(`cold start: ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
    if (args[0] === BUNDLE && !result.stdout.includes('Nothing to do')) throw new Error(`cold start: the bundle did not stop at the event:\n${result.stdout}`);
    return result.wallMs;
  };
  try {
    const times = await alternate(rounds, { node: run(['-e', '0']), bundle: run([BUNDLE]) });
    return { rounds, bundleBytes: statSync(BUNDLE).size, nodeMs: median(times.node), bundleMs: median(times.bundle) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
