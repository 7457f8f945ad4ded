/**
 * Request values synthesized from a request schema: required properties always, optional ones
 * when the scenario hints a value, honouring type, lengths, minimum/maximum, enum, pattern and
 * format. Domain-sensible values (run-tagged names, ids of resources the run created, real
 * file content) come in as hints by property name, because the published schemas are too
 * loose to produce them (plain strings for ids, ungrouped patterns for enums).
 * Hand-written: JSON-schema fakers produce random data, not "the minimal valid request with
 * these domain values", and none reads ungrouped-alternation patterns as the server does.
 */
import { randomUUID } from 'node:crypto';
import { matchesPattern } from '../document/patterns.ts';
import { derefObject } from '../document/resolve.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';

export type Hints = Readonly<Record<string, JsonValue | undefined>>;

export class SynthesisError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SynthesisError';
  }
}

function resolve(root: JsonObject, schema: JsonValue | undefined): JsonObject {
  return derefObject(root, schema)?.value ?? {};
}

export function schemaTypes(schema: JsonObject): string[] {
  const t = schema.type;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string' && x !== 'null');
  if (isJsonObject(schema.properties)) return ['object'];
  if (schema.items !== undefined) return ['array'];
  return [];
}

/**
 * The alternatives of an enum-like pattern, `^a|b|c$` or `^(a|b|c)$`, read as the Java server
 * reads it (whole-string match); null when the pattern is not such a list.
 */
export function patternAlternatives(pattern: string): string[] | null {
  const m = /^\^?\(?((?:[A-Za-z0-9_-]+\|)*[A-Za-z0-9_-]+)\)?\$?$/.exec(pattern);
  if (m?.[1] === undefined) return null;
  return m[1].split('|');
}

function fitLength(value: string, schema: JsonObject): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  let out = value;
  if (out.length > max) out = out.slice(0, max);
  while (out.length < min) out += 'x';
  return out;
}

function synthString(schema: JsonObject, name: string): string {
  if (Array.isArray(schema.enum)) {
    const first = schema.enum.find((v): v is string => typeof v === 'string');
    if (first !== undefined) return first;
  }
  if (typeof schema.const === 'string') return schema.const;
  switch (schema.format) {
    case 'uuid':
      return randomUUID();
    case 'date-time':
      return new Date().toISOString();
    case 'date':
      return new Date().toISOString().slice(0, 10);
    case 'email':
      return 'wmct@example.com';
    case 'uri':
      return 'https://example.com/wmct';
    default:
      break;
  }
  if (typeof schema.pattern === 'string') {
    const alternatives = patternAlternatives(schema.pattern);
    if (alternatives?.[0] !== undefined) return alternatives[0];
    for (const candidate of [name, 'wmct', 'a', '0', 'A']) {
      const fitted = fitLength(candidate, schema);
      if (matchesPattern(schema.pattern, fitted)) return fitted;
    }
    throw new SynthesisError(`no value found for "${name}" matching pattern ${schema.pattern}`);
  }
  return fitLength(`wmct-${name}`, schema);
}

function synthNumber(schema: JsonObject, integer: boolean): number {
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  let value = min ?? (max !== undefined ? Math.min(0, max) : 0);
  if (schema.exclusiveMinimum === true) value += 1;
  else if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
    value = schema.exclusiveMinimum + 1;
  return integer ? Math.ceil(value) : value;
}

/** A value for `schema`; object properties take hints by name (hints are not recursive). */
export function synthesize(
  root: JsonObject,
  schemaValue: JsonValue | undefined,
  hints: Hints = {},
  name = 'value',
  depth = 0,
): JsonValue {
  const schema = resolve(root, schemaValue);
  if (depth > 12) return null;
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((s) => synthesize(root, s, hints, name, depth + 1)).filter(isJsonObject);
    if (parts.length > 0) return parts.reduce<JsonObject>((merged, part) => ({ ...merged, ...part }), {});
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.length > 0) return synthesize(root, branches[0], hints, name, depth + 1);
  }
  const [type] = schemaTypes(schema);
  switch (type) {
    case 'object':
      return synthObject(root, schema, hints, depth);
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return Array.from({ length: min }, () => synthesize(root, schema.items, {}, name, depth + 1));
    }
    case 'integer':
      return synthNumber(schema, true);
    case 'number':
      return synthNumber(schema, false);
    case 'boolean':
      return true;
    case 'string':
      return synthString(schema, name);
    default:
      return synthString(schema, name);
  }
}

/**
 * A hinted value in the type the request schema asks for: the scenario passes back what the
 * target answered (e.g. a file's revision), which a target may have answered as "3" while its
 * request schema wants 3. Only lossless conversions; anything else is sent as hinted.
 */
export function coerceHint(schema: JsonObject, value: JsonValue): JsonValue {
  const [type] = schemaTypes(schema);
  if (
    (type === 'integer' || type === 'number') &&
    typeof value === 'string' &&
    value.trim() !== '' &&
    Number.isFinite(Number(value))
  ) {
    const n = Number(value);
    return type === 'integer' && !Number.isInteger(n) ? value : n;
  }
  if (type === 'string' && typeof value === 'number') return String(value);
  return value;
}

function synthObject(root: JsonObject, schema: JsonObject, hints: Hints, depth: number): JsonObject {
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  const required = new Set(
    Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [],
  );
  const out: JsonObject = {};
  for (const [prop, sub] of Object.entries(properties)) {
    const subSchema = resolve(root, sub);
    if (subSchema.readOnly === true) continue;
    const hinted = hints[prop];
    if (hinted !== undefined) out[prop] = coerceHint(subSchema, hinted);
    else if (required.has(prop)) out[prop] = synthesize(root, subSchema, {}, prop, depth + 1);
  }
  // Required but undeclared properties; declared readOnly ones stay out of requests.
  for (const prop of required) {
    if (!(prop in out) && !Object.hasOwn(properties, prop)) {
      const hinted = hints[prop];
      out[prop] = hinted ?? 'wmct';
    }
  }
  return out;
}
