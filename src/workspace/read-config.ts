// Reads the config file from the workspace; a missing file means the defaults.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, parseConfig, type Config } from '../core/config/config.ts';

export function readConfig(workspace: string, path: string): { config: Config; found: boolean } {
  const file = join(workspace, path);
  if (!existsSync(file)) return { config: defaultConfig(), found: false };
  const result = parseConfig(readFileSync(file, 'utf8'), path);
  if (!result.ok) throw new Error(`The config file is not valid:\n${result.errors.join('\n')}`);
  return { config: result.config, found: true };
}
