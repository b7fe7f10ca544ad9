// Files that are not quite notes: binary bytes, Latin-1, an empty file, front matter that is not a
// mapping, `teams: 42`, symbolic links out of the workspace, a path with spaces. The run goes on,
// each odd file gets at most an annotation on itself, and the good notes sync.
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { makeWorkspace, writeFiles } from '../support/run-action.ts';
import { assertRan, commandLines, CONFIG, managed, run, startGitHub, writes } from '../support/reliability.ts';

const note = (title: string, date: string, item: string) => `---\ntitle: ${title}\ndatetime: ${date}T10:00:00Z\n---\n\n## TODOs\n\n${item}\n`;

describe('files that are not quite notes', () => {
  test('each is skipped or read as well as it can be, annotated on its own file, and the rest syncs', async () => {
    const gh = await startGitHub();
    try {
      const outside = makeWorkspace({ 'secret.md': note('Secret', '2024-01-01', 'FP: Leak the file outside the workspace.') });
      const workspace = makeWorkspace({
        '.github/minutes-to-issues.yml': CONFIG,
        'discussions/good-2024-03-01.md': note('Good', '2024-03-01', 'FP: A plain item.'),
        'discussions/binary-2024-03-02.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]),
        'discussions/latin1-2024-03-03.md': Buffer.from(note('Reunión de café', '2024-03-03', 'TT: Revisar la sección de Ángel.'), 'latin1'),
        'discussions/empty-2024-03-04.md': '',
        'discussions/list-front-matter-2024-03-05.md': '---\n- a\n- b\n---\n\n## TODOs\n\nRD: An item under a list front matter.\n',
        'discussions/teams-number-2024-03-06.md': '---\ntitle: Teams as a number\nteams: 42\n---\n\n## TODOs\n\nTL: An item whose teams is 42.\n',
        'discussions/app compat/2024-03-07 weekly sync.md': note('Spaces', '2024-03-07', 'SJ: An item in a path with spaces.'),
      });
      symlinkSync(join(outside, 'secret.md'), join(workspace, 'discussions/link-2024-03-08.md'));
      symlinkSync(outside, join(workspace, 'discussions/linked-folder'));

      const result = await run(gh, workspace);
      assertRan(result);
      const titles = managed(gh).map((issue) => issue.title).sort();
      assert.deepEqual(titles, [
        'A plain item',
        'An item in a path with spaces',
        'An item under a list front matter',
        'An item whose teams is 42',
        'Revisar la sección de Ángel',
      ]);

      const annotated = new Map<string, string[]>();
      for (const command of commandLines(result.stdout).filter((line) => line.name === 'warning')) {
        const file = /file=([^,]+)/.exec(command.properties)?.[1] ?? '';
        annotated.set(file, [...(annotated.get(file) ?? []), /title=minutes-to-issues%3A ([\w-]+)/.exec(command.properties)?.[1] ?? command.message]);
      }
      assert.deepEqual(annotated.get('discussions/binary-2024-03-02.md'), ['binary']);
      assert.deepEqual(annotated.get('discussions/latin1-2024-03-03.md'), ['not-utf8']);
      assert.deepEqual(annotated.get('discussions/list-front-matter-2024-03-05.md'), ['front-matter-shape']);
      assert.ok(annotated.get('discussions/empty-2024-03-04.md')?.length, 'the empty file is pointed out');
      // Symbolic links are not followed: nothing from outside the workspace is read or named.
      assert.ok(![...annotated.keys()].some((file) => file.includes('link')));
      assert.ok(!result.stdout.includes('Leak'));
      assert.ok(!result.outputs.plan!.includes('Leak') && !result.outputs.plan!.includes('link-2024-03-08'));

      // Latin-1 is read as Latin-1: the accents survive, in the title and the meeting's name.
      const latin = managed(gh).find((issue) => issue.title.startsWith('Revisar'))!;
      assert.match(latin.body!, /\[Reunión de café\]/);
      // teams: 42 is read as the team '42' (a label); a path with spaces links with %20.
      assert.deepEqual(managed(gh).find((issue) => issue.title.endsWith('is 42'))!.labels.sort(), ['42', 'action-item']);
      assert.match(managed(gh).find((issue) => issue.title.includes('spaces'))!.body!, /discussions\/app%20compat\/2024-03-07%20weekly%20sync\.md#L8\)/);

      gh.clearRequests();
      assertRan(await run(gh, workspace));
      assert.deepEqual(writes(gh), [], 'stable');

      // A note that turns into binary bytes (a bad merge, an LFS pointer gone wrong) keeps its issues open.
      writeFiles(workspace, { 'discussions/latin1-2024-03-03.md': Buffer.from([0, 1, 2, 3, 0xff]) });
      const after = await run(gh, workspace);
      assertRan(after);
      assert.equal(latin.state, 'open');
      assert.deepEqual(writes(gh), []);
    } finally {
      await gh.close();
    }
  });
});
