/**
 * Synthetic OpenAPI documents of a given number of operations, shaped like the Web Modeler API
 * (resources with create, get, update, delete and search; metadata DTOs with nested users and
 * lists), for the scaling benchmark.
 */
import type { JsonObject } from '../core/json.ts';

function resourceSchemas(name: string): JsonObject {
  const ref = (s: string): JsonObject => ({ $ref: `#/components/schemas/${s}` });
  return {
    [`Create${name}Dto`]: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 255 },
        parentId: { type: 'string' },
        kind: { type: 'string', pattern: '^a|b|c$' },
      },
    },
    [`${name}MetadataDto`]: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        parentId: { type: 'string', nullable: true },
        created: { type: 'string' },
        createdBy: ref('UserDto'),
        updated: { type: 'string' },
        updatedBy: ref('UserDto'),
        revision: { type: 'integer', format: 'int32' },
      },
    },
    [`${name}Dto`]: {
      type: 'object',
      properties: {
        metadata: ref(`${name}MetadataDto`),
        content: { type: 'string' },
        children: { type: 'array', items: ref(`${name}MetadataDto`) },
      },
    },
    [`Search${name}Dto`]: {
      type: 'object',
      properties: {
        filter: ref(`${name}MetadataDto`),
        sort: { type: 'array', items: ref('SortDto') },
        page: { type: 'integer', minimum: 0 },
        size: { type: 'integer', minimum: 0, maximum: 50 },
      },
    },
    [`Search${name}Result`]: {
      type: 'object',
      properties: { items: { type: 'array', items: ref(`${name}MetadataDto`) }, total: { type: 'integer' } },
    },
  };
}

function op(operationId: string, body: string | null, response: string | null, success: string): JsonObject {
  const problem = { description: 'Error', content: { 'application/json': { example: '{"status":404}' } } };
  return {
    operationId,
    tags: ['Synthetic'],
    ...(body === null
      ? {}
      : {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${body}` } } },
          },
        }),
    responses: {
      [success]: {
        description: 'OK',
        ...(response === null
          ? {}
          : { content: { 'application/json': { schema: { $ref: `#/components/schemas/${response}` } } } }),
      },
      400: problem,
      404: problem,
      500: problem,
    },
    security: [{ Bearer: [] }],
  };
}

const ID = [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }];

/** A document of exactly `operations` operations (5 per resource; the last resource may have fewer). */
export function syntheticDocument(operations: number): JsonObject {
  const paths: JsonObject = {};
  let schemas: JsonObject = {
    UserDto: { type: 'object', properties: { name: { type: 'string' }, email: { type: 'string' } } },
    SortDto: {
      type: 'object',
      required: ['field', 'direction'],
      properties: { field: { type: 'string' }, direction: { type: 'string', enum: ['ASC', 'DESC'] } },
    },
  };
  let made = 0;
  for (let r = 0; made < operations; r++) {
    const name = `Thing${r}`;
    const base = `/api/v1/things${r}`;
    schemas = { ...schemas, ...resourceSchemas(name) };
    const item: JsonObject = {};
    const collection: JsonObject = {};
    const search: JsonObject = {};
    const want = (): boolean => made++ < operations;
    if (want()) collection.post = op(`create${name}`, `Create${name}Dto`, `${name}MetadataDto`, '200');
    if (want()) item.get = op(`get${name}`, null, `${name}Dto`, '200');
    if (want()) item.patch = op(`update${name}`, `Create${name}Dto`, `${name}MetadataDto`, '200');
    if (want()) item.delete = op(`delete${name}`, null, null, '204');
    if (want()) search.post = op(`search${name}`, `Search${name}Dto`, `Search${name}Result`, '200');
    if (Object.keys(collection).length > 0) paths[base] = collection;
    if (Object.keys(item).length > 0) paths[`${base}/{id}`] = { parameters: ID, ...item };
    if (Object.keys(search).length > 0) paths[`${base}/search`] = search;
  }
  return {
    openapi: '3.0.1',
    info: { title: `Synthetic (${operations} operations)`, version: 'bench' },
    paths,
    components: { schemas, securitySchemes: { Bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
  };
}
