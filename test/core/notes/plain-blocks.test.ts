// The plain reader of TODO sections against remark, its reference: wherever it answers, it must
// give the blocks remark gives (types, task boxes, nesting, positions) and so the same items.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Node, Parent } from 'unist';
import { walkBlocks, type SectionWalk } from '../../../src/core/notes/extract-items.ts';
import { createOwnerContext } from '../../../src/core/notes/owners.ts';
import { limitSlices } from '../../../src/core/notes/note-parts.ts';
import { DEFAULT_PARSE_OPTIONS, headingMatcherFor } from '../../../src/core/notes/parse-options.ts';
import { readPlainSectionBlocks } from '../../../src/core/notes/plain-blocks.ts';
import { scanOutline } from '../../../src/core/notes/scan-outline.ts';
import { parseSectionBlocks, type SectionBlocks } from '../../../src/core/notes/section-blocks.ts';
import { findTodoSections, type SectionRange } from '../../../src/core/notes/todo-sections.ts';
import { loadCorpusHistory } from '../../support/corpus.ts';
import { random } from '../../support/random.ts';

const isTodoHeading = headingMatcherFor(DEFAULT_PARSE_OPTIONS.sections);

function sectionsOf(text: string): { lines: string[]; sections: SectionRange[] } {
  const outline = scanOutline(text);
  const found = findTodoSections(outline.headings, outline.lines.length, isTodoHeading);
  return { lines: outline.lines, sections: limitSlices('note.md', found, outline.lines).sections };
}

/** What extract-items.ts reads of a block: its type, task box, children and position in the note. */
function shape(node: Node, noteLine: (line: number) => number): unknown {
  const { start, end } = node.position!;
  const described: Record<string, unknown> = {
    type: node.type,
    at: `${noteLine(start.line)}:${start.column}-${noteLine(end.line)}:${end.column}`,
  };
  if (node.type === 'listItem') described.checked = (node as { checked?: boolean | null }).checked ?? null;
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
    described.children = (node as Parent).children.map((child) => shape(child, noteLine));
  }
  return described;
}

function shapes(source: SectionBlocks): unknown {
  return source.blocks.map((blocks) => blocks.map((block) => shape(block, source.noteLine)));
}

function itemsOf(source: SectionBlocks, participants: string[]): unknown {
  const walk: SectionWalk = {
    lines: source.lines, noteLine: source.noteLine, owners: createOwnerContext(DEFAULT_PARSE_OPTIONS.groups, participants), items: [], decisions: [],
  };
  for (const blocks of source.blocks) walkBlocks(walk, blocks, null);
  return { items: walk.items, decisions: walk.decisions };
}

/** Compares both readers on one note; returns whether the plain reader answered. */
function compare(text: string, label: string, participants: string[] = []): boolean {
  const { lines, sections } = sectionsOf(text);
  if (sections.length === 0) return false;
  const plain = readPlainSectionBlocks(lines, sections);
  if (!plain) return false;
  const remark = parseSectionBlocks(lines, sections);
  const fast: SectionBlocks = { blocks: plain, lines, noteLine: (line) => line };
  assert.deepEqual(shapes(fast), shapes(remark), `blocks differ for ${label}:\n${text}`);
  assert.deepEqual(itemsOf(fast, participants), itemsOf(remark, participants), `items differ for ${label}`);
  return true;
}

const INDENTS = [0, 0, 0, 0, 1, 2, 2, 3, 4, 4, 5, 6, 8];
const PREFIXES = [
  '', '', '', '- ', '- ', '* ', '+ ', '1. ', '2. ', '10. ', '1) ', '3) ', '-  ', '-    ', '-     ', '- [ ] ', '- [x] ', '- [X]  ',
  '1. [ ] ', '- - ', '-', '1.', '- [ ]', '### ', '# ', '#tag ', '> ', '```', '---', '***', '===', '| a | b |', '|---|---|',
  '[x]: ', '[^1]: ', '<b>', '<!-- ', '\t', '-\t', '~~~', '- > ', '2023. ', '[ ] ', '[x]',
  '<!-- a comment --> ', '<!--', '<!-- ', '--> ', '```', '```', '```js ', '````', '~~~', '- <!-- ', '1. ```',
];
const TEXTS = [
  'FP: post the proposal', 'SK / MR: review the PR', 'plain text of a decision', '**AB**: bold owner', '~~CD: struck~~ done',
  'TODO: something', 'RD:', 'x', 'Ana: talk to Bogdan', 'continue the sentence', '', 'ends with colon:', '1.5 million', 'a  ',
  '-->', 'text -->', '```',
];

/** The shapes people write most: what the plain reader must read, not leave to remark. */
const COMMON = {
  indents: [0, 0, 0, 2, 2, 3],
  prefixes: ['', '', '- ', '- ', '* ', '1. ', '- [ ] ', '- [x] ', '### ', '<!-- a comment --> '],
  texts: TEXTS.filter((text) => text !== '' && !text.includes('`') && !text.includes('-->')),
};

function randomSection(next: () => number, shapes = { indents: INDENTS, prefixes: PREFIXES, texts: TEXTS }): string {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const lines = ['## TODOs'];
  const count = 1 + Math.floor(next() * 9);
  for (let i = 0; i < count; i++) {
    if (next() < 0.2) lines.push(next() < 0.8 ? '' : '   ');
    lines.push(' '.repeat(pick(shapes.indents)) + pick(shapes.prefixes) + pick(shapes.texts));
    if (next() < 0.1) {
      const definition = pick(['[1]: https://example.com/a', '[label]: /url  ', '[^1]: a note', '[a]:', '[b]: <x>', '[c]: /u "t"', '[ ]: /x', '[d]: /a(b)']);
      lines.push(' '.repeat(pick(INDENTS)) + definition);
      const after = next();
      if (after < 0.3) lines.push(' '.repeat(pick(INDENTS)) + pick(['"title"', '(title)', "'t'", 'FP: after', '[2]: /b']));
      else if (after < 0.8) lines.push('');
    }
    if (next() < 0.1) {
      // A table, well formed or not, with rows that may not start with a pipe.
      const row = () => pick(['| a | b |', '|a|b|', '| `x` | y |', 'a | b', '| a |', '| a | b | c |', '| FP: x | y |', '| \\| | b |']);
      lines.push(' '.repeat(pick([0, 0, 0, 1, 2])) + row(), pick(['|---|---|', '| --- | :-: |', '|-|-|', '---|---', '|---|', '| - | - | - |', '|--|x|']));
      for (let rows = Math.floor(next() * 3); rows > 0; rows--) lines.push(next() < 0.8 ? row() : pick(TEXTS));
    }
    if (next() < 0.15) {
      // A fenced block or comment under the line, its lines indented alike or not.
      const [open, close] = pick([['```', '```'], ['~~~~ sh', '~~~~'], ['```', '~~~'], ['<!--', '-->'], ['````', '```']]);
      const indent = () => ' '.repeat(pick(INDENTS));
      const at = indent();
      lines.push(at + open, (next() < 0.7 ? at : indent()) + pick(TEXTS), ...(next() < 0.3 ? [''] : []), (next() < 0.8 ? at : indent()) + close);
    }
  }
  if (next() < 0.2) lines.push('', '## Next', '', 'FP: not a TODO');
  return lines.join('\n');
}

describe('the plain reader of TODO sections', () => {
  it('gives the blocks and items remark gives for every TODO section in the corpus history', () => {
    const seen = new Set<string>();
    let answered = 0;
    for (const commit of loadCorpusHistory()) {
      for (const change of commit.changes) {
        if (change.content === undefined || !change.path.endsWith('.md') || seen.has(change.content)) continue;
        seen.add(change.content);
        if (compare(change.content, `${change.path} at ${commit.sha.slice(0, 7)}`)) answered++;
      }
    }
    const withSections = [...seen].filter((text) => sectionsOf(text).sections.length > 0).length;
    // It must carry the common case, or the speed it is for is lost: say so if that changes.
    assert.ok(answered >= withSections * 0.9, `the plain reader answered ${answered} of ${withSections} note versions with TODO sections`);
  });

  it('gives the blocks remark gives, or leaves the section to remark, on 4,000 generated sections', () => {
    const next = random(20261128);
    let answered = 0;
    for (let i = 0; i < 4000; i++) {
      const text = randomSection(next);
      if (compare(text, `generated section ${i}`, ['Ana', 'Bogdan'])) answered++;
    }
    assert.ok(answered > 300, `only ${answered} of 4,000 generated sections were read by the plain reader`);
  });

  it('gives the blocks remark gives on 2,000 generated sections of common shapes, and reads most of them', () => {
    const next = random(1128);
    let answered = 0;
    for (let i = 0; i < 2000; i++) {
      if (compare(randomSection(next, COMMON), `common section ${i}`, ['Ana', 'Bogdan'])) answered++;
    }
    assert.ok(answered > 700, `only ${answered} of 2,000 common sections were read by the plain reader`);
  });

  it('reads nested lists, task boxes, lazy lines and sub-headings', () => {
    const text = [
      '## TODOs', '', '- [ ]  FP: post the proposal', 'on Alpine rules', '  - SK: review it', '    and merge', '- [x] RD: done thing', '',
      '1. MR: first', '2) MR: another list', '', '### PR Tasks', 'AB: check', '    the CI', '', '* CD: star', '+ CD: plus',
    ].join('\n');
    assert.equal(compare(text, 'nested example'), true);
  });

  it('reads HTML comments, fenced code, link definitions and tables, in lists or not', () => {
    const text = [
      '## TODOs', '<!-- Write one line per task: -->', '- FP: run', '  ```sh', '  make test', '', '  ```', '- SK: ask', '  <!--', '  hidden', '  -->',
      '', '~~~', 'RD: not a task', '~~~', '', 'AB: read [the RFC][1]', '', '[1]: https://example.com/rfc', '[2]: /b', '',
      '| Who | What |', '| --- | :-: |', '| FP | the docs |',
    ].join('\n');
    assert.equal(compare(text, 'literal blocks'), true);
  });

  for (const [name, body] of [
    ['a fence that never closes', '- FP: a\n\n  ```\n  code'],
    ['a quote', '> FP: quoted'],
    ['a table with a row that does not open with a pipe', '| a | b |\n| --- | --- |\nFP: x | y'],
    ['an HTML block', '<div>\nFP: hidden\n</div>'],
    ['indented code', 'FP: a\n\n    code'],
    ['a setext underline', '- FP: a\n  ---'],
    ['an empty entry', '-\n  FP: a'],
    ['a tab', '-\tFP: a'],
    ['a number other than 1 after a paragraph', 'FP: a\n2. SK: b'],
  ] as const) {
    it(`leaves a section with ${name} to remark`, () => {
      const { lines, sections } = sectionsOf(`## TODOs\n\n${body}\n`);
      assert.equal(readPlainSectionBlocks(lines, sections), null);
    });
  }
});
