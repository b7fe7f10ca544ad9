// The comparison key of an item's text: the same task written with other spacing, case, emphasis,
// code ticks or a final full stop must give the same key, so that a later note finds the item again.

const CODE_TICKS = /`+/g;
const EMPHASIS_OPEN = /(^|[\s([{"'])(?:\*{1,3}|_{1,3}|~~)(?=\S)/gu;
const EMPHASIS_CLOSE = /(\S)(?:\*{1,3}|_{1,3}|~~)(?=$|[\s)\]}"'.,;:!?])/gu;
const SPACES = /\s+/g;
/** Spacing SPACES would change: a run of white space, or a single one that is not a plain space. */
const ODD_SPACING = /\s{2}|[^\S ]/;
/** By character code: charAt would make a string of most characters outside Latin-1. */
const TRAILING_PUNCTUATION = new Set([' ', '.', ',', ';', ':', '!', '?', '…'].map((char) => char.charCodeAt(0)));

/** A loop, not /[.,;:!?]+$/: that pattern is quadratic on a long run of dots in the middle of a text. */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

const NOT_ASCII = /[^\x20-\x7e]/;
const MARKUP = /[`*_~]/;

/**
 * A character the rewrite below can change, or a run of spaces: anything but printable ASCII other
 * than the markup characters ` * _ ~. Most item texts hold none, and are only trimmed and lower-cased.
 */
const NEEDS_REWRITE = /[^\x20-\x29\x2b-\x5e\x61-\x7d]| {2}/;

/** Unicode composed one way, no emphasis or code ticks, single spaces. */
function rewrite(text: string): string {
  // Normalizing comes first: it can make markup ('\u1fef' is a '`').
  let plain = NOT_ASCII.test(text) ? text.normalize('NFC') : text;
  if (MARKUP.test(plain)) {
    plain = plain.replace(CODE_TICKS, '').replace(EMPHASIS_OPEN, '$1').replace(EMPHASIS_CLOSE, '$1');
  }
  // Most texts rewritten for their markup or accents are spaced plainly: that replacement would copy them.
  return ODD_SPACING.test(plain) ? plain.replace(SPACES, ' ') : plain;
}

export function normalizeKey(text: string): string {
  const plain = NEEDS_REWRITE.test(text) ? rewrite(text) : text;
  return trimTrailingPunctuation(plain).trim().toLowerCase();
}
