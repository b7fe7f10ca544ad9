// Benchmark (not a test): parse every note of the corpus's last commit in one process, against a floor
// of reading the same files and scanning their TODO sections with regular expressions.
//   node test/bench/parse-corpus.ts [runs]
// Both sides read the files from disk (a temporary copy of the corpus) so the ratio is parser cost
// over the cheapest useful work; a second row compares in-memory parsing with an in-memory floor.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFrontMatter } from '../../src/core/notes/front-matter.ts';
import { parseNote } from '../../src/core/notes/parse-note.ts';
import { DEFAULT_PARSE_OPTIONS, createHeadingMatcher } from '../../src/core/notes/parse-options.ts';
import { scanOutline } from '../../src/core/notes/scan-outline.ts';
import { parseSectionBlocks, readSectionBlocks } from '../../src/core/notes/section-blocks.ts';
import { findTodoSections } from '../../src/core/notes/todo-sections.ts';
import { corpusNotesAt, writeCorpusAt } from '../support/corpus.ts';

const RUNS = Number(process.argv[2] ?? 21);
const WARM_UP = 5;

const HEADING = /^ {0,3}(#{1,6})[ \t]/;
const TODO_HEADING = /todo|tasks|decisions|action items/i;
const OWNER_LINE = /^\s*(?:[-*+]\s+)?(?:\[[ xX]?\]\s+)?([\p{L}@][\p{L}\w@ /,+&-]{0,40}):\s/gmu;

/** The floor: find TODO sections by headings and count their owner lines, nothing more. */
function scanFloor(text: string): number {
  let count = 0;
  let level = 0;
  let start = -1;
  const lines = text.split('\n');
  const flush = (end: number): void => {
    count += lines.slice(start, end).join('\n').match(OWNER_LINE)?.length ?? 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const heading = HEADING.exec(lines[i]!);
    if (!heading) continue;
    if (level > 0 && heading[1]!.length <= level) { flush(i); level = 0; }
    if (level === 0 && TODO_HEADING.test(lines[i]!)) { level = heading[1]!.length; start = i + 1; }
  }
  if (level > 0) flush(lines.length);
  return count;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Timing { wall: number; cpu: number }

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Runs a and b alternately so that drift in the machine's load hits both; warm-up runs are dropped.
 * CPU time is kept beside wall time: on a shared machine it is the steadier of the two.
 */
function compare(a: () => number, b: () => number): { a: Timing; b: Timing } {
  const times = { a: { wall: [] as number[], cpu: [] as number[] }, b: { wall: [] as number[], cpu: [] as number[] } };
  let sink = 0;
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    for (const [name, fn] of run % 2 === 0 ? [['a', a], ['b', b]] as const : [['b', b], ['a', a]] as const) {
      const wall = performance.now();
      const cpu = cpuMs();
      sink += fn();
      if (run >= WARM_UP) {
        times[name].wall.push(performance.now() - wall);
        times[name].cpu.push(cpuMs() - cpu);
      }
    }
  }
  if (sink < 0) console.log(sink);
  const summary = (t: { wall: number[]; cpu: number[] }): Timing => ({ wall: median(t.wall), cpu: median(t.cpu) });
  return { a: summary(times.a), b: summary(times.b) };
}

function row(label: string, parse: number, floor: number): void {
  console.log(`${label.padEnd(44)} median ${parse.toFixed(1).padStart(7)} ms  floor ${floor.toFixed(1).padStart(6)} ms  ratio ${(parse / floor).toFixed(1)}`);
}

const notes = corpusNotesAt();
const dir = mkdtempSync(join(tmpdir(), 'minutes-corpus-'));
try {
  writeCorpusAt(dir);
  const paths = [...notes.keys()];
  const texts = [...notes.values()];
  const options = DEFAULT_PARSE_OPTIONS;

  const fromDisk = compare(
    () => paths.reduce((sum, path) => sum + parseNote(path, readFileSync(join(dir, path)), options).items.length, 0),
    () => paths.reduce((sum, path) => sum + scanFloor(readFileSync(join(dir, path), 'utf8')), 0),
  );
  row(`parse corpus (${paths.length} notes)`, fromDisk.a.wall, fromDisk.b.wall);
  row(`parse corpus (${paths.length} notes), CPU time`, fromDisk.a.cpu, fromDisk.b.cpu);

  const inMemory = compare(
    () => paths.reduce((sum, path, i) => sum + parseNote(path, texts[i]!, options).items.length, 0),
    () => texts.reduce((sum, text) => sum + scanFloor(text), 0),
  );
  row(`parse corpus in memory (${paths.length} notes)`, inMemory.a.wall, inMemory.b.wall);

  // Where the time goes: the TODO sections (the plain reader, remark where it declines; and remark
  // alone, what the plain reader saves) and the front matter, on the same lines parseNote gives them.
  const matcher = createHeadingMatcher(options.sections);
  const outlines = texts.map(scanOutline);
  const sections = outlines.map((outline) => findTodoSections(outline.headings, outline.lines.length, matcher));
  const yamls = outlines.map((outline) => (outline.frontMatter && outline.frontMatter.end > 0 ? outline.lines.slice(1, outline.frontMatter.end).join('\n') : null));
  const blockCount = (read: (i: number) => { blocks: unknown[][] } | null) => () =>
    outlines.reduce((sum, _, i) => sum + (sections[i]!.length > 0 ? read(i)?.blocks.length ?? 0 : 0), 0);
  const floorAll = () => texts.reduce((sum, text) => sum + scanFloor(text), 0);
  const blocks = compare(blockCount((i) => readSectionBlocks('x.md', outlines[i]!.lines, sections[i]!, [])), floorAll);
  row('  of which TODO sections (plain reader)', blocks.a.wall, blocks.b.wall);
  const remark = compare(blockCount((i) => parseSectionBlocks(outlines[i]!.lines, sections[i]!)), floorAll);
  row('  (remark alone over the TODO sections)', remark.a.wall, remark.b.wall);
  const yaml = compare(
    () => yamls.reduce((sum, source) => sum + (source === null ? 0 : Object.keys(readFrontMatter('x.md', source, 2).fields).length), 0),
    () => texts.reduce((sum, text) => sum + scanFloor(text), 0),
  );
  row('  of which yaml + zod over front matter', yaml.a.wall, yaml.b.wall);

  const big = `---\ntitle: big\n---\n\n## Discussions\n\n${'FP: a line of discussion that is not a TODO.\n\n'.repeat(110_000)}\n## TODOs and Decisions\n\nFP: the one item.\n`;
  const started = performance.now();
  parseNote('big-2024-01-01.md', big, options);
  console.log(`parse one ${(big.length / 1e6).toFixed(1)} MB note               ${(performance.now() - started).toFixed(1)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
