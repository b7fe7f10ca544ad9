// Reads the JSON body of POST and PATCH on an issue the way GitHub validates it, collecting every
// field error into one 422. Nothing is changed here: labels are only created once the input is valid.
import { validationFailed, type FieldError } from './http-error.ts';
import type { State } from './state.ts';
import type { IssueRecord } from './types.ts';

export type IssueInput = {
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  state_reason?: IssueRecord['state_reason'];
  labels?: string[];
  assignees?: string[];
  milestone?: number | null;
};

export const MAX_TITLE = 256;
export const MAX_BODY = 65536;
const STATE_REASONS = ['completed', 'not_planned', 'duplicate', 'reopened'];

/** GitHub counts characters, not UTF-16 code units. */
export function characters(text: string): number {
  return [...text].length;
}

export function tooLong(resource: string, field: string, max: number): FieldError {
  return { resource, code: 'custom', field, message: `${field} is too long (maximum is ${max} characters)` };
}

function readTitle(value: unknown, creating: boolean, errors: FieldError[]): string | undefined {
  if (value === undefined || value === null) {
    if (creating) errors.push({ resource: 'Issue', code: 'missing_field', field: 'title' });
    return undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    errors.push({ resource: 'Issue', code: 'invalid', field: 'title', value });
    return undefined;
  }
  const title = String(value);
  if (title.trim() === '') errors.push({ resource: 'Issue', code: 'missing_field', field: 'title' });
  else if (characters(title) > MAX_TITLE) errors.push(tooLong('Issue', 'title', MAX_TITLE));
  return title;
}

function readBody(value: unknown, errors: FieldError[]): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string') {
    errors.push({ resource: 'Issue', code: 'invalid', field: 'body', value });
    return undefined;
  }
  if (characters(value) > MAX_BODY) errors.push(tooLong('Issue', 'body', MAX_BODY));
  return value;
}

function readLabels(value: unknown, errors: FieldError[]): string[] | undefined {
  if (value === undefined) return undefined;
  const names = Array.isArray(value)
    ? value.map((item: unknown) => (typeof item === 'string' ? item : (item as { name?: unknown } | null)?.name))
    : [undefined];
  if (value === null || names.some((name) => typeof name !== 'string')) {
    errors.push({ resource: 'Issue', code: 'invalid', field: 'labels', value });
    return undefined;
  }
  const unique = new Map<string, string>();
  for (const name of names as string[]) if (name.trim() !== '') unique.set(name.toLowerCase(), name);
  return [...unique.values()];
}

function readAssignees(body: Record<string, unknown>, state: State, errors: FieldError[]): string[] | undefined {
  let logins: unknown = body.assignees;
  if (logins === undefined && 'assignee' in body) logins = body.assignee === null ? [] : [body.assignee];
  if (logins === undefined) return undefined;
  if (!Array.isArray(logins) || logins.some((login) => typeof login !== 'string')) {
    errors.push({ resource: 'Issue', code: 'invalid', field: 'assignees', value: logins });
    return undefined;
  }
  const canonical: string[] = [];
  for (const login of logins as string[]) {
    const found = state.findAssignable(login);
    if (!found) errors.push({ resource: 'Issue', code: 'invalid', field: 'assignees', value: login });
    else if (!canonical.includes(found)) canonical.push(found);
  }
  return canonical;
}

function readMilestone(value: unknown, state: State, errors: FieldError[]): number | null | undefined {
  if (value === undefined || value === null) return value;
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!state.findMilestone(number)) {
    errors.push({ resource: 'Issue', code: 'invalid', field: 'milestone', value });
    return undefined;
  }
  return number;
}

export function readIssueInput(raw: unknown, state: State, creating: boolean, docs: string): IssueInput {
  const body = (raw ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const input: IssueInput = {
    title: readTitle(body.title, creating, errors),
    body: readBody(body.body, errors),
    labels: readLabels(body.labels, errors),
    assignees: readAssignees(body, state, errors),
    milestone: readMilestone(body.milestone, state, errors),
  };
  if (!creating && body.state !== undefined) {
    if (body.state === 'open' || body.state === 'closed') input.state = body.state;
    else errors.push({ resource: 'Issue', code: 'invalid', field: 'state', value: body.state });
  }
  if (!creating && body.state_reason !== undefined) {
    if (body.state_reason === null || STATE_REASONS.includes(body.state_reason as string)) {
      input.state_reason = body.state_reason as IssueInput['state_reason'];
    } else {
      errors.push({ resource: 'Issue', code: 'invalid', field: 'state_reason', value: body.state_reason });
    }
  }
  if (errors.length > 0) throw validationFailed(docs, errors);
  return input;
}
