// Tables in a TODO section: a table with a task column is a list of items, other tables are nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tableCells } from '../../../src/core/notes/table-cells.ts';
import { describeItems, noteOf } from './note-fixtures.ts';

const TABLE = `| Owner | Task | Status |
|-------|------|--------|
| FP | Update the roadmap page | open |
| RD, TT | Review the \`io_uring\` PR | Done |
| Will | Send the meeting invite | |
|  | Book a room for the summit | ✅ |`;

describe('tables in a TODO section', () => {
  it('a row of a table with a task column is an item: owners from the owner column, done from the status column', () => {
    const note = noteOf(TABLE);
    assert.deepEqual(describeItems(note), [
      'FP: Update the roadmap page',
      'RD / TT: Review the `io_uring` PR (done)',
      ': Send the meeting invite',
      ': Book a room for the summit (done)',
    ]);
    const first = note.items[0]!;
    assert.match(noteSource(TABLE).split('\n')[first.line - 1]!, /Update the roadmap page/, 'the item points at its row');
    assert.deepEqual(note.decisions.map((decision) => decision.text), []);
  });

  it('without an owner column, the task names its owners and done markers as a line does', () => {
    const note = noteOf('| Task |\n| --- |\n| FP: Post the proposal. |\n| ~~SK: Rebase the branch~~ |\n| TODO |');
    assert.deepEqual(describeItems(note), ['FP: Post the proposal.', 'SK: Rebase the branch (done)']);
  });

  it('a table without a task column gives neither items nor decisions', () => {
    const note = noteOf('| Name | Role |\n| --- | --- |\n| FP | Scribe |\n\nRD: Keep this one.');
    assert.deepEqual(describeItems(note), ['RD: Keep this one.']);
    assert.deepEqual(note.decisions, []);
  });

  it('"Item", "What" or "Description" is a task column only beside an owner or status column: a table of decisions is not tasks', () => {
    assert.deepEqual(describeItems(noteOf('| Item | Decision |\n| --- | --- |\n| Release date | We ship on 1 May |')), []);
    assert.deepEqual(describeItems(noteOf('| Who | What |\n| --- | --- |\n| FP | Ship the release |')), ['FP: Ship the release']);
  });

  it('skips placeholder rows, reads no owner from a placeholder or a word, and keeps a remark before the colon', () => {
    const note = noteOf([
      '| Owner | Task |', '| --- | --- |', '| FP | TBD |', '| - | - |', '| N/A | Book the room |', '| **SK** | Review the PR |',
      '| Will | Send the invite |', '| | MS (1-2 weeks): Port the driver |',
    ].join('\n'));
    assert.deepEqual(describeItems(note), [': Book the room', 'SK: Review the PR', ': Send the invite', 'MS: Port the driver (1-2 weeks)']);
  });

  it('gives the same items when remark reads the section (a block quote sends it there)', () => {
    const plain = noteOf(TABLE);
    const remark = noteOf(`> Carried over from last week.\n\n${TABLE}`);
    assert.deepEqual(describeItems(remark), describeItems(plain));
    assert.deepEqual(remark.items.map((item) => item.line), plain.items.map((item) => item.line + 2));
  });

  it('splits cells at unescaped pipes only', () => {
    assert.deepEqual(tableCells('| FP | Use `a \\| b` here | done |'), ['FP', 'Use `a | b` here', 'done']);
    assert.deepEqual(tableCells('FP | no outer pipes'), ['FP', 'no outer pipes']);
  });
});

/** The note text noteOf builds around a body, to find an item's line in it. */
function noteSource(body: string): string {
  return `---\ntitle: Test meeting\ndatetime: 2024-01-10T10:00:00+02:00\nparticipants:\n- Ana\n- Bogdan\n---\n\n## Discussion\n\nFP: a statement, not a TODO.\n\n## TODOs\n\n${body}\n`;
}
