// The body of a managed issue: the item as written, who owns it, its teams, where it was raised and
// every meeting that mentions it. Rendered with a placeholder for the commit, so that the body can be
// compared across pushes; the commit is filled in when the body is written.
import type { Mention } from '../tracking/track-items.ts';
import { COMMIT_PLACEHOLDER, notePermalink, type RepositoryContext } from './permalink.ts';
import { neutralizeMarkdown } from './safe-markdown.ts';

/** GitHub refuses bodies over 65,536 characters; the marker and a margin need room too. */
export const MAX_BODY_LENGTH = 65_536;
const MAX_LISTED_MENTIONS = 40;

export interface BodyInput {
  mentions: readonly Mention[];
  ownerLabels: readonly string[];
  teams: readonly string[];
  /** The reserved room for the marker appended after the body. */
  reserve: number;
}

export type BodyRenderer = (input: BodyInput) => string;

export function renderBodyTemplate(context: RepositoryContext, input: BodyInput): string {
  return bodyRenderer(context)(input);
}

/**
 * renderBodyTemplate for many bodies of one repository: what every mention of a note shares (its
 * escaped title, the link up to the line, its date) is written once per note, not once per mention.
 */
export function bodyRenderer(context: RepositoryContext): BodyRenderer {
  const notes = new Map<string, NoteLink>();
  const noteLink = (mention: Mention): NoteLink => {
    let found = notes.get(mention.path);
    if (found === undefined || found.title !== mention.noteTitle || found.date !== mention.date) {
      const url = notePermalink(context, COMMIT_PLACEHOLDER, mention.path, 0);
      found = {
        title: mention.noteTitle,
        date: mention.date,
        url: url.slice(0, -1),
        text: `[${escapeLinkText(mention.noteTitle)}](`,
        after: `)${mention.date ? ` (${mention.date})` : ''}`,
      };
      notes.set(mention.path, found);
    }
    return found;
  };
  const link = (mention: Mention) => noteLink(mention).url + mention.line;
  const meeting = (mention: Mention) => {
    const note = noteLink(mention);
    return `${note.text}${note.url}${mention.line}${note.after}`;
  };

  return (input) => {
    const latest = input.mentions.at(-1)!;
    const first = input.mentions[0]!;
    const facts = `**Owners:** ${namedList(input.ownerLabels)}  \n**Teams:** ${namedList(input.teams)}  \n**Raised in:** ${meeting(first)}`;
    const listed = input.mentions.length > MAX_LISTED_MENTIONS ? input.mentions.slice(-MAX_LISTED_MENTIONS) : input.mentions;
    let history = `**Mentioned in ${input.mentions.length} ${input.mentions.length === 1 ? 'meeting' : 'meetings'}:**`;
    if (input.mentions.length > listed.length) history += `\n- … ${input.mentions.length - listed.length} earlier`;
    for (const mention of listed) history += `\n- ${meeting(mention)}: ${mention.status}`;

    const rest = `\n${facts}\n\n${history}\n\n${FOOTER}`;
    const room = MAX_BODY_LENGTH - input.reserve - rest.length - 200;
    return quote(neutralizeMarkdown(latest.text), room, () => link(latest)) + '\n' + rest;
  };
}

interface NoteLink {
  title: string;
  date: string | null;
  /** The permalink up to the line number. */
  url: string;
  /** A link to a line of the note, as the list of meetings shows it: text + url + line + after. */
  text: string;
  after: string;
}

const FOOTER = '<sub>Kept in sync with the meeting notes by minutes-to-issues: edit the notes to change or close this item.</sub>';

/** Owner labels or teams, made inert, or 'none named'. Most items have one of each: no list to join. */
function namedList(values: readonly string[]): string {
  if (values.length === 0) return 'none named';
  return values.length === 1 ? neutralizeMarkdown(values[0]!) : values.map(neutralizeMarkdown).join(', ');
}

/** `source`: the link to the whole item, made only for the few items too long to quote whole. */
function quote(text: string, room: number, source: () => string): string {
  let quoted = text.includes('\n') ? text.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n') : `> ${text}`.trimEnd();
  if (quoted.length > room) {
    const cut = quoted.slice(0, Math.max(0, room)).replace(/\n[^\n]*$/, '');
    quoted = `${cut}\n>\n> … cut here: the whole item is in [the note](${source()}).`;
  }
  return quoted;
}

function escapeLinkText(text: string): string {
  return neutralizeMarkdown(text).replace(/[[\]]/g, '\\$&');
}
