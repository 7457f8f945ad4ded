/**
 * A copy of the document that ajv reads as intended, per validation direction:
 * - `readOnly` properties are not required in requests, `writeOnly` ones not in responses;
 * - OpenAPI 3.0 `nullable: true` without a `type` becomes `anyOf [schema, {type: null}]` (ajv
 *   refuses `nullable` without `type`), and a nullable `enum` admits null;
 * - OpenAPI 3.1 has no `nullable`: it is dropped (an annotation there);
 * - a `discriminator` ajv cannot evaluate (no oneOf, a `mapping` with branches lacking a
 *   const/enum tag, a tag that is not required) is dropped: `oneOf` alone still decides.
 * The original document is never changed.
 */
import type { OpenApiVersion } from './types.ts';
import { derefObject } from './resolve.ts';
import { listSchemas } from './walk-schemas.ts';
import type { JsonObject, JsonValue } from '../core/json.ts';
import { isJsonObject } from '../core/json.ts';

export type Direction = 'request' | 'response';

function flagOf(root: JsonObject, property: JsonValue, flag: 'readOnly' | 'writeOnly'): boolean {
  if (isJsonObject(property) && property[flag] === true) return true;
  return derefObject(root, property)?.value[flag] === true;
}

function dropDirectionalRequired(root: JsonObject, schema: JsonObject, direction: Direction): void {
  const { required, properties } = schema;
  if (!Array.isArray(required) || !isJsonObject(properties)) return;
  const flag = direction === 'request' ? 'readOnly' : 'writeOnly';
  schema.required = required.filter((name) => {
    const property = typeof name === 'string' ? properties[name] : undefined;
    return property === undefined || !flagOf(root, property, flag);
  });
}

function normalizeNullable(schema: JsonObject, version: OpenApiVersion): void {
  if (schema.nullable === undefined) return;
  if (version === '3.1' || schema.nullable !== true) {
    delete schema.nullable;
  } else if (schema.type === undefined) {
    const { nullable: _nullable, ...inner } = schema;
    for (const key of Object.keys(schema)) Reflect.deleteProperty(schema, key);
    schema.anyOf = [inner, { type: 'null' }];
  } else if (Array.isArray(schema.enum) && !schema.enum.includes(null)) {
    schema.enum = [...schema.enum, null];
  }
}

function tagOf(root: JsonObject, branch: JsonValue, tag: string): JsonValue[] | null {
  const resolved = derefObject(root, branch)?.value;
  const properties = resolved?.properties;
  const property = isJsonObject(properties) ? properties[tag] : undefined;
  if (!isJsonObject(property)) return null;
  if (typeof property.const === 'string') return [property.const];
  return Array.isArray(property.enum) ? property.enum : null;
}

function requires(root: JsonObject, schema: JsonValue, tag: string): boolean {
  const required = derefObject(root, schema)?.value.required;
  return Array.isArray(required) && required.includes(tag);
}

/** True when ajv's discriminator keyword can evaluate `schema` (ignoring `mapping`). */
function ajvCanDiscriminate(root: JsonObject, schema: JsonObject, discriminator: JsonObject): boolean {
  const tag = discriminator.propertyName;
  const branches = schema.oneOf;
  if (typeof tag !== 'string' || !Array.isArray(branches)) return false;
  const values = branches.map((branch) => tagOf(root, branch, tag));
  const flat = values.flatMap((v) => v ?? []);
  if (values.includes(null) || !flat.every((v) => typeof v === 'string') || new Set(flat).size !== flat.length)
    return false;
  return requires(root, schema, tag) || branches.every((branch) => requires(root, branch, tag));
}

function normalizeDiscriminator(root: JsonObject, schema: JsonObject): void {
  const { discriminator } = schema;
  if (discriminator === undefined) return;
  if (!isJsonObject(discriminator) || !ajvCanDiscriminate(root, schema, discriminator)) {
    delete schema.discriminator;
    return;
  }
  const { mapping: _mapping, ...rest } = discriminator;
  schema.discriminator = rest;
}

/** The document as ajv should see it for `direction`; a deep copy. */
export function prepareForAjv(raw: JsonObject, version: OpenApiVersion, direction: Direction): JsonObject {
  const copy = structuredClone(raw);
  const schemas = listSchemas(copy).map(({ schema }) => schema);
  // Requiredness first: it reads readOnly/writeOnly flags before nullable wrapping moves them.
  for (const schema of schemas) dropDirectionalRequired(copy, schema, direction);
  for (const schema of schemas) normalizeDiscriminator(copy, schema);
  for (const schema of schemas) normalizeNullable(schema, version);
  return copy;
}
