/**
 * Tiny constructors for the hub-v2 document's schemas, OpenAPI 3.0.3 style (`nullable`, key
 * references wrapped in `allOf` so that a property can carry its own description). The schemas
 * are written for this project from the facts file's names, properties and types; the published
 * specification is never copied.
 */
import type { JsonObject, JsonValue } from '../../src/core/json.ts';

export type Components = Record<string, JsonObject>;

export function ref(component: string): JsonObject {
  return { $ref: `#/components/schemas/${component}` };
}

/** A property that is a component (a key, a DTO), with its own description. */
export function refProp(component: string, description: string): JsonObject {
  return { description, allOf: [ref(component)] };
}

export function nullable(schema: JsonObject): JsonObject {
  return { ...schema, nullable: true };
}

interface TextOptions {
  readonly min?: number;
  readonly max?: number;
  readonly format?: string;
}

export function text(description: string, options: TextOptions = {}): JsonObject {
  const schema: JsonObject = { description, type: 'string' };
  if (options.format !== undefined) schema.format = options.format;
  if (options.min !== undefined) schema.minLength = options.min;
  if (options.max !== undefined) schema.maxLength = options.max;
  return schema;
}

/** A name in a request: 1 to 255 characters. */
export function name(description: string): JsonObject {
  return text(description, { min: 1, max: 255 });
}

export function dateTime(description: string): JsonObject {
  return text(description, { format: 'date-time' });
}

interface IntegerOptions {
  readonly min?: number;
  readonly max?: number;
  readonly default?: number;
}

export function integer(description: string, format: 'int32' | 'int64', options: IntegerOptions = {}): JsonObject {
  const schema: JsonObject = { description, type: 'integer', format };
  if (options.default !== undefined) schema.default = options.default;
  if (options.min !== undefined) schema.minimum = options.min;
  if (options.max !== undefined) schema.maximum = options.max;
  return schema;
}

export function boolean(description: string, defaultValue?: boolean): JsonObject {
  return defaultValue === undefined
    ? { description, type: 'boolean' }
    : { description, type: 'boolean', default: defaultValue };
}

export function oneOfValues(description: string, values: readonly string[]): JsonObject {
  return { description, type: 'string', enum: [...values] };
}

export function arrayOf(description: string, items: JsonObject): JsonObject {
  return { description, type: 'array', items };
}

interface ObjectOptions {
  readonly description?: string;
  readonly required?: readonly string[];
  /** `additionalProperties: false` (request bodies). */
  readonly strict?: boolean;
  readonly example?: JsonValue;
}

export function objectOf(properties: Record<string, JsonObject>, options: ObjectOptions = {}): JsonObject {
  const schema: JsonObject = { type: 'object' };
  if (options.description !== undefined) schema.description = options.description;
  if (options.strict === true) schema.additionalProperties = false;
  if (options.required !== undefined && options.required.length > 0) schema.required = [...options.required];
  if (options.example !== undefined) schema.example = options.example;
  schema.properties = properties;
  return schema;
}
