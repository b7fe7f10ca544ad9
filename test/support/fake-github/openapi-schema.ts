// Test helper: GitHub's published OpenAPI description (read once per test process) and a small
// validator for the part of JSON Schema it uses in responses: type, nullable, enum, properties,
// required, items, additionalProperties, allOf/anyOf/oneOf (with discriminator), $ref, and the
// date-time and uri formats.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type Schema = {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
};

type Response = { $ref?: string; content?: Record<string, { schema?: Schema }> };
type Spec = {
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
  components: { schemas: Record<string, Schema>; responses: Record<string, Response> };
};

let cached: Spec | undefined;

function spec(): Spec {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    cached = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  }
  return cached;
}

function resolve<T extends { $ref?: string }>(node: T): T {
  let current = node;
  while (current.$ref) {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    let target: unknown = spec();
    for (const part of parts) target = (target as Record<string, unknown>)[part];
    if (target === undefined) throw new Error(`unresolved $ref ${current.$ref}`);
    current = target as T;
  }
  return current;
}

/** The JSON schema GitHub documents for an operation's response, e.g. ('/repos/{owner}/{repo}/issues', 'post', 201). */
export function responseSchema(template: string, method: string, status: number): Schema {
  const operation = spec().paths[template]?.[method.toLowerCase()];
  const response = operation?.responses[String(status)];
  if (!response) throw new Error(`the OpenAPI description has no ${status} response for ${method.toUpperCase()} ${template}`);
  const schema = resolve(response).content?.['application/json']?.schema;
  if (!schema) throw new Error(`no JSON schema for ${status} of ${method.toUpperCase()} ${template}`);
  return schema;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function typeErrors(schema: Schema, value: unknown, at: string): string[] {
  const { type } = schema;
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const ok =
    type === undefined ||
    (type === 'integer' ? Number.isInteger(value) : type === 'number' ? typeof value === 'number' : actual === type);
  if (!ok) return [`${at}: expected ${type}, got ${actual} ${JSON.stringify(value)?.slice(0, 60)}`];
  if (typeof value === 'string' && schema.format === 'date-time' && !DATE_TIME.test(value)) return [`${at}: not a date-time: ${value}`];
  if (typeof value === 'string' && schema.format === 'uri' && !URL.canParse(value)) return [`${at}: not a uri: ${value}`];
  return [];
}

function objectErrors(schema: Schema, value: Record<string, unknown>, at: string): string[] {
  const errors: string[] = [];
  for (const name of schema.required ?? []) if (!(name in value)) errors.push(`${at}: missing required property '${name}'`);
  for (const [name, item] of Object.entries(value)) {
    const property = schema.properties?.[name];
    if (property) errors.push(...validate(property, item, `${at}.${name}`));
    else if (schema.additionalProperties === false) errors.push(`${at}: unexpected property '${name}'`);
    else if (typeof schema.additionalProperties === 'object') errors.push(...validate(schema.additionalProperties, item, `${at}.${name}`));
  }
  return errors;
}

function oneOfErrors(schema: Schema & { oneOf: Schema[] }, value: unknown, at: string): string[] {
  const { discriminator } = schema;
  const tag = discriminator && value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[discriminator.propertyName] : undefined;
  const mapped = typeof tag === 'string' ? discriminator?.mapping?.[tag] : undefined;
  if (mapped) return validate({ $ref: mapped }, value, at);
  const results = schema.oneOf.map((option) => validate(option, value, at));
  const passing = results.filter((errors) => errors.length === 0).length;
  if (passing === 1) return [];
  if (passing > 1) return [`${at}: matches ${passing} oneOf alternatives`];
  return [`${at}: matches no oneOf alternative (${results.map((errors) => errors[0]).join(' | ')})`];
}

/** Every way value fails schema, as 'path: reason' lines; empty when it conforms. */
export function validate(node: Schema, value: unknown, at = '$'): string[] {
  const schema = resolve(node);
  if (value === null && schema.nullable) return [];
  const errors: string[] = [];
  for (const part of schema.allOf ?? []) errors.push(...validate(part, value, at));
  if (schema.anyOf && !schema.anyOf.some((option) => validate(option, value, at).length === 0)) errors.push(`${at}: matches no anyOf alternative`);
  if (schema.oneOf) errors.push(...oneOfErrors({ ...schema, oneOf: schema.oneOf }, value, at));
  if (value === null && schema.type === undefined && !schema.allOf && !schema.anyOf && !schema.oneOf) return errors;
  const wrongType = typeErrors(schema, value, at);
  if (wrongType.length > 0) return [...errors, ...wrongType];
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in enum ${JSON.stringify(schema.enum)}`);
  if (Array.isArray(value) && schema.items) value.forEach((item, index) => errors.push(...validate(schema.items as Schema, item, `${at}[${index}]`)));
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) errors.push(...objectErrors(schema, value as Record<string, unknown>, at));
  return errors;
}
