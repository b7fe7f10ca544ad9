// Local work against the floor: the whole corpus at its last commit, dry run, each run a cold process
// of the built action, against a plain script that reads the same files and regex-scans their TODO
// sections. Also the marginal cost of notes: the corpus copied four times minus a single note, which
// takes out what every run pays whatever the notes (start-up, config, two requests). The same marginal
// cost of reading and parsing alone (read-and-parse.ts) shows how much of the job's the parser explains.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFilesAt } from '../support/corpus.ts';
import { startFakeGitHub } from '../support/fake-github/index.ts';
import { writeFiles } from '../support/run-action.ts';
import { runMeasured } from './bundle-run.ts';
import { CONFIG_PATH, CORPUS_PATHS, corpusTeam } from './corpus-team.ts';
import { alternate, median, peakProbe, runProcess } from './measure.ts';

const FLOOR = new URL('./floor-scan.mjs', import.meta.url).pathname;
const READ_AND_PARSE = new URL('./read-and-parse.ts', import.meta.url).pathname;
const FOLDERS = ['discussions', 'hackathons'];
const SINGLE_NOTE = 'discussions/app-compat/app-compat-2023-06-21.md';

interface Sample {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
}

export interface LocalWorkResult {
  rounds: number;
  notes: { whole: number; quad: number };
  action: { whole: Sample; quad: Sample; single: Sample };
  floor: { whole: Sample; quad: Sample; single: Sample };
  /** Reading and parsing alone, from source. */
  readAndParse: { quad: Sample; single: Sample };
  /** Medians over rounds of action / floor (and of reading and parsing alone / floor). */
  ratio: { wholeTime: number; wholeCpu: number; wholeMemory: number; marginalTime: number; marginalCpu: number; marginalMemory: number; marginalReadAndParseTime: number };
}

export async function measureLocalWork(rounds: number): Promise<LocalWorkResult> {
  const files = corpusFilesAt();
  const team = corpusTeam();
  const notes = [...files.keys()].filter((path) => FOLDERS.some((folder) => path.startsWith(`${folder}/`)));
  const whole = workspaceOf(team.config, notes.map((path) => [path, files.get(path)!]));
  const quad = workspaceOf(team.config, [0, 1, 2, 3].flatMap((copy) => notes.map((path) => [copyPath(path, copy), files.get(path)!] as [string, string])));
  const single = workspaceOf(team.config, [[SINGLE_NOTE, files.get(SINGLE_NOTE)!]]);
  const gh = await startFakeGitHub({ owner: 'unikraft', repo: 'meeting-notes', assignable: team.logins });

  const action = (workspace: string) => async (): Promise<Sample> => {
    const run = await runMeasured({ apiUrl: gh.url, workspace, repository: 'unikraft/meeting-notes', inputs: { paths: CORPUS_PATHS, 'dry-run': 'true' } });
    return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakMb: run.peakMb };
  };
  const script = (args: (workspace: string) => string[]) => (workspace: string) => async (): Promise<Sample> => {
    const probe = peakProbe();
    const run = await runProcess(process.execPath, args(workspace), { ...process.env, ...probe.env });
    if (run.exitCode !== 0) throw new Error(`${args(workspace)[0]} failed:\n${run.stderr}`);
    return { wallMs: run.wallMs, ...probe.read() };
  };
  const floor = script((workspace) => [FLOOR, workspace, ...FOLDERS]);
  const readAndParse = script((workspace) => [READ_AND_PARSE, workspace, CONFIG_PATH, CORPUS_PATHS]);

  try {
    const samples = await alternate(rounds, {
      actionWhole: action(whole),
      floorWhole: floor(whole),
      actionQuad: action(quad),
      floorQuad: floor(quad),
      actionSingle: action(single),
      floorSingle: floor(single),
      readAndParseQuad: readAndParse(quad),
      readAndParseSingle: readAndParse(single),
    });
    const perRound = (fn: (round: number) => number) => median(samples.actionWhole.map((_, round) => fn(round)));
    const s = samples;
    return {
      rounds,
      notes: { whole: notes.length, quad: notes.length * 4 },
      action: { whole: medianSample(s.actionWhole), quad: medianSample(s.actionQuad), single: medianSample(s.actionSingle) },
      floor: { whole: medianSample(s.floorWhole), quad: medianSample(s.floorQuad), single: medianSample(s.floorSingle) },
      readAndParse: { quad: medianSample(s.readAndParseQuad), single: medianSample(s.readAndParseSingle) },
      ratio: {
        wholeTime: perRound((r) => s.actionWhole[r]!.wallMs / s.floorWhole[r]!.wallMs),
        wholeCpu: perRound((r) => s.actionWhole[r]!.cpuMs / s.floorWhole[r]!.cpuMs),
        wholeMemory: perRound((r) => s.actionWhole[r]!.peakMb / s.floorWhole[r]!.peakMb),
        marginalTime: perRound((r) => (s.actionQuad[r]!.wallMs - s.actionSingle[r]!.wallMs) / (s.floorQuad[r]!.wallMs - s.floorSingle[r]!.wallMs)),
        marginalCpu: perRound((r) => (s.actionQuad[r]!.cpuMs - s.actionSingle[r]!.cpuMs) / (s.floorQuad[r]!.cpuMs - s.floorSingle[r]!.cpuMs)),
        marginalMemory: perRound((r) => (s.actionQuad[r]!.peakMb - s.actionSingle[r]!.peakMb) / (s.floorQuad[r]!.peakMb - s.floorSingle[r]!.peakMb)),
        marginalReadAndParseTime: perRound((r) => (s.readAndParseQuad[r]!.wallMs - s.readAndParseSingle[r]!.wallMs) / (s.floorQuad[r]!.wallMs - s.floorSingle[r]!.wallMs)),
      },
    };
  } finally {
    await gh.close();
    for (const folder of [whole, quad, single]) rmSync(folder, { recursive: true, force: true });
  }
}

function workspaceOf(config: string, notes: [string, string][]): string {
  const folder = mkdtempSync(join(tmpdir(), 'minutes-bench-local-'));
  writeFiles(folder, { [CONFIG_PATH]: config, ...Object.fromEntries(notes) });
  return folder;
}

/** Copy 0 keeps the corpus's paths; copy k goes to a sibling folder, discussions/copy-k/…. */
function copyPath(path: string, copy: number): string {
  if (copy === 0) return path;
  const slash = path.indexOf('/');
  return `${path.slice(0, slash)}/copy-${copy}${path.slice(slash)}`;
}

function medianSample(samples: readonly Sample[]): Sample {
  const of = (field: keyof Sample) => median(samples.map((sample) => sample[field]));
  return { wallMs: of('wallMs'), cpuMs: of('cpuMs'), peakMb: of('peakMb') };
}
