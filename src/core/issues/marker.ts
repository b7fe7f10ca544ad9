// The hidden marker at the end of every managed issue's body: the item's identity and what the action
// last wrote, so that hand edits can be told apart from changes in the notes. Base64url inside the
// HTML comment, so that no text from a note can end the comment early or forge a field.
import * as z from 'zod';

export const MARKER_PREFIX = '<!-- minutes-to-issues';

const markerSchema = z.object({
  v: z.literal(1),
  id: z.string().min(1),
  owners: z.string(),
  key: z.string(),
  title: z.string(),
  labels: z.array(z.string()),
  assignees: z.array(z.string()),
  /** Hash of the body as rendered without the commit in its permalinks. */
  body: z.string(),
  state: z.enum(['open', 'closed']),
  closedAs: z.enum(['completed', 'not_planned', 'duplicate']).optional(),
  /** The date and note of the done mark that the action closed the issue for. */
  closedBy: z.string().optional(),
  /** The notes that mentioned the item when the action last wrote it. */
  paths: z.array(z.string()),
});

export type Marker = z.infer<typeof markerSchema>;

const markerPattern = /<!-- minutes-to-issues v1 ([A-Za-z0-9_-]+) -->/g;

export function renderMarker(marker: Marker): string {
  return `${MARKER_PREFIX} v1 ${Buffer.from(JSON.stringify(marker)).toString('base64url')} -->`;
}

/** The last valid marker in a body, or null. */
export function readMarker(body: string | null | undefined): Marker | null {
  if (!body || !body.includes(MARKER_PREFIX)) return null;
  let found: Marker | null = null;
  for (const match of body.matchAll(markerPattern)) {
    try {
      const parsed = markerSchema.safeParse(JSON.parse(Buffer.from(match[1]!, 'base64url').toString('utf8')));
      if (parsed.success) found = parsed.data;
    } catch {
      // Not ours, or damaged by a hand edit: ignored.
    }
  }
  return found;
}
