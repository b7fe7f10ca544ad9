// Builds Note values for the planner's tests without going through the parser.
import type { Item, Note, Owner } from '../../src/core/notes/note.ts';
import { defaultConfig, type Config } from '../../src/core/config/config.ts';
import type { ManagedIssue } from '../../src/core/issues/managed-issue.ts';
import { readMarker } from '../../src/core/issues/marker.ts';
import type { PlanInput } from '../../src/core/plan/plan-changes.ts';
import type { Change, Plan } from '../../src/core/plan/plan.ts';

export interface ItemSketch {
  owners?: string;
  text: string;
  status?: 'open' | 'done';
  line?: number;
  refs?: { owner: string; repo: string; number: number }[];
}

export function owners(written: string): Owner[] {
  if (written === '') return [];
  return written.split('/').map((handle) =>
    handle.startsWith('@')
      ? { handle: handle.slice(1), kind: 'login' as const }
      : ['Everyone', 'All'].includes(handle)
        ? { handle, kind: 'group' as const }
        : { handle, kind: 'person' as const },
  );
}

export function keyOf(text: string): string {
  return text.toLowerCase().replace(/[`*_~]/g, '').replace(/\s+/g, ' ').replace(/[.!?;:,]+$/, '').trim();
}

export function makeNote(path: string, date: string | null, items: ItemSketch[], teams = ['app-compat']): Note {
  return {
    path,
    title: `Meeting ${date ?? path}`,
    date,
    teams,
    participants: [],
    tags: [],
    location: null,
    sections: [{ heading: 'TODOs and Decisions', line: 10 }],
    items: items.map(
      (sketch, index): Item => ({
        owners: owners(sketch.owners ?? 'FP'),
        text: sketch.text,
        key: keyOf(sketch.text),
        status: sketch.status ?? 'open',
        issueRefs: sketch.refs ?? [],
        line: sketch.line ?? 12 + index * 2,
        column: 1,
      }),
    ),
    decisions: [],
    diagnostics: [],
  };
}

export const BOT = 'github-actions[bot]';

export function planInput(notes: Note[], managed: ManagedIssue[] = [], overrides: Partial<Omit<PlanInput, 'config'>> & { config?: Partial<Config> } = {}): PlanInput {
  const { config, ...rest } = overrides;
  return {
    notes,
    managed,
    config: { ...defaultConfig(), owners: { FP: ['felipe-h'], TT: ['teo'] }, ...config },
    repository: { serverUrl: 'https://github.com', owner: 'acme', repo: 'notes' },
    commit: 'c0ffee0000000000000000000000000000000000',
    since: null,
    unreadablePaths: new Set(),
    existingLabels: [],
    notAssignable: new Set(),
    ...rest,
  };
}

/**
 * GitHub after a plan is carried out, as the planner sees it on the next run: each create becomes an
 * issue, each patch is applied. A small in-memory stand-in for the pure tests; the end-to-end tests
 * use the local GitHub server.
 */
export function applyInMemory(plan: Plan, issues: ManagedIssue[], closedAt = '2030-01-01T00:00:00Z'): ManagedIssue[] {
  const next = issues.map((issue) => ({ ...issue }));
  let number = Math.max(0, ...issues.map((issue) => issue.number));
  for (const change of plan.changes) {
    if (change.kind === 'create') {
      number++;
      next.push(managedIssue(number, change.fields.title, change.fields.body, change.fields.labels, change.fields.assignees));
      continue;
    }
    const issue = next.find((candidate) => candidate.number === change.number)!;
    applyPatch(issue, change, closedAt);
  }
  return next;
}

function applyPatch(issue: ManagedIssue, change: Extract<Change, { number: number }>, closedAt: string): void {
  const { patch } = change;
  if (patch.title !== undefined) issue.title = patch.title;
  if (patch.body !== undefined) {
    issue.body = patch.body;
    issue.marker = readMarker(patch.body)!;
  }
  if (patch.labels) issue.labels = patch.labels;
  if (patch.assignees) issue.assignees = patch.assignees;
  if (patch.state) {
    issue.state = patch.state;
    issue.stateReason = patch.stateReason ?? null;
    issue.closedAt = patch.state === 'closed' ? closedAt : null;
  }
}

export function managedIssue(number: number, title: string, body: string, labels: string[], assignees: string[]): ManagedIssue {
  return {
    number,
    title,
    body,
    state: 'open',
    stateReason: null,
    labels,
    assignees,
    author: BOT,
    createdAt: '2026-01-01T00:00:00Z',
    closedAt: null,
    htmlUrl: `https://github.com/acme/notes/issues/${number}`,
    isPullRequest: false,
    marker: readMarker(body)!,
  };
}

export function kinds(plan: Plan): string[] {
  return plan.changes.map((change) => (change.kind === 'create' ? 'create' : `${change.kind} #${change.number}`));
}
