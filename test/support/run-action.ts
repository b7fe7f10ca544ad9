// Runs the built action (dist/index.js) the way a runner does: a child process on Node 24 with the
// INPUT_* variables, an event file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and a workspace.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLE = join(ROOT, 'dist/index.js');

if (Number(process.versions.node.split('.')[0]) < 24) {
  throw new Error(`The bundle ships for node24 and its tests must run on it; this is Node ${process.version}. Run them with npm test.`);
}

export interface RunOptions {
  apiUrl: string;
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  event?: object;
  sha?: string;
  repository?: string;
  /** Extra environment, e.g. to shorten retry waits in fault tests. */
  env?: Record<string, string>;
  /** Kill signals to send after a delay: [[ms, 'SIGINT'], ...]. */
  signals?: [number, NodeJS.Signals][];
}

export interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The workflow commands the action printed, e.g. { command: 'warning', properties: 'file=…', message }. */
  commands: { command: string; properties: string; message: string }[];
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'minutes-run-'));
  const outputFile = join(scratch, 'output');
  const summaryFile = join(scratch, 'summary');
  const eventFile = join(scratch, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? { ref: 'refs/heads/main' }));
  const inputs = { token: 'test-token', 'write-interval': '0', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? scratch,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: options.repository ?? 'acme/notes',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: scratch,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value])),
    ...options.env,
  };
  const child = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timers = (options.signals ?? []).map(([delay, signal]) => setTimeout(() => child.kill(signal), delay));
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  timers.forEach(clearTimeout);
  const result: RunResult = {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    commands: [...stdout.matchAll(/^::([a-z-]+)( [^:]*)?::(.*)$/gm)].map((match) => ({
      command: match[1]!,
      properties: (match[2] ?? '').trim(),
      message: match[3]!,
    })),
  };
  rmSync(scratch, { recursive: true, force: true });
  return result;
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const value: string[] = [];
    for (index++; index < lines.length && lines[index] !== match[2]; index++) value.push(lines[index]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

/** A workspace folder holding the given files (path → content). */
export function makeWorkspace(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'minutes-workspace-'));
  writeFiles(folder, files);
  return folder;
}

export function writeFiles(folder: string, files: Record<string, string | Uint8Array | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(folder, path);
    if (content === null) {
      rmSync(file, { force: true });
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
