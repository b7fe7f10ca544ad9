// The config file (.github/minutes-to-issues.yml): one zod schema is the source of truth for its keys,
// their defaults and the messages a user sees when a value is wrong.
import { parse as parseYaml } from 'yaml';
import * as z from 'zod';
import type { ParseOptions } from '../notes/note.ts';
import { DEFAULT_GROUPS, DEFAULT_SECTIONS } from '../notes/parse-options.ts';

export const DEFAULT_BASE_LABEL = 'action-item';

const login = z
  .string()
  .regex(/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, 'a GitHub login (letters, digits and hyphens)')
  .transform((value) => value.replace(/^@/, ''));

const configSchema = z
  .object({
    owners: z
      .record(z.string().min(1), z.union([login, z.array(login)]))
      .default({})
      .describe('a mapping from a handle as written in the notes to a GitHub login or a list of logins'),
    groups: z.array(z.string().min(1)).default(DEFAULT_GROUPS),
    labels: z
      .object({
        base: z.string().trim().min(1).max(50).default(DEFAULT_BASE_LABEL),
        'team-prefix': z.string().max(40).default(''),
      })
      .strict()
      .default({ base: DEFAULT_BASE_LABEL, 'team-prefix': '' }),
    sections: z.array(z.string().min(1)).min(1).default(DEFAULT_SECTIONS),
    'close-removed': z.boolean().default(true),
    'carry-over': z.boolean().default(false),
  })
  .strict();

export interface Config {
  /** Handle as written (compared case-insensitively) → GitHub logins. */
  owners: Record<string, string[]>;
  groups: string[];
  baseLabel: string;
  teamLabelPrefix: string;
  /** TODO-section heading patterns. */
  sections: string[];
  closeRemoved: boolean;
  carryOver: boolean;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** What the parser reads of the config: the TODO headings, the groups, and the owners' handles. */
export function parseOptionsOf(config: Config): ParseOptions {
  return { sections: config.sections, groups: config.groups, handles: Object.keys(config.owners) };
}

export function defaultConfig(): Config {
  const result = parseConfig('', '(defaults)');
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

/** Reads the config file's text; every error names the file, the key and what is allowed. */
export function parseConfig(text: string, path: string): ConfigResult {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (error) {
    return { ok: false, errors: [`${path}: not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [`${path}: expected a mapping of keys (owners, groups, labels, sections, close-removed, carry-over)`] };
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(path, issue)) };
  }
  const value = parsed.data;
  return {
    ok: true,
    config: {
      owners: Object.fromEntries(
        Object.entries(value.owners).map(([handle, logins]) => [handle, Array.isArray(logins) ? logins : [logins]]),
      ),
      groups: value.groups,
      baseLabel: value.labels.base,
      teamLabelPrefix: value.labels['team-prefix'],
      sections: value.sections,
      closeRemoved: value['close-removed'],
      carryOver: value['carry-over'],
    },
  };
}

const allowed: Record<string, string> = {
  owners: 'a mapping like `FP: felipe-h` or `RD: [razvand, other]`',
  groups: 'a list of handles, like `[Everyone, All]`',
  labels: 'a mapping with `base` and `team-prefix`',
  'labels.base': 'a label name of 1 to 50 characters',
  'labels.team-prefix': 'a string of at most 40 characters, like `team: `',
  sections: 'a list of heading patterns, like `[TODOs and Decisions, Action items]`',
  'close-removed': '`true` or `false`',
  'carry-over': '`true` or `false`',
};

function describeIssue(path: string, issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    const known = issue.path[0] === 'labels' ? 'base, team-prefix' : 'owners, groups, labels, sections, close-removed, carry-over';
    return `${path}: ${where}unknown key ${issue.keys.map((key) => `'${key}'`).join(', ')}; allowed keys are ${known}`;
  }
  const key = issue.path.join('.');
  const generic = issue.path[0] === 'owners' ? allowed.owners : (allowed[key] ?? allowed[String(issue.path[0])]);
  const detail = issue.code === 'invalid_union' ? 'expected a login or a list of logins' : issue.message;
  return `${path}: ${key || '(top level)'}: ${detail}${generic ? `; allowed: ${generic}` : ''}`;
}
