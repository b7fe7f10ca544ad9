// The floor for local work: the cheapest script that still does the job's reading. It walks the
// folders given, reads every Markdown file, finds its TODO sections by their headings and counts the
// owner lines in them with regular expressions. Plain JavaScript: no type stripping, no dependencies.
//   node test/bench/floor-scan.mjs <workspace> <folder>...
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADING = /^ {0,3}(#{1,6})[ \t]/;
const TODO_HEADING = /todo|tasks|decisions|action items/i;
const OWNER_LINE = /^\s*(?:[-*+]\s+)?(?:\[[ xX]?\]\s+)?([\p{L}@][\p{L}\w@ /,+&-]{0,40}):\s/u;

function scan(text) {
  let count = 0;
  let level = 0;
  for (const line of text.split('\n')) {
    const heading = HEADING.exec(line);
    if (heading) {
      if (level > 0 && heading[1].length <= level) level = 0;
      if (level === 0 && TODO_HEADING.test(line)) level = heading[1].length;
    } else if (level > 0 && OWNER_LINE.test(line)) {
      count++;
    }
  }
  return count;
}

function walk(folder, files) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, files);
    else if (entry.isFile() && entry.name.endsWith('.md')) files.push(path);
  }
  return files;
}

const [workspace, ...folders] = process.argv.slice(2);
let notes = 0;
let items = 0;
for (const folder of folders) {
  if (!existsSync(join(workspace, folder))) continue;
  for (const file of walk(join(workspace, folder), [])) {
    notes++;
    items += scan(readFileSync(file, 'utf8'));
  }
}
console.log(JSON.stringify({ notes, items }));
