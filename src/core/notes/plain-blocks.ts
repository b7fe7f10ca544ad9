// A reader for the plain Markdown most TODO sections are written in: paragraphs and lists (bullets,
// numbers, task boxes) nested by indentation, with HTML comments, fenced code, link definitions and
// simple tables. It builds the same mdast blocks remark builds, about thirty times faster, and
// answers null for a section holding anything else (quotes, other HTML, rules, indented code, tabs,
// empty list entries...): remark reads that one. Tests prove it against remark.
import type { Code, Definition, Heading, Html, List, ListItem, Paragraph, RootContent, Table } from 'mdast';
import { isBlank, readLiteralBlock, readTable, RULE_LIKE, Unsupported, unsupported } from './plain-literal-blocks.ts';
import type { SectionRange } from './todo-sections.ts';

type Block = Paragraph | List | Heading | Html | Code | Definition | Table;

interface Container {
  children: Block[];
}

interface OpenItem extends Container {
  node: ListItem;
  /** 0-based column where the entry's content starts: lines indented this far belong to it. */
  contentColumn: number;
}

interface Marker {
  /** '-', '+', '*' for bullets; '.' or ')' for numbers: entries with another one start another list. */
  kind: string;
  ordered: boolean;
  start: number;
  /** 0-based column of the entry's content, after the marker and its spaces. */
  contentColumn: number;
  checked: boolean | null;
  /** 0-based column where remark starts the entry's paragraph (after a task box and one space). */
  paragraphColumn: number;
}

const DEFINITION_LIKE = /^\[[^\]]*\]:/;
// eslint-disable-next-line no-control-regex -- control characters end a destination in Markdown
const DEFINITION_SHAPE = /^\[(?!\^)([^[\]\\]{1,400})\]: *[^\s\x00-\x1f\x7f<>()\\]+ *$/;

/** '[1]: https://…' alone on its line; titles, footnotes, '<…>' and blank or odd labels are left to remark. */
function isDefinition(text: string): boolean {
  const label = DEFINITION_SHAPE.exec(text)?.[1];
  return label !== undefined && /\S/.test(label);
}
const LIST_MARKER = /^(?:([-+*])|(\d{1,9})([.)]))( *)/;
const TASK_BOX = /^\[([ xX])\] +(?=[^ ])/;
/** A task box remark may read differently: one with nothing after it. */
const BOX_LIKE = /^\[[ xX]\]/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/** Quotes, HTML, fences and link or footnote definitions: remark reads them. */
const OTHER_BLOCK = /^(?:>|<|```|~~~|\[[^\]]*\]:)/;

/** The list entry a line opens at `column` (its first non-space character), or null for other text. */
function readMarker(text: string, column: number): Marker | null {
  const match = LIST_MARKER.exec(text);
  if (!match) return null;
  const [whole, bullet, digits, delimiter, spaces] = match;
  // A marker with nothing after it ('1.', '- ') is an empty entry: remark reads those.
  if (whole.length === text.length) unsupported();
  if (spaces!.length === 0) return null;
  if (spaces!.length > 4) unsupported();
  const contentColumn = column + whole.length;
  const content = text.slice(whole.length);
  if (startsOtherBlock(content) || LIST_MARKER.exec(content)?.[4]) unsupported();
  const box = TASK_BOX.exec(content);
  if (!box && BOX_LIKE.test(content)) unsupported();
  return {
    kind: bullet ?? delimiter!,
    ordered: bullet === undefined,
    start: digits === undefined ? 1 : Number(digits),
    contentColumn,
    checked: box ? box[1] !== ' ' : null,
    paragraphColumn: box ? contentColumn + 4 : contentColumn,
  };
}

/** Whether the text opens with an ASCII letter: no block but a paragraph (or a table's header row) does. */
function opensWithLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function startsOtherBlock(text: string): boolean {
  return OTHER_BLOCK.test(text) || ATX_HEADING.test(text) || RULE_LIKE.test(text);
}

function position(line: number, column: number) {
  return { start: { line, column }, end: { line, column } };
}

/** Reads one section's lines (0-based from..to) into blocks, or throws Unsupported. */
function readSection(lines: readonly string[], from: number, to: number): Block[] {
  const root: Container = { children: [] };
  const open: OpenItem[] = [];
  let paragraph: Paragraph | null = null;
  // Which marker made a list: entries with another marker start a list of their own. A Map of this
  // section's lists, not a module-wide WeakMap: setting one of those cost near a microsecond.
  const listKind = new Map<List, string>();

  const containerAt = (depth: number): Container => (depth < 0 ? root : open[depth]!);
  // Closes the entries deeper than `depth`. Setting an array's length costs a runtime call even when
  // it changes nothing, which most lines would pay: only a shorter length is set.
  const closeBelow = (depth: number) => {
    if (open.length > depth + 1) open.length = depth + 1;
  };
  // remark ends a paragraph after its last line's trailing spaces.
  const extend = (node: Paragraph, index: number) => {
    node.position!.end = { line: index + 1, column: lines[index]!.length + 1 };
  };
  const addParagraph = (container: Container, index: number, column: number) => {
    paragraph = { type: 'paragraph', children: [], position: position(index + 1, column + 1) };
    extend(paragraph, index);
    container.children.push(paragraph);
  };
  // A line of text: it continues the open paragraph, lazy or not (the open entries stay open), or starts one.
  const addText = (depth: number, index: number, indent: number) => {
    if (paragraph) {
      extend(paragraph, index);
      return;
    }
    closeBelow(depth);
    addParagraph(containerAt(depth), index, indent);
  };

  for (let index = from; index < to; index++) {
    const line = lines[index]!;
    if (isBlank(line)) {
      paragraph = null;
      continue;
    }
    // Tabs count to the next multiple of four in Markdown: remark reads lines that hold one.
    if (line.includes('\t')) unsupported();
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    let depth = -1;
    while (depth + 1 < open.length && indent >= open[depth + 1]!.contentColumn) depth++;
    // The column where the deepest entry holding this line starts its content (0 outside lists).
    const edge = depth < 0 ? 0 : open[depth]!.contentColumn;
    const relative = indent - edge;
    const text = line.slice(indent);

    if (relative >= 4) {
      // Indented code cannot interrupt a paragraph: with one open, the line continues it.
      if (!paragraph) unsupported();
      extend(paragraph, index);
      continue;
    }
    const literal = readLiteralBlock(lines, index, to, text, edge);
    if (literal) {
      closeBelow(depth);
      paragraph = null;
      // remark starts an HTML block at its container's edge, before its own indentation.
      const column = literal.type === 'html' ? edge + 1 : indent + 1;
      containerAt(depth).children.push({ ...literal, position: { start: { line: index + 1, column }, end: { line: literal.last + 1, column: lines[literal.last]!.length + 1 } } });
      index = literal.last;
      continue;
    }
    const table = readTable(lines, index, to, line);
    if (table !== null) {
      if (depth >= 0 || open.length > 0 && paragraph) unsupported();
      closeBelow(-1);
      paragraph = null;
      root.children.push({ type: 'table', align: [], children: [], position: { start: { line: index + 1, column: 1 }, end: { line: table + 1, column: lines[table]!.length + 1 } } });
      index = table;
      continue;
    }
    // Most lines open with a letter ('SK: ...'), which opens none of the blocks below: spare the tests.
    if (opensWithLetter(text)) {
      addText(depth, index, indent);
      continue;
    }
    if (DEFINITION_LIKE.test(text)) {
      // A link definition cannot interrupt a paragraph: with one open, the line continues it. A
      // footnote ('[^1]: …') can: remark reads those.
      if (text.charAt(1) === '^') unsupported();
      if (paragraph) {
        extend(paragraph, index);
        continue;
      }
      // What follows a definition still counts as the start of a paragraph (it may hold a title, and
      // numbers other than 1 do not interrupt it): only a blank line or another definition may.
      const next = index + 1 < to ? lines[index + 1]! : '';
      const nextIsDefinition = next.startsWith(line.slice(0, indent)) && next.charCodeAt(indent) !== 32 && isDefinition(next.slice(indent));
      if (!isDefinition(text) || !(isBlank(next) || nextIsDefinition)) unsupported();
      closeBelow(depth);
      containerAt(depth).children.push({ type: 'definition', identifier: '', label: '', url: '', title: null, position: { start: { line: index + 1, column: indent + 1 }, end: { line: index + 1, column: line.length + 1 } } });
      continue;
    }
    if (OTHER_BLOCK.test(text) || RULE_LIKE.test(text)) unsupported();
    if (ATX_HEADING.test(text)) {
      if (depth >= 0) unsupported();
      closeBelow(-1);
      paragraph = null;
      root.children.push({ type: 'heading', depth: 1, children: [], position: position(index + 1, indent + 1) });
      continue;
    }
    const marker = readMarker(text, indent);
    const container = containerAt(depth);
    if (marker) {
      const last = container.children.at(-1);
      const sameList = last?.type === 'list' && open.length > depth + 1 && listKind.get(last) === marker.kind;
      if (!sameList && paragraph && open.length === depth + 1 && marker.ordered && marker.start !== 1) {
        // A number other than 1 does not interrupt a paragraph; remark decides what it continues.
        unsupported();
      }
      closeBelow(depth);
      let list: List;
      if (sameList) {
        list = last;
      } else {
        list = { type: 'list', ordered: marker.ordered, start: marker.ordered ? marker.start : null, spread: false, children: [], position: position(index + 1, indent + 1) };
        listKind.set(list, marker.kind);
        container.children.push(list);
      }
      const node: ListItem = { type: 'listItem', spread: false, checked: marker.checked, children: [], position: position(index + 1, indent + 1) };
      list.children.push(node);
      const item: OpenItem = { node, contentColumn: marker.contentColumn, children: node.children as Block[] };
      open.push(item);
      addParagraph(item, index, marker.paragraphColumn);
      continue;
    }
    addText(depth, index, indent);
  }
  for (const block of root.children) settleEnd(block);
  return root.children;
}

/** Lists and entries end where their last child ends. */
function settleEnd(block: Block | ListItem): void {
  if (block.type !== 'list' && block.type !== 'listItem') return;
  const children = block.children as (Block | ListItem)[];
  for (const child of children) settleEnd(child);
  const last = children.at(-1);
  if (last) block.position!.end = { ...last.position!.end };
}

/**
 * The blocks of each TODO section, headings left out, with positions in the note's own lines; null
 * when some section holds Markdown this reader leaves to remark.
 */
export function readPlainSectionBlocks(lines: readonly string[], sections: readonly SectionRange[]): RootContent[][] | null {
  try {
    return sections.map((section) =>
      readSection(lines, section.heading.endLine + 1, section.end).filter((block) => block.type !== 'heading'),
    );
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
