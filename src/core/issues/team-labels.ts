// The labels the action puts on its issues: one base label, and one per team, each with a colour and
// a description instead of GitHub's grey default.
import { createHash } from 'node:crypto';

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

const MAX_LABEL_LENGTH = 50;
const palette = ['1d76db', '0e8a16', 'b60205', 'fbca04', '5319e7', 'd93f0b', '006b75', 'c5def5', 'bfd4f2', 'f9d0c4', 'c2e0c6', 'fef2c0'];

export function teamLabelName(team: string, prefix: string): string {
  return `${prefix}${team}`.slice(0, MAX_LABEL_LENGTH).trim();
}

export function baseLabelSpec(name: string): LabelSpec {
  return { name, color: '0052cc', description: 'A TODO from the meeting notes, kept in sync by minutes-to-issues' };
}

export function teamLabelSpec(name: string, team: string): LabelSpec {
  const index = createHash('sha256').update(team).digest()[0]! % palette.length;
  return { name, color: palette[index]!, description: `TODOs from the ${team} meetings`.slice(0, 100) };
}
