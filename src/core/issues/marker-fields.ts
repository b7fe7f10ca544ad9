// Bounds on what the marker stores, so that a huge item cannot push the body past GitHub's limit.

const MAX_MARKER_KEY = 1_000;
const MAX_MARKER_PATHS = 50;

/** The part of an item's normalised text that the marker keeps and matching compares. */
export function markerKey(key: string): string {
  return key.length > MAX_MARKER_KEY ? key.slice(0, MAX_MARKER_KEY) : key;
}

/** The notes that the marker remembers: the most recent ones. */
export function markerPaths(paths: readonly string[]): string[] {
  // Most items are in one note.
  if (paths.length === 1) return [paths[0]!];
  return [...new Set(paths)].slice(-MAX_MARKER_PATHS);
}
