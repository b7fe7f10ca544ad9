// `npm run bench`: what the action costs on real work, as one table (a benchmark, not a test: it
// prints figures and asserts none). Scenarios, each in a module of its own:
//   replay  the corpus's history pushed commit by commit; then as a team adopting the action on
//           2024-01-01 with since: 2024-01-01 (history-replay.ts)
//   local   the whole corpus in one cold dry run against a plain regex-scanning script (local-work.ts)
//   cold    the bundle's cold start against `node -e 0` (cold-start.ts)
//   scale   10,000 generated notes with 20,000 managed issues (scale.ts)
//
//   npm run bench                      every scenario, full size (about 20 minutes on 2 cores)
//   npm run bench -- --quick           pushes of 10 commits, fewer rounds, a 2,000-note scale
//   npm run bench -- --only=local,cold one or more scenarios
// The table goes to stdout; progress to stderr. Scale runs first, nearest the build of dist/: it
// compares the bundle with the same sources run directly.
import { coldStartRows, localWorkRows, replayRows, scaleRows } from './report-rows.ts';
import { measureColdStart } from './cold-start.ts';
import { replayHistory, type PushCost } from './history-replay.ts';
import { measureLocalWork } from './local-work.ts';
import { describeMachine, loadAverage } from './machine.ts';
import { measureScale } from './scale.ts';
import { renderTable, type Row } from './table.ts';

const SCENARIOS = ['replay', 'local', 'cold', 'scale'] as const;
type Scenario = (typeof SCENARIOS)[number];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const unknown = only?.filter((name) => !(SCENARIOS as readonly string[]).includes(name)) ?? [];
if (unknown.length > 0) throw new Error(`--only: unknown scenario ${unknown.join(', ')}; choose from ${SCENARIOS.join(', ')}`);
const chosen = (only ?? SCENARIOS) as readonly Scenario[];

const size = quick
  ? { commitsPerPush: 10, localRounds: 3, coldRounds: 10, notes: 2_000, issues: 4_000 }
  : { commitsPerPush: 1, localRounds: 5, coldRounds: 20, notes: 10_000, issues: 20_000 };

const progress = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
// Run in the order that keeps the bundle and the sources alike; printed in the order of issue 6.
const rows: Partial<Record<Scenario, Row[]>> = {};
const started = performance.now();
const loadBefore = loadAverage();

if (chosen.includes('scale')) {
  progress(`scale, ${size.notes} notes and ${size.issues} issues …`);
  rows.scale = scaleRows(await measureScale(size.notes, size.issues));
}
if (chosen.includes('local')) {
  progress(`local work, ${size.localRounds} rounds …`);
  rows.local = localWorkRows(await measureLocalWork(size.localRounds));
}
if (chosen.includes('cold')) {
  progress(`cold start, ${size.coldRounds} rounds …`);
  rows.cold = coldStartRows(await measureColdStart(size.coldRounds));
}
if (chosen.includes('replay')) {
  const pushes = size.commitsPerPush === 1 ? 'every commit a push' : `pushes of ${size.commitsPerPush} commits`;
  rows.replay = [];
  for (const since of [undefined, '2024-01-01']) {
    const label = since ? `History replay from ${since} with since: ${since}, ${pushes}` : `History replay, ${pushes}`;
    progress(`${label} …`);
    const onPush = (cost: PushCost, done: number, of: number) => {
      if (done % 50 === 0 || done === of) progress(`  push ${done}/${of}: ${Math.round(cost.wallMs)} ms, ${cost.requests} requests, ${cost.managed} issues`);
    };
    rows.replay.push(...replayRows(await replayHistory({ label, since, commitsPerPush: size.commitsPerPush, onPush })));
  }
}

console.log(renderTable(SCENARIOS.flatMap((scenario) => rows[scenario] ?? [])));
console.log(`\n${describeMachine()}; load average ${loadBefore} before, ${loadAverage()} after; ${Math.round((performance.now() - started) / 1000)} s${quick ? ' (--quick)' : ''}.`);
