/**
 * Small JSON rewrites the response and document faults are made of: restrict a rewrite to some
 * operations, transform matching objects anywhere in a body, edit one component schema.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../../src/core/json.ts';
import type { FaultContext, OutgoingResponse } from '../simulator/types.ts';

export type Responder = (r: OutgoingResponse, ctx: FaultContext) => OutgoingResponse;

export function forOperations(operationIds: readonly string[], responder: Responder): Responder {
  return (r, ctx) => (ctx.operationId !== null && operationIds.includes(ctx.operationId) ? responder(r, ctx) : r);
}

/** Applies `fn` to every object (at any depth) that `match` selects. */
export function transformObjects(
  value: JsonValue,
  match: (o: JsonObject) => boolean,
  fn: (o: JsonObject) => JsonObject,
): JsonValue {
  if (Array.isArray(value)) return value.map((v) => transformObjects(v, match, fn));
  if (!isJsonObject(value)) return value;
  const inner: JsonObject = {};
  for (const [key, child] of Object.entries(value)) inner[key] = transformObjects(child, match, fn);
  return match(inner) ? fn(inner) : inner;
}

export function mapBody(r: OutgoingResponse, fn: (body: JsonValue) => JsonValue): OutgoingResponse {
  if (r.body === undefined || typeof r.body === 'string') return r;
  return { ...r, body: fn(r.body) };
}

/** File metadata objects (they alone carry a simplePath). */
export function isFileMetadata(o: JsonObject): boolean {
  return 'simplePath' in o;
}

/** Every file metadata in a response gets its `revision` as a string. */
export const revisionAsString: Responder = (r) =>
  mapBody(r, (body) =>
    transformObjects(body, isFileMetadata, (o) =>
      typeof o.revision === 'number' ? { ...o, revision: String(o.revision) } : o,
    ),
  );

/** Replaces component schema `name` of an OpenAPI document by `edit(schema)`. */
export function editComponent(doc: JsonObject, name: string, edit: (schema: JsonObject) => JsonObject): JsonObject {
  const components = isJsonObject(doc.components) ? doc.components : {};
  const schemas = isJsonObject(components.schemas) ? components.schemas : {};
  const schema = schemas[name];
  if (!isJsonObject(schema)) return doc;
  return { ...doc, components: { ...components, schemas: { ...schemas, [name]: edit(schema) } } };
}

/** Sets one property of an object schema (and optionally marks it required). */
export function withProperty(
  schema: JsonObject,
  property: string,
  propertySchema: JsonObject,
  required = false,
): JsonObject {
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  const requiredList = Array.isArray(schema.required) ? schema.required : [];
  return {
    ...schema,
    ...(required ? { required: [...requiredList.filter((r) => r !== property), property] } : {}),
    properties: { ...properties, [property]: propertySchema },
  };
}
