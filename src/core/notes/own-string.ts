// A string cut from a note is, in V8, a view into the note's whole text: it keeps that text alive while
// it lives, and it takes two bytes a character whenever the note holds any character past Latin-1 (an
// emoji, a curly quote), even when the string itself holds none. What a run keeps of a note (items'
// texts, titles, decisions) is copied out once, one byte a character when it can be: every string made
// from it later (keys, titles, bodies, markers) is then half the size, and quicker to hash and write.

const BEYOND_LATIN1 = /[^\0-\xff]/;

/**
 * The bytes of each copy pass through this one buffer: Buffer.from made a buffer for every copy (a cut
 * of Node's pool, and a new pool every 8 KB), which cost more than copying the text twice.
 */
const scratch = Buffer.allocUnsafeSlow(64 * 1024);

/** The same text, in a string of its own. */
export function ownString(text: string): string {
  const encoding = BEYOND_LATIN1.test(text) ? 'utf16le' : 'latin1';
  if (text.length * 2 > scratch.length) return Buffer.from(text, encoding).toString(encoding);
  const end = scratch.write(text, 0, encoding);
  return scratch.toString(encoding, 0, end);
}
