// Who an item is for: the owner shapes writers use, and the ordinary sentences that must stay owner-less.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseNote } from '../../../src/core/notes/parse-note.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../../src/core/notes/parse-options.ts';
import { corpusNote, describeItems, itemsOn, noteOf } from './note-fixtures.ts';

describe('owners written before a colon', () => {
  it('reads initials, mixed-case initials and names (smp/2023-02-07, vmm/2024-01-29, community/2023/2023-02-17)', () => {
    assert.deepEqual(itemsOn(corpusNote('discussions/smp/2023-02-07.md'), 62), ['SjK: Use locking for console printing.']);
    assert.deepEqual(itemsOn(corpusNote('discussions/vmm/2024-01-29.md'), 58), ['MariaP: Try to run the http-reply example.']);
    assert.deepEqual(itemsOn(corpusNote('discussions/community/2023/2023-02-17.md'), 61), ['Marco: Rebase https://github.com/unikraft/unikraft/pull/683']);
  });

  it('reads letters with diacritics (maintainers/2023/2023-09-04: "TODO: Ștefan to look into API.")', () => {
    const note = corpusNote('discussions/maintainers/2023/2023-09-04.md');
    assert.deepEqual(itemsOn(note, 74), ['Ștefan: look into API.\nIn October 2023.']);
    assert.deepEqual(describeItems(noteOf('Ștefan: Port the driver.')), ['Ștefan: Port the driver.']);
  });

  it('reads a first name with an initial as one owner (smp/2023-02-21: "Sairaj K:")', () => {
    assert.deepEqual(itemsOn(corpusNote('discussions/smp/2023-02-21.md'), 100), ['Sairaj K: Develop a testing setup for the virtio-net multiqueue support when using multiple cores.']);
  });

  it('reads several owners joined by /, " / ", ",", "+", " + ", "&" and " and " as one item', () => {
    assert.deepEqual(itemsOn(corpusNote('discussions/community/2022/2022-07-07.md'), 47), ['SK / MP: State of https://github.com/unikraft/unikraft/pull/443']);
    assert.deepEqual(itemsOn(corpusNote('discussions/community/2023/2023-06-28.md'), 164), ['MS / DP / TeoTiron: https://github.com/unikraft/unikraft/pull/910 (!important)']);
    assert.deepEqual(itemsOn(corpusNote('discussions/app-compat/2022-11-07.md'), 49), ['DA / AS: Integrate comments from Robert.']);
    assert.deepEqual(itemsOn(corpusNote('discussions/community/2022/2022-03-17.md'), 137), ['RD / CV: Create application form for Unikraft.']);
    assert.deepEqual(itemsOn(corpusNote('discussions/community/2024/2024-01-31.md'), 89), ['RD / AJ: Prepare landing page for Zagreb hackathon.']);
    assert.deepEqual(itemsOn(corpusNote('discussions/community/2023/2023-02-17.md'), 55), ['MP / SK: Reopen discussion on [zeroing out the .bss on runtime](https://github.com/unikraft/unikraft/pull/443)']);
    assert.deepEqual(describeItems(noteOf('FP & SK: Pair on the allocator.')), ['FP / SK: Pair on the allocator.']);
  });

  it('reads @logins as GitHub users, used as is', () => {
    const note = noteOf('@razvand: Merge the release branch.\n\n@ana-m, @bo: Write the changelog.');
    assert.deepEqual(note.items.map((item) => item.owners), [
      [{ handle: 'razvand', kind: 'login' }],
      [{ handle: 'ana-m', kind: 'login' }, { handle: 'bo', kind: 'login' }],
    ]);
  });

  it('reads groups: the whole team (community/2022/2022-01-12 "Everyone", gsoc/2023-05-15 "Mentors", app-compat-2023-07-12 "All")', () => {
    assert.deepEqual(itemsOn(corpusNote('discussions/community/2022/2022-01-12.md'), 133), ['group:Everyone: Work on PRs for the 0.7 release']);
    assert.deepEqual(itemsOn(corpusNote('discussions/gsoc/2023-05-15.md'), 79), ['group:Mentors: Provide initial resources and meeting times for mentees.']);
    assert.equal(itemsOn(corpusNote('discussions/app-compat/app-compat-2023-07-12.md'), 64)[0]!.startsWith('group:All: '), true);
  });

  it('keeps ordinary sentences with a colon owner-less: they are decisions', () => {
    const note = noteOf([
      'Note: the meeting moved to Thursday.', '', 'Decision: we use Alpine.', '', 'Agreed: keep the old API.', '',
      'Update: the CI is green again.', '', 'Next steps: see the roadmap.', '', 'CI: flaky tests on arm64.', '',
      'Recommendations: ask early.', '', 'Release: v0.13 on Monday.', '', 'NOTE: bring slides.', '',
      'Security: rotate the keys.', '', 'GitHub: enable merge queues.',
    ].join('\n'));
    assert.deepEqual(note.items, []);
    assert.equal(note.decisions.length, 11);
  });

  it('keeps the roles and headers of a meeting owner-less: scribe, chair, recording, rationale, follow-ups', () => {
    const note = noteOf('Scribe: Felipe\n\nChair: Radu\n\nRecording: https://youtu.be/xyz\n\nRationale: it keeps the CI simple.\n\nFollow-ups:\n- Unowned bullet under a label line.\n\nFP: A real task.');
    assert.deepEqual(describeItems(note), ['FP: A real task.']);
  });

  it('needs sure owners for "XX to ..." and "XX will ...": initials or participants, not any capitalised word', () => {
    const note = noteOf([
      'AJ to organise the assigned PRs.', '', 'Ana will send the slides.', '', 'Bogdan and Ana to meet on Monday.', '',
      'Release will happen on May 1.', '', 'Docs to be updated after the release.', '', 'PR will be merged tomorrow.',
    ].join('\n'));
    assert.deepEqual(describeItems(note), ['AJ: organise the assigned PRs.', 'Ana: send the slides.', 'Bogdan / Ana: meet on Monday.']);
    assert.equal(note.decisions.length, 3);
  });

  it('reads "XX to ..." in the corpus (gsoc/ss-2022-08-08: "Maria and Vlad to meet ...")', () => {
    assert.deepEqual(itemsOn(corpusNote('discussions/gsoc/ss-2022-08-08.md'), 55), ['Maria / Vlad: meet Thursday, August 11th, 2022, 3:30pm CEST.']);
  });

  it('reads a trailing (Name) as the owner when it is a sure owner', () => {
    const note = noteOf('- Fix the build on arm64 (FP)\n- Port the scheduler (Ana, Bogdan).\n- Build on ARM (Cortex-A53)\n- Test with QEMU (KVM)');
    assert.deepEqual(describeItems(note), ['FP: Fix the build on arm64', 'Ana / Bogdan: Port the scheduler']);
  });

  it('reads AI:, Action:, ACTION (owners): and Action item: prefixes', () => {
    const note = noteOf('AI: FP to update the docs.\n\nAction: Ana will book the room.\n\nACTION (FP, SK): Rebase the branch.\n\nAction item: decide on a logo.\n\nAI: SK: review the PR.');
    assert.deepEqual(describeItems(note), ['FP: update the docs.', 'Ana: book the room.', 'FP / SK: Rebase the branch.', ': decide on a logo.', 'SK: review the PR.']);
  });

  it('reads bold owners (**FP**: ... and **FP:** ...)', () => {
    assert.deepEqual(describeItems(noteOf('**FP**: Ship it.\n\n**SK:** Test it.')), ['FP: Ship it.', 'SK: Test it.']);
  });
});

describe('owners named in the config', () => {
  const FRONT = 'title: Test meeting\ndatetime: 2024-01-10T10:00:00+02:00';
  const parse = (body: string, handles: string[], front = FRONT) =>
    parseNote('notes/2024-01-10.md', `---\n${front}\n---\n\n## TODOs\n\n${body}\n`, { ...DEFAULT_PARSE_OPTIONS, handles });

  it('a handle of the owners map is an owner whatever it looks like: an acronym, a word, a script without case', () => {
    const body = 'CD: Check the mirror sync.\n\nWill: Send the invite.\n\nDB: Restore the backup.\n\n王伟: 更新文档。';
    assert.deepEqual(describeItems(parse(body, ['CD', 'will', 'DB', '王伟'])), ['CD: Check the mirror sync.', 'Will: Send the invite.', 'DB: Restore the backup.', '王伟: 更新文档。']);
    assert.deepEqual(describeItems(parse(body, [])), [], 'unmapped, they read as a drive, a verb, a database and an unknown word');
  });

  it('a handle that holds a separator is one owner', () => {
    assert.deepEqual(describeItems(parse('R&D: Port the bindings.\n\nC++: Fix the build.', ['R&D', 'C++'])), ['R&D: Port the bindings.', 'C++: Fix the build.']);
  });

  it('a mapped handle on the next line starts an item of its own', () => {
    const body = 'AB: Fix the CI cache.\nCD: Review the docs PR.';
    assert.deepEqual(describeItems(parse(body, ['AB', 'CD'])), ['AB: Fix the CI cache.', 'CD: Review the docs PR.']);
    assert.deepEqual(describeItems(parse(body, [])), ['AB: Fix the CI cache.\nCD: Review the docs PR.'], 'unmapped, CD is a continuation');
  });

  it('"AI:" is a person when the config maps AI, and an action item otherwise', () => {
    assert.deepEqual(describeItems(parse('AI: Draft the agenda.', ['AI'])), ['AI: Draft the agenda.']);
    assert.deepEqual(describeItems(parse('AI: Draft the agenda.', [])), [': Draft the agenda.']);
  });

  it('a name in a script without case is an owner when a participant has it, also before a full-width colon', () => {
    const front = `${FRONT}\nparticipants: [王伟, محمد]`;
    const note = parse('王伟：更新文档。\n\nمحمد: Update the Arabic translation.\n\n注意: 这不是任务。', [], front);
    assert.deepEqual(describeItems(note), ['王伟: 更新文档。', 'محمد: Update the Arabic translation.']);
  });
});
