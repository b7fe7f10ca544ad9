// The marker of a managed issue, and the body that carries it: what the action writes so that the
// next run knows what it last wrote.
import { markerKey, markerPaths } from '../issues/marker-fields.ts';
import { renderMarker, type Marker } from '../issues/marker.ts';
import type { TrackedItem } from '../tracking/track-items.ts';
import type { DesiredIssue } from './desired-issue.ts';

export function markerFor(
  want: DesiredIssue,
  state: Marker['state'],
  closedAs?: Marker['closedAs'],
  closedBy?: string,
  id = want.item.id,
): Marker {
  return {
    v: 1,
    id,
    owners: want.item.ownerSignature,
    key: markerKey(want.latest.key),
    title: want.title,
    labels: want.labels,
    assignees: want.logins,
    body: want.bodyHash,
    state,
    ...(closedAs ? { closedAs } : {}),
    ...(closedBy ? { closedBy } : {}),
    paths: itemPaths(want.item),
  };
}

export function markerReserve(item: TrackedItem, title: string): number {
  const key = markerKey(item.mentions.at(-1)!.key);
  // Only the length of the paths counts: most items are in one note, whose path is all of it.
  const pathsLength = item.mentions.length === 1 ? item.mentions[0]!.path.length : itemPaths(item).join('').length;
  return Math.ceil(((key.length * 3 + title.length * 3 + pathsLength + 400) * 4) / 3) + 64;
}

/** The notes the marker of an item remembers (see markerPaths). */
function itemPaths(item: TrackedItem): string[] {
  // Most items are in one note: no list of every mention's path to dedupe.
  return item.mentions.length === 1 ? [item.mentions[0]!.path] : markerPaths(item.mentions.map((mention) => mention.path));
}

/** A body at its commit (see bodyAtCommit), with its marker. */
export function bodyWithMarker(body: string, marker: Marker): string {
  return `${body}\n${renderMarker(marker)}`;
}

/** Replaces the marker in a body written earlier, keeping the rest as it is. */
export function withMarker(body: string, marker: Marker): string {
  const kept = body.replace(/\n?<!-- minutes-to-issues v1 [A-Za-z0-9_-]+ -->/g, '');
  return `${kept}\n${renderMarker(marker)}`;
}
