// An item's owners as one comparable string. Built from the handles as written (case-insensitive),
// not from logins, so that adding an `owners` mapping later never changes which issue an item is.
import type { Owner } from '../notes/note.ts';

export function ownerSignature(owners: readonly Owner[]): string {
  // Most items have one owner: nothing to sort or to dedupe.
  if (owners.length === 1) return `${owners[0]!.kind === 'login' ? '@' : ''}${owners[0]!.handle.toLowerCase()}`;
  const handles = owners.map((owner) => `${owner.kind === 'login' ? '@' : ''}${owner.handle.toLowerCase()}`);
  return [...new Set(handles)].sort().join('+');
}
