// Reads a note's YAML front matter into typed fields; every field that cannot be used becomes a
// diagnostic on its own line and the rest of the note still counts.
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import * as z from 'zod';
import type { Diagnostic } from './note.ts';
import { readSimpleFrontMatterLines, type FrontMatterMapping } from './simple-front-matter.ts';

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value).trim());

/**
 * `- a, b`, `a, b` and `[a, b]` all mean the list a, b. The array comes first in the union because
 * lists are the usual case and every branch zod tries in vain costs it an issue object.
 */
const commaList = z
  .union([z.array(z.union([scalar, z.null()])), scalar, z.null()])
  .transform((value) => commaNames(value === null ? [] : Array.isArray(value) ? value : [value]));

/** The names in the entries of a comma list: `a, b` and the list a, b both give a and b. */
function commaNames(entries: readonly (string | null)[]): string[] {
  const names: string[] = [];
  const add = (text: string): void => {
    const name = text.trim();
    if (name) names.push(name);
  };
  for (const entry of entries) {
    if (entry === null) continue;
    // Most entries are one name: only those with a comma are split.
    if (entry.includes(',')) entry.split(',').forEach(add);
    else add(entry);
  }
  // A pushed-to array keeps room for 16 elements; the note keeps its lists for the run: an exact copy.
  return names.slice();
}

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
const LIST_FIELDS: ReadonlySet<Field> = new Set(['teams', 'participants', 'tags']);

/**
 * What the schema makes of a field holding a string, null or a list of them (all the simple reader
 * ever gives, and nearly all yaml gives), worked out directly: zod's unions cost several objects per
 * field, which added up to a fifth of reading a note. Undefined for any other value: the schema reads it.
 */
function readPlainField(field: Field, value: unknown): string | string[] | null | undefined {
  if (!LIST_FIELDS.has(field)) {
    if (value === null) return null;
    return typeof value === 'string' ? value.trim() : undefined;
  }
  if (value === null) return [];
  if (typeof value === 'string') return commaNames([value]);
  if (!Array.isArray(value) || !value.every((entry) => entry === null || typeof entry === 'string')) return undefined;
  return commaNames(value as (string | null)[]);
}

/** Keys people write for a field, read when the field's own key is absent or empty: 'date: 2025-06-20', 'team: docs'. */
const ALIASES: Partial<Record<Field, string>> = { datetime: 'date', teams: 'team' };

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '';

/** The key a field is read from in this front matter: its own, unless that is empty and its alias is not. */
function keyOf(field: Field, values: ReadonlyMap<string, unknown>): string {
  const alias = ALIASES[field];
  return alias !== undefined && isEmpty(values.get(field)) && !isEmpty(values.get(alias)) ? alias : field;
}

const EXPECTED: Record<Field, string> = {
  title: 'a text', datetime: 'a date like 2023-06-21T12:00:00+02:00', location: 'a text',
  teams: 'a list of names', participants: 'a list of names', tags: 'a list of words',
};

export interface FrontMatterResult {
  fields: FrontMatter;
  /** 1-based note line of each field's key, for diagnostics about its value. */
  fieldLines: Partial<Record<Field, number>>;
  /** The key each field was read from, when it is not the field's own ('date' for datetime). */
  fieldKeys: Partial<Record<Field, string>>;
  diagnostics: Diagnostic[];
}

/** What the yaml library makes of a front matter: a mapping, or why it is not one. */
export type YamlFrontMatter =
  | ({ kind: 'mapping' } & FrontMatterMapping)
  | { kind: 'empty' }
  | { kind: 'not-mapping' }
  | { kind: 'invalid'; line: number; reason: string };

/** The reference reader, and the fallback for whatever readSimpleFrontMatter is not sure of. */
export function readYamlFrontMatter(yamlSource: string): YamlFrontMatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlSource, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = error.linePos?.[0].line ?? 1;
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { kind: 'invalid', line, reason };
  }
  if (doc.contents === null) return { kind: 'empty' };
  if (!isMap(doc.contents)) return { kind: 'not-mapping' };
  const keyLines = new Map<string, number>();
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
  }
  return { kind: 'mapping', values: new Map(Object.entries(doc.toJS() as Record<string, unknown>)), keyLines };
}

/**
 * @param yamlSource the text between the fences
 * @param firstLine 1-based note line of the first line of yamlSource
 */
export function readFrontMatter(path: string, yamlSource: string, firstLine: number): FrontMatterResult {
  return readFrontMatterLines(path, yamlSource.split('\n'), firstLine);
}

/** readFrontMatter of the front matter's lines: only the yaml library, seldom asked, needs them joined. */
export function readFrontMatterLines(path: string, lines: readonly string[], firstLine: number): FrontMatterResult {
  const simple = readSimpleFrontMatterLines(lines);
  const read: YamlFrontMatter = simple ? { kind: 'mapping', ...simple } : readYamlFrontMatter(lines.join('\n'));
  if (read.kind === 'invalid') {
    return {
      fields: {}, fieldLines: {}, fieldKeys: {},
      diagnostics: [{ path, line: firstLine + read.line - 1, code: 'front-matter-yaml', message: `The front matter is not valid YAML (${read.reason}); its title, date, teams and participants were ignored. Fix the YAML between the '---' lines.` }],
    };
  }
  if (read.kind === 'empty') return { fields: {}, fieldLines: {}, fieldKeys: {}, diagnostics: [] };
  if (read.kind === 'not-mapping') {
    return {
      fields: {}, fieldLines: {}, fieldKeys: {},
      diagnostics: [{ path, line: firstLine, code: 'front-matter-shape', message: "The front matter is not a list of 'key: value' lines; it was ignored." }],
    };
  }
  const data = read.values;
  const fieldLines: Partial<Record<Field, number>> = {};
  for (const field of FIELDS) {
    const line = read.keyLines.get(keyOf(field, data));
    if (line !== undefined) fieldLines[field] = firstLine + line - 1;
  }
  const fields: Record<string, unknown> = {};
  const fieldKeys: Partial<Record<Field, string>> = {};
  const diagnostics: Diagnostic[] = [];
  for (const field of FIELDS) {
    const key = keyOf(field, data);
    if (key !== field) fieldKeys[field] = key;
    const value = data.get(key);
    if (value === undefined) continue;
    const plain = readPlainField(field, value);
    if (plain !== undefined) {
      fields[field] = plain;
      continue;
    }
    const parsed = FrontMatterSchema.shape[field].safeParse(value);
    if (parsed.success) {
      fields[field] = parsed.data;
    } else {
      diagnostics.push({
        path, line: fieldLines[field] ?? firstLine, code: 'front-matter-field',
        message: `Front matter '${key}' should be ${EXPECTED[field]}; it was ignored.`,
      });
    }
  }
  return { fields: fields as FrontMatter, fieldLines, fieldKeys, diagnostics };
}
