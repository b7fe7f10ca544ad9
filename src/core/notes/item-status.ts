// Done markers: a checked box, text struck through as a whole, or DONE / ✅ before it or (done) after it.

const LEADING_DONE = /^(?:✅|✔️?|☑️?|\[[Dd][Oo][Nn][Ee]\]|\([Dd][Oo][Nn][Ee]\)|DONE\b:?|Done:)[ \t]*/u;
const TRAILING_DONE = /(?:[ \t]*(?:\(done\)|\[done\]|✅|✔️?)|[ \t]+[-–—][ \t]*done)[ \t]*[.!]?$/iu;
const CHECKBOX = /^\[([ xX]?)\][ \t]+/;
const STRUCK = /^(?:~~([\s\S]+)~~|<(del|s|strike)>([\s\S]+)<\/\2>)[.!]?$/;

export interface Marked {
  text: string;
  done: boolean;
  /** True when the text began with a task box ('[ ]', '[x]', '[]'), i.e. it was written as a task. */
  taskBox: boolean;
}

/** Removes a leading task box or done marker ('[x] ', 'DONE ', 'Done: ', '✅'). */
export function stripLeadingMarkers(text: string): Marked {
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

/** Removes a trailing '(done)', '[done]', '- done' or '✅'. */
export function stripTrailingMarker(text: string): { text: string; done: boolean } {
  // Only the end can hold the marker; matching there keeps a line of 100 000 spaces linear.
  const from = Math.max(0, text.length - 40);
  const match = TRAILING_DONE.exec(text.slice(from));
  return match ? { text: text.slice(0, from + match.index), done: true } : { text, done: false };
}

/** Unwraps text struck through as a whole: '~~FP: ...~~', '<del>...</del>'. */
export function unwrapStruck(text: string): { text: string; done: boolean } {
  const match = STRUCK.exec(text.trim());
  if (!match) return { text, done: false };
  const inner = match[1] ?? match[3]!;
  if (match[1] !== undefined && inner.includes('~~')) return { text, done: false };
  return { text: inner, done: true };
}
