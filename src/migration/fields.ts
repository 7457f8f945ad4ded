/**
 * What the migration report reads of one operation of a live document: the properties of its
 * JSON request body and success response as dotted paths (array items left out, `allOf`/`oneOf`/
 * `anyOf` branches merged), each with its types, enum values (an enum, or the alternatives of a
 * springdoc pattern such as `^bpmn|dmn|form$`), whether it is required and nullable; its path
 * parameters; the media types of its error responses.
 * Hand-written: a flat listing of property names for comparison is not what a schema library
 * offers (they validate data), and it is a short walk over the document's own `$ref`s.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import { topLevelAlternatives } from '../document/patterns.ts';
import { resolvePointer } from '../document/resolve.ts';
import type { OperationModel } from '../document/types.ts';

export interface FieldInfo {
  readonly types: Set<string>;
  readonly enums: Set<string>;
  required: boolean;
  nullable: boolean;
}

export interface OperationFields {
  readonly request: ReadonlyMap<string, FieldInfo>;
  readonly response: ReadonlyMap<string, FieldInfo>;
  readonly pathParameters: ReadonlySet<string>;
  /** Media types of the documented 4xx/5xx/default responses (empty when they document none). */
  readonly errorMediaTypes: ReadonlySet<string>;
}

const MAX_DEPTH = 8;

function deref(root: JsonObject, value: JsonValue | undefined, seen: readonly string[]): [JsonObject | null, string[]] {
  let current = value;
  const chain = [...seen];
  while (isJsonObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#') || chain.includes(ref)) return [null, chain];
    chain.push(ref);
    current = resolvePointer(root, ref);
  }
  return [isJsonObject(current) ? current : null, chain];
}

function info(out: Map<string, FieldInfo>, path: string): FieldInfo {
  let found = out.get(path);
  if (found === undefined) {
    found = { types: new Set(), enums: new Set(), required: false, nullable: false };
    out.set(path, found);
  }
  return found;
}

function strings(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Types, enum values and nullability of one property schema (its branches included). */
function describe(root: JsonObject, schema: JsonValue | undefined, into: FieldInfo, seen: readonly string[]): void {
  const [resolved, chain] = deref(root, schema, seen);
  if (resolved === null || chain.length > MAX_DEPTH) return;
  const type = resolved.type;
  for (const t of typeof type === 'string' ? [type] : strings(type)) {
    if (t === 'null') into.nullable = true;
    else into.types.add(t);
  }
  if (resolved.nullable === true) into.nullable = true;
  for (const value of Array.isArray(resolved.enum) ? resolved.enum : []) {
    if (value === null) into.nullable = true;
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      into.enums.add(String(value));
  }
  if (typeof resolved.pattern === 'string') {
    for (const alternative of topLevelAlternatives(resolved.pattern)) {
      const plain = alternative.replace(/^\^/, '').replace(/\$$/, '');
      if (/^[\w-]+$/.test(plain)) into.enums.add(plain);
    }
  }
  if (resolved.properties !== undefined && into.types.size === 0) into.types.add('object');
  if (resolved.items !== undefined && into.types.size === 0) into.types.add('array');
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    const branches = resolved[key];
    if (Array.isArray(branches)) for (const branch of branches) describe(root, branch, into, chain);
  }
}

/** Adds every property of `schema` under `prefix` to `out`. */
function walk(
  root: JsonObject,
  schema: JsonValue | undefined,
  prefix: string,
  out: Map<string, FieldInfo>,
  seen: readonly string[],
): void {
  const [resolved, chain] = deref(root, schema, seen);
  if (resolved === null || chain.length > MAX_DEPTH || prefix.split('.').length > MAX_DEPTH) return;
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    const branches = resolved[key];
    if (Array.isArray(branches)) for (const branch of branches) walk(root, branch, prefix, out, chain);
  }
  if (resolved.items !== undefined) walk(root, resolved.items, prefix, out, chain);
  const required = strings(resolved.required);
  const properties = resolved.properties;
  if (!isJsonObject(properties)) return;
  for (const [name, property] of Object.entries(properties)) {
    const path = `${prefix}${name}`;
    const field = info(out, path);
    if (required.includes(name)) field.required = true;
    describe(root, property, field, chain);
    walk(root, property, `${path}.`, out, chain);
  }
}

function isJsonMedia(mediaType: string): boolean {
  return /json/i.test(mediaType);
}

function schemaAtPointer(root: JsonObject, pointer: string | null): JsonValue | undefined {
  return pointer === null ? undefined : resolvePointer(root, pointer);
}

/** The fields of one operation of `root` (the raw document its model was built from). */
export function operationFields(root: JsonObject, operation: OperationModel): OperationFields {
  const request = new Map<string, FieldInfo>();
  for (const content of operation.requestBody?.contents ?? []) {
    if (isJsonMedia(content.mediaType)) walk(root, schemaAtPointer(root, content.schemaPointer), '', request, []);
  }
  const response = new Map<string, FieldInfo>();
  const errorMediaTypes = new Set<string>();
  for (const answer of operation.responses) {
    const success = answer.status.startsWith('2');
    for (const content of answer.contents) {
      if (success && isJsonMedia(content.mediaType))
        walk(root, schemaAtPointer(root, content.schemaPointer), '', response, []);
      if (!success) errorMediaTypes.add(content.mediaType.toLowerCase());
    }
  }
  const pathParameters = new Set(operation.parameters.filter((p) => p.in === 'path').map((p) => p.name));
  return { request, response, pathParameters, errorMediaTypes };
}
