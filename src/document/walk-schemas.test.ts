/** Tests for walk-schemas.ts: every schema position of an OpenAPI document is visited once. */
import { expect, test } from '@playwright/test';
import { listSchemas, subschemasOf } from './walk-schemas.ts';
import { fixtureDocument } from './fixtures/documents.ts';

const S = { type: 'string' };

test('schemas are found wherever OpenAPI puts them, refs not followed', () => {
  const doc = fixtureDocument(
    '3.1.0',
    {
      '/a/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: S }],
        post: {
          parameters: [
            { $ref: '#/components/parameters/P' },
            { name: 'h', in: 'header', content: { 'text/plain': { schema: S } } },
          ],
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } },
          responses: { '200': { description: 'OK', headers: { 'X-N': { schema: S } } } },
          callbacks: {
            done: {
              '{$request.body#/url}': {
                post: { responses: { '200': { description: 'OK', content: { 'text/plain': { schema: S } } } } },
              },
            },
          },
        },
      },
    },
    {
      webhooks: { ping: { post: { requestBody: { content: { 'application/json': { schema: S } } }, responses: {} } } },
      components: {
        schemas: {
          A: {
            type: 'object',
            properties: { list: { type: 'array', prefixItems: [S], items: { $ref: '#/components/schemas/A' } } },
            $defs: { D: { type: 'integer' } },
            allOf: [{ if: S, then: S, else: S }],
          },
        },
        parameters: { P: { name: 'p', in: 'query', schema: S } },
        responses: { R: { description: 'r', content: { 'application/json': { schema: S } } } },
      },
    },
  );
  expect(listSchemas(doc).map((s) => s.pointer)).toEqual([
    '#/paths/~1a~1{id}/parameters/0/schema',
    '#/paths/~1a~1{id}/post/parameters/1/content/text~1plain/schema',
    '#/paths/~1a~1{id}/post/requestBody/content/application~1json/schema',
    '#/paths/~1a~1{id}/post/responses/200/headers/X-N/schema',
    '#/paths/~1a~1{id}/post/callbacks/done/{$request.body#~1url}/post/responses/200/content/text~1plain/schema',
    '#/webhooks/ping/post/requestBody/content/application~1json/schema',
    '#/components/schemas/A',
    '#/components/schemas/A/allOf/0',
    '#/components/schemas/A/allOf/0/if',
    '#/components/schemas/A/allOf/0/then',
    '#/components/schemas/A/allOf/0/else',
    '#/components/schemas/A/properties/list',
    '#/components/schemas/A/properties/list/items',
    '#/components/schemas/A/properties/list/prefixItems/0',
    '#/components/schemas/A/$defs/D',
    '#/components/parameters/P/schema',
    '#/components/responses/R/content/application~1json/schema',
  ]);
});

test('subschemas of a draft-04 tuple and of dependencies', () => {
  const schema = { items: [S, S], dependencies: { a: ['b'], c: S }, not: S };
  expect(subschemasOf(schema, ['x']).map((s) => s.tokens.join('/'))).toEqual([
    'x/not',
    'x/items/0',
    'x/items/1',
    'x/dependencies/c',
  ]);
});
