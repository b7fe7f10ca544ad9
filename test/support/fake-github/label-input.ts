// Validation of a label's name, colour and description as GitHub applies it on create and update.
import { validationFailed, type FieldError } from './http-error.ts';
import type { State } from './state.ts';
import type { LabelRecord } from './types.ts';

const MAX_NAME = 50;
const MAX_DESCRIPTION = 100;

export type LabelInput = { name?: string; color?: string; description?: string | null };

export function readLabelInput(raw: unknown, state: State, docs: string, existing?: LabelRecord): LabelInput {
  const body = (raw ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const input: LabelInput = {};
  const name = existing ? body.new_name : body.name;
  if (name === undefined || name === null || name === '') {
    if (!existing) errors.push({ resource: 'Label', code: 'missing_field', field: 'name' });
  } else if (typeof name !== 'string') {
    errors.push({ resource: 'Label', code: 'invalid', field: 'name', value: name });
  } else if ([...name].length > MAX_NAME) {
    errors.push({ resource: 'Label', code: 'custom', field: 'name', message: `name is too long (maximum is ${MAX_NAME} characters)` });
  } else {
    const clash = state.findLabel(name);
    if (clash && clash !== existing) errors.push({ resource: 'Label', code: 'already_exists', field: 'name' });
    input.name = name;
  }
  if (body.color !== undefined && body.color !== null) {
    const color = typeof body.color === 'string' ? body.color.replace(/^#/, '') : '';
    if (/^[0-9a-fA-F]{6}$/.test(color)) input.color = color;
    else errors.push({ resource: 'Label', code: 'invalid', field: 'color', value: body.color });
  }
  if (body.description !== undefined) {
    if (body.description !== null && typeof body.description !== 'string') {
      errors.push({ resource: 'Label', code: 'invalid', field: 'description', value: body.description });
    } else if (typeof body.description === 'string' && [...body.description].length > MAX_DESCRIPTION) {
      errors.push({ resource: 'Label', code: 'custom', field: 'description', message: `description is too long (maximum is ${MAX_DESCRIPTION} characters)` });
    } else {
      input.description = body.description;
    }
  }
  if (errors.length > 0) throw validationFailed(docs, errors);
  return input;
}
