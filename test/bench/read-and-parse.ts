// The action's reading alone, for the local-work benchmark: the same config, the same notes found by
// the same globs, read and parsed by the same modules main.ts wires, and nothing after (no tracking,
// no plan, no GitHub). Its marginal cost against the floor's is the part of the job's that parsing
// explains. Run from source: start-up differs from the bundle's, and the marginal cost takes it out.
//   node test/bench/read-and-parse.ts <workspace> <config> <paths>
// Prints one JSON line: the notes and items read.
import { parseOptionsOf } from '../../src/core/config/config.ts';
import { findNotes } from '../../src/workspace/find-notes.ts';
import { readConfig } from '../../src/workspace/read-config.ts';
import { readNotes } from '../../src/workspace/read-notes.ts';

const [workspace = '.', configPath = '', paths = '**/*.md'] = process.argv.slice(2);
const { config } = readConfig(workspace, configPath);
const read = readNotes(workspace, findNotes(workspace, paths.split('\n')), parseOptionsOf(config));
console.log(JSON.stringify({ notes: read.notes.length, items: read.notes.reduce((sum, note) => sum + note.items.length, 0) }));
