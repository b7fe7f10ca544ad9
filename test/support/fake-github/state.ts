// The repository's contents in memory: issues and pull requests (one number sequence), labels,
// milestones, comments, and the users they mention. Routes and seeds both change it through here.
import type { Clock } from './clock.ts';
import type { CommentRecord, IssueRecord, LabelRecord, MilestoneRecord } from './types.ts';

export type UserRecord = { login: string; id: number; type: 'User' | 'Bot' | 'Organization' };

export type State = {
  readonly owner: string;
  readonly repo: string;
  readonly repoId: number;
  readonly clock: Clock;
  readonly issues: IssueRecord[];
  readonly labels: LabelRecord[];
  readonly milestones: MilestoneRecord[];
  readonly assignable: string[];
  readonly createdAt: string;
  /** Counts the writes (through the API or a seed): a list's later pages reuse its first page's query
   * while it is unchanged. Tests that edit records in place do so between runs, never mid-list. */
  version: number;
  nextNumber(): number;
  nextId(): number;
  user(login: string): UserRecord;
  findIssue(number: number): IssueRecord | undefined;
  findComment(id: number): CommentRecord | undefined;
  findLabel(name: string): LabelRecord | undefined;
  findMilestone(number: number): MilestoneRecord | undefined;
  findAssignable(login: string): string | undefined;
  /** The label of that name, created grey (ededed) as GitHub does for unknown labels on an issue. */
  ensureLabel(name: string): LabelRecord;
  addLabel(label: Omit<LabelRecord, 'id'>): LabelRecord;
};

const GITHUB_ACTIONS_BOT_ID = 41898282;
export const DEFAULT_LABEL_COLOR = 'ededed';

export function createState(owner: string, repo: string, assignable: string[], clock: Clock): State {
  let lastNumber = 0;
  let lastId = 1000;
  const users = new Map<string, UserRecord>();
  const issues: IssueRecord[] = [];
  const labels: LabelRecord[] = [];
  const nextId = () => ++lastId;

  const state: State = {
    owner,
    repo,
    repoId: 700001,
    clock,
    issues,
    labels,
    milestones: [],
    assignable,
    createdAt: clock.iso(),
    version: 0,
    nextNumber: () => ++lastNumber,
    nextId,
    user(login) {
      const key = login.toLowerCase();
      let record = users.get(key);
      if (!record) {
        const type = key === owner.toLowerCase() ? 'Organization' : login.endsWith('[bot]') ? 'Bot' : 'User';
        const id = key === 'github-actions[bot]' ? GITHUB_ACTIONS_BOT_ID : 5000 + users.size;
        record = { login, id, type };
        users.set(key, record);
      }
      return record;
    },
    findIssue: (number) => issues.find((issue) => issue.number === number),
    findComment(id) {
      for (const issue of issues) {
        const comment = issue.comments.find((candidate) => candidate.id === id);
        if (comment) return comment;
      }
      return undefined;
    },
    findLabel: (name) => labels.find((label) => label.name.toLowerCase() === name.toLowerCase()),
    findMilestone: (number) => state.milestones.find((milestone) => milestone.number === number),
    findAssignable: (login) => assignable.find((candidate) => candidate.toLowerCase() === login.toLowerCase()),
    ensureLabel(name) {
      return state.findLabel(name) ?? state.addLabel({ name, color: DEFAULT_LABEL_COLOR, description: null, default: false });
    },
    addLabel(label) {
      const record = { id: nextId(), ...label };
      labels.push(record);
      return record;
    },
  };
  return state;
}

/** The labels GitHub gives a new repository. */
export const GITHUB_DEFAULT_LABELS: ReadonlyArray<Omit<LabelRecord, 'id'>> = [
  { name: 'bug', color: 'd73a4a', description: "Something isn't working", default: true },
  { name: 'documentation', color: '0075ca', description: 'Improvements or additions to documentation', default: true },
  { name: 'duplicate', color: 'cfd3d7', description: 'This issue or pull request already exists', default: true },
  { name: 'enhancement', color: 'a2eeef', description: 'New feature or request', default: true },
  { name: 'good first issue', color: '7057ff', description: 'Good for newcomers', default: true },
  { name: 'help wanted', color: '008672', description: 'Extra attention is needed', default: true },
  { name: 'invalid', color: 'e4e669', description: "This doesn't seem right", default: true },
  { name: 'question', color: 'd876e3', description: 'Further information is requested', default: true },
  { name: 'wontfix', color: 'ffffff', description: 'This will not be worked on', default: true },
];
