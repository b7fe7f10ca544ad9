// The comparison key of an item's text: the same task written with other spacing, case, emphasis,
// code ticks or a final full stop must give the same key, so that a later note finds the item again.

const CODE_TICKS = /`+/g;
const EMPHASIS_OPEN = /(^|[\s([{"'])(?:\*{1,3}|_{1,3}|~~)(?=\S)/gu;
const EMPHASIS_CLOSE = /(\S)(?:\*{1,3}|_{1,3}|~~)(?=$|[\s)\]}"'.,;:!?])/gu;
const SPACES = /\s+/g;
const TRAILING_PUNCTUATION = new Set([' ', '.', ',', ';', ':', '!', '?', '…']);

/** A loop, not /[.,;:!?]+$/: that pattern is quadratic on a long run of dots in the middle of a text. */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

const NOT_ASCII = /[^\x20-\x7e]/;
const MARKUP = /[`*_~]/;

export function normalizeKey(text: string): string {
  // Most items are plain ASCII without markup: the checks skip the replacements that cannot apply.
  let plain = NOT_ASCII.test(text) ? text.normalize('NFC') : text;
  if (MARKUP.test(plain)) {
    plain = plain.replace(CODE_TICKS, '').replace(EMPHASIS_OPEN, '$1').replace(EMPHASIS_CLOSE, '$1');
  }
  plain = plain.replace(SPACES, ' ');
  return trimTrailingPunctuation(plain).trim().toLowerCase();
}
