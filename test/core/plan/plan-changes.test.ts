// The reconcile planner, told as the stories of the people who keep the notes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveOwners } from '../../../src/core/issues/resolve-owners.ts';
import { ownerResolver, teamResolver } from '../../../src/core/plan/desired-issue.ts';
import { markerReserve } from '../../../src/core/plan/marker-body.ts';
import { planChanges, preparePlan, withExistingLabels } from '../../../src/core/plan/plan-changes.ts';
import { applyInMemory, kinds, makeNote, owners, planInput } from '../../support/make-notes.ts';

const first = makeNote('discussions/app-compat/2023-06-21.md', '2023-06-21', [
  { owners: 'FP', text: 'Post proposal on Alpine-based build rules.' },
  { owners: 'TT', text: 'Provide plots with Redis measurements.' },
  { owners: 'RD', text: 'Re-tag Marco with the links to spikes issue.' },
]);

function syncTwice(notes = [first]) {
  const plan = planChanges(planInput(notes));
  return { plan, issues: applyInMemory(plan, []) };
}

describe('a first sync', () => {
  test('creates one issue per item, with labels, assignees and the owner without login in the title', () => {
    const plan = planChanges(planInput([first]));
    assert.deepEqual(kinds(plan), ['create', 'create', 'create']);
    const [felipe, teo, razvan] = plan.changes.map((change) => (change.kind === 'create' ? change.fields : undefined));
    assert.equal(felipe!.title, 'Post proposal on Alpine-based build rules');
    assert.deepEqual(felipe!.assignees, ['felipe-h']);
    assert.deepEqual(felipe!.labels, ['action-item', 'app-compat']);
    assert.deepEqual(teo!.assignees, ['teo']);
    assert.equal(razvan!.title, 'Re-tag Marco with the links to spikes issue (RD)');
    assert.deepEqual(razvan!.assignees, []);
  });

  test('the body links the note line at the commit and carries the marker', () => {
    const plan = planChanges(planInput([first]));
    const body = plan.changes[0]!.kind === 'create' ? plan.changes[0]!.fields.body : '';
    assert.match(body, /https:\/\/github\.com\/acme\/notes\/blob\/c0ffee0{34}\/discussions\/app-compat\/2023-06-21\.md#L12/);
    assert.match(body, /<!-- minutes-to-issues v1 [A-Za-z0-9_-]+ -->$/);
    assert.match(body, /\*\*Owners:\*\* FP \(felipe-h\)/);
  });

  test('asks to create the labels the repository lacks, with colours, once', () => {
    const plan = planChanges(planInput([first], [], { existingLabels: ['App-Compat'] }));
    assert.deepEqual(plan.labelsToCreate.map((label) => label.name), ['action-item']);
    assert.notEqual(plan.labelsToCreate[0]!.color, 'ededed');
  });

  test('the labels that exist, learnt after planning, change only the labels to create', () => {
    const input = planInput([first]);
    const prepared = preparePlan(input);
    const learnt = withExistingLabels(planChanges(input, prepared), input, prepared, ['App-Compat']);
    assert.deepEqual(learnt, planChanges({ ...input, existingLabels: ['App-Compat'] }, prepared));
    assert.deepEqual(learnt.labelsToCreate.map((label) => label.name), ['action-item']);
  });

  test('asks for each missing label once, by the first name that needs it, whatever its case', () => {
    const notes = [
      makeNote('d/2024-01-02.md', '2024-01-02', [{ text: 'Port the scheduler.' }, { text: 'Port the timer.' }], ['Kernel', 'app-compat']),
      makeNote('d/2024-01-09.md', '2024-01-09', [{ text: 'Port the console.' }], ['kernel', 'App-Compat', 'Action-Item']),
    ];
    const plan = planChanges(planInput(notes, [], { existingLabels: ['APP-COMPAT'] }));
    assert.deepEqual(plan.labelsToCreate.map((label) => [label.name, label.description]), [
      ['action-item', 'A TODO from the meeting notes, kept in sync by minutes-to-issues'],
      ['Kernel', 'TODOs from the kernel meetings'],
    ]);
  });

  test('an unknown handle becomes one annotation on its line, suggesting the owners entry', () => {
    const plan = planChanges(planInput([first]));
    const unknown = plan.diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-owner');
    assert.equal(unknown.length, 1);
    assert.equal(unknown[0]!.line, 16);
    assert.match(unknown[0]!.message, /'RD'.*owners:/);
  });

  test('an unknown handle is annotated once, on the first line that names it, whatever its case or list', () => {
    const note = makeNote('discussions/kernel/2024-01-02.md', '2024-01-02', [
      { owners: 'FP', text: 'Port the scheduler.' },
      { owners: 'RD/XY', text: 'Port the allocator.' },
      { owners: 'rd', text: 'Port the timer.' },
      { owners: 'RD', text: 'Port the console.' },
      { owners: 'XY/QQ', text: 'Port the network stack.' },
    ]);
    const unknown = planChanges(planInput([note])).diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-owner');
    assert.deepEqual(unknown.map((diagnostic) => [diagnostic.line, diagnostic.message.slice(0, 4)]), [[14, "'RD'"], [14, "'XY'"], [20, "'QQ'"]]);
  });

  test('a login that cannot be assigned is left off, and the warning names the config key', () => {
    const plan = planChanges(planInput([first], [], { notAssignable: new Set(['teo']) }));
    const teo = plan.changes[1]!;
    assert.deepEqual(teo.kind === 'create' && teo.fields.assignees, []);
    assert.ok(plan.diagnostics.some((diagnostic) => diagnostic.code === 'not-assignable' && diagnostic.message.includes('owners.TT')));
  });
});

describe('a rerun', () => {
  test('with nothing changed plans no write at all, even at a new commit', () => {
    const { issues } = syncTwice();
    const again = planChanges(planInput([first], issues, { commit: 'beef'.repeat(10) }));
    assert.deepEqual(again.changes, []);
    assert.equal(again.unchanged, 3);
    assert.deepEqual(again.labelsToCreate, []);
  });

  test('a repeat in a later meeting is the same issue, whose body now lists both meetings', () => {
    const { issues } = syncTwice();
    const later = makeNote('discussions/app-compat/2023-06-28.md', '2023-06-28', [{ owners: 'FP', text: 'Post proposal on Alpine-based build rules' }]);
    const plan = planChanges(planInput([first, later], issues));
    assert.deepEqual(kinds(plan), ['update #1']);
    const patch = plan.changes[0]!.kind === 'update' ? plan.changes[0]!.patch : {};
    assert.deepEqual(Object.keys(patch), ['body']);
    assert.match(patch.body!, /Mentioned in 2 meetings/);
  });

  test('a later note marks an item done: closed as completed with a comment linking that note', () => {
    const { issues } = syncTwice();
    const later = makeNote('discussions/app-compat/2023-06-28.md', '2023-06-28', [
      { owners: 'FP', text: 'Post proposal on Alpine-based build rules.', status: 'done' },
    ]);
    const plan = planChanges(planInput([first, later], issues));
    assert.deepEqual(kinds(plan), ['close #1']);
    const close = plan.changes[0]!;
    assert.ok(close.kind === 'close');
    assert.equal(close.patch.stateReason, 'completed');
    assert.match(close.comment!, /Marked done in \[Meeting 2023-06-28\]\(https:\/\/github\.com\/acme\/notes\/blob\/.*2023-06-28\.md#L12\)/);
    const after = applyInMemory(plan, issues);
    assert.deepEqual(planChanges(planInput([first, later], after)).changes, []);
  });

  test('rewording an item keeps its issue and changes the title', () => {
    const { issues } = syncTwice();
    const edited = makeNote(first.path, first.date, [
      { owners: 'FP', text: 'Post the proposal on Alpine-based build rules.' },
      { owners: 'TT', text: 'Provide plots with Redis measurements.' },
      { owners: 'RD', text: 'Re-tag Marco with the links to spikes issue.' },
    ]);
    const plan = planChanges(planInput([edited], issues));
    assert.deepEqual(kinds(plan), ['update #1']);
    const update = plan.changes[0]!;
    assert.equal(update.kind === 'update' && update.patch.title, 'Post the proposal on Alpine-based build rules');
  });

  test('an item deleted from every note is closed as not planned; a short item reworded to another object is a new item', () => {
    const { issues } = syncTwice();
    const edited = makeNote(first.path, first.date, [
      { owners: 'FP', text: 'Post proposal on Alpine-based build rules.' },
      { owners: 'TT', text: 'Provide plots with Nginx measurements.' },
    ]);
    const plan = planChanges(planInput([edited], issues));
    assert.deepEqual(kinds(plan).sort(), ['close #2', 'close #3', 'create']);
    for (const change of plan.changes) if (change.kind === 'close') assert.equal(change.patch.stateReason, 'not_planned');
  });

  test('a note moved to another folder changes the links only', () => {
    const { issues } = syncTwice();
    const moved = { ...first, path: 'archive/2023/app-compat-2023-06-21.md' };
    const plan = planChanges(planInput([moved], issues));
    assert.deepEqual(kinds(plan), ['update #1', 'update #2', 'update #3']);
    for (const change of plan.changes) assert.deepEqual(change.kind === 'update' && Object.keys(change.patch), ['body']);
  });

  test('a title changed by hand stays while the notes do not change it', () => {
    const { issues } = syncTwice();
    issues[0]!.title = 'Alpine build rules: proposal';
    issues[0]!.labels.push('priority');
    issues[0]!.assignees = ['someone-else'];
    assert.deepEqual(planChanges(planInput([first], issues)).changes, []);
  });

  test('a team added to the note adds its label and keeps a label added by hand', () => {
    const { issues } = syncTwice();
    issues[0]!.labels.push('priority');
    const moreTeams = { ...first, teams: ['app-compat', 'syscall'] };
    const plan = planChanges(planInput([moreTeams], issues));
    const update = plan.changes.find((change) => change.kind !== 'create' && change.number === 1)!;
    assert.deepEqual(update.kind === 'update' && update.patch.labels, ['action-item', 'app-compat', 'priority', 'syscall']);
  });

  test('an issue closed by hand is not reopened by the note that raised it, only by a later one', () => {
    const { issues } = syncTwice();
    Object.assign(issues[0]!, { state: 'closed', stateReason: 'completed', closedAt: '2023-06-25T10:00:00Z' });
    assert.deepEqual(planChanges(planInput([first], issues)).changes, []);
    const later = makeNote('discussions/app-compat/2023-07-05.md', '2023-07-05', [{ owners: 'FP', text: 'Post proposal on Alpine-based build rules' }]);
    const plan = planChanges(planInput([first, later], issues));
    assert.deepEqual(kinds(plan), ['reopen #1']);
    assert.match(plan.changes[0]!.kind === 'reopen' ? plan.changes[0]!.comment! : '', /Raised again in \[Meeting 2023-07-05\]/);
  });

  test('a closed item raised again as open in a later note is reopened', () => {
    const { issues } = syncTwice();
    const done = makeNote('d/2023-06-28.md', '2023-06-28', [{ owners: 'FP', text: 'Post proposal on Alpine-based build rules', status: 'done' }]);
    const closed = applyInMemory(planChanges(planInput([first, done], issues)), issues);
    const again = makeNote('d/2023-07-12.md', '2023-07-12', [{ owners: 'FP', text: 'Post proposal on Alpine-based build rules' }]);
    assert.deepEqual(kinds(planChanges(planInput([first, done, again], closed))), ['reopen #1']);
  });

  test('two open issues for one item (two runs raced): the oldest is kept, the other closed as a duplicate', () => {
    const plan = planChanges(planInput([first]));
    const raced = applyInMemory(plan, applyInMemory(plan, []));
    const heal = planChanges(planInput([first], raced));
    assert.deepEqual(kinds(heal), ['close #4', 'close #5', 'close #6']);
    for (const change of heal.changes) assert.ok(change.kind === 'close' && change.patch.stateReason === 'duplicate');
    assert.deepEqual(planChanges(planInput([first], applyInMemory(heal, raced))).changes, []);
  });
});

describe('adopting on old notes', () => {
  test('notes dated before since create nothing, but still close the issues that exist', () => {
    const plan = planChanges(planInput([first], [], { since: '2024-01-01' }));
    assert.deepEqual(plan.changes, []);
    assert.deepEqual(plan.skipped.map((skip) => skip.reason), ['before-since', 'before-since', 'before-since']);
    const { issues } = syncTwice();
    const done = makeNote('d/2023-06-28.md', '2023-06-28', [{ owners: 'FP', text: 'Post proposal on Alpine-based build rules', status: 'done' }]);
    assert.deepEqual(kinds(planChanges(planInput([first, done], issues, { since: '2024-01-01' }))), ['close #1']);
  });

  test('an item already done before it had an issue gets none', () => {
    const done = makeNote('d/2023-06-28.md', '2023-06-28', [{ owners: 'FP', text: 'Post proposal on Alpine-based build rules', status: 'done' }]);
    const plan = planChanges(planInput([first, done]));
    assert.equal(plan.changes.length, 2);
    assert.deepEqual(plan.skipped.map((skip) => skip.reason), ['done-before-issue']);
  });
});

describe('carry-over', () => {
  test('an open item that the team\'s next meeting does not repeat is closed as completed', () => {
    const { issues } = syncTwice();
    const next = makeNote('d/2023-06-28.md', '2023-06-28', [{ owners: 'FP', text: 'Post proposal on Alpine-based build rules' }]);
    const plan = planChanges(planInput([first, next], issues, { config: { carryOver: true } }));
    assert.deepEqual(kinds(plan), ['close #2', 'close #3', 'update #1']);
    assert.match(plan.changes[0]!.kind === 'close' ? plan.changes[0]!.comment! : '', /Not carried over/);
  });

  test('another team\'s meeting does not close it', () => {
    const { issues } = syncTwice();
    const other = makeNote('d/2023-06-28.md', '2023-06-28', [{ owners: 'XX', text: 'Something else' }], ['kraftkit']);
    const plan = planChanges(planInput([first, other], issues, { config: { carryOver: true } }));
    assert.deepEqual(kinds(plan), ['create']);
  });
});

describe('links and unreadable notes', () => {
  test('an item that links a managed issue by URL is that issue, whatever its text', () => {
    const { issues } = syncTwice();
    const later = makeNote('d/2023-07-01.md', '2023-07-01', [
      { owners: 'FP', text: 'Alpine rules are merged, see https://github.com/acme/notes/issues/1', status: 'done', refs: [{ owner: 'acme', repo: 'notes', number: 1 }] },
    ]);
    assert.deepEqual(kinds(planChanges(planInput([first, later], issues))), ['close #1']);
  });

  test('an item that links an issue the action does not manage creates nothing', () => {
    const linked = makeNote('d/2023-07-01.md', '2023-07-01', [{ owners: 'FP', text: 'Follow acme/notes#77', refs: [{ owner: 'acme', repo: 'notes', number: 77 }] }]);
    const plan = planChanges(planInput([linked]));
    assert.deepEqual(plan.changes, []);
    assert.deepEqual(plan.skipped.map((skip) => [skip.reason, skip.issueNumber]), [['tracked-in-unmanaged-issue', 77]]);
  });

  test('the issues of a note that could not be read are not closed', () => {
    const { issues } = syncTwice();
    const plan = planChanges(planInput([], issues, { unreadablePaths: new Set([first.path]) }));
    assert.deepEqual(plan.changes, []);
  });
});

describe('assignees GitHub refuses', () => {
  test('are left off, and a rerun does not plan them again (so it checks nothing)', () => {
    const plan = planChanges(planInput([first], [], { notAssignable: new Set(['teo']) }));
    const issues = applyInMemory(plan, []);
    assert.deepEqual(issues[1]!.assignees, []);
    assert.deepEqual(planChanges(planInput([first], issues)).changes, []);
  });
});

describe('the plan output', () => {
  test('is the plan without bodies, and stays within GitHub\'s 1 MB for an output', async () => {
    const { planOutput } = await import('../../../src/core/report/plan-output.ts');
    const small = JSON.parse(planOutput(planChanges(planInput([first])))) as { changes: { kind: string; title: string; labels: string[] }[] };
    assert.deepEqual(small.changes.map((change) => change.title), ['Post proposal on Alpine-based build rules', 'Provide plots with Redis measurements', 'Re-tag Marco with the links to spikes issue (RD)']);
    assert.ok(!JSON.stringify(small).includes('minutes-to-issues v1'), 'no bodies, no markers');
    const many = makeNote('d/2024-01-01.md', '2024-01-01', Array.from({ length: 12_000 }, (_, index) => ({ owners: 'FP', text: `Backlog item number ${index} of the very long list of things to do` })));
    const text = planOutput(planChanges(planInput([many])));
    const big = JSON.parse(text) as { changes: unknown[]; truncated: { changes: number } };
    assert.ok(text.length <= 900_000, `${text.length} bytes`);
    assert.equal(big.changes.length + big.truncated.changes, 12_000);
  });

  test('counts bytes, not characters: titles in Chinese take three bytes a character', async () => {
    const { planOutput } = await import('../../../src/core/report/plan-output.ts');
    const many = makeNote('d/2024-01-01.md', '2024-01-01', Array.from({ length: 6_000 }, (_, index) => ({ owners: 'FP', text: `整理第${index}次会议的待办事项并发布构建规则提案与测试结果摘要` })));
    const text = planOutput(planChanges(planInput([many])));
    const output = JSON.parse(text) as { changes: { title: string }[]; truncated: { changes: number } };
    assert.ok(Buffer.byteLength(text) <= 900_000, `${Buffer.byteLength(text)} bytes`);
    assert.ok(Buffer.byteLength(text) > 600_000, 'cut no more than needed');
    assert.equal(output.changes.length + output.truncated.changes, 6_000);
    assert.match(output.changes[0]!.title, /^整理第0次会议/);
  });
});

describe('an item near another item\'s text', () => {
  test('never takes the issue of the item that has it exactly (the corpus\'s "Update …/pull/434" beside "…/pull/458")', () => {
    const a = makeNote('d/2022-07-07.md', '2022-07-07', [{ owners: 'MP', text: 'Review the scheduler design document with the maintainers team' }]);
    const issues = applyInMemory(planChanges(planInput([a])), []);
    // A later note adds a near twin first, then repeats the original: the original keeps its issue.
    const b = makeNote('d/2022-07-14.md', '2022-07-14', [
      { owners: 'MP', text: 'Review the scheduler design document with the networking team' },
      { owners: 'MP', text: 'Review the scheduler design document with the maintainers team' },
    ]);
    const plan = planChanges(planInput([a, b], issues));
    assert.deepEqual(kinds(plan), ['update #1', 'create']);
    assert.equal(plan.changes[1]!.kind === 'create' && plan.changes[1]!.fields.title, 'Review the scheduler design document with the networking team (MP)');
  });
});

describe('the labels of an issue', () => {
  test('are the base label and one per team, in order, each once (a team\'s label may be the base label)', () => {
    const note = makeNote('discussions/kernel/2024-01-02.md', '2024-01-02', [{ text: 'Port the scheduler.' }], ['kernel', 'action-item', 'app-compat']);
    const plan = planChanges(planInput([note]));
    assert.deepEqual(plan.changes[0]!.kind === 'create' && plan.changes[0]!.fields.labels, ['action-item', 'app-compat', 'kernel']);
    const prefixed = planChanges(planInput([note], [], { config: { teamLabelPrefix: 'team: ' } }));
    assert.deepEqual(prefixed.changes[0]!.kind === 'create' && prefixed.changes[0]!.fields.labels, ['action-item', 'team: action-item', 'team: app-compat', 'team: kernel']);
  });

  test('are worked out once per list of teams: items of notes with the same teams share them, sorted and each once', () => {
    const teamsOf = teamResolver(planInput([]).config);
    const mention = (teams: string[]) => ({
      path: 'notes/a.md', line: 1, column: 1, noteTitle: 'Sync', date: null, teams, status: 'open' as const, text: 'Port it', key: 'port it', owners: [], issueRefs: [],
    });
    const item = (...teams: string[][]) => ({ id: 'id', ownerSignature: 'fp', mentions: teams.map(mention) });
    const kernel = ['kernel', 'app-compat', 'kernel'];
    assert.deepEqual(teamsOf(item(kernel)), { teams: ['app-compat', 'kernel'], labels: ['action-item', 'app-compat', 'kernel'] });
    assert.equal(teamsOf(item(kernel)), teamsOf(item(['app-compat', 'kernel'])));
    assert.equal(teamsOf(item(['kernel'], ['app-compat'])), teamsOf(item(kernel)));
    assert.deepEqual(teamsOf(item([])), { teams: [], labels: ['action-item'] });
    assert.notEqual(teamsOf(item(['a\nb'])), teamsOf(item(['a', 'b'])));
  });
});

describe('the owners of an item', () => {
  test('are resolved once per list of owners, as resolveOwners resolves them (the same handle of another kind is another list)', () => {
    const config = planInput([]).config;
    const resolve = ownerResolver(config);
    const lists = [owners('FP'), owners('@FP'), owners('Everyone'), owners('FP/TT'), owners('TT/FP'), owners('fp'), owners(''), owners('RD/@teo/All')];
    for (const list of lists) assert.deepEqual(resolve(list), resolveOwners(list, config));
    assert.equal(resolve(owners('FP/TT')), resolve(owners('FP/TT')));
    assert.equal(resolve(owners('TT')), resolve(owners('TT')));
    assert.notEqual(resolve(owners('FP')), resolve(owners('@FP')));
  });
});

describe('the room kept at the end of a body for its marker', () => {
  test('counts the key, the title and each note the marker keeps once', () => {
    const mention = (path: string) => ({
      path, line: 1, column: 1, noteTitle: 'Sync', date: null, teams: [], status: 'open' as const, text: 'Port it', key: 'port it', owners: [], issueRefs: [],
    });
    const item = (...paths: string[]) => ({ id: 'id', ownerSignature: 'fp', mentions: paths.map(mention) });
    const room = (pathsLength: number) => Math.ceil(((7 * 3 + 'Port it'.length * 3 + pathsLength + 400) * 4) / 3) + 64;
    assert.equal(markerReserve(item('notes/a.md'), 'Port it'), room(10));
    assert.equal(markerReserve(item('notes/a.md', 'notes/bb.md', 'notes/a.md'), 'Port it'), room(21));
  });
});
