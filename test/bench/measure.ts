// Timing and memory of whole processes, as a runner sees them: wall time from spawn to exit, and the
// process's peak resident memory (maxRSS) and CPU time, written by a preloaded module when it exits.
// CPU time is the steadier figure on a shared machine: other processes stretch wall time, not it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PRELOAD = new URL('./peak-memory.mjs', import.meta.url).pathname;

export interface PeakProbe {
  /** Environment for the measured process: NODE_OPTIONS preloads the probe. */
  env: Record<string, string>;
  /** Peak resident memory (MB) and CPU time (ms); reads the probe's file once the process has exited. */
  read(): { peakMb: number; cpuMs: number };
}

export function peakProbe(): PeakProbe {
  const scratch = mkdtempSync(join(tmpdir(), 'minutes-bench-peak-'));
  const file = join(scratch, 'peak');
  return {
    env: { NODE_OPTIONS: `--import=${PRELOAD}`, MINUTES_BENCH_PEAK_FILE: file },
    read() {
      try {
        const [kilobytes, microseconds] = readFileSync(file, 'utf8').split(' ').map(Number);
        return { peakMb: kilobytes! / 1024, cpuMs: microseconds! / 1000 };
      } catch {
        return { peakMb: Number.NaN, cpuMs: Number.NaN };
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  };
}

export interface ProcessRun {
  wallMs: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export async function runProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { wallMs: performance.now() - started, exitCode, stdout, stderr };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * Runs each task once per round, in an order that rotates every round, so that drift in the machine's
 * load (other processes on a shared runner) hits every task alike. A first round warms the file cache
 * and is dropped.
 */
export async function alternate<K extends string, T>(rounds: number, tasks: Record<K, () => Promise<T>>): Promise<Record<K, T[]>> {
  const names = Object.keys(tasks) as K[];
  const results = Object.fromEntries(names.map((name) => [name, [] as T[]])) as Record<K, T[]>;
  for (let round = 0; round <= rounds; round++) {
    const order = names.map((_, index) => names[(index + round) % names.length]!);
    for (const name of order) {
      const result = await tasks[name]();
      if (round > 0) results[name].push(result);
    }
  }
  return results;
}
