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

export function renderBodyTemplate(context: RepositoryContext, input: BodyInput): string {
  const latest = input.mentions.at(-1)!;
  const first = input.mentions[0]!;
  const link = (mention: Mention) => notePermalink(context, COMMIT_PLACEHOLDER, mention.path, mention.line);
  const meeting = (mention: Mention) =>
    `[${escapeLinkText(mention.noteTitle)}](${link(mention)})${mention.date ? ` (${mention.date})` : ''}`;

  const facts = [
    `**Owners:** ${input.ownerLabels.length > 0 ? input.ownerLabels.map(neutralizeMarkdown).join(', ') : 'none named'}`,
    `**Teams:** ${input.teams.length > 0 ? input.teams.map(neutralizeMarkdown).join(', ') : 'none named'}`,
    `**Raised in:** ${meeting(first)}`,
  ];
  const listed = input.mentions.slice(-MAX_LISTED_MENTIONS);
  const history = [
    `**Mentioned in ${input.mentions.length} ${input.mentions.length === 1 ? 'meeting' : 'meetings'}:**`,
    ...(input.mentions.length > listed.length ? [`- … ${input.mentions.length - listed.length} earlier`] : []),
    ...listed.map((mention) => `- ${meeting(mention)}: ${mention.status}`),
  ];
  const footer = '<sub>Kept in sync with the meeting notes by minutes-to-issues: edit the notes to change or close this item.</sub>';

  const rest = ['', facts.join('  \n'), '', history.join('\n'), '', footer].join('\n');
  const room = MAX_BODY_LENGTH - input.reserve - rest.length - 200;
  return quote(neutralizeMarkdown(latest.text), room, link(latest)) + '\n' + rest;
}

function quote(text: string, room: number, source: string): string {
  const lines = text.split('\n').map((line) => `> ${line}`.trimEnd());
  let quoted = lines.join('\n');
  if (quoted.length > room) {
    const cut = quoted.slice(0, Math.max(0, room)).replace(/\n[^\n]*$/, '');
    quoted = `${cut}\n>\n> … cut here: the whole item is in [the note](${source}).`;
  }
  return quoted;
}

function escapeLinkText(text: string): string {
  return neutralizeMarkdown(text).replace(/[[\]]/g, '\\$&');
}
