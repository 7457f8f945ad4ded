/**
 * Generates the simulator's OpenAPI document from the route table and the component registry,
 * as springdoc generates Web Modeler's from its controllers: OpenAPI 3.0.1 (v1, beta) or 3.1.0
 * (v1-versions), every operation secured by the Bearer scheme, success responses with a schema,
 * error responses with only a string example of a problem and no schema (the product's quirk).
 * Deterministic: the same generation (and faults) always yields the same document, byte for byte.
 */
import type { Generation } from '../../src/core/domain.ts';
import type { ComponentSchemas } from './components.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../src/core/json.ts';
import { DETAIL, statusTitle } from './problem.ts';
import { paramNames } from './router.ts';
import { ref } from './schema-dsl.ts';
import type { ErrorStatus, RouteDef } from './types.ts';

export interface DocumentInput {
  readonly generation: Generation;
  readonly apiPrefix: string;
  readonly routes: readonly RouteDef[];
  readonly components: ComponentSchemas;
}

export function openapiVersionOf(generation: Generation): '3.0.1' | '3.1.0' {
  return generation === 'v1-versions' || generation === 'v1-8.10' ? '3.1.0' : '3.0.1';
}

const EXAMPLE_DETAIL: Readonly<Record<ErrorStatus, string>> = {
  400: "Request validation failed with the following errors: [name: 'must not be blank'].",
  403: DETAIL.forbidden,
  404: DETAIL.notFound,
  409: DETAIL.conflict,
  500: DETAIL.internal,
};

function errorResponse(status: ErrorStatus, apiPrefix: string): JsonObject {
  const problem = {
    type: 'about:blank',
    title: statusTitle(status),
    status,
    detail: EXAMPLE_DETAIL[status],
    instance: `${apiPrefix}/resource/id`,
  };
  return {
    description: statusTitle(status),
    content: { 'application/json': { example: JSON.stringify(problem, null, 1) } },
  };
}

function responses(route: RouteDef, apiPrefix: string): JsonObject {
  const out: JsonObject = {};
  const { status, schema } = route.success;
  out[String(status)] =
    schema === undefined
      ? { description: 'No Content' }
      : { description: 'OK', content: { 'application/json': { schema: ref(schema) } } };
  for (const error of route.errors) out[String(error)] = errorResponse(error, apiPrefix);
  return out;
}

function parameters(route: RouteDef): JsonObject[] {
  return paramNames(route.path).map((name): JsonObject => {
    const schema: JsonObject =
      route.textParams?.includes(name) === true ? { type: 'string' } : { type: 'string', format: 'uuid' };
    return { name, in: 'path', required: true, schema };
  });
}

function operation(route: RouteDef, apiPrefix: string): JsonObject {
  const op: JsonObject = { tags: [route.tag] };
  if (route.description !== undefined) op.description = route.description;
  op.operationId = route.operationId;
  const params = parameters(route);
  if (params.length > 0) op.parameters = params;
  if (route.requestBody !== undefined) {
    op.requestBody = { content: { 'application/json': { schema: ref(route.requestBody) } }, required: true };
  }
  op.responses = responses(route, apiPrefix);
  if (route.deprecated === true) op.deprecated = true;
  op.security = [{ Bearer: [] }];
  return op;
}

/** OpenAPI 3.0 `nullable: true` → JSON Schema 2020-12 `type: [t, "null"]`, recursively. */
export function toJsonSchema2020(schema: JsonValue): JsonValue {
  if (Array.isArray(schema)) return schema.map(toJsonSchema2020);
  if (!isJsonObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key !== 'nullable') out[key] = toJsonSchema2020(value);
  }
  if (schema.nullable === true && typeof schema.type === 'string') out.type = [schema.type, 'null'];
  return out;
}

export function buildDocument(input: DocumentInput): JsonObject {
  const openapi = openapiVersionOf(input.generation);
  const paths: JsonObject = {};
  for (const route of input.routes) {
    const key = input.apiPrefix + route.path;
    const item = isJsonObject(paths[key]) ? paths[key] : {};
    item[route.method] = operation(route, input.apiPrefix);
    paths[key] = item;
  }
  const schemas: JsonObject = {};
  for (const [name, schema] of Object.entries(input.components)) {
    const converted = openapi === '3.1.0' ? toJsonSchema2020(schema) : schema;
    if (isJsonObject(converted)) schemas[name] = converted;
  }
  return {
    openapi,
    info: { title: 'Web Modeler REST API', version: `reference-${input.generation}` },
    // Relative, unlike springdoc's absolute URL: the document must not depend on the random
    // port, so that it is the same on every start (the committed baselines are copies of it).
    servers: [{ url: '/', description: 'Generated server url' }],
    paths,
    components: {
      schemas,
      securitySchemes: { Bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
