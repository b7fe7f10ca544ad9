// From owners as written in a note to GitHub logins, using the config's `owners` map.
import type { Config } from '../config/config.ts';
import type { Owner } from '../notes/note.ts';

export interface ResolvedOwners {
  /** Logins to assign, in the order the owners were written, without repeats. */
  logins: string[];
  /** Handles that are neither a login, nor a group, nor in `owners`. */
  unknown: string[];
  /** How each owner is shown to people: 'FP (felipe-h)', 'Everyone', 'TT'. */
  labels: string[];
  /** Owners shown in the title because nobody can be assigned for them. */
  unassigned: string[];
}

/** The config's owners by lower-case handle, made once per config (a run resolves thousands of lists). */
const tables = new WeakMap<Config['owners'], Map<string, string[]>>();

export function resolveOwners(owners: readonly Owner[], config: Pick<Config, 'owners'>): ResolvedOwners {
  let table = tables.get(config.owners);
  if (table === undefined) {
    table = new Map(Object.entries(config.owners).map(([handle, logins]) => [handle.toLowerCase(), logins]));
    tables.set(config.owners, table);
  }
  const resolved: ResolvedOwners = { logins: [], unknown: [], labels: [], unassigned: [] };
  for (const owner of owners) {
    const logins = owner.kind === 'login' ? [owner.handle] : owner.kind === 'group' ? [] : (table.get(owner.handle.toLowerCase()) ?? []);
    for (const login of logins) if (!resolved.logins.includes(login)) resolved.logins.push(login);
    if (owner.kind === 'person' && logins.length === 0) resolved.unknown.push(owner.handle);
    if (logins.length === 0) resolved.unassigned.push(owner.handle);
    resolved.labels.push(
      owner.kind === 'login' ? owner.handle : logins.length > 0 ? `${owner.handle} (${logins.join(', ')})` : owner.handle,
    );
  }
  // Copied to their length: a list built by push keeps room for 16 more, and a planner run keeps the
  // lists of thousands of owners (four each) as long as its plan.
  return { logins: resolved.logins.slice(), unknown: resolved.unknown.slice(), labels: resolved.labels.slice(), unassigned: resolved.unassigned.slice() };
}
