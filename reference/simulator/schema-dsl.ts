/**
 * Tiny constructors for the component schemas, written in OpenAPI 3.0 style (`nullable`);
 * document.ts turns them into JSON Schema 2020-12 style for OpenAPI 3.1 documents.
 */
import type { JsonObject } from '../../src/core/json.ts';

interface StringOptions {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly description?: string;
}

export function str(options: StringOptions = {}): JsonObject {
  const schema: JsonObject = { type: 'string' };
  if (options.min !== undefined) schema.minLength = options.min;
  if (options.max !== undefined) schema.maxLength = options.max;
  if (options.pattern !== undefined) schema.pattern = options.pattern;
  if (options.description !== undefined) schema.description = options.description;
  return schema;
}

/** A name or a reference by id in a request: 1 to 255 characters. */
export function bounded(): JsonObject {
  return str({ min: 1, max: 255 });
}

/**
 * One of a fixed set of values, written as the product writes it: an alternation without a group
 * (`^a|b|c$`), which as a JSON Schema pattern matches far more than intended. The server itself
 * matches the whole value (Java's `String.matches`), see validation.ts.
 */
export function choice(values: readonly string[]): JsonObject {
  const list = values.map((v) => `"${v}"`).join(', ');
  return str({ pattern: `^${values.join('|')}$`, description: `One of ${list}.` });
}

export function int32(options: { readonly min?: number; readonly max?: number } = {}): JsonObject {
  const schema: JsonObject = { type: 'integer', format: 'int32' };
  if (options.min !== undefined) schema.minimum = options.min;
  if (options.max !== undefined) schema.maximum = options.max;
  return schema;
}

export function bool(): JsonObject {
  return { type: 'boolean' };
}

export function ref(component: string): JsonObject {
  return { $ref: `#/components/schemas/${component}` };
}

export function arrayOf(items: JsonObject): JsonObject {
  return { type: 'array', items };
}

export function nullable(schema: JsonObject): JsonObject {
  return { ...schema, nullable: true };
}

export function object(properties: Record<string, JsonObject>, required: readonly string[] = []): JsonObject {
  const schema: JsonObject = { type: 'object' };
  if (required.length > 0) schema.required = [...required];
  schema.properties = properties;
  return schema;
}
