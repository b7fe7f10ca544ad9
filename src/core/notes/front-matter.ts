// Reads a note's YAML front matter into typed fields; every field that cannot be used becomes a
// diagnostic on its own line and the rest of the note still counts.
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { z } from 'zod';
import type { Diagnostic } from './note.ts';

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value).trim());

/** `- a, b`, `a, b` and `[a, b]` all mean the list a, b. */
const commaList = z
  .union([scalar, z.array(z.union([scalar, z.null()])), z.null()])
  .transform((value) => {
    const entries = value === null ? [] : Array.isArray(value) ? value : [value];
    return entries.flatMap((entry) => (entry ?? '').split(',')).map((entry) => entry.trim()).filter(Boolean);
  });

export const FrontMatterSchema = z.object({
  title: scalar.nullable().optional(),
  datetime: scalar.nullable().optional(),
  teams: commaList.optional(),
  participants: commaList.optional(),
  tags: commaList.optional(),
  location: scalar.nullable().optional(),
});

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

type Field = keyof FrontMatter;
const FIELDS = Object.keys(FrontMatterSchema.shape) as Field[];
const EXPECTED: Record<Field, string> = {
  title: 'a text', datetime: 'a date like 2023-06-21T12:00:00+02:00', location: 'a text',
  teams: 'a list of names', participants: 'a list of names', tags: 'a list of words',
};

export interface FrontMatterResult {
  fields: FrontMatter;
  /** 1-based note line of each field's key, for diagnostics about its value. */
  fieldLines: Partial<Record<Field, number>>;
  diagnostics: Diagnostic[];
}

/**
 * @param yamlSource the text between the fences
 * @param firstLine 1-based note line of the first line of yamlSource
 */
export function readFrontMatter(path: string, yamlSource: string, firstLine: number): FrontMatterResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlSource, { lineCounter, prettyErrors: true });
  const noteLine = (offset: number): number => firstLine + lineCounter.linePos(offset).line - 1;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = firstLine + (error.linePos?.[0].line ?? 1) - 1;
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return {
      fields: {}, fieldLines: {},
      diagnostics: [{ path, line, code: 'front-matter-yaml', message: `The front matter is not valid YAML (${reason}); its title, date, teams and participants were ignored. Fix the YAML between the '---' lines.` }],
    };
  }
  if (doc.contents === null) return { fields: {}, fieldLines: {}, diagnostics: [] };
  if (!isMap(doc.contents)) {
    return {
      fields: {}, fieldLines: {},
      diagnostics: [{ path, line: firstLine, code: 'front-matter-shape', message: "The front matter is not a list of 'key: value' lines; it was ignored." }],
    };
  }
  const fieldLines: Partial<Record<Field, number>> = {};
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if ((FIELDS as string[]).includes(key) && isScalar(pair.key) && pair.key.range) {
      fieldLines[key as Field] = noteLine(pair.key.range[0]);
    }
  }
  const data = doc.toJS() as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  for (const field of FIELDS) {
    if (data[field] === undefined) continue;
    const parsed = FrontMatterSchema.shape[field].safeParse(data[field]);
    if (parsed.success) {
      fields[field] = parsed.data;
    } else {
      diagnostics.push({
        path, line: fieldLines[field] ?? firstLine, code: 'front-matter-field',
        message: `Front matter '${field}' should be ${EXPECTED[field]}; it was ignored.`,
      });
    }
  }
  return { fields: fields as FrontMatter, fieldLines, diagnostics };
}
