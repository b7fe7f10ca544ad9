// The data a meeting note yields: what the parser produces and everything downstream reads.

/** A problem in a note that a writer can fix; shown as an annotation on its file and line. */
export interface Diagnostic {
  path: string;
  /** 1-based line in the note; 1 when the problem concerns the whole file. */
  line: number;
  column?: number;
  /** A short stable code, e.g. 'front-matter-yaml', 'invalid-date', 'not-utf8', 'binary'. */
  code: string;
  message: string;
}

/** Who an item is for, as written in the note. */
export interface Owner {
  /** As written, without a leading '@': 'FP', 'SjK', 'Ștefan', 'razvand'. */
  handle: string;
  /** 'login' when written as '@login' (a GitHub user, used as is); 'group' for Everyone/All/...; else 'person'. */
  kind: 'person' | 'login' | 'group';
}

/** A link to a GitHub issue written in an item: its URL or OWNER/REPO#N (a bare #N is not one). */
export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

export type ItemStatus = 'open' | 'done';

/** One TODO: a paragraph or list item of a TODO section that names owners (or says TODO). */
export interface Item {
  owners: Owner[];
  /** The task as written (Markdown source, owners prefix and done markers removed), lines joined by '\n'. */
  text: string;
  /** The text normalised for comparison: lower case, single spaces, no emphasis/code ticks/trailing punctuation. */
  key: string;
  status: ItemStatus;
  issueRefs: IssueRef[];
  /** 1-based position of the item's first character in the note. */
  line: number;
  column: number;
}

/** An owner-less line of a TODO section: a decision or a note to the team. */
export interface Decision {
  text: string;
  line: number;
}

export interface TodoSection {
  heading: string;
  line: number;
}

export interface Note {
  path: string;
  title: string;
  /** The meeting's date, 'YYYY-MM-DD': from a valid `datetime`, else from the file name, else null. */
  date: string | null;
  teams: string[];
  participants: string[];
  tags: string[];
  location: string | null;
  sections: TodoSection[];
  items: Item[];
  decisions: Decision[];
  diagnostics: Diagnostic[];
}

/** What the parser needs from the config. */
export interface ParseOptions {
  /** TODO-section heading patterns (see the defaults in parse-options.ts). */
  sections: string[];
  /** Handles that mean the whole team ('Everyone', 'All', ...), compared case-insensitively. */
  groups: string[];
  /**
   * The handles of the config's `owners` map, compared case-insensitively: always an owner before a
   * colon, whatever they look like ('CD', 'Will', '王伟'), and 'AI:' among them is a person, not
   * 'action item'.
   */
  handles?: readonly string[];
}
