/**
 * Visits every Schema Object written in an OpenAPI 3.0/3.1 document, at the place it is written
 * (`$ref`s are not followed, so each schema is visited once), with its JSON pointer.
 *
 * Hand-written: json-schema-traverse (ajv's walker) knows JSON Schema but not where OpenAPI
 * puts schemas (parameters, media types, headers, components), and its 1.0 release misses the
 * 2020-12 applicators (prefixItems, dependentSchemas, unevaluated*) that OpenAPI 3.1 allows.
 */
import { HTTP_METHODS } from './types.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import { pointerOf } from './resolve.ts';

export type SchemaVisitor = (schema: JsonObject, pointer: string) => void;

type Walker = (node: JsonObject, tokens: readonly string[], visit: SchemaVisitor) => void;

const SCHEMA_KEYWORDS = [
  'items',
  'additionalItems',
  'additionalProperties',
  'not',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
] as const;
const SCHEMA_ARRAY_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'] as const;
const SCHEMA_MAP_KEYWORDS = [
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependencies',
] as const;

function objectAt(node: JsonObject, key: string): JsonObject | null {
  const value = node[key];
  return isJsonObject(value) ? value : null;
}

/** Calls `walker` on each object entry of the map at node[key]. */
function eachEntry(
  node: JsonObject,
  key: string,
  tokens: readonly string[],
  walker: Walker,
  visit: SchemaVisitor,
): void {
  const map = objectAt(node, key);
  if (!map) return;
  for (const [name, value] of Object.entries(map)) {
    if (isJsonObject(value)) walker(value, [...tokens, key, name], visit);
  }
}

function eachItem(
  node: JsonObject,
  key: string,
  tokens: readonly string[],
  walker: Walker,
  visit: SchemaVisitor,
): void {
  const list: JsonValue | undefined = node[key];
  if (!Array.isArray(list)) return;
  list.forEach((value, index) => {
    if (isJsonObject(value)) walker(value, [...tokens, key, String(index)], visit);
  });
}

/** The schemas directly inside `schema` (properties, items, allOf branches, …) with their tokens. */
export function subschemasOf(
  schema: JsonObject,
  tokens: readonly string[],
): { schema: JsonObject; tokens: string[] }[] {
  const found: { schema: JsonObject; tokens: string[] }[] = [];
  const collect: Walker = (sub, subTokens) => found.push({ schema: sub, tokens: [...subTokens] });
  const none: SchemaVisitor = () => undefined;
  for (const key of SCHEMA_KEYWORDS) {
    const sub = objectAt(schema, key);
    if (sub) collect(sub, [...tokens, key], none);
  }
  for (const key of SCHEMA_ARRAY_KEYWORDS) eachItem(schema, key, tokens, collect, none);
  for (const key of SCHEMA_MAP_KEYWORDS) eachEntry(schema, key, tokens, collect, none);
  return found;
}

const walkSchema: Walker = (schema, tokens, visit) => {
  visit(schema, pointerOf(tokens));
  for (const sub of subschemasOf(schema, tokens)) walkSchema(sub.schema, sub.tokens, visit);
};

/** A Reference Object stands for something visited where it is defined. */
function unlessRef(walker: Walker): Walker {
  return (node, tokens, visit) => {
    if (typeof node.$ref !== 'string') walker(node, tokens, visit);
  };
}

const walkSchemaIn: Walker = (node, tokens, visit) => {
  const schema = objectAt(node, 'schema');
  if (schema) walkSchema(schema, [...tokens, 'schema'], visit);
};

const walkMediaType: Walker = (media, tokens, visit) => {
  walkSchemaIn(media, tokens, visit);
  const encoding = objectAt(media, 'encoding');
  if (!encoding) return;
  for (const [name, value] of Object.entries(encoding)) {
    if (isJsonObject(value)) eachEntry(value, 'headers', [...tokens, 'encoding', name], walkHeader, visit);
  }
};

/** Parameters and headers: a `schema`, or a `content` map of media types. */
const walkHeader: Walker = unlessRef((node, tokens, visit) => {
  walkSchemaIn(node, tokens, visit);
  eachEntry(node, 'content', tokens, walkMediaType, visit);
});

const walkRequestBody: Walker = unlessRef((node, tokens, visit) => {
  eachEntry(node, 'content', tokens, walkMediaType, visit);
});

const walkResponse: Walker = unlessRef((node, tokens, visit) => {
  eachEntry(node, 'content', tokens, walkMediaType, visit);
  eachEntry(node, 'headers', tokens, walkHeader, visit);
});

const walkCallback: Walker = unlessRef((node, tokens, visit) => {
  for (const [expression, item] of Object.entries(node)) {
    if (isJsonObject(item)) walkPathItem(item, [...tokens, expression], visit);
  }
});

const walkOperation: Walker = (operation, tokens, visit) => {
  eachItem(operation, 'parameters', tokens, walkHeader, visit);
  const body = objectAt(operation, 'requestBody');
  if (body) walkRequestBody(body, [...tokens, 'requestBody'], visit);
  eachEntry(operation, 'responses', tokens, walkResponse, visit);
  eachEntry(operation, 'callbacks', tokens, walkCallback, visit);
};

const walkPathItem: Walker = unlessRef((item, tokens, visit) => {
  eachItem(item, 'parameters', tokens, walkHeader, visit);
  for (const method of HTTP_METHODS) {
    const operation = objectAt(item, method);
    if (operation) walkOperation(operation, [...tokens, method], visit);
  }
});

const COMPONENT_WALKERS: Readonly<Record<string, Walker>> = {
  schemas: walkSchema,
  parameters: walkHeader,
  headers: walkHeader,
  requestBodies: walkRequestBody,
  responses: walkResponse,
  callbacks: walkCallback,
  pathItems: walkPathItem,
};

/** Visits every schema of the document in document order (components after paths and webhooks). */
export function forEachSchema(root: JsonObject, visit: SchemaVisitor): void {
  eachEntry(root, 'paths', [], walkPathItem, visit);
  eachEntry(root, 'webhooks', [], walkPathItem, visit);
  const components = objectAt(root, 'components');
  if (!components) return;
  for (const [kind, walker] of Object.entries(COMPONENT_WALKERS)) {
    eachEntry(components, kind, ['components'], walker, visit);
  }
}

/** All schemas of the document with their pointers, in the order `forEachSchema` visits them. */
export function listSchemas(root: JsonObject): { schema: JsonObject; pointer: string }[] {
  const found: { schema: JsonObject; pointer: string }[] = [];
  forEachSchema(root, (schema, pointer) => found.push({ schema, pointer }));
  return found;
}
