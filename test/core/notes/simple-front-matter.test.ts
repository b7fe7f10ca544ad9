// The fast front matter reader against the yaml library: wherever it answers, it must give exactly
// the object and key lines yaml gives; it may only decline. Checked on every front matter the corpus
// ever had and on generated front matters built from tricky values.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readYamlFrontMatter } from '../../../src/core/notes/front-matter.ts';
import { scanOutline } from '../../../src/core/notes/scan-outline.ts';
import { readSimpleFrontMatter } from '../../../src/core/notes/simple-front-matter.ts';
import { replayCorpus } from '../../support/corpus.ts';
import { random } from '../../support/random.ts';

/** Asserts the fast reader declines or agrees with yaml; true when it answered. */
function agreesWithYaml(source: string): boolean {
  const simple = readSimpleFrontMatter(source);
  if (simple === null) return false;
  const yaml = readYamlFrontMatter(source);
  assert.equal(yaml.kind, 'mapping', `yaml does not read a mapping from ${JSON.stringify(source)} but the fast reader did`);
  if (yaml.kind !== 'mapping') return true;
  assert.deepStrictEqual(simple, { values: yaml.values, keyLines: yaml.keyLines }, `differs from yaml on ${JSON.stringify(source)}`);
  return true;
}

/** Every distinct front matter text (the lines between the fences) of every note at every commit. */
function corpusFrontMatters(): Set<string> {
  const sources = new Set<string>();
  for (const { files } of replayCorpus()) {
    for (const [path, content] of files) {
      if (!path.endsWith('.md')) continue;
      const { lines, frontMatter } = scanOutline(content);
      if (frontMatter && frontMatter.end > 0) sources.add(lines.slice(1, frontMatter.end).join('\n'));
    }
  }
  return sources;
}

const VALUES = [
  'x', 'Ana', 'RăzvanD', 'Alexander Jun ', 'Marin (`adminy`)', 'unikraft, smp, synchronization',
  'Online, Discord (https://bit.ly/UnikraftDiscord), the `#monkey-business` voice channel',
  '"SMP WG, May 23, 2023"', '"Security WG,  April 5, 2023"', "'it''s'", "'a'b'", '"a"b"', '""', "''", '"', "'", "'''",
  '"a # b"', '"a: b"', "'a: b'", '"  spaced  "', "'#'", '"\'"', "'\"'", '"a" #c', "'a'#c", '"a"  ', "'a' ",
  'a: b', 'a:b', 'a:', 'a :b', 'a : b', 'x:y: z', 'a:#b', 'a: #b', 'a #b', 'a#b', 'a #', '#a', 'http://x.y/z#w',
  '- a', '-a', '-', '--', '?a', '? a', ':a', ': a', ',a', 'a,', '[a, b]', '[a', '{a: b}', 'a [b]', 'a {b}', 'a, b',
  '&a', '*a', '!a', '!!str a', '|', '>', '|-', '%a', 'a%', '@a', '`a`', 'a`', '<<', '=', '...', '---', 'a --- b', 'a...',
  '~', '~a', 'a~', 'null', 'Null', 'NULL', 'nULL', 'nulls', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE',
  'yes', 'no', 'on', 'off', 'y', 'n',
  '0', '1', '-1', '+1', '01', '007', '0x1F', '0X1F', '0x', '0xG', '0o17', '0o19', '0O17', '0b101', '1_000', '1,000',
  '1.5', '.5', '5.', '-.5', '+5.', '.', '-.', '+', '1e3', '1E+3', '1.5e-3', '.5e3', '1e', 'e3', '1.2.3', '0.0.1', 'v1.2',
  '.inf', '-.Inf', '+.INF', '.iNF', 'inf', '-inf', '.nan', '.NaN', '.NAN', '+.nan', 'NaN', 'nan',
  '2023-05-23', '2023-05-23T10:00:00+02:00', '2023-04-26T10:00+02:00', '2023-05-010T08:30:00+02:00', '2023-05-23 10:00',
  '2023-05-23T10:00:00Z', '10:30', '1:20:30', '12:00', '190:20:30',
  'é', '日本語', '😀', 'a\u00a0', '\u00a0a', 'a\u3000b', 'a\u200bb', 'a\u2028b', 'a\u0085b', 'a\ufeffb', '\ufeffa', 'a\ud800', '\udc00a', 'a\uffff',
  'a  b', ' a', 'a ', 'a   ', '   ', '', 'a\tb', 'a\t', 'a\\b', '"a\\"b"', '"a\\nb"', '\'a\\b\'', 'a\rb', 'a\r',
];
const KEYS = [
  'title', 'teams', 'participants', 'datetime', 'a', '_x', 'a-b', 'A1', 'a_1', 'true', 'True', 'null', 'NULL', '__proto__',
  'constructor', 'toString', '1', '1a', '-a', 'a b', '"q"', "'title'", 'title ', 'é', 'a.b', 'a:b', '~', '?', '<<',
];
const INDENTS = ['', ' ', '  ', '   ', '    '];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

/** Values as the corpus writes them, so that generated front matters are often ones the fast reader answers. */
const USUAL_VALUES = ['Ana', 'RăzvanD', 'Alexander Jun', 'unikraft, smp', '2023-05-23T10:00:00+02:00', '"SMP WG, May 23, 2023"', "'x'", 'Online, Discord (https://bit.ly/x), the `#tea-room` voice channel', 'kraft'];
const WORD_KEYS = ['title', 'teams', 'participants', 'datetime', 'tags', 'location', 'a', '_x', 'a-b', 'A1'];
const ODD_LINES = ['', '   ', '# a comment', '---', '...', '  x', '- x', '  - x', ' - x', 'x', 'a: x # c', '? a', '[a]'];

function anyValue(next: () => number): string {
  return pick(next, next() < 0.5 ? VALUES : USUAL_VALUES);
}

/**
 * A generated front matter: mostly fields and lists as people write them, from tricky values, with
 * now and then an odd key, an entry at another indent, a blank or an odd line.
 */
function randomFrontMatter(next: () => number): string {
  const lines: string[] = [];
  const fields = 1 + Math.floor(next() * 5);
  for (let f = 0; f < fields; f++) {
    const key = next() < 0.9 ? pick(next, WORD_KEYS) : pick(next, KEYS);
    if (next() < 0.5) {
      lines.push(`${key}:${pick(next, [' ', ' ', '  ', ''])}${anyValue(next)}${pick(next, ['', '', ' ', '   '])}`);
    } else {
      lines.push(`${key}:${pick(next, ['', '', ' ', '  '])}`);
      const indent = pick(next, INDENTS);
      const entries = Math.floor(next() * 4);
      for (let e = 0; e < entries; e++) {
        const at = next() < 0.9 ? indent : pick(next, INDENTS);
        lines.push(next() < 0.15 ? `${at}-${pick(next, ['', ' ', '  '])}` : `${at}-${pick(next, [' ', ' ', '   ', ''])}${anyValue(next)}`);
      }
    }
    if (next() < 0.1) lines.push(pick(next, ['', '   ']));
    if (next() < 0.05) lines.push(pick(next, ODD_LINES));
  }
  return lines.join('\n');
}

describe('the fast front matter reader', () => {
  it('agrees with yaml on every front matter of the corpus at every commit, and answers for almost all', (t) => {
    const sources = corpusFrontMatters();
    let answered = 0;
    for (const source of sources) if (agreesWithYaml(source)) answered++;
    assert.ok(sources.size > 300, `${sources.size} distinct front matters`);
    // 393 of 393 at the time of writing: the corpus writes only the shapes the fast reader knows.
    t.diagnostic(`answered ${answered} of ${sources.size} distinct front matters`);
    assert.ok(answered / sources.size >= 0.95, `answered ${answered} of ${sources.size}`);
  });

  it('agrees with yaml on each tricky value, as a field and as a list entry, at every indent', (t) => {
    let answered = 0;
    let total = 0;
    for (const value of VALUES) {
      const layouts = [
        `title: ${value}`, `title: ${value}\nteams: x`, `title:${value}`, `teams:\n- ${value}`, `teams:\n  - ${value}\n  -\nb: c`,
        `teams:\n- a\n- ${value}\n\ntags:\n    - ${value}`, `a:\n - ${value}\n - b`, `x: y\n\n  \nteams:\n\n-  ${value}  \n`,
      ];
      for (const source of layouts) {
        total++;
        if (agreesWithYaml(source)) answered++;
      }
    }
    t.diagnostic(`answered ${answered} of ${total}`);
    assert.ok(answered > total / 3, `answered ${answered} of ${total}`);
  });

  it('agrees with yaml on 40,000 generated front matters', (t) => {
    const next = random(20240601);
    let answered = 0;
    const total = 40_000;
    for (let n = 0; n < total; n++) {
      if (agreesWithYaml(randomFrontMatter(next))) answered++;
    }
    t.diagnostic(`answered ${answered} of ${total}`);
    assert.ok(answered > total / 10, `answered ${answered} of ${total}`);
  });

  it('reads the shapes of the corpus: quoted titles, comma strings, lists at column 0 or indented', () => {
    const read = readSimpleFrontMatter('title: "SMP WG, May 23, 2023"\ndatetime: 2023-05-23T10:00:00+02:00\nteams:\n- smp\nparticipants:\n  - RăzvanD\n  -\ntags: unikraft, smp\nlocation:');
    assert.deepStrictEqual(read, {
      values: new Map<string, unknown>([['title', 'SMP WG, May 23, 2023'], ['datetime', '2023-05-23T10:00:00+02:00'], ['teams', ['smp']], ['participants', ['RăzvanD', null]], ['tags', 'unikraft, smp'], ['location', null]]),
      keyLines: new Map([['title', 1], ['datetime', 2], ['teams', 3], ['participants', 5], ['tags', 8], ['location', 9]]),
    });
  });

  it('declines what yaml reads as another type or another structure', () => {
    for (const source of ['a: 1', 'a: true', 'a: ~', 'a:\n- .5', 'a: [x]', 'a: x # c', 'a: x\n  y', 'a: 1\na: 2', '# c\na: x', 'a: "x\\"y"', 'a: |\n  x', 'a:\n  - x\n - y', 'a: x\r', 'a: b: c', 'true: x']) {
      assert.equal(readSimpleFrontMatter(source), null, JSON.stringify(source));
    }
  });
});
