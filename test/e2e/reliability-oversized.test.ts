// Input larger than GitHub or the parser take: a long item, a long body, a 5 MB note, 10,000 items.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeWorkspace, writeFiles } from '../support/run-action.ts';
import { assertRan, commandLines, CONFIG, managed, run, startGitHub, writes } from '../support/reliability.ts';

const WORDS = ['alpha', 'build', 'cache', 'delta', 'epoch', 'frame', 'graph', 'heap', 'index', 'joint'];
const words = (count: number, seed = 0) => Array.from({ length: count }, (_, index) => `${WORDS[(index * 7 + seed) % WORDS.length]}${index % 13}`).join(' ');
const frontMatter = (title: string, date: string) => `---\ntitle: ${title}\ndatetime: ${date}T10:00:00Z\nteams: [core]\n---\n\n`;
const bodyOf = (title: string, gh: Parameters<typeof managed>[0]) => managed(gh).find((issue) => issue.title.startsWith(title))!;

describe('an item longer than a title', () => {
  test('a 300-character item: the title is cut at a word under 256 characters, the body has it all', async () => {
    const gh = await startGitHub();
    try {
      const text = words(60).slice(0, 300).trim();
      assert.equal(text.length, 300);
      const workspace = makeWorkspace({ '.github/minutes-to-issues.yml': CONFIG, 'discussions/long-2024-04-01.md': `${frontMatter('Long', '2024-04-01')}## TODOs\n\nFP: ${text}\n` });
      assertRan(await run(gh, workspace));
      const [issue] = managed(gh);
      assert.ok([...issue!.title].length <= 256, `${issue!.title.length} characters`);
      assert.ok(issue!.title.length > 200);
      assert.match(issue!.title, /\w…$/);
      assert.ok(text.startsWith(issue!.title.slice(0, -1)), 'cut, not rewritten');
      assert.ok(text.includes(`${issue!.title.slice(0, -1)} `), 'cut at a word');
      assert.ok(issue!.body!.includes(`> ${text}`));
      gh.clearRequests();
      assertRan(await run(gh, workspace));
      assert.deepEqual(writes(gh), []);
    } finally {
      await gh.close();
    }
  });

  test('an item whose body would pass 65,536 characters: cut with a link to the note; a rerun writes nothing', async () => {
    const gh = await startGitHub();
    try {
      const continuation = Array.from({ length: 700 }, (_, index) => words(15, index)).join('\n');
      assert.ok(continuation.length > 70_000);
      const path = 'discussions/huge-item-2024-04-02.md';
      const workspace = makeWorkspace({
        '.github/minutes-to-issues.yml': CONFIG,
        [path]: `${frontMatter('Huge item', '2024-04-02')}## TODOs\n\nTT: Start of a very long item.\n${continuation}\n\nRD: A short item after it.\n`,
      });
      assertRan(await run(gh, workspace));
      const issue = bodyOf('Start of a very long item', gh);
      assert.ok(issue.body!.length <= 65_536, `${issue.body!.length} characters`);
      assert.ok(issue.body!.length > 60_000, 'as much as fits is kept');
      assert.match(issue.body!, new RegExp(`> … cut here: the whole item is in \\[the note\\]\\(https://github\\.com/acme/notes/blob/a{40}/${path.replace(/[.-]/g, '\\$&')}#L9\\)\\.`));
      assert.match(issue.body!, /<!-- minutes-to-issues v1 [\w-]+ -->$/);
      assert.ok(bodyOf('A short item after it', gh));
      gh.clearRequests();
      assertRan(await run(gh, workspace));
      assert.deepEqual(writes(gh), []);
    } finally {
      await gh.close();
    }
  });
});

describe('a note of 5 MB', () => {
  test('5 MB of discussion before the TODO section: every item syncs, in seconds', async () => {
    const gh = await startGitHub();
    try {
      const discussion = Array.from({ length: 52_000 }, (_, index) => `Discussion line ${index}: ${words(12, index)}`).join('\n\n');
      const note = `${frontMatter('A long meeting', '2024-04-03')}## Discussion\n\n${discussion}\n\n## TODOs\n\nFP: First item after five megabytes.\n\nTT: Second item after five megabytes.\n`;
      assert.ok(Buffer.byteLength(note) > 5_000_000, `${Buffer.byteLength(note)} bytes`);
      const workspace = makeWorkspace({ '.github/minutes-to-issues.yml': CONFIG, 'discussions/long-meeting-2024-04-03.md': note });
      const started = Date.now();
      assertRan(await run(gh, workspace));
      assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
      assert.deepEqual(managed(gh).map((issue) => issue.title).sort(), ['First item after five megabytes', 'Second item after five megabytes']);
      assert.match(bodyOf('Second item', gh).body!, /long-meeting-2024-04-03\.md#L1040\d\d/);
    } finally {
      await gh.close();
    }
  });

  test('5 MB pasted into a TODO section: the note is read up to the cap, says so, and no issue of an unread item is closed', async () => {
    const gh = await startGitHub();
    try {
      const path = 'discussions/paste-2024-04-04.md';
      const head = `${frontMatter('Paste', '2024-04-04')}## TODOs\n\nFP: First item.\n\nTT: Second item.\n\n`;
      const workspace = makeWorkspace({ '.github/minutes-to-issues.yml': CONFIG, [path]: `${head}RD: Third item.\n` });
      assertRan(await run(gh, workspace));
      assert.equal(managed(gh).length, 3);

      const paste = Array.from({ length: 65_000 }, (_, index) => `log line ${index}: ${words(10, index)}`).join('\n');
      const note = `${head}\`\`\`\n${paste}\n\`\`\`\n\nRD: Third item.\n\nTL: A new item after the paste.\n`;
      assert.ok(Buffer.byteLength(note) > 5_000_000);
      writeFiles(workspace, { [path]: note });
      gh.clearRequests();
      const started = Date.now();
      const result = await run(gh, workspace);
      assertRan(result);
      assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
      const warning = commandLines(result.stdout).find((command) => command.name === 'warning' && command.properties.includes('section-too-large'));
      assert.ok(warning, result.stdout);
      assert.match(warning.properties, /file=discussions\/paste-2024-04-04\.md,line=\d+/);
      assert.deepEqual(writes(gh), [], 'the third item, not read, keeps its open issue');
      assert.ok(managed(gh).every((issue) => issue.state === 'open'));
    } finally {
      await gh.close();
    }
  });
});

describe('10,000 items in one note', () => {
  test('all read; writes stop at max-writes; the rest is left for the next run', async () => {
    const gh = await startGitHub();
    try {
      const owners = ['FP', 'TT', 'RD', 'TL', 'SJ'];
      const path = 'discussions/backlog-2024-05-01.md';
      const items = Array.from({ length: 10_000 }, (_, index) => `${owners[index % owners.length]}: Backlog item ${index} of the big plan.`).join('\n\n');
      const workspace = makeWorkspace({ '.github/minutes-to-issues.yml': CONFIG, [path]: `${frontMatter('Backlog', '2024-05-01')}## TODOs\n\n${items}\n` });
      const started = Date.now();
      const result = await run(gh, workspace, { inputs: { 'max-writes': '50' } });
      const took = Date.now() - started;
      assertRan(result);
      assert.ok(took < 90_000, `took ${took} ms`);
      // The plan output keeps within GitHub's 1 MB: the first creates, in order, and the count of the rest.
      const plan = JSON.parse(result.outputs.plan!) as { changes: { kind: string; title: string }[]; truncated?: { changes: number } };
      const creates = plan.changes.filter((change) => change.kind === 'create');
      assert.equal(creates.length + (plan.truncated?.changes ?? 0), 10_000, 'every item read');
      assert.deepEqual(
        creates.map((change) => change.title),
        Array.from({ length: creates.length }, (_, index) => `Backlog item ${index} of the big plan`),
      );
      assert.ok(!commandLines(result.stdout).some((command) => command.properties.includes('section-too-large')), result.stdout);
      assert.equal(writes(gh).length, 50);
      assert.equal(managed(gh).length, 48, 'two labels and 48 issues');
      assert.equal(new Set(managed(gh).map((issue) => issue.title)).size, 48);
      assert.match(result.summary, /Left for the next run:\*\* 9952 changes \(max-writes \(50\) was reached\)/);
      assert.ok(Buffer.byteLength(result.summary) < 1024 * 1024, "the summary fits GitHub's 1 MiB");
    } finally {
      await gh.close();
    }
  });
});
