// An issue title that reads like the task: the first sentence or line of the item, cut at a word.
import { markdownToPlainText } from './safe-markdown.ts';

export const MAX_TITLE_LENGTH = 256;

/** `unassignedOwners`: handles shown in the title because they have no GitHub login to assign. */
export function renderTitle(text: string, unassignedOwners: readonly string[]): string {
  const suffix = unassignedOwners.length > 0 ? ` (${unassignedOwners.join(', ')})` : '';
  const firstLine = markdownToPlainText(text.includes('\n') ? (text.split('\n').find((line) => line.trim() !== '') ?? text) : text);
  const sentence = firstSentence(firstLine) || 'Untitled item';
  return cutAtWord(sentence, MAX_TITLE_LENGTH - suffix.length) + suffix;
}

function firstSentence(line: string): string {
  // A full stop followed by a capital starts the next sentence; "e.g. foo" or "v1.2" does not. Most
  // items are one sentence: the first one is looked for only when a next one may start.
  const match = MAY_START_SENTENCE.test(line) ? /^(.+?[.!?])\s+(?=[A-Z])/u.exec(line) : null;
  const sentence = match && match[1]!.length >= 20 ? match[1]! : line;
  // Most sentences end in a letter: nothing to strip.
  return ENDS_IN_PUNCTUATION.test(sentence) ? sentence.replace(/[\s.:;,]+$/u, '') : sentence;
}

/** What the search for the first sentence needs: a full stop, a space and a capital. */
const MAY_START_SENTENCE = /[.!?]\s+[A-Z]/;
/** The last character is one that firstSentence strips (each is a single UTF-16 unit). */
const ENDS_IN_PUNCTUATION = /[\s.:;,]$/;

export function cutAtWord(text: string, limit: number): string {
  // Code points never outnumber UTF-16 units: a text this short is within the limit.
  if (text.length <= limit) return text;
  const chars = [...text];
  if (chars.length <= limit) return text;
  const room = chars.slice(0, limit - 1).join('');
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > limit / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s.,;:]+$/u, '')}…`;
}
