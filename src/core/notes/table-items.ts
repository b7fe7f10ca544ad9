// A table in a TODO section is a list of items when its header names a task column: each row is an
// item, for the owners of its owner column ('Owner', 'Who', 'Assignee') or, without one, for those its
// task names ('FP: ...'); a status column ('Status', 'Done') or a done marker in the task says whether
// it is done. A column of 'Task', 'Action item' or 'TODO' says so by itself; 'Item', 'What' or
// 'Description' only beside an owner or status column (a table of items and decisions is no list of
// tasks). Other tables stay what they were: neither items nor decisions. Rows are read from the
// source lines, so the plain reader and remark give the same items.
import type { Item, Owner } from './note.ts';
import { readOwnerList, type OwnerContext } from './owners.ts';
import { readItemHead } from './item-head.ts';
import { unwrapStruck } from './item-status.ts';
import { newItem } from './new-item.ts';
import { headingWords } from './parse-options.ts';
import { isPlaceholder } from './placeholder.ts';
import { tableCells } from './table-cells.ts';

const TASK_HEADER = /^(?:tasks?|action items?|actions?|todos?|to dos?|next steps?)$/;
const GENERIC_TASK_HEADER = /^(?:items?|what|descriptions?)$/;
const OWNER_HEADER = /^(?:owners?|who|assignees?|assigned to|responsible|persons?|people|by)$/;
const STATUS_HEADER = /^(?:status|state|done)$/;
const DONE_STATUS = /^(?:done|completed?|closed|finished|yes|x|\[x\]|✅|✔️?|☑️?)$/i;
const EMPHASIS = /^(\*\*|__|\*|_)(.+)\1$/;

interface Columns {
  task: number;
  owner: number;
  status: number;
}

function columnsOf(headerRow: string): Columns | null {
  const header = tableCells(headerRow).map((cell) => headingWords(cell).join(' '));
  const owner = header.findIndex((cell) => OWNER_HEADER.test(cell));
  const status = header.findIndex((cell) => STATUS_HEADER.test(cell));
  let task = header.findIndex((cell) => TASK_HEADER.test(cell));
  if (task < 0 && (owner >= 0 || status >= 0)) task = header.findIndex((cell) => GENERIC_TASK_HEADER.test(cell));
  return task < 0 ? null : { task, owner, status };
}

/** Owners named in an owner column, read as an owner list is ('FP / SK', '@ana'); none for 'TBD' or '-'. */
function ownersOfCell(cell: string, context: OwnerContext): Owner[] {
  const text = EMPHASIS.exec(cell)?.[2] ?? cell;
  if (isPlaceholder(text)) return [];
  return readOwnerList(text, context, 'plausible') ?? [];
}

/**
 * The items of a table that spans `rows` (its source lines, header and delimiter row first); `lineOf`
 * gives the note line of a row by its index. None when the table has no task column.
 */
export function tableItems(rows: readonly string[], lineOf: (row: number) => number, context: OwnerContext): Item[] {
  const columns = columnsOf(rows[0] ?? '');
  if (!columns) return [];
  const items: Item[] = [];
  for (let index = 2; index < rows.length; index++) {
    const cells = tableCells(rows[index]!);
    // A task struck through as a whole ('~~SK: Rebase~~') is unwrapped first, so that its owners read.
    const struck = unwrapStruck(cells[columns.task] ?? '');
    const head = readItemHead(struck.text, context, 'first');
    if (isPlaceholder(head.rest)) continue;
    const named = columns.owner >= 0 ? ownersOfCell(cells[columns.owner] ?? '', context) : [];
    const statusDone = columns.status >= 0 && DONE_STATUS.test(cells[columns.status] ?? '');
    items.push(newItem(named.length > 0 ? named : head.owners, head.rest, head.note, head.done || struck.done || statusDone, lineOf(index), 1));
  }
  return items;
}
