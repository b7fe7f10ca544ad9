// Done markers: a checked box, text struck through as a whole, or DONE / ✅ before it or (done),
// (completed) or a sentence's closing DONE after it.

const LEADING_DONE = /^(?:✅|✔️?|☑️?|\[[Dd][Oo][Nn][Ee]\]|\([Dd][Oo][Nn][Ee]\)|DONE\b:?|Done:)[ \t]*/u;
const TRAILING_DONE = /(?:[ \t]*(?:\((?:done|completed)\)|\[(?:done|completed)\]|✅|✔️?)|[ \t]+[-–—][ \t]*(?:done|completed))[ \t]*[.!]?$/iu;
/**
 * DONE in capitals after the end of the task's sentence ('Remove the old jobs. DONE'); without the
 * stop before it, DONE is a word of the task ('Move the ticket to DONE').
 */
const TRAILING_DONE_WORD = /(?<=[.!;)])[ \t]+DONE[ \t]*[.!]?$/u;
const CHECKBOX = /^\[([ xX]?)\][ \t]+/;
const STRUCK = /^(?:~~([\s\S]+)~~|<(del|s|strike)>([\s\S]+)<\/\2>)[.!]?$/;

export interface Marked {
  text: string;
  done: boolean;
  /** True when the text began with a task box ('[ ]', '[x]', '[]'), i.e. it was written as a task. */
  taskBox: boolean;
}

/** Character codes: comparing them allocates nothing, where charAt makes a string of most non-Latin-1 characters. */
const codes = (chars: string[]): ReadonlySet<number> => new Set(chars.map((char) => char.charCodeAt(0)));

/** The characters a task box or leading done marker starts with: other lines need no pattern run. */
const MARKER_STARTS = codes(['[', '(', 'D', '✅', '✔', '☑']);

/** Removes a leading task box or done marker ('[x] ', 'DONE ', 'Done: ', '✅'). */
export function stripLeadingMarkers(text: string): Marked {
  if (!MARKER_STARTS.has(text.charCodeAt(0))) return { text, done: false, taskBox: false };
  let rest = text;
  let done = false;
  let taskBox = false;
  const box = CHECKBOX.exec(rest);
  if (box) {
    taskBox = true;
    done = box[1] === 'x' || box[1] === 'X';
    rest = rest.slice(box[0].length);
  }
  for (;;) {
    const match = LEADING_DONE.exec(rest);
    if (!match || match[0] === '') break;
    done = true;
    rest = rest.slice(match[0].length);
  }
  return { text: rest, done, taskBox };
}

/** The last character of a trailing done marker: ')', ']', the 'e' of 'done', the 'd' of 'completed', ✅, ✔ or the selector of ✔️. */
const MARKER_ENDS = codes([')', ']', 'e', 'E', 'd', 'D', '✅', '✔', '\ufe0f']);
const [FULL_STOP, EXCLAMATION, SPACE, TAB] = ['.', '!', ' ', '\t'].map((char) => char.charCodeAt(0));

/** Whether the text, but for spaces or tabs and a final '.' or '!', ends as a done marker ends. */
function mayEndWithMarker(text: string): boolean {
  let end = text.length;
  if (text.charCodeAt(end - 1) === FULL_STOP || text.charCodeAt(end - 1) === EXCLAMATION) end--;
  while (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB) end--;
  return MARKER_ENDS.has(text.charCodeAt(end - 1));
}

/** Removes a trailing '(done)', '[done]', '- done', '(completed)', '✅' or a sentence's closing 'DONE'. */
export function stripTrailingMarker(text: string): { text: string; done: boolean } {
  if (!mayEndWithMarker(text)) return { text, done: false };
  // Only the end can hold the marker; matching there keeps a line of 100 000 spaces linear.
  const from = Math.max(0, text.length - 40);
  const end = text.slice(from);
  const match = TRAILING_DONE.exec(end) ?? TRAILING_DONE_WORD.exec(end);
  return match ? { text: text.slice(0, from + match.index), done: true } : { text, done: false };
}

/** Unwraps text struck through as a whole: '~~FP: ...~~', '<del>...</del>'. */
export function unwrapStruck(text: string): { text: string; done: boolean } {
  const trimmed = text.trim();
  const first = trimmed.charAt(0);
  if (first !== '~' && first !== '<') return { text, done: false };
  const match = STRUCK.exec(trimmed);
  if (!match) return { text, done: false };
  const inner = match[1] ?? match[3]!;
  if (match[1] !== undefined && inner.includes('~~')) return { text, done: false };
  return { text: inner, done: true };
}
