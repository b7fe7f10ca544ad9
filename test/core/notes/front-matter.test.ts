// Title, date, teams and participants from the front matter, with their fall-backs and diagnostics.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusNote, noteOf } from './note-fixtures.ts';

describe('note metadata', () => {
  it('reads the front matter fields; a team entry "a, b, c" is three teams (app-compat-2023-06-21)', () => {
    const note = corpusNote('discussions/app-compat/app-compat-2023-06-21.md');
    assert.equal(note.title, 'Application Compatibility WG, June 21, 2023');
    assert.equal(note.date, '2023-06-21');
    assert.deepEqual(note.teams, ['app-compat', 'syscall', 'bincompat']);
    assert.deepEqual(note.tags, ['unikraft', 'app-compat', 'bincompat', 'syscall']);
    assert.equal(note.participants.length, 7);
    assert.match(note.location!, /^Online, Discord/);
    assert.deepEqual(note.diagnostics, []);
  });

  it('reads teams written as a plain comma string or a flow list', () => {
    assert.deepEqual(noteOf('FP: x', { front: 'teams: kraft, vmm' }).teams, ['kraft', 'vmm']);
    assert.deepEqual(noteOf('FP: x', { front: 'teams: [kraft, "vmm, smp"]' }).teams, ['kraft', 'vmm', 'smp']);
    assert.deepEqual(noteOf('FP: x', { front: 'teams:\n- kraft\n-\n- vmm' }).teams, ['kraft', 'vmm']);
  });

  it('takes the date from the file name when datetime is invalid, and says so on its line (vmm/2023-05-10: "2023-05-010T...")', () => {
    const note = corpusNote('discussions/vmm/2023-05-10.md');
    assert.equal(note.date, '2023-05-10');
    assert.deepEqual(note.diagnostics.map((d) => [d.code, d.line]), [['invalid-date', 4]]);
    assert.match(note.diagnostics[0]!.message, /2023-05-010T08:30:00\+02:00.*2023-05-10 from the file name/);
  });

  it('has no date when neither datetime nor the file name gives one', () => {
    const note = noteOf('FP: x', { path: 'notes/weekly.md', front: 'title: Weekly\ndatetime: 2023-02-30T10:00' });
    assert.equal(note.date, null);
    assert.deepEqual(note.diagnostics.map((d) => d.code), ['invalid-date', 'missing-date']);
  });

  it("reads 'date' for datetime and 'team' for teams when the note has not their own keys", () => {
    const note = noteOf('FP: x', { path: 'notes/2025-06-02.md', front: 'title: Sync\ndate: 2025-06-20\nteam: docs' });
    assert.deepEqual([note.date, note.teams, note.diagnostics], ['2025-06-20', ['docs'], []]);
    const both = noteOf('FP: x', { path: 'notes/2025-06-02.md', front: 'datetime: 2025-06-21T10:00:00Z\ndate: 2025-06-20\nteams: [a]\nteam: b' });
    assert.deepEqual([both.date, both.teams], ['2025-06-21', ['a']], 'their own keys come first');
    const bad = noteOf('FP: x', { front: 'team:\n  lead: docs' });
    assert.match(bad.diagnostics[0]!.message, /Front matter 'team' should be a list of names/);
    const emptyOwn = noteOf('FP: x', { path: 'notes/weekly.md', front: 'datetime:\ndate: 2024-01-01' });
    assert.equal(emptyOwn.date, '2024-01-01', 'an empty datetime leaves the date to date');
    const invalid = noteOf('FP: x', { path: 'notes/2025-06-02.md', front: 'date: tomorrow' });
    assert.match(invalid.diagnostics[0]!.message, /^date 'tomorrow' is not a valid date/, 'the message names the key as written');
  });

  it('names TOML front matter as such: it is not read', () => {
    const note = noteOf('+++\ntitle = "Sync"\n+++\n\n## TODOs\n\nFP: Ship it.\n', { bare: true, path: 'notes/2024-03-01.md' });
    assert.equal(note.items.length, 1);
    assert.deepEqual(note.diagnostics.map((d) => [d.code, d.line]), [['front-matter-missing', 1]]);
    assert.match(note.diagnostics[0]!.message, /TOML \('\+\+\+'\), which is not read: write it as YAML/);
  });

  it('takes the title from the first heading, then the file name', () => {
    assert.equal(noteOf('# :rocket: Kraft sync\n\n## TODOs\n\nFP: x', { bare: true }).title, 'Kraft sync');
    assert.equal(noteOf('FP: x', { bare: true, path: 'notes/2024-02-01-sync.md' }).title, '2024-02-01-sync');
    assert.equal(noteOf('FP: x', { front: 'title: ""' }).title, 'Discussion');
  });

  it('still yields the items of a note without front matter, with a diagnostic on line 1 (maintainers/2022/topics.md)', () => {
    const corpus = corpusNote('discussions/maintainers/2022/topics.md');
    assert.equal(corpus.diagnostics[0]!.code, 'front-matter-missing');
    const note = noteOf('## TODOs\n\nFP: Ship it.\n', { bare: true, path: 'notes/2024-03-01.md' });
    assert.deepEqual([note.items.length, note.date, note.diagnostics.map((d) => [d.code, d.line])], [1, '2024-03-01', [['front-matter-missing', 1]]]);
  });

  it('still yields the items when the YAML does not parse; the diagnostic names its line', () => {
    const note = noteOf('FP: Ship it.', { front: 'title: ok\nteams: [kraft\nparticipants:\n- Ana' });
    assert.equal(note.items.length, 1);
    const [diagnostic] = note.diagnostics;
    assert.equal(diagnostic!.code, 'front-matter-yaml');
    assert.ok(diagnostic!.line >= 3 && diagnostic!.line <= 5, `line ${diagnostic!.line}`);
    assert.match(diagnostic!.message, /not valid YAML/);
  });

  it('ignores a field of the wrong shape and says which', () => {
    const note = noteOf('FP: Ship it.', { front: 'title: ok\nparticipants:\n  lead: Ana' });
    assert.deepEqual(note.participants, []);
    assert.deepEqual(note.diagnostics.map((d) => [d.code, d.line]), [['front-matter-field', 3]]);
    assert.match(note.diagnostics[0]!.message, /participants/);
  });

  it('reports front matter that never closes', () => {
    const note = noteOf('---\ntitle: x\n\n## TODOs\n\nFP: Ship it.\n', { bare: true, path: 'n/2024-01-01.md' });
    assert.equal(note.items.length, 1);
    assert.equal(note.diagnostics[0]!.code, 'front-matter-unclosed');
  });
});
