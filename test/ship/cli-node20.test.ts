// The local preview is a package bin (engines: node >=20), run with whatever Node a person has; the
// action alone runs on node24. The bundled CLI must therefore load on the oldest Node it accepts: a
// syntax newer than that (a regular expression modifier, say) fails only there, at load.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/run-action.ts';

const oldest = Number(/>=\s*(\d+)/.exec((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node)![1]);

/** A node binary of that major version on this machine (the system's), if there is one. */
function nodeOfMajor(major: number): string | undefined {
  const candidates = ['/usr/bin/node', '/usr/local/bin/node', ...(process.env.PATH ?? '').split(delimiter).map((folder) => join(folder, 'node'))];
  return candidates.find((path) => existsSync(path) && spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.startsWith(`v${major}.`));
}

const node = nodeOfMajor(oldest);

test(`dist/cli.js loads and answers --help on Node ${oldest}`, { skip: node ? false : `no Node ${oldest} on this machine` }, () => {
  const run = spawnSync(node!, [join(ROOT, 'dist/cli.js'), '--help'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^Usage: minutes-to-issues plan/);
});
