// An item from what a line or a table row says of it: its task text, with the remark written between
// its owners and the colon ('MS (1-2 weeks): ...'), gives the item's text, comparison key and links.
import { findIssueRefs } from './issue-refs.ts';
import type { Item, Owner } from './note.ts';
import { normalizeKey } from './normalize-text.ts';
import { ownString } from './own-string.ts';

export function newItem(owners: Owner[], body: string, note: string | null, done: boolean, line: number, column: number): Item {
  const text = ownString(note ? `${body} (${note})` : body);
  return { owners, text, key: normalizeKey(text), status: done ? 'done' : 'open', issueRefs: findIssueRefs(text), line, column };
}
