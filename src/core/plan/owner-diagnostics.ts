// Annotations about owners: a handle with no GitHub login, and a login that cannot be assigned.
import type { Config } from '../config/config.ts';
import type { Diagnostic } from '../notes/note.ts';
import type { DesiredIssue } from './desired-issue.ts';

export function* ownerDiagnostics(
  desired: Iterable<DesiredIssue>,
  notAssignable: ReadonlySet<string>,
  config: Pick<Config, 'owners'>,
): Generator<Diagnostic> {
  const unknownSeen = new Set<string>();
  const loginSeen = new Set<string>();
  // Items of one list of owners share its resolution (see ownerResolver): its unknown handles are
  // looked at once, not for each of its items.
  const ownersSeen = new Set<DesiredIssue['owners']>();
  for (const want of desired) {
    const { path, line, column } = want.latest;
    if (!ownersSeen.has(want.owners)) {
      ownersSeen.add(want.owners);
      for (const handle of want.owners.unknown) {
        if (unknownSeen.has(handle.toLowerCase())) continue;
        unknownSeen.add(handle.toLowerCase());
        yield {
          path,
          line,
          column,
          code: 'unknown-owner',
          message: `'${handle}' has no GitHub login, so its items are not assigned: add "${handle}: <login>" under owners: in the config file (or list it under groups: if it means the whole team).`,
        };
      }
    }
    for (const login of want.logins) {
      const lower = login.toLowerCase();
      if (!notAssignable.has(lower) || loginSeen.has(lower)) continue;
      loginSeen.add(lower);
      const keys = Object.entries(config.owners)
        .filter(([, logins]) => logins.some((value) => value.toLowerCase() === lower))
        .map(([handle]) => `owners.${handle}`);
      yield {
        path,
        line,
        column,
        code: 'not-assignable',
        message: `${keys.length > 0 ? keys.join(', ') : `@${login}`}: '${login}' cannot be assigned in this repository, so it is left off: add them as a collaborator or fix the login.`,
      };
    }
  }
}
