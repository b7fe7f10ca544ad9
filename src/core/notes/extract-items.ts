// Walks the blocks of a TODO section and sorts every paragraph and list entry into an item (it names
// owners or says TODO), a decision (it does not), or nothing (a placeholder like 'TODO' or 'FP:').
import type { List, ListItem, Paragraph, RootContent, Table } from 'mdast';
import type { Decision, Item, Owner } from './note.ts';
import { readOwnerList, type OwnerContext } from './owners.ts';
import { blockLines, paragraphLines, type SourceLine } from './block-lines.ts';
import { isOwnedHead, readItemHead, type ItemHead } from './item-head.ts';
import { stripTrailingMarker, unwrapStruck } from './item-status.ts';
import { ownString } from './own-string.ts';
import { newItem } from './new-item.ts';
import { isPlaceholder } from './placeholder.ts';
import { tableItems } from './table-items.ts';

export interface SectionWalk {
  /** Lines of the parsed Markdown (see parse-markdown.ts). */
  lines: readonly string[];
  noteLine: (line: number) => number;
  owners: OwnerContext;
  items: Item[];
  decisions: Decision[];
}

/** Owners given by a line of their own ('AP:') to the list below it. */
interface Inherited {
  owners: Owner[];
  note: string | null;
  done: boolean;
}

interface Segment {
  lines: SourceLine[];
  head: ItemHead;
}

const STRIKE_OPEN = /^(?:~~|<(?:del|s|strike)>)/;

function headOf(text: string, walk: SectionWalk, mode: 'first' | 'continuation'): ItemHead {
  // Most lines open with a letter: only those starting with '~' or '<' can open a strike.
  const first = text.charAt(0);
  const unstruck = first === '~' || first === '<' ? text.replace(STRIKE_OPEN, '') : text;
  return readItemHead(unstruck, walk.owners, mode);
}

/**
 * Paragraphs listHasItems has split, looking ahead into a list: walking that list later reuses their
 * segments. Only those are kept: keying every paragraph in a WeakMap cost more than splitting it.
 */
const splitAhead = new WeakMap<Paragraph, Segment[]>();

/** Splits a paragraph where a line names owners of its own: 'FP: a\nSK: b' is two items. */
function segmentParagraph(walk: SectionWalk, paragraph: Paragraph): Segment[] {
  const known = splitAhead.get(paragraph);
  if (known) return known;
  const segments: Segment[] = [];
  for (const line of paragraphLines(walk.lines, paragraph)) {
    const head = headOf(line.text, walk, segments.length === 0 ? 'first' : 'continuation');
    if (segments.length === 0 || isOwnedHead(head)) segments.push({ lines: [line], head });
    else segments.at(-1)!.lines.push(line);
  }
  return segments;
}

function listHasItems(walk: SectionWalk, blocks: readonly RootContent[]): boolean {
  return blocks.some((block) => block.type === 'list' && block.children.some((entry) => {
    const first = entry.children[0];
    if (entry.checked != null) return true;
    if (first?.type !== 'paragraph') return false;
    const segments = segmentParagraph(walk, first);
    splitAhead.set(first, segments);
    return segments.some((segment) => isOwnedHead(segment.head));
  }));
}

/** The segment's lines as written, joined: most segments are one line, which needs no joining. */
function segmentText(segment: Segment): string {
  return segment.lines.length === 1 ? segment.lines[0]!.text : segment.lines.map((line) => line.text).join('\n');
}

/** The lines of the blocks attached to a segment, each after a line break ('' when there are none). */
function attachedText(walk: SectionWalk, attached: readonly RootContent[]): string {
  if (attached.length === 0) return '';
  return `\n${blockLines(walk.lines, attached[0]!, attached.at(-1)!).join('\n')}`;
}

function emit(walk: SectionWalk, segment: Segment, inherited: Inherited | null, checked: boolean | null, attached: readonly RootContent[]): void {
  const trailing = stripTrailingMarker(segmentText(segment));
  const struck = unwrapStruck(trailing.text);
  const marked = struck.done || trailing.done;
  // The first line gives the head; the others, line breaks included, follow its task text as written.
  const lineEnd = struck.text.indexOf('\n');
  const firstLine = lineEnd < 0 ? struck.text : struck.text.slice(0, lineEnd);
  const laterLines = lineEnd < 0 ? '' : struck.text.slice(lineEnd);
  const head = marked ? readItemHead(firstLine, walk.owners, 'first') : segment.head;
  const extra = attachedText(walk, attached);
  const first = segment.lines[0]!;
  const line = walk.noteLine(first.line);
  const isItem = isOwnedHead(head) || inherited !== null || checked !== null;
  if (!isItem) {
    const text = (struck.text + extra).trim();
    // A bare 'PV' is an owner waiting for a task, not a decision.
    if (!isPlaceholder(text) && !readOwnerList(text, walk.owners, 'confirmed')) walk.decisions.push({ text: ownString(text), line });
    return;
  }
  const note = head.note ?? inherited?.note ?? null;
  const body = (head.rest + laterLines + extra).trim();
  if (isPlaceholder(body)) return;
  const owners = head.owners.length > 0 ? head.owners : inherited?.owners ?? [];
  const done = head.done || marked || checked === true || inherited?.done === true;
  walk.items.push(newItem(owners, body, note, done, line, first.column));
}

/**
 * A paragraph and the blocks that may belong to it: the rest of its list entry, or the list right
 * below it. Returns true when it took those blocks.
 */
function walkParagraph(
  walk: SectionWalk, paragraph: Paragraph, following: readonly RootContent[],
  inherited: Inherited | null, checked: boolean | null, inListItem: boolean,
): boolean {
  const segments = segmentParagraph(walk, paragraph);
  for (let index = 0; index < segments.length - 1; index++) emit(walk, segments[index]!, inherited, index === 0 ? checked : null, []);
  const last = segments.at(-1)!;
  const lastChecked = segments.length === 1 ? checked : null;
  if (following.length === 0) {
    emit(walk, last, inherited, lastChecked, []);
    return false;
  }
  const ownerOnly = last.lines.length === 1 && last.head.rest === '' && isOwnedHead(last.head);
  if (ownerOnly) {
    const owners = last.head.owners.length > 0 ? last.head.owners : inherited?.owners ?? [];
    walkBlocks(walk, following, { owners, note: last.head.note, done: last.head.done || lastChecked === true });
    return true;
  }
  const hasItems = listHasItems(walk, following);
  const adjacent = following[0]!.position!.start.line === paragraph.position!.end.line + 1;
  const announces = last.lines.at(-1)!.text.endsWith(':');
  if (!hasItems && (inListItem || adjacent || announces)) {
    emit(walk, last, inherited, lastChecked, following);
    return true;
  }
  const isLabel = !isOwnedHead(last.head) && last.lines.length === 1 && announces && hasItems;
  if (!isLabel) emit(walk, last, inherited, lastChecked, []);
  if (!inListItem) return false;
  // Entries nested under an item are its sub-tasks: those that name nobody are for its owners.
  const owners = last.head.owners.length > 0 ? last.head.owners : inherited?.owners ?? [];
  walkBlocks(walk, following, isOwnedHead(last.head) ? { owners, note: null, done: false } : inherited);
  return true;
}

function walkListItem(walk: SectionWalk, entry: ListItem, inherited: Inherited | null): void {
  const [first, ...rest] = entry.children;
  if (first?.type === 'paragraph') walkParagraph(walk, first, rest, inherited, entry.checked ?? null, true);
  else walkBlocks(walk, entry.children, inherited);
}

function walkList(walk: SectionWalk, list: List, inherited: Inherited | null): void {
  for (const entry of list.children) walkListItem(walk, entry, inherited);
}

function walkTable(walk: SectionWalk, table: Table): void {
  const start = table.position!.start.line;
  const rows = walk.lines.slice(start - 1, table.position!.end.line);
  for (const item of tableItems(rows, (row) => walk.noteLine(start + row), walk.owners)) walk.items.push(item);
}

/** Walks a run of sibling blocks of a TODO section. */
export function walkBlocks(walk: SectionWalk, blocks: readonly RootContent[], inherited: Inherited | null): void {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'paragraph') {
      const next = blocks[i + 1];
      if (walkParagraph(walk, block, next?.type === 'list' ? [next] : [], inherited, null, false)) i++;
    } else if (block.type === 'list') {
      walkList(walk, block, inherited);
    } else if (block.type === 'blockquote') {
      walkBlocks(walk, block.children, inherited);
    } else if (block.type === 'table') {
      walkTable(walk, block);
    }
  }
}
