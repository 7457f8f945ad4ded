/**
 * Generates the hub-v2 simulator's OpenAPI 3.0.3 document from its route table and schema
 * registry, written for this project (the published specification is read for its facts, never
 * copied): paths relative to the server URL `/api/v2`, the global bearer scheme `bearerAuth`, the
 * common error responses as components (problems, `application/problem+json`), and the chaining
 * annotations of the published one: `x-semantic-provider` on creates, `x-semantic-requires` on
 * the operations that need an existing resource, `x-semantic-establishes` on addMember,
 * `x-semantic-type` on key schemas and key filters. Deterministic: the same (faults) always give
 * the same document, byte for byte (no port, no date in it).
 */
import { isJsonObject, type JsonObject } from '../../src/core/json.ts';
import { COMMON_RESPONSES, problemContent } from './resources/shared.ts';
import { HUB_API_PREFIX, hubComponents, hubTags } from './route-table.ts';
import { ref } from './schema.ts';
import type { HubErrorDoc, HubRouteDef } from './types.ts';

function errorResponse(error: HubErrorDoc): JsonObject {
  if (error.description === undefined) return { $ref: `#/components/responses/${COMMON_RESPONSES[error.status]}` };
  return { description: error.description, content: problemContent() };
}

function responses(route: HubRouteDef): JsonObject {
  const out: JsonObject = {};
  const { status, description, schema } = route.success;
  out[String(status)] =
    schema === undefined ? { description } : { description, content: { 'application/json': { schema: ref(schema) } } };
  for (const error of route.errors) out[String(error.status)] = errorResponse(error);
  return out;
}

function operation(route: HubRouteDef): JsonObject {
  const op: JsonObject = {
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    'x-added-in-version': route.addedIn,
  };
  if (route.availability !== undefined) op['x-availability'] = route.availability;
  if (route.provides !== undefined) op['x-semantic-provider'] = [...route.provides];
  if (route.requires !== undefined)
    op['x-semantic-requires'] = { kind: route.requires.kind, bind: { ...route.requires.bind } };
  if (route.establishes !== undefined) {
    op['x-semantic-establishes'] = {
      kind: route.establishes.kind,
      shape: route.establishes.shape,
      identifiedBy: route.establishes.identifiedBy.map((i) => ({ ...i })),
    };
  }
  op.tags = [route.tag];
  if (route.parameters !== undefined)
    op.parameters = route.parameters.map((name) => ({ $ref: `#/components/parameters/${name}` }));
  if (route.requestBody !== undefined) {
    const { schema, required, mediaType = 'application/json', encoding } = route.requestBody;
    const media: JsonObject = { schema: ref(schema) };
    if (encoding !== undefined)
      media.encoding = Object.fromEntries(
        Object.entries(encoding).map(([part, contentType]) => [part, { contentType }]),
      );
    op.requestBody = { required, content: { [mediaType]: media } };
  }
  op.responses = responses(route);
  return op;
}

/** The document of the Hub API v2 as a target of one kind serves it (its routes are already that kind's). */
export function buildHubDocument(routes: readonly HubRouteDef[]): JsonObject {
  const paths: JsonObject = {};
  for (const route of routes) {
    const existing = paths[route.path];
    const item: JsonObject = isJsonObject(existing) ? existing : {};
    item[route.method] = operation(route);
    paths[route.path] = item;
  }
  const { schemas, parameters, responses: common } = hubComponents();
  return {
    openapi: '3.0.3',
    info: {
      title: 'Hub API',
      description:
        "The wm-conformance reference target's Hub API v2 (workspaces, projects, folders, files, versions, members, project snapshots, environments, clusters, catalog). Every operation needs a bearer JWT; errors are RFC 9457 problems (application/problem+json). Operations marked x-availability exist only on that kind of target (SM: Self-Managed) and are left out of the other kind's document.",
      version: '2.0.0',
      license: { name: 'Proprietary' },
    },
    // Relative, so that the document does not depend on the random port.
    servers: [{ url: HUB_API_PREFIX, description: 'The Hub API v2 of this server.' }],
    security: [{ bearerAuth: [] }],
    tags: hubTags(),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'An access token of the OAuth 2.0 client-credentials grant.',
        },
      },
      parameters,
      responses: common,
      schemas,
    },
  };
}
