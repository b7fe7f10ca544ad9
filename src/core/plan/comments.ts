// The comments the action leaves when it closes or reopens an issue: always say why, with a link.
import { neutralizeMarkdown } from '../issues/safe-markdown.ts';
import type { Mention } from '../tracking/track-items.ts';
import type { DoneIn } from './desired-issue.ts';

export type LinkToLine = (path: string, line: number) => string;

function meeting(title: string, date: string | null, url: string): string {
  return `[${neutralizeMarkdown(title).replace(/[[\]]/g, '\\$&')}](${url})${date ? ` (${date})` : ''}`;
}

export function closingComment(doneIn: DoneIn, link: LinkToLine): string {
  const where = meeting(doneIn.noteTitle, doneIn.date, link(doneIn.path, doneIn.line));
  return doneIn.how === 'marked-done'
    ? `Marked done in ${where}. Closing as completed.`
    : `Not carried over to the team's next meeting, ${where}. Closing as completed; raise it again in a later note to reopen it.`;
}

export function reopeningComment(mention: Mention, link: LinkToLine): string {
  return `Raised again in ${meeting(mention.noteTitle, mention.date, link(mention.path, mention.line))}. Reopening.`;
}

export function removedComment(paths: readonly string[]): string {
  const last = paths.at(-1);
  return `This item is no longer in any meeting note${last ? ` (it was last in \`${last.replace(/`/g, '')}\`)` : ''}. Closing as not planned; write it in a note again to reopen it.`;
}

export function duplicateComment(keptNumber: number): string {
  return `Duplicate of #${keptNumber}: both issues were opened for the same item. Closing this one.`;
}
