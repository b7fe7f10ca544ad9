// Texts that hold a place for a task rather than being one: 'TODO', 'TBD', 'N/A', '...', '?'.

const PLACEHOLDER = /^(?:TODO|TBD|TBA|TO FILL|N\/A|-+|\.{3}|…|\?+)?[.:]?$/i;

/**
 * Past markup and spaces, a placeholder starts with T (TODO, TBD...), N (N/A), punctuation, or ends:
 * texts starting otherwise, most of them, are not rewritten to be tested.
 */
const PLACEHOLDER_START = /^[\s*_`~]*(?:[TtNn.:?…-]|$)/;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER_START.test(text) && PLACEHOLDER.test(text.replace(/[*_`~]/g, '').trim());
}
