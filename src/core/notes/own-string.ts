// A string cut from a note is, in V8, a view into the note's whole text: it keeps that text alive while
// it lives, and it takes two bytes a character whenever the note holds any character past Latin-1 (an
// emoji, a curly quote), even when the string itself holds none. What a run keeps of a note (items'
// texts, titles, decisions) is copied out once, one byte a character when it can be: every string made
// from it later (keys, titles, bodies, markers) is then half the size, and quicker to hash and write.

const BEYOND_LATIN1 = /[^\0-\xff]/;

/** The same text, in a string of its own. */
export function ownString(text: string): string {
  return BEYOND_LATIN1.test(text) ? Buffer.from(text, 'utf16le').toString('utf16le') : Buffer.from(text, 'latin1').toString('latin1');
}
