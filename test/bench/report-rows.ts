// Turns each scenario's measurements into rows of the table, with the goals of issue 6 beside them.
import type { ColdStartResult } from './cold-start.ts';
import type { PushCost, ReplayResult } from './history-replay.ts';
import type { LocalWorkResult } from './local-work.ts';
import { median, percentile } from './measure.ts';
import type { ScaleResult } from './scale.ts';
import { count, mb, ms, ratio, type Row } from './table.ts';

const HOUR_MS = 3_600_000;
const REQUESTS_PER_HOUR = 1000;
const WRITES_PER_HOUR = 500;

export function replayRows(replay: ReplayResult): Row[] {
  const scenario = replay.label;
  const pushes = replay.pushes;
  const sum = (field: keyof Omit<PushCost, 'sha' | 'date'>) => pushes.reduce((total, push) => total + push[field], 0);
  const max = (field: keyof Omit<PushCost, 'sha' | 'date'>) => Math.max(...pushes.map((push) => push[field]));
  const reads = sum('reads');
  const writes = sum('writes');
  const changes = sum('changes');
  const busiest = (field: 'requests' | 'writes') => busiestHour(pushes, field);
  const walls = pushes.map((push) => push.wallMs);
  const cpus = pushes.map((push) => push.cpuMs);
  const duplicates = max('duplicates');
  const firstDuplicate = pushes.find((push) => push.duplicates > 0);
  const rerun = replay.rerun;
  return [
    {
      scenario,
      measure: 'requests',
      figure: `${count(sum('requests'))} over ${count(pushes.length)} runs (${replay.skipped} pushes touched no note and ran nothing); per push median ${median(pushes.map((push) => push.requests))}, max ${max('requests')}; busiest hour of the history ${count(busiest('requests'))}`,
      goal: { text: `≤ ${count(REQUESTS_PER_HOUR)} an hour`, met: busiest('requests') <= REQUESTS_PER_HOUR },
    },
    {
      scenario,
      measure: 'reads against the minimum',
      figure: `${count(reads)} reads, minimum ${count(sum('minimumReads'))} (one page per 100 managed issues): ${count(sum('pages'))} pages of issues, ${count(sum('whoAmI'))} who-am-I, ${count(sum('labelReads'))} label lists, ${count(sum('assigneeChecks'))} assignee checks`,
    },
    {
      scenario,
      measure: 'writes against items changed',
      figure: `${count(writes)} writes for ${count(changes)} planned changes (${ratio(writes / Math.max(1, changes))}); most in one push ${max('writes')}; ${count(sum('deferred'))} changes left to the next push by max-writes; busiest hour ${count(busiest('writes'))}`,
      goal: { text: `≤ ${WRITES_PER_HOUR} an hour`, met: busiest('writes') <= WRITES_PER_HOUR },
    },
    {
      scenario,
      measure: 'duplicate open issues',
      figure: `${duplicates} at most after a push (${pushes.filter((push) => push.duplicates > 0).length} pushes with one or more${firstDuplicate ? `, the first at ${firstDuplicate.sha.slice(0, 8)} of ${firstDuplicate.date.slice(0, 10)}` : ''}); ${count(replay.issues)} managed issues at the end`,
      goal: { text: '0', met: duplicates === 0 },
    },
    {
      scenario,
      measure: 'wall time per push',
      figure: `median ${ms(median(walls))}, p95 ${ms(percentile(walls, 0.95))}, max ${ms(Math.max(...walls))}, total ${ms(walls.reduce((a, b) => a + b, 0))}; CPU median ${ms(median(cpus))}; peak memory max ${mb(max('peakMb'))}`,
    },
    {
      scenario,
      measure: 'rerun at the last commit',
      figure: `${rerun.writes} writes, ${rerun.reads} reads (minimum ${rerun.minimumReads}), ${ms(rerun.wallMs)}`,
      goal: { text: '0 writes', met: rerun.writes === 0 },
    },
  ];
}

/** The most of a figure that pushes made within one hour of each other, by their commits' dates. */
function busiestHour(pushes: readonly PushCost[], field: 'requests' | 'writes'): number {
  const times = pushes.map((push) => Date.parse(push.date));
  let best = 0;
  for (let start = 0; start < pushes.length; start++) {
    let total = 0;
    for (let index = 0; index < pushes.length; index++) {
      if (times[index]! >= times[start]! && times[index]! < times[start]! + HOUR_MS) total += pushes[index]![field];
    }
    best = Math.max(best, total);
  }
  return best;
}

export function localWorkRows(local: LocalWorkResult): Row[] {
  const scenario = `Local work, dry run, cold process (median of ${local.rounds} alternating rounds)`;
  const { action, floor, readAndParse } = local;
  const marginal = (side: Pick<typeof action, 'quad' | 'single'>, field: 'wallMs' | 'cpuMs' | 'peakMb') => side.quad[field] - side.single[field];
  return [
    {
      scenario,
      measure: `whole corpus (${local.notes.whole} notes) against the floor`,
      figure: `${ms(action.whole.wallMs)} (CPU ${ms(action.whole.cpuMs)}), ${mb(action.whole.peakMb)} against ${ms(floor.whole.wallMs)}, ${mb(floor.whole.peakMb)}: time ${ratio(local.ratio.wholeTime)}, CPU ${ratio(local.ratio.wholeCpu)}, memory ${ratio(local.ratio.wholeMemory)}`,
    },
    {
      scenario,
      measure: `marginal cost of notes (${local.notes.quad} notes minus 1)`,
      figure: `${ms(marginal(action, 'wallMs'))} (CPU ${ms(marginal(action, 'cpuMs'))}), +${mb(marginal(action, 'peakMb'))} against ${ms(marginal(floor, 'wallMs'))}, +${mb(marginal(floor, 'peakMb'))}: time ${ratio(local.ratio.marginalTime)}, CPU ${ratio(local.ratio.marginalCpu)}, memory ${ratio(local.ratio.marginalMemory)}`,
      goal: { text: 'time ≤ 3x', met: local.ratio.marginalTime <= 3 },
    },
    {
      scenario,
      measure: 'of which reading and parsing alone (the same notes, from source, nothing after)',
      figure: `${ms(marginal(readAndParse, 'wallMs'))} (CPU ${ms(marginal(readAndParse, 'cpuMs'))}), +${mb(marginal(readAndParse, 'peakMb'))} against the floor's ${ms(marginal(floor, 'wallMs'))}: time ${ratio(local.ratio.marginalReadAndParseTime)}`,
    },
  ];
}

export function coldStartRows(cold: ColdStartResult): Row[] {
  return [
    {
      scenario: `Cold start (median of ${cold.rounds})`,
      measure: 'dist/index.js to its first decision, against node -e 0',
      figure: `${ms(cold.bundleMs)} against ${ms(cold.nodeMs)} (+${ms(cold.bundleMs - cold.nodeMs)}); bundle ${(cold.bundleBytes / 2 ** 20).toFixed(1)} MB`,
    },
  ];
}

export function scaleRows(scale: ScaleResult): Row[] {
  const scenario = `Scale: ${count(scale.notes)} notes, ${count(scale.items)} items, ${count(scale.issues)} managed issues`;
  const phases = scale.phases;
  const pages = Math.ceil(scale.issues / 100);
  const toPlan = phases.ms.list + phases.ms.parse + phases.ms.select + phases.ms.plan;
  return [
    {
      scenario,
      measure: 'dry run of the bundle',
      figure: `${ms(scale.run.wallMs)} (CPU ${ms(scale.run.cpuMs)}), peak ${mb(scale.run.peakMb)}; ${count(scale.run.changes)} changes planned; the plan output ${scale.run.planOutputMb.toFixed(1)} MB`,
      goal: { text: '≤ 500 MB', met: scale.run.peakMb <= 500 },
    },
    {
      scenario,
      measure: 'time to a plan: list issues + parse + plan, from source in one process',
      figure: `${ms(toPlan)} = list issues ${ms(phases.ms.list)} (the local GitHub answering ${ms(scale.githubMs)} of it) + parse ${ms(phases.ms.parse)} + select managed ${ms(phases.ms.select)} + plan ${ms(phases.ms.plan)} (CPU: ${ms(phases.cpuMs.list)}, ${ms(phases.cpuMs.parse)}, ${ms(phases.cpuMs.select)}, ${ms(phases.cpuMs.plan)}); ${count(phases.unchanged)} issues in step; peak ${mb(phases.peakMb)}`,
      goal: { text: 'planned ≤ 5 s', met: toPlan <= 5000 },
    },
    {
      scenario,
      measure: 'reads',
      figure: `${scale.run.reads}: ${scale.run.pages} pages of issues, ${scale.run.reads - scale.run.pages} other`,
      goal: { text: `${pages} pages`, met: scale.run.pages === pages },
    },
  ];
}
