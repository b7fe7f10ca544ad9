// The meeting's date: the front matter's `datetime` when it is a real date, else the file name's.
import type { Diagnostic } from './note.ts';

const LEADING_DATE = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/;
const NAME_DATE = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/;

function validDate(year: string, month: string, day: string): string | null {
  const y = Number(year), m = Number(month), d = Number(day);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${year}-${month}-${day}`;
}

function dateInFileName(path: string): string | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const match = NAME_DATE.exec(name);
  return match ? validDate(match[1]!, match[2]!, match[3]!) : null;
}

export interface ResolvedDate {
  date: string | null;
  diagnostics: Diagnostic[];
}

/** `key`: the front matter key the date was written under, for the message ('datetime' or 'date'). */
export function resolveNoteDate(path: string, datetime: string | null | undefined, datetimeLine: number, key = 'datetime'): ResolvedDate {
  if (datetime == null || datetime === '') return { date: dateInFileName(path), diagnostics: [] };
  const match = LEADING_DATE.exec(datetime);
  const fromField = match ? validDate(match[1]!, match[2]!, match[3]!) : null;
  if (fromField) return { date: fromField, diagnostics: [] };
  // Most notes have a valid datetime: the file name is read only for those that do not.
  const fromName = dateInFileName(path);
  const fallback = fromName ? `used ${fromName} from the file name instead` : 'the note has no date';
  return {
    date: fromName,
    diagnostics: [{
      path, line: datetimeLine, code: 'invalid-date',
      message: `${key} '${datetime}' is not a valid date (expected YYYY-MM-DDThh:mm, e.g. 2023-05-10T12:00:00+02:00); ${fallback}.`,
    }],
  };
}
