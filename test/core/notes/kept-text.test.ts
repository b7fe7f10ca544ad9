// A parsed note keeps nothing of its note's text alive. In V8 a string cut from another is a view that
// keeps the whole of it: a run over thousands of notes would otherwise hold every note it has read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseNote } from '../../../src/core/notes/parse-note.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../../src/core/notes/parse-options.ts';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** 0 → 'a', 27 → 'bb': names of letters only, as owners' names are. */
function letters(index: number): string {
  return String.fromCharCode(97 + (index % 26)).repeat(1 + Math.floor(index / 26));
}

/** A note of about 190,000 characters, two bytes each (an emoji), whose names and texts are its own. */
function bigNote(index: number): string {
  const [ana, cy] = [`Ana${letters(index)}`, `Cy${letters(index)}`];
  const padding = `Discussion ${index} 🔧 of the build rules, at length. `.repeat(4000);
  return [
    '---',
    `title: Meeting ${index}`,
    'datetime: 2024-03-05 15:00',
    `participants: ${ana} Bonaventura, ${cy} Deverell-Smith`,
    `location: Meeting room ${index}, second floor`,
    'teams: [application-compatibility, build-and-release]',
    'tags: [community-meeting, build-system]',
    `summary: ${'A long summary of the meeting 🔧 '.repeat(550)}`,
    '---',
    `# Meeting ${index} 🔧`,
    padding,
    "## :wrench: TODOs and Decisions",
    `${ana} / FP: Post proposal ${index} on Alpine-based build rules.`,
    '',
    `- [ ] ${cy}: Review pull request ${index}.`,
    '',
    `We agreed on plan ${index}.`,
    '',
  ].join('\n');
}

test('parsing 100 notes of 420 kB keeps a few kB of each, not the notes', () => {
  const count = 100;
  // The parser's own code and tables are made on its first note: they are not the notes'.
  parseNote('notes/first.md', bigNote(count), DEFAULT_PARSE_OPTIONS);
  const before = heapAfterCollection();
  const parsed = [];
  let textBytes = 0;
  for (let index = 0; index < count; index++) {
    const text = bigNote(index);
    textBytes += text.length * 2;
    parsed.push(parseNote(`notes/${index}.md`, text, DEFAULT_PARSE_OPTIONS));
  }
  const kept = heapAfterCollection() - before;
  assert.equal(parsed.flatMap((note) => note.items).length, 2 * count);
  assert.equal(parsed.flatMap((note) => note.decisions).length, count);
  assert.ok(textBytes > 30_000_000, `the notes took ${textBytes} bytes`);
  // Each note's items, decision, title, heading and front matter values, and the parser's memory of the
  // names it has read: about 10 kB a note. A note is 420 kB, its front matter 36 kB.
  assert.ok(kept < count * 20_000, `${(kept / 1e6).toFixed(1)} MB kept after parsing ${(textBytes / 1e6).toFixed(0)} MB of notes`);
});
