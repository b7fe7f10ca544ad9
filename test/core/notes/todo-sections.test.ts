// Which headings open a TODO section and where it ends.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SECTIONS, createHeadingMatcher } from '../../../src/core/notes/parse-options.ts';
import { corpusNote, describeItems, noteOf } from './note-fixtures.ts';

const isTodo = createHeadingMatcher(DEFAULT_SECTIONS);

describe('TODO sections', () => {
  it('match every heading the corpus uses for them, ignoring shortcodes, emoji, case and punctuation', () => {
    for (const heading of [':wrench: TODOs and Decisions', 'TODOs and Decisions', ':closed_book:  TODOs and Decisions', ':wrench: Decisions and TODOs', 'Tasks / Decisions', 'TODOs', '🔧 todos & decisions', 'Action items', 'Action Items', 'To-dos', 'TODO']) {
      assert.ok(isTodo(heading), heading);
    }
  });

  it('do not match other headings (the corpus has "Next Steps" sections of discussion, rust/2023-08-02)', () => {
    for (const heading of ['Discussions', ':dart: Agenda', 'Next Steps', 'Decisions', 'PR Tasks', 'TODOs for later', 'Status update']) {
      assert.equal(isTodo(heading), false, heading);
    }
    assert.deepEqual(corpusNote('discussions/rust/2023-08-02.md').items, []);
  });

  it('ignore emphasis, as exports from HackMD and Google Docs write it: a star is a wildcard only in a pattern', () => {
    for (const heading of ['**TODOs and Decisions**', '*Action items*', '**Action Items:**', '__Tasks__', ':wrench: ***TODOs***']) {
      assert.ok(isTodo(heading), heading);
    }
    assert.equal(isTodo('**Agenda**'), false);
    const custom = createHeadingMatcher(['Action items *', 'Follow-ups']);
    assert.ok(custom('**Action items** for next week'), 'a pattern\'s lone star is still a wildcard');
    assert.equal(custom('Follow *'), false, 'a star in a heading is no wildcard: it is dropped as emphasis is');
    const note = noteOf('---\ntitle: Test meeting\ndatetime: 2024-01-10T10:00:00+02:00\n---\n\n## **TODOs and Decisions**\n\nFP: Under a bold heading.\n', { bare: true });
    assert.deepEqual(describeItems(note), ['FP: Under a bold heading.']);
  });

  it('read "/", "&" and "and" alike', () => {
    for (const heading of ['Action Items / Decisions', 'Action items & decisions', 'Tasks and Decisions', 'TODOs & Decisions', 'Decisions / Action items']) {
      assert.ok(isTodo(heading), heading);
    }
  });

  it('match configured patterns, with * for any words', () => {
    const custom = createHeadingMatcher(['Follow-ups', 'Action items *']);
    assert.ok(custom('Follow ups'));
    assert.ok(custom('Action items for next week'));
    assert.ok(custom('Action items'));
    assert.equal(custom('TODOs'), false);
  });

  it('are found in the corpus under all their names (community/2021/2021-11-24 "### Tasks / Decisions", ide/2022-01-25 "### TODOs", kraft/2023-02-15)', () => {
    assert.deepEqual(corpusNote('discussions/community/2021/2021-11-24.md').sections, [{ heading: 'Tasks / Decisions', line: 88 }]);
    assert.equal(corpusNote('discussions/ide/2022-01-25.md').sections[0]!.heading, 'TODOs');
    assert.equal(corpusNote('discussions/kraft/2023-02-15.md').sections[0]!.heading, ':wrench: Decisions and TODOs');
  });

  it('hold their sub-headings and end at the next heading of the same or a higher level', () => {
    const note = noteOf('FP: One.\n\n### PR Tasks\n\nSK: Two.\n\n#### Later\n\nRD: Three.\n\n## Other\n\nAJ: Not an item.\n\n# Top\n\nCC: Not either.');
    assert.deepEqual(describeItems(note), ['FP: One.', 'SK: Two.', 'RD: Three.']);
  });

  it('are found by setext headings too, and not by headings inside fenced code or HTML comments', () => {
    const body = 'Intro\n\nTODOs\n-----\n\nFP: In the section.\n\n```\n## TODOs\nSK: in code\n```\n\n<!--\n## TODOs\n-->\n\nNext part\n=========\n\nRD: Outside.\n';
    const note = noteOf(body, { bare: true });
    assert.deepEqual(note.sections, [{ heading: 'TODOs', line: 3 }]);
    assert.deepEqual(describeItems(note), ['FP: In the section.']);
  });

  it('may be several in one note', () => {
    const note = noteOf('# Week 1\n\n## TODOs\n\nFP: One.\n\n## Notes\n\nSK: said things.\n\n## Action items\n\nRD: Two.\n', { bare: true });
    assert.deepEqual(note.sections.map((section) => section.line), [3, 11]);
    assert.deepEqual(describeItems(note), ['FP: One.', 'RD: Two.']);
  });

  it('keep item lines right after a long discussion and a thematic break', () => {
    const note = noteOf(`# Notes\n\n${'SK: talk.\n\n'.repeat(50)}---\n\n## TODOs\n\n- FP: Ship it.\n`, { bare: true });
    assert.deepEqual(note.items.map((item) => [item.line, item.column]), [[107, 3]]);
  });
});
