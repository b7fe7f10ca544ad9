// One run of the built action (dist/index.js) as a runner starts it, timed from spawn to exit, with
// its peak memory.
import type { PlanOutput } from '../../src/core/report/plan-output.ts';
import { runAction, type RunOptions, type RunResult } from '../support/run-action.ts';
import { peakProbe } from './measure.ts';

export interface MeasuredRun {
  wallMs: number;
  peakMb: number;
  cpuMs: number;
  result: RunResult;
}

export async function runMeasured(options: RunOptions): Promise<MeasuredRun> {
  const probe = peakProbe();
  const started = performance.now();
  // The caller's NODE_OPTIONS (e.g. --cpu-prof) are kept beside the probe's preload.
  const nodeOptions = [options.env?.NODE_OPTIONS, probe.env.NODE_OPTIONS].filter(Boolean).join(' ');
  const result = await runAction({ ...options, env: { ...options.env, ...probe.env, NODE_OPTIONS: nodeOptions } });
  const wallMs = performance.now() - started;
  const usage = probe.read();
  if (result.exitCode !== 0) throw new Error(`the action failed (exit ${result.exitCode}):\n${result.stdout}\n${result.stderr}`);
  return { wallMs, ...usage, result };
}

/** The changes a run planned, from its `plan` output (which leaves some out to fit GitHub's 1 MB). */
export function plannedChanges(result: RunResult): number {
  const plan = JSON.parse(result.outputs.plan ?? '{"changes":[]}') as Pick<PlanOutput, 'changes' | 'truncated'>;
  return plan.changes.length + (plan.truncated?.changes ?? 0);
}
