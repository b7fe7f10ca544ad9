// Links to GitHub issues written in an item. The planner keeps those of the repository it writes to;
// a bare '#N' is left alone because notes use it for pull requests of other repositories.
import type { IssueRef } from './note.ts';

const ISSUE_URL = /https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/issues\/(\d{1,9})(?![\d])/g;
const SHORT_REF = /(?<![\w./@#-])([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})#(\d{1,9})(?![\w])/g;

export function findIssueRefs(text: string): IssueRef[] {
  // Most items link no issue: the patterns cannot match without these, nor is a set worth making.
  const hasUrl = text.includes('/issues/');
  const hasShortRef = text.includes('#');
  if (!hasUrl && !hasShortRef) return [];
  const refs: IssueRef[] = [];
  const seen = new Set<string>();
  const add = (owner: string, repo: string, number: string): void => {
    const ref = { owner, repo, number: Number(number) };
    const id = `${owner.toLowerCase()}/${repo.toLowerCase()}#${ref.number}`;
    if (!seen.has(id)) { seen.add(id); refs.push(ref); }
  };
  if (hasUrl) for (const m of text.matchAll(ISSUE_URL)) add(m[1]!, m[2]!, m[3]!);
  if (hasShortRef) for (const m of text.matchAll(SHORT_REF)) add(m[1]!, m[2]!, m[3]!);
  return refs;
}
