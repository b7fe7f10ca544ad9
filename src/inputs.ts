// The action's inputs (kebab-case in action.yml) as typed options; a wrong value names the input.
import * as core from '@actions/core';
import { DEFAULT_CONFIG_PATH } from './workspace/read-config.ts';

export interface ActionInputs {
  token: string;
  paths: string[];
  config: string;
  dryRun: boolean;
  since: string | null;
  maxWrites: number;
  writeInterval: number;
}

export function readInputs(): ActionInputs {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const since = core.getInput('since').trim();
  if (since && !isCalendarDate(since)) {
    throw new Error(`Input 'since' must be a date like 2024-01-01 (YYYY-MM-DD); got '${since}'.`);
  }
  if (!token) {
    throw new Error("Input 'token' is empty: pass `token: ${{ github.token }}` (the default) or a token with issues: write.");
  }
  return {
    token,
    paths: core.getMultilineInput('paths').filter((line) => line.trim() !== ''),
    config: core.getInput('config') || DEFAULT_CONFIG_PATH,
    dryRun: readBoolean('dry-run'),
    since: since || null,
    maxWrites: readCount('max-writes', 200),
    writeInterval: readCount('write-interval', 1000),
  };
}

function readBoolean(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new Error(`Input '${name}' must be 'true' or 'false'; got '${value}'.`);
}

function readCount(name: string, fallback: number): number {
  const value = core.getInput(name).trim();
  if (value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`Input '${name}' must be a whole number of 0 or more; got '${value}'.`);
  return Number(value);
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
