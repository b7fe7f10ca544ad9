// Bytes no one should have committed: the parser never throws, and says what it skipped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseNote } from '../../../src/core/notes/parse-note.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../../src/core/notes/parse-options.ts';
import { MAX_NESTING, MAX_SECTION_CHARS } from '../../../src/core/notes/note-parts.ts';
import { describeItems } from './note-fixtures.ts';

const NOTE = '---\ntitle: Réunion\ndatetime: 2024-01-10T10:00\n---\n\n## TODOs\n\nȘtefan: Répare le build.\n';
const parse = (content: Uint8Array | string, path = 'notes/2024-01-10.md') => parseNote(path, content, DEFAULT_PARSE_OPTIONS);

describe('bad input', () => {
  it('reads UTF-8 bytes', () => {
    const note = parse(new TextEncoder().encode(NOTE));
    assert.deepEqual([note.title, describeItems(note), note.diagnostics], ['Réunion', ['Ștefan: Répare le build.'], []]);
  });

  it('reads a Latin-1 file as Latin-1 and says on which line UTF-8 broke', () => {
    const latin1 = Uint8Array.from('---\ntitle: R\u00e9union\n---\n\n## TODOs\n\nFP: R\u00e9pare le build.\n', (char) => char.charCodeAt(0));
    const note = parse(latin1);
    assert.deepEqual([note.title, describeItems(note)], ['Réunion', ['FP: Répare le build.']]);
    assert.deepEqual(note.diagnostics.map((d) => [d.code, d.line]), [['not-utf8', 2]]);
    assert.match(note.diagnostics[0]!.message, /Save it as UTF-8/);
  });

  it('drops a byte-order mark, in bytes or in a string', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(NOTE)]);
    assert.equal(parse(bytes).title, 'Réunion');
    assert.equal(parse(`\ufeff${NOTE}`).title, 'Réunion');
    assert.deepEqual(parse(bytes).diagnostics, []);
  });

  it('reads CRLF and CR line ends with the same lines and text', () => {
    const lf = parse(NOTE);
    for (const content of [NOTE.replace(/\n/g, '\r\n'), NOTE.replace(/\n/g, '\r')]) {
      const note = parse(content);
      assert.deepEqual([note.title, note.date, note.items], [lf.title, lf.date, lf.items]);
    }
  });

  it('skips a binary file with a note name, with a diagnostic', () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xd8]);
    const note = parse(binary, 'notes/diagram.md');
    assert.deepEqual([note.items, note.title], [[], 'diagram']);
    assert.deepEqual(note.diagnostics.map((d) => [d.code, d.line]), [['binary', 1]]);
  });

  it('reads a heading-only note and an empty note without items or crash', () => {
    assert.deepEqual(parse('## TODOs').items, []);
    assert.deepEqual(parse('## TODOs\n').sections, [{ heading: 'TODOs', line: 1 }]);
    assert.deepEqual(parse('').items, []);
    assert.deepEqual(parse('---\n---\n').diagnostics.map((d) => d.code), []);
  });

  it('parses a 5 MB note in well under a second', () => {
    const body = `---\ntitle: Big\n---\n\n## Discussion\n\n${'SK: a long discussion line that is not a TODO at all.\n\n'.repeat(95_000)}## TODOs\n\nFP: Ship it.\n`;
    assert.ok(body.length > 5_000_000);
    const started = performance.now();
    const note = parse(body);
    const elapsed = performance.now() - started;
    assert.deepEqual(describeItems(note), ['FP: Ship it.']);
    assert.ok(elapsed < 1000, `${elapsed.toFixed(0)} ms`);
  });

  it('reads at most MAX_SECTION_CHARS of TODO sections and says where it stopped', () => {
    const body = `## TODOs\n\n${'FP: A task in a very long TODO section, written again and again.\n\n'.repeat(10_000)}`;
    const started = performance.now();
    const note = parse(body);
    assert.ok(performance.now() - started < 10_000, 'a guard against a hang, not a benchmark');
    assert.ok(note.items.length > 5000 && note.items.length < 10_000);
    const diagnostic = note.diagnostics.find((d) => d.code === 'section-too-large')!;
    assert.equal(diagnostic.line, note.items.at(-1)!.line + 2);
    assert.match(diagnostic.message, new RegExp(`${MAX_SECTION_CHARS / 1000} KB`));
  });

  it('reads runs of brackets, stars and angle brackets fast (remark inline resolvers are quadratic on them)', () => {
    for (const unit of ['*_[`<!~|>#-\\', '[', '*a ', '<a ']) {
      const junk = `## TODOs\n\n${unit.repeat(Math.floor(90_000 / unit.length))}\n\n- [ \n  - ]\n> > > FP:\n\`\`\`\n`;
      const started = performance.now();
      assert.deepEqual(parse(junk).items, []);
      assert.ok(performance.now() - started < 5000, unit);
    }
  });

  it('stays linear on long lines: runs of spaces, dots or separators where owners and markers are looked for', () => {
    const n = 90_000;
    for (const line of ['FP: a' + ' '.repeat(n) + 'b', '@a' + ' '.repeat(n) + 'b', 'TODO' + '\t'.repeat(n) + 'x', 'FP: a' + '.'.repeat(n) + 'b', 'FP' + '/FP'.repeat(n / 3) + ': x', `# a${' '.repeat(n)}b`]) {
      const started = performance.now();
      parse(`## TODOs\n\n${line}\n`);
      parse(`# Notes\n\n${line}\n`);
      assert.ok(performance.now() - started < 3000, line.slice(0, 12));
    }
  });

  it('stops at lists or quotes nested too deep to be a note, and says where', () => {
    const staircase = Array.from({ length: 300 }, (_, depth) => `${' '.repeat(depth * 2)}- FP: level ${depth}`).join('\n');
    for (const body of [`## TODOs\n\nSK: Before.\n\n${staircase}\n`, `## TODOs\n\nSK: Before.\n\n${'> - '.repeat(5000)}FP: x\n`]) {
      const note = parse(body);
      assert.equal(note.items[0]!.text, 'Before.');
      assert.ok(note.items.length <= MAX_NESTING);
      assert.equal(note.diagnostics.find((d) => d.code === 'section-too-deep')!.line > 4, true);
    }
  });

  it('ignores front matter too large to be one, with a diagnostic', () => {
    const note = parse(`---\ntitle: x\n${'tags: y\n'.repeat(5000)}---\n\n## TODOs\n\nFP: Ship it.\n`);
    assert.deepEqual([note.title, note.items.length, note.diagnostics.map((d) => d.code)], ['TODOs', 1, ['front-matter-too-large']]);
  });

  it('gives every diagnostic a file, a line and a message', () => {
    const notes = [parse('---\nteams: [x\n---\n'), parse(new Uint8Array([0xff, 0x0a, 0x00])), parse(new Uint8Array([0x41, 0xe9, 0x0a])), parse('no front matter', 'x.md')];
    for (const diagnostic of notes.flatMap((note) => note.diagnostics)) {
      assert.ok(diagnostic.path.length > 0 && diagnostic.line >= 1 && diagnostic.message.length > 20, JSON.stringify(diagnostic));
    }
  });
});
