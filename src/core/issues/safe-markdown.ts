// Text from notes goes into issue bodies and comments that GitHub renders. It must never ping a person
// or a team, link or cross-reference one of our issues by accident, run raw HTML, or imitate the
// action's marker.

/** A character or prefix that each replacement of neutralizeMarkdown starts from. */
const MAY_NEED_NEUTRALIZING = /[<@#]|gh-/i;

/** Markdown from a note, made inert: mentions and references quoted as code, HTML shown as text. */
export function neutralizeMarkdown(text: string): string {
  // Most text holds none of what the patterns below change: it is returned as it is.
  if (!MAY_NEED_NEUTRALIZING.test(text)) return text;
  return text
    .replace(/</g, '&lt;')
    .replace(/(^|[^\w`/])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][\w.-]*)?)/g, '$1`@$2`')
    .replace(/(^|[^\w`&/])(#\d+|GH-\d+)\b/gi, '$1`$2`')
    .replace(/\b([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)#(\d+)\b/g, '`$1#$2`');
}

/** Links, HTML, emphasis, code, or spacing other than single spaces: what markdownToPlainText changes besides trimming. */
const MAY_HOLD_MARKUP = /[[<*_~`]|\s\s|[^\S ]/;

/** Plain text for a place where Markdown is not rendered, such as a title, with emphasis removed. */
export function markdownToPlainText(text: string): string {
  if (!MAY_HOLD_MARKUP.test(text)) return text.trim();
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A string inside inline code that shows as written, whatever backticks it holds. */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
