// Done or open: task boxes, strike-through and the done markers writers put before or after an item.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeItems, noteOf } from './note-fixtures.ts';

describe('item status', () => {
  it('is open when nothing marks it done, including open task boxes "- [ ]" and "[]"', () => {
    const note = noteOf('FP: Ship it.\n\n- [ ] SK: Test it.\n\n[] RD: Tag it.');
    assert.deepEqual(note.items.map((item) => item.status), ['open', 'open', 'open']);
    assert.deepEqual(describeItems(note), ['FP: Ship it.', 'SK: Test it.', 'RD: Tag it.']);
  });

  it('is done for a checked task box, "- [x]" or "- [X]"', () => {
    assert.deepEqual(describeItems(noteOf('- [x] FP: Ship it.\n- [X] SK: Test it.')), ['FP: Ship it. (done)', 'SK: Test it. (done)']);
  });

  it('is done when struck through as a whole, with ~~ or <del>, and the markers leave the text', () => {
    assert.deepEqual(describeItems(noteOf('~~FP: Ship it.~~\n\n- ~~SK: Test it~~\n\n<del>RD: Tag it</del>\n\nAJ: ~~Write docs~~')), [
      'FP: Ship it. (done)', 'SK: Test it (done)', 'RD: Tag it (done)', 'AJ: Write docs (done)',
    ]);
  });

  it('stays open when only a part is struck through', () => {
    assert.deepEqual(describeItems(noteOf('FP: Ship ~~v1~~ v2.')), ['FP: Ship ~~v1~~ v2.']);
  });

  it('is done with DONE, Done: or ✅ before it, and the marker leaves the text', () => {
    assert.deepEqual(describeItems(noteOf('DONE FP: Ship it.\n\nDone: SK: Test it.\n\n✅ RD: Tag it.\n\nAJ: DONE Write docs.')), [
      'FP: Ship it. (done)', 'SK: Test it. (done)', 'RD: Tag it. (done)', 'AJ: Write docs. (done)',
    ]);
  });

  it('is done with (done), [done] or "- done" after it', () => {
    assert.deepEqual(describeItems(noteOf('FP: Ship it (done)\n\nSK: Test it [DONE].\n\nRD: Tag it - done\n\nAJ: Write docs ✅')), [
      'FP: Ship it (done)', 'SK: Test it (done)', 'RD: Tag it (done)', 'AJ: Write docs (done)',
    ]);
  });

  it('is done with (completed), [completed] or "- completed" after it, or DONE in capitals after its sentence', () => {
    assert.deepEqual(describeItems(noteOf('FP: Renew the certificate (completed)\n\nSK: Test it [Completed].\n\nRD: Tag it - completed\n\nAJ: Remove the old jobs. DONE')), [
      'FP: Renew the certificate (done)', 'SK: Test it (done)', 'RD: Tag it (done)', 'AJ: Remove the old jobs. (done)',
    ]);
  });

  it('stays open when done or DONE is a word of the task', () => {
    assert.deepEqual(describeItems(noteOf('FP: Get it done\n\nSK: Make sure it gets Done.\n\nRD: Move the ticket to DONE\n\nAJ: Mark the job as DONE.')), [
      'FP: Get it done', 'SK: Make sure it gets Done.', 'RD: Move the ticket to DONE', 'AJ: Mark the job as DONE.',
    ]);
  });

  it('reads a marker at the end of a multi-line item', () => {
    assert.deepEqual(describeItems(noteOf('FP: Ship it\nand announce it (done)')), ['FP: Ship it\nand announce it (done)']);
  });

  it('does not read "Done" inside a sentence or a hyphenated word as a marker', () => {
    assert.deepEqual(describeItems(noteOf('FP: Done with the port, now test it.\n\nSK: Finish the half-done port')), [
      'FP: Done with the port, now test it.', 'SK: Finish the half-done port',
    ]);
  });

  it('is done for every entry of a list under a struck or checked owner line', () => {
    assert.deepEqual(describeItems(noteOf('- [x] FP:\n  - Ship it.\n  - Announce it.')), ['FP: Ship it. (done)', 'FP: Announce it. (done)']);
  });
});
