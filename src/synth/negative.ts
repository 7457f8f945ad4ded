/**
 * Invalid request bodies derived from a request schema and a valid body: one variant per kind
 * of violation the schema allows, each naming the negative check that judges the answer.
 * Values are chosen so that every reading rejects them: a wrong type is an object where a
 * scalar is due (Jackson coerces numbers into strings, not objects), a pattern violation
 * matches no alternative even when the pattern's alternation is ungrouped.
 */
import { derefObject } from '../document/resolve.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import { schemaTypes } from './synthesize.ts';

export type NegativeKind =
  | 'missing-required'
  | 'all-missing'
  | 'null-required'
  | 'wrong-type'
  | 'too-long'
  | 'too-short'
  | 'out-of-range'
  | 'not-allowed'
  | 'malformed-json'
  | 'missing-body'
  | 'wrong-top-level';

export interface NegativeVariant {
  readonly kind: NegativeKind;
  /** The negative check judging the answer (docs/architecture.md). */
  readonly check: string;
  /** e.g. "missing required field name". */
  readonly description: string;
  /** The raw body to send; undefined sends none. */
  readonly raw: string | undefined;
}

const CHECK_OF: Record<NegativeKind, string> = {
  'missing-required': 'reject-missing-required',
  'all-missing': 'reject-missing-required',
  'null-required': 'reject-null-required',
  'wrong-type': 'reject-wrong-type',
  'too-long': 'reject-length',
  'too-short': 'reject-length',
  'out-of-range': 'reject-range',
  'not-allowed': 'reject-pattern',
  'malformed-json': 'reject-malformed-json',
  'missing-body': 'reject-missing-body',
  'wrong-top-level': 'reject-wrong-top-level',
};

const PAGING = new Set(['page', 'size']);

function variant(
  kind: NegativeKind,
  description: string,
  body: JsonValue | undefined,
  check = CHECK_OF[kind],
): NegativeVariant {
  return { kind, check, description, raw: body === undefined ? undefined : JSON.stringify(body) };
}

function resolve(root: JsonObject, schema: JsonValue | undefined): JsonObject {
  return derefObject(root, schema)?.value ?? {};
}

/** A copy of `body` with the value at `path` replaced (or removed when value is undefined). */
function replaced(body: JsonValue, path: readonly (string | number)[], value: JsonValue | undefined): JsonValue {
  const [head, ...rest] = path;
  if (head === undefined) return value ?? null;
  if (Array.isArray(body) && typeof head === 'number') {
    return body.map((item, i) => (i === head ? replaced(item, rest, value) : item));
  }
  if (isJsonObject(body) && typeof head === 'string') {
    if (rest.length === 0 && value === undefined) {
      return Object.fromEntries(Object.entries(body).filter(([key]) => key !== head));
    }
    return { ...body, [head]: replaced(body[head] ?? null, rest, value) };
  }
  return body;
}

function label(path: readonly (string | number)[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : p))
    .join('.')
    .replace(/\.\[/g, '[');
}

function leafVariants(
  schema: JsonObject,
  value: JsonValue,
  path: readonly (string | number)[],
  body: JsonValue,
): NegativeVariant[] {
  const out: NegativeVariant[] = [];
  const name = label(path);
  const at = (v: JsonValue): JsonValue => replaced(body, path, v);
  const [type] = schemaTypes(schema);
  const last = path[path.length - 1];
  if (type === 'string' || type === 'integer' || type === 'number' || type === 'boolean') {
    out.push(variant('wrong-type', `${name} is an object instead of a ${type}`, at({ wmct: 'wrong type' })));
  }
  if (type === 'string' && typeof value === 'string') {
    if (typeof schema.maxLength === 'number') {
      const long = (value + 'x'.repeat(schema.maxLength + 1)).slice(0, schema.maxLength + 1);
      out.push(
        variant('too-long', `${name} is ${schema.maxLength + 1} characters (maxLength ${schema.maxLength})`, at(long)),
      );
    }
    if (typeof schema.minLength === 'number' && schema.minLength > 0) {
      out.push(
        variant(
          'too-short',
          `${name} is ${schema.minLength - 1} characters (minLength ${schema.minLength})`,
          at(''.padEnd(schema.minLength - 1, 'x')),
        ),
      );
    }
    if (typeof schema.pattern === 'string' || Array.isArray(schema.enum)) {
      out.push(
        variant(
          'not-allowed',
          `${name} is a value the ${typeof schema.pattern === 'string' ? 'pattern' : 'enum'} does not allow`,
          at('wmct-not-allowed'),
        ),
      );
    }
  }
  if (type === 'integer' || type === 'number') {
    const check = typeof last === 'string' && PAGING.has(last) ? 'reject-paging' : 'reject-range';
    if (typeof schema.minimum === 'number') {
      out.push(
        variant(
          'out-of-range',
          `${name} is ${schema.minimum - 1} (minimum ${schema.minimum})`,
          at(schema.minimum - 1),
          check,
        ),
      );
    }
    // size above its maximum is judged by the semantic check search-size-limit.
    if (typeof schema.maximum === 'number' && !(check === 'reject-paging' && last === 'size')) {
      out.push(
        variant(
          'out-of-range',
          `${name} is ${schema.maximum + 1} (maximum ${schema.maximum})`,
          at(schema.maximum + 1),
          check,
        ),
      );
    }
  }
  return out;
}

function walk(
  root: JsonObject,
  schema: JsonObject,
  value: JsonValue,
  path: readonly (string | number)[],
  body: JsonValue,
  depth: number,
): NegativeVariant[] {
  if (depth > 3) return [];
  const out: NegativeVariant[] = [];
  if (isJsonObject(value) && isJsonObject(schema.properties)) {
    const required = Array.isArray(schema.required)
      ? schema.required.filter((r): r is string => typeof r === 'string')
      : [];
    for (const prop of required) {
      const where = label([...path, prop]);
      out.push(
        variant('missing-required', `missing required field ${where}`, replaced(body, [...path, prop], undefined)),
      );
      out.push(variant('null-required', `required field ${where} is null`, replaced(body, [...path, prop], null)));
    }
    for (const [prop, sub] of Object.entries(value)) {
      const subSchema = resolve(root, schema.properties[prop]);
      if (Object.keys(subSchema).length === 0) continue;
      out.push(...walk(root, subSchema, sub, [...path, prop], body, depth + 1));
    }
    return out;
  }
  if (Array.isArray(value) && value.length > 0 && !Array.isArray(schema.items)) {
    const itemSchema = resolve(root, schema.items);
    const first = value[0];
    if (first !== undefined) out.push(...walk(root, itemSchema, first, [...path, 0], body, depth + 1));
    return out;
  }
  return leafVariants(schema, value, path, body);
}

/** Every invalid variant of `valid` (an object body valid per `schemaValue`). */
export function negativeVariants(
  root: JsonObject,
  schemaValue: JsonValue | undefined,
  valid: JsonValue,
  bodyRequired: boolean,
): NegativeVariant[] {
  const schema = resolve(root, schemaValue);
  const out = walk(root, schema, valid, [], valid, 0);
  const required = Array.isArray(schema.required) ? schema.required : [];
  if (required.length > 1) out.push(variant('all-missing', 'every required field missing', {}));
  out.push({
    kind: 'malformed-json',
    check: CHECK_OF['malformed-json'],
    description: 'malformed JSON',
    raw: '{"name": "wmct-malformed", ',
  });
  if (bodyRequired)
    out.push({ kind: 'missing-body', check: CHECK_OF['missing-body'], description: 'no body', raw: undefined });
  out.push(variant('wrong-top-level', 'a JSON array instead of an object', [valid]));
  return out;
}
