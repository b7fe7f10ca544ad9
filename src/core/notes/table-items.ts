// A table in a TODO section is a list of items when its header names a task column ('Task', 'Action
// item', 'What'): each row is an item, for the owners of its owner column ('Owner', 'Who', 'Assignee')
// or, without one, for those its task names ('FP: ...'); a status column ('Status', 'Done') or a done
// marker in the task says whether it is done. Other tables stay what they were: neither items nor
// decisions. Rows are read from the source lines, so the plain reader and remark give the same items.
import type { Item, Owner } from './note.ts';
import { readOwnerList, type OwnerContext } from './owners.ts';
import { readItemHead } from './item-head.ts';
import { unwrapStruck } from './item-status.ts';
import { findIssueRefs } from './issue-refs.ts';
import { normalizeKey } from './normalize-text.ts';
import { ownString } from './own-string.ts';

const TASK_HEADER = /^(?:tasks?|actions?|action items?|items?|todos?|to dos?|what|descriptions?|next steps?)$/;
const OWNER_HEADER = /^(?:owners?|who|assignees?|assigned to|responsible|persons?|people|by)$/;
const STATUS_HEADER = /^(?:status|state|done)$/;
const DONE_STATUS = /^(?:done|completed?|closed|finished|yes|x|\[x\]|✅|✔️?|☑️?)$/i;
const PIPE_SPLIT = /(?<!\\)\|/;
const OWNER_SEPARATORS = /\s*[/,+&]\s*|\s+and\s+/;

/** The cells of a table row as written: outer pipes dropped, split at unescaped pipes, trimmed. */
export function tableCells(row: string): string[] {
  let text = row.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  return text.split(PIPE_SPLIT).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function headerWords(cell: string): string {
  return cell.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Owners named in an owner column. The column says they are people, so a name the owner reader
 * doubts ('Will', 'CD') is still taken, each part of a list as written.
 */
function ownersOfCell(cell: string, context: OwnerContext): Owner[] {
  if (cell === '' || cell === '-' || cell.length > 80) return [];
  const read = readOwnerList(cell, context, 'plausible');
  if (read) return read;
  return cell.split(OWNER_SEPARATORS).filter(Boolean).map((handle): Owner =>
    Object.freeze(handle.startsWith('@') ? { handle: handle.slice(1), kind: 'login' } : { handle, kind: 'person' }),
  );
}

/**
 * The items of a table that spans `rows` (its source lines, header and delimiter row first); `lineOf`
 * gives the note line of a row by its index. None when the table has no task column.
 */
export function tableItems(rows: readonly string[], lineOf: (row: number) => number, context: OwnerContext): Item[] {
  const header = tableCells(rows[0] ?? '').map(headerWords);
  const taskColumn = header.findIndex((cell) => TASK_HEADER.test(cell));
  if (taskColumn < 0) return [];
  const ownerColumn = header.findIndex((cell) => OWNER_HEADER.test(cell));
  const statusColumn = header.findIndex((cell) => STATUS_HEADER.test(cell));
  const items: Item[] = [];
  for (let index = 2; index < rows.length; index++) {
    const cells = tableCells(rows[index]!);
    // A task struck through as a whole ('~~SK: Rebase~~') is unwrapped first, so that its owners read.
    const struck = unwrapStruck(cells[taskColumn] ?? '');
    const head = readItemHead(struck.text, context, 'first');
    if (head.rest === '') continue;
    const named = ownerColumn >= 0 ? ownersOfCell(cells[ownerColumn] ?? '', context) : [];
    const status = statusColumn >= 0 && DONE_STATUS.test(cells[statusColumn] ?? '');
    const text = ownString(head.rest);
    items.push({
      owners: named.length > 0 ? named : head.owners,
      text,
      key: normalizeKey(text),
      status: head.done || struck.done || status ? 'done' : 'open',
      issueRefs: findIssueRefs(text),
      line: lineOf(index),
      column: 1,
    });
  }
  return items;
}
