// Golden test: the items (owners, text, status) and decisions of every note at the corpus's last
// commit, against a file a person has read. After a deliberate parser change, regenerate it with
//   UPDATE_GOLDEN=1 node --test test/golden/corpus-items.test.ts
// and read the diff before committing it.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Item, Note } from '../../src/core/notes/note.ts';
import { parseNote } from '../../src/core/notes/parse-note.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../src/core/notes/parse-options.ts';
import { corpusNotesAt } from '../support/corpus.ts';

const EXPECTED = new URL('./corpus-items.expected.json', import.meta.url);

interface GoldenItem { line: number; owners: string; status: string; text: string }
interface GoldenNote { items: GoldenItem[]; decisions: string[] }

function ownerLabel(item: Item): string {
  return item.owners.map((owner) => (owner.kind === 'login' ? `@${owner.handle}` : owner.kind === 'group' ? `group:${owner.handle}` : owner.handle)).join(' / ');
}

function golden(note: Note): GoldenNote {
  return {
    items: note.items.map((item) => ({ line: item.line, owners: ownerLabel(item), status: item.status, text: item.text })),
    decisions: note.decisions.map((decision) => `${decision.line}: ${decision.text}`),
  };
}

const notes = corpusNotesAt();
const actual: Record<string, GoldenNote> = {};
for (const path of [...notes.keys()].sort()) actual[path] = golden(parseNote(path, notes.get(path)!, DEFAULT_PARSE_OPTIONS));

if (process.env.UPDATE_GOLDEN === '1') writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 1)}\n`);
const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as Record<string, GoldenNote>;

describe('every note of the corpus at its last commit', () => {
  it('yields the reviewed items and decisions, note by note', () => {
    assert.deepEqual(Object.keys(actual), Object.keys(expected));
    for (const path of Object.keys(expected)) assert.deepEqual(actual[path], expected[path], path);
  });

  it('reads the ten TODO lines of app-compat-2023-06-21 as ten items, the continuation with the first', () => {
    const note = actual['discussions/app-compat/app-compat-2023-06-21.md']!;
    assert.deepEqual(note.items.map((item) => item.owners), ['FP', 'FP', 'FP', 'TT', 'TT', 'RD', 'TT', 'TL', 'TL', 'SJ']);
    assert.equal(note.items[0]!.text, 'Provide a summary of the native NodeJS port and instructions and TODO items.\nAlso on binary compatible testing.');
  });

  it('takes nothing from the discussions: every item sits in a TODO section', () => {
    for (const [path, content] of notes) {
      const note = parseNote(path, content, DEFAULT_PARSE_OPTIONS);
      const lines = content.split('\n');
      for (const item of note.items) {
        const section = note.sections.filter((candidate) => candidate.line < item.line).at(-1);
        assert.ok(section, `${path}:${item.line} is an item before any TODO section`);
        const between = lines.slice(section.line, item.line - 1);
        const level = /^#+/.exec(lines[section.line - 1]!)?.[0].length ?? 2;
        const closing = between.find((line) => { const m = /^(#+)\s/.exec(line); return m !== null && m[1]!.length <= level; });
        assert.equal(closing, undefined, `${path}:${item.line} is past the end of its TODO section`);
      }
    }
  });
});
