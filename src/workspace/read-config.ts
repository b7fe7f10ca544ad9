// Reads the config file from the workspace. The default path may be missing (the defaults then
// apply); a path the user named must be a file.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, parseConfig, type Config } from '../core/config/config.ts';

export const DEFAULT_CONFIG_PATH = '.github/minutes-to-issues.yml';

export function readConfig(workspace: string, path: string): { config: Config; found: boolean } {
  const file = join(workspace, path);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) {
    if (path === DEFAULT_CONFIG_PATH) return { config: defaultConfig(), found: false };
    throw new Error(`No config file at ${path}. Fix the config path, or leave it out to use ${DEFAULT_CONFIG_PATH} (or the defaults, when that is missing too).`);
  }
  if (!stat.isFile()) throw new Error(`The config path ${path} is a folder: give the YAML file, e.g. ${DEFAULT_CONFIG_PATH}.`);
  const result = parseConfig(readFileSync(file, 'utf8'), path);
  if (!result.ok) throw new Error(`The config file is not valid:\n${result.errors.join('\n')}`);
  return { config: result.config, found: true };
}
