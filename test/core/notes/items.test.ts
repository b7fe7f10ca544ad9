// Which paragraphs and list entries of a TODO section are items, and what text belongs to each.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusNote, describeItems, itemsOn, noteOf } from './note-fixtures.ts';

describe('items of a TODO section', () => {
  it('reads the ten TODO lines of app-compat-2023-06-21 as ten items, the continuation kept with the first', () => {
    const note = corpusNote('discussions/app-compat/app-compat-2023-06-21.md');
    assert.deepEqual(note.items.map((item) => item.owners.map((owner) => owner.handle).join('/')), ['FP', 'FP', 'FP', 'TT', 'TT', 'RD', 'TT', 'TL', 'TL', 'SJ']);
    assert.equal(note.items[0]!.text, 'Provide a summary of the native NodeJS port and instructions and TODO items.\nAlso on binary compatible testing.');
    assert.deepEqual([note.items[0]!.line, note.items[0]!.column], [72, 1]);
  });

  it('never takes owner lines of the discussions: they are statements (app-compat-2023-06-21 has 25 of them)', () => {
    const note = corpusNote('discussions/app-compat/app-compat-2023-06-21.md');
    assert.ok(note.items.every((item) => item.line > 70));
    assert.deepEqual(describeItems(noteOf('SK: Do it.')), ['SK: Do it.']);
  });

  it('reads list entries and keeps their position (community/2022/2022-01-12: "* RD: Arrange meetings")', () => {
    const note = corpusNote('discussions/community/2022/2022-01-12.md');
    assert.deepEqual(itemsOn(note, 132), ['RD: Arrange meetings']);
    assert.equal(note.items.find((item) => item.line === 132)!.column, 3);
  });

  it('splits a paragraph where a line names owners of its own', () => {
    assert.deepEqual(describeItems(noteOf('FP: Write the tests.\nThey should cover arm64.\nSK: Review them.\nAna will merge.')), [
      'FP: Write the tests.\nThey should cover arm64.', 'SK: Review them.', 'Ana: merge.',
    ]);
  });

  it('gives each entry of a list under an owner line to those owners (app-compat-2023-04-19: "AM:" then a list)', () => {
    const note = corpusNote('discussions/app-compat/app-compat-2023-04-19.md');
    assert.deepEqual(itemsOn(note, 180, 181).map((text) => text.slice(0, 40)), ['AM: Develop an initial solution for proc', 'AM: Check the musl depedency for ukstore']);
  });

  it('gives the entries of a nested list to the owner entry above it (smp/2023-02-21: "- AP:" then nested entries)', () => {
    const note = corpusNote('discussions/smp/2023-02-21.md');
    assert.equal(itemsOn(note, 94, 95, 96).length, 3);
    assert.ok(itemsOn(note, 94, 95, 96).every((text) => text.startsWith('AP: ')));
  });

  it('keeps a remark written between owners and colon (gsoc/ss-2022-06-13: "MS (1-2 weeks time):")', () => {
    assert.deepEqual(itemsOn(corpusNote('discussions/gsoc/ss-2022-06-13.md'), 57), ['MS: Build applications on ARM (1-2 weeks time)']);
  });

  it('keeps a nested list that names nobody as part of the item (app-compat-2023-04-19 line 189)', () => {
    assert.deepEqual(itemsOn(corpusNote('discussions/app-compat/app-compat-2023-04-19.md'), 189), [
      'FP: Create an issue for the errno setup in vfscore.\n- [lib/vfscore: ERRNO gets wrongly set](https://github.com/unikraft/unikraft/issues/849)',
    ]);
  });

  it('keeps the list right below an item as its text (community/2023/2023-03-13: "RD: Approve" then PR links)', () => {
    const [approve] = itemsOn(corpusNote('discussions/community/2023/2023-03-13.md'), 165);
    assert.ok(approve!.startsWith('RD: Approve\n- https://github.com/unikraft/unikraft/pull/757\n'));
  });

  it('reads the entries of a list under an owner-less label on their own', () => {
    const note = noteOf('Next steps:\n\n- FP: Ship it.\n- SK: Test it.\n- Ask the mailing list.');
    assert.deepEqual(describeItems(note), ['FP: Ship it.', 'SK: Test it.']);
    assert.deepEqual(note.decisions.map((decision) => decision.text), ['Ask the mailing list.']);
  });

  it('reads the entries under "Action items:" or "TODO:" as items, without owner unless they name one', () => {
    const note = noteOf('Action items:\n\n- FP: Ship it.\n- Ask the mailing list.');
    assert.deepEqual(describeItems(note), ['FP: Ship it.', ': Ask the mailing list.']);
  });

  it('gives nested entries that name nobody to the item they refine, and reads owned ones on their own', () => {
    const note = noteOf('- FP: Port the driver.\n  - SK: Review the port.\n  - Test it on QEMU.');
    assert.deepEqual(describeItems(note), ['FP: Port the driver.', 'SK: Review the port.', 'FP: Test it on QEMU.']);
  });

  it('reads TODO: as an item without owner and TODO XX: as an item of XX (kraft/2023-08-30, community/2022/2022-02-09)', () => {
    assert.deepEqual(itemsOn(corpusNote('discussions/kraft/2023-08-30.md'), 53), [': Continue development of KraftKit.']);
    assert.deepEqual(itemsOn(corpusNote('discussions/community/2022/2022-02-09.md'), 80), ['RD: GSoC application']);
    assert.deepEqual(describeItems(noteOf('TODO: SK review the patch.')), ['SK: review the patch.']);
  });

  it('reads a task box that names nobody as an item without owner', () => {
    assert.deepEqual(describeItems(noteOf('- [ ] Write the release notes\n- [x] Tag v1.0')), [': Write the release notes', ': Tag v1.0 (done)']);
  });

  it('skips bare placeholders: TODO, * TODO, "FP: " with nothing after it (events/2022-02-02, app-compat-2023-06-07, vmm/2022-04-27)', () => {
    const events = corpusNote('discussions/events/2022-02-02.md');
    assert.deepEqual([events.items, events.decisions], [[], []]);
    const appCompat = corpusNote('discussions/app-compat/app-compat-2023-06-07.md');
    assert.equal(appCompat.items.some((item) => item.line === 86), false);
    const vmm = corpusNote('discussions/vmm/2022-04-27.md');
    assert.equal(vmm.decisions.some((decision) => decision.text === 'PV'), false);
    const written = noteOf('TODO\n\n* TODO\n\nFP: \n\nSK:\n\n- TBD\n\n...');
    assert.deepEqual([written.items, written.decisions], [[], []]);
  });

  it('reads owner-less lines of the section as decisions, with their line', () => {
    const note = corpusNote('discussions/gsoc/ss-2022-06-13.md');
    assert.deepEqual(note.decisions, [{ text: 'We meet next on Monday, June 20, 2022, 3:30pm CEST.', line: 64 }]);
  });

  it('keeps inline Markdown as written for display', () => {
    const [item] = noteOf('FP: Review **[the PR](https://example.com/pr/1)** and `make test`.').items;
    assert.equal(item!.text, 'Review **[the PR](https://example.com/pr/1)** and `make test`.');
  });

  it('reads items in sub-headings of the section (community/2023/2023-03-13: "### PR Tasks")', () => {
    const note = corpusNote('discussions/community/2023/2023-03-13.md');
    assert.deepEqual(itemsOn(note, 108), ['SM / RN: https://github.com/unikraft/unikraft/pull/797']);
    assert.deepEqual(note.sections, [{ heading: 'TODOs and Decisions', line: 90 }]);
  });
});
