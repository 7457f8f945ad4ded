/**
 * Schema views for the breaking-change classifier: a schema with its `$ref`s followed, `allOf`
 * merged, and nullability read alike from OpenAPI 3.0 (`nullable: true`) and 3.1
 * (`type: [..., "null"]`, `anyOf`/`oneOf` of a schema and `{type: "null"}`), so that a 3.0 and a
 * 3.1 document compare keyword by keyword. Also the small keyword readers the rules share.
 *
 * Hand-written: the classifier walks two documents side by side lazily; dereferencing libraries
 * resolve whole documents eagerly and turn recursive schemas into object cycles (see resolve.ts).
 * `anyOf` other than the nullable idiom is compared as a plain keyword, not walked; `oneOf`
 * alternatives are keyed (`oneOfAlternatives`) so that two documents' alternatives pair up.
 */
import { isDeepStrictEqual } from 'node:util';
import { derefObject } from '../document/resolve.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';

export interface SchemaView {
  /** The schema's keywords with `$ref` followed and `allOf` members merged in. */
  readonly schema: JsonObject;
  readonly nullable: boolean;
  /** The `$ref` targets the view was built from ("" when wholly inline): equal views of one document share it. */
  readonly identity: string;
}

const MAX_MERGE_DEPTH = 16;

/** The view of `{}` (or `true`): no constraint. */
export const EMPTY_VIEW: SchemaView = { schema: {}, nullable: false, identity: '' };

/** The view of a schema (or `$ref` to one); undefined when `value` is not a schema object. */
export function viewSchema(root: JsonObject, value: JsonValue | undefined): SchemaView | undefined {
  return buildView(root, value, 0);
}

function buildView(root: JsonObject, value: JsonValue | undefined, depth: number): SchemaView | undefined {
  const resolved = derefObject(root, value);
  if (resolved === undefined) return undefined;
  const own = resolved.value;
  const refs = resolved.pointer === null ? '' : resolved.pointer;
  const nonNull = nullableAlternative(root, own);
  if (nonNull !== undefined && depth < MAX_MERGE_DEPTH) {
    const inner = buildView(root, nonNull, depth + 1);
    if (inner !== undefined)
      return { schema: inner.schema, nullable: true, identity: joinIdentity(refs, inner.identity) };
  }
  return mergeAllOf(root, own, refs, depth);
}

function mergeAllOf(root: JsonObject, own: JsonObject, refs: string, depth: number): SchemaView {
  let schema = withoutKey(own, 'allOf');
  let identity = refs;
  const members = Array.isArray(own.allOf) ? own.allOf : [];
  for (const member of depth < MAX_MERGE_DEPTH ? members : []) {
    const view = buildView(root, member, depth + 1);
    if (view === undefined) continue;
    schema = mergeSchemas(schema, view.schema);
    identity = joinIdentity(identity, view.identity);
  }
  return { schema, nullable: ownNullable(own), identity };
}

function joinIdentity(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a}+${b}`;
}

function withoutKey(object: JsonObject, key: string): JsonObject {
  const copy: JsonObject = {};
  for (const [k, v] of Object.entries(object)) if (k !== key) copy[k] = v;
  return copy;
}

/** `base` with `extra`'s properties and required names added and its other keywords where `base` has none. */
function mergeSchemas(base: JsonObject, extra: JsonObject): JsonObject {
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    if (key === 'properties' && isJsonObject(value)) {
      merged.properties = { ...value, ...(isJsonObject(base.properties) ? base.properties : {}) };
    } else if (key === 'required' && Array.isArray(value)) {
      merged.required = [...new Set([...requiredNames(base), ...value.filter((v) => typeof v === 'string')])];
    } else if (!(key in merged)) {
      merged[key] = value;
    }
  }
  return merged;
}

function isNullSchema(root: JsonObject, value: JsonValue): boolean {
  const schema = derefObject(root, value)?.value;
  return (
    schema !== undefined &&
    (schema.type === 'null' || (Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null))
  );
}

/** For `anyOf`/`oneOf: [X, {type: "null"}]` (3.1's nullable reference), X; otherwise undefined. */
function nullableAlternative(root: JsonObject, schema: JsonObject): JsonValue | undefined {
  for (const key of ['anyOf', 'oneOf']) {
    const members = schema[key];
    if (!Array.isArray(members) || members.length !== 2) continue;
    const [first, second] = members;
    if (first === undefined || second === undefined) continue;
    if (isNullSchema(root, second)) return first;
    if (isNullSchema(root, first)) return second;
  }
  return undefined;
}

function ownNullable(schema: JsonObject): boolean {
  const type = schema.type;
  return schema.nullable === true || type === 'null' || (Array.isArray(type) && type.includes('null'));
}

export function requiredNames(schema: JsonObject): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((v) => typeof v === 'string') : [];
}

export function propertiesOf(schema: JsonObject): JsonObject {
  return isJsonObject(schema.properties) ? schema.properties : {};
}

/** The declared types without "null", sorted; null when the schema declares no type. */
export function typesOf(view: SchemaView): string[] | null {
  const type = view.schema.type;
  const listed =
    typeof type === 'string' ? [type] : Array.isArray(type) ? type.filter((t) => typeof t === 'string') : [];
  if (listed.length === 0) return null;
  const types = listed.filter((t) => t !== 'null');
  return (types.length === 0 ? ['null'] : types).sort();
}

export function formatOf(view: SchemaView): string | null {
  return typeof view.schema.format === 'string' ? view.schema.format : null;
}

/** "string", "integer/int32", "integer|string", or "any". */
export function typeLabel(view: SchemaView): string {
  const types = typesOf(view)?.join('|') ?? 'any';
  const format = formatOf(view);
  return format === null ? types : `${types}/${format}`;
}

export type TypeComparison = 'same' | 'widened' | 'narrowed' | 'changed';

/** Every type of `inner` is one of `outer`'s (an integer counts as a number). */
function typesCover(outer: readonly string[] | null, inner: readonly string[] | null): boolean {
  if (outer === null) return true;
  if (inner === null) return false;
  return inner.every((t) => outer.includes(t) || (t === 'integer' && outer.includes('number')));
}

/** How the set of values a schema's type and format admit changed from `old` to `new`. */
export function compareTypes(old: SchemaView, new_: SchemaView): TypeComparison {
  const oldTypes = typesOf(old);
  const newTypes = typesOf(new_);
  const oldFormat = formatOf(old);
  const newFormat = formatOf(new_);
  if (isDeepStrictEqual(oldTypes, newTypes) && oldFormat === newFormat) return 'same';
  const wider = typesCover(newTypes, oldTypes) && (newFormat === null || newFormat === oldFormat);
  const narrower = typesCover(oldTypes, newTypes) && (oldFormat === null || newFormat === oldFormat);
  if (wider && !narrower) return 'widened';
  if (narrower && !wider) return 'narrowed';
  return 'changed';
}

export function numberKeyword(view: SchemaView, keyword: string): number | undefined {
  const value = view.schema[keyword];
  return typeof value === 'number' ? value : undefined;
}

export function stringKeyword(view: SchemaView, keyword: string): string | undefined {
  const value = view.schema[keyword];
  return typeof value === 'string' ? value : undefined;
}

/** The enum values other than null (nullability is compared on its own); null when there is no enum. */
export function enumValues(view: SchemaView): JsonValue[] | null {
  const values = view.schema.enum;
  return Array.isArray(values) ? values.filter((v) => v !== null) : null;
}

/** The values of `from` that `to` does not hold (deep equality). */
export function valuesMissing(from: readonly JsonValue[], to: readonly JsonValue[]): JsonValue[] {
  return from.filter((value) => !to.some((other) => isDeepStrictEqual(value, other)));
}

/**
 * The key of a `oneOf` alternative, stable across documents and positions: a `$ref`'s schema name
 * ("AdvancedStringFilter"), else its `title` ("Exact value"), else its JSON.
 */
export function alternativeKey(member: JsonValue): string {
  if (isJsonObject(member)) {
    if (typeof member.$ref === 'string') return member.$ref.replace(/^.*\//, '');
    if (typeof member.title === 'string') return member.title;
  }
  return JSON.stringify(member);
}

/** The `oneOf` alternatives of a view (the nullable idiom already read as nullability), by key. */
export function oneOfAlternatives(view: SchemaView): Map<string, JsonValue> {
  const members = Array.isArray(view.schema.oneOf) ? view.schema.oneOf : [];
  return new Map(members.map((member) => [alternativeKey(member), member]));
}

/** An alternative's type and format ("string/date-time", "object"). */
function typeOf(root: JsonObject, member: JsonValue): string {
  return typeLabel(viewSchema(root, member) ?? EMPTY_VIEW);
}

/** An alternative's type and format and, for objects, its property names ("object{from,limit}"). */
function shapeOf(root: JsonObject, member: JsonValue): string {
  const view = viewSchema(root, member) ?? EMPTY_VIEW;
  const names = Object.keys(propertiesOf(view.schema)).sort();
  return names.length === 0 ? typeLabel(view) : `${typeLabel(view)}{${names.join(',')}}`;
}

function byKind(
  root: JsonObject,
  members: ReadonlyMap<string, JsonValue>,
  kindOf: (root: JsonObject, member: JsonValue) => string,
): Map<string, string[]> {
  const kinds = new Map<string, string[]>();
  for (const [key, member] of members) {
    const kind = kindOf(root, member);
    kinds.set(kind, [...(kinds.get(kind) ?? []), key]);
  }
  return kinds;
}

export interface AlternativePairing {
  /** [old key, old member, new member]. */
  readonly paired: readonly (readonly [string, JsonValue, JsonValue])[];
  readonly removed: readonly (readonly [string, JsonValue])[];
  readonly added: readonly (readonly [string, JsonValue])[];
}

/**
 * Pairs two positions' `oneOf` alternatives: by key first; then the rest by shape (type, format and, for
 * objects, property names), then by type and format alone, wherever exactly one alternative of
 * each side is of that kind — so a document
 * that writes its alternatives inline with other titles (a bundled split specification) pairs with
 * one that names them by `$ref`. What stays unpaired was removed or added.
 */
export function pairAlternatives(
  oldRoot: JsonObject,
  old: SchemaView,
  newRoot: JsonObject,
  new_: SchemaView,
): AlternativePairing {
  const oldAlternatives = oneOfAlternatives(old);
  const newAlternatives = oneOfAlternatives(new_);
  const paired: [string, JsonValue, JsonValue][] = [];
  for (const [key, member] of oldAlternatives) {
    const other = newAlternatives.get(key);
    if (other === undefined) continue;
    paired.push([key, member, other]);
    oldAlternatives.delete(key);
    newAlternatives.delete(key);
  }
  for (const kindOf of [shapeOf, typeOf]) {
    const newKinds = byKind(newRoot, newAlternatives, kindOf);
    for (const [kind, keys] of byKind(oldRoot, oldAlternatives, kindOf)) {
      const others = newKinds.get(kind) ?? [];
      const [key] = keys;
      const [otherKey] = others;
      if (keys.length !== 1 || others.length !== 1 || key === undefined || otherKey === undefined) continue;
      const member = oldAlternatives.get(key);
      const other = newAlternatives.get(otherKey);
      if (member === undefined || other === undefined) continue;
      paired.push([key, member, other]);
      oldAlternatives.delete(key);
      newAlternatives.delete(otherKey);
    }
  }
  return { paired, removed: [...oldAlternatives], added: [...newAlternatives] };
}
