// Finds the notes in the checked-out workspace: files matching the `paths` globs, never following a
// symbolic link (a link could lead out of the workspace), never inside .git or node_modules.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

export const DEFAULT_PATHS = ['**/*.md'];

export function findNotes(workspace: string, patterns: readonly string[]): string[] {
  const globs = patterns.length > 0 ? patterns : DEFAULT_PATHS;
  const include = globs.filter((glob) => !glob.startsWith('!'));
  const exclude = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
  const isIncluded = picomatch(include.length > 0 ? include : DEFAULT_PATHS, { dot: false });
  const isExcluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isSymbolicLink()) continue;
      const absolute = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules') walk(absolute);
      } else if (entry.isFile()) {
        const path = relative(workspace, absolute).split(sep).join('/');
        if (isIncluded(path) && !isExcluded(path)) found.push(path);
      }
    }
  };
  walk(workspace);
  return found.sort();
}
