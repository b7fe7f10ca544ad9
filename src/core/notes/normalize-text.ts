// The comparison key of an item's text: the same task written with other spacing, case, emphasis,
// code ticks or a final full stop must give the same key, so that a later note finds the item again.

const CODE_TICKS = /`+/g;
const EMPHASIS_OPEN = /(^|[\s([{"'])(?:\*{1,3}|_{1,3}|~~)(?=\S)/gu;
const EMPHASIS_CLOSE = /(\S)(?:\*{1,3}|_{1,3}|~~)(?=$|[\s)\]}"'.,;:!?])/gu;
const SPACES = /\s+/g;
const TRAILING_PUNCTUATION = /[\s.,;:!?…]+$/u;

export function normalizeKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(CODE_TICKS, '')
    .replace(EMPHASIS_OPEN, '$1')
    .replace(EMPHASIS_CLOSE, '$1')
    .replace(SPACES, ' ')
    .replace(TRAILING_PUNCTUATION, '')
    .trim()
    .toLowerCase();
}
