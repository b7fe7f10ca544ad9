// For carry-over: the next meeting of a team after a date, among the notes that have a TODO section.
import type { Note } from '../notes/note.ts';

export interface Meeting {
  path: string;
  title: string;
  date: string;
  line: number;
}

export interface NextMeetings {
  after(date: string, teams: readonly string[]): Meeting | undefined;
}

export function indexNextMeetings(notes: readonly Note[]): NextMeetings {
  const byTeam = new Map<string, Meeting[]>();
  for (const note of notes) {
    if (note.date === null || note.sections.length === 0) continue;
    const meeting = { path: note.path, title: note.title, date: note.date, line: note.sections[0]!.line };
    for (const team of note.teams) {
      const meetings = byTeam.get(team) ?? [];
      meetings.push(meeting);
      byTeam.set(team, meetings);
    }
  }
  for (const meetings of byTeam.values()) meetings.sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path));
  return {
    after(date, teams) {
      let next: Meeting | undefined;
      for (const team of teams) {
        const candidate = firstAfter(byTeam.get(team) ?? [], date);
        if (candidate && (next === undefined || candidate.date < next.date)) next = candidate;
      }
      return next;
    },
  };
}

function firstAfter(meetings: readonly Meeting[], date: string): Meeting | undefined {
  let low = 0;
  let high = meetings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (meetings[middle]!.date <= date) low = middle + 1;
    else high = middle;
  }
  return meetings[low];
}
