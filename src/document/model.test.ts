/** Tests for model.ts: keys, order, merged parameters, refs, security, resource and prefix. */
import { expect, test } from '@playwright/test';
import { buildDocumentModel } from './model.ts';
import type { OperationModel } from './types.ts';
import { fixtureDocument } from './fixtures/documents.ts';
import type { JsonObject } from '../core/json.ts';

const OK = { '200': { description: 'OK' } };
const JSON_OBJECT = { 'application/json': { schema: { type: 'object' } } };

const doc = fixtureDocument(
  '3.0.3',
  {
    '/api/v1/items/{itemId}': {
      parameters: [
        { name: 'itemId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
        { $ref: '#/components/parameters/Verbose' },
      ],
      patch: {
        operationId: 'dup',
        tags: ['Items'],
        summary: 'Change an item',
        parameters: [
          { name: 'verbose', in: 'query', required: true, schema: { type: 'boolean' } },
          { name: 'X-Trace', in: 'header', content: { 'text/plain': { schema: { type: 'string' } } } },
        ],
        requestBody: { $ref: '#/components/requestBodies/Item' },
        responses: {
          '200': { $ref: '#/components/responses/Item' },
          '404': { description: 'Not Found', content: { 'application/json': { example: 'x' } } },
        },
        security: [{ bearer: ['write'] }],
      },
      get: { operationId: 'dup', deprecated: true, responses: OK },
      delete: { responses: { '204': { description: 'No Content' } }, security: [] },
    },
    '/api/v1/info': { get: { operationId: 'getInfo', responses: OK } },
  },
  {
    security: [{ bearer: [] }],
    components: {
      parameters: { Verbose: { name: 'verbose', in: 'query', schema: { type: 'boolean' } } },
      requestBodies: { Item: { required: true, content: JSON_OBJECT } },
      responses: { Item: { description: 'The item', content: JSON_OBJECT } },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  },
);

const model = buildDocumentModel(doc, '3.0.3', '3.0');

function operation(key: string): OperationModel {
  const found = model.operations.find((o) => o.key === key);
  if (!found) throw new Error(`no operation ${key}`);
  return found;
}

test('operations come in document order with unique keys', () => {
  expect(model.operations.map((o) => `${o.method} ${o.key}`)).toEqual([
    'patch dup',
    'get dup_2',
    'delete DELETE /api/v1/items/{itemId}',
    'get getInfo',
  ]);
  expect(model.operations.map((o) => o.operationId)).toEqual(['dup', 'dup', null, 'getInfo']);
  const duplicate = model.findings.filter((f) => f.code === 'duplicate-operation-id');
  expect(duplicate.map((f) => f.operation)).toEqual(['dup_2']);
});

test('document fields, prefix and resources', () => {
  expect(model.title).toBe('Fixture API');
  expect(model.infoVersion).toBe('1.0.0');
  expect(model.apiPrefix).toBe('/api/v1');
  expect(model.operations.map((o) => o.resource)).toEqual(['items', 'items', 'items', 'info']);
  expect(operation('dup').pointer).toBe('#/paths/~1api~1v1~1items~1{itemId}/patch');
  expect(operation('dup').tags).toEqual(['Items']);
  expect(operation('dup').summary).toBe('Change an item');
  expect(operation('dup_2').deprecated).toBe(true);
});

test('path-level parameters merge with operation ones, which win on name and location', () => {
  expect(operation('dup').parameters).toEqual([
    {
      name: 'itemId',
      in: 'path',
      required: true,
      schemaPointer: '#/paths/~1api~1v1~1items~1{itemId}/parameters/0/schema',
    },
    {
      name: 'verbose',
      in: 'query',
      required: true,
      schemaPointer: '#/paths/~1api~1v1~1items~1{itemId}/patch/parameters/0/schema',
    },
    {
      name: 'X-Trace',
      in: 'header',
      required: false,
      schemaPointer: '#/paths/~1api~1v1~1items~1{itemId}/patch/parameters/1/content/text~1plain/schema',
    },
  ]);
  expect(operation('dup_2').parameters.map((p) => [p.name, p.required, p.schemaPointer])).toEqual([
    ['itemId', true, '#/paths/~1api~1v1~1items~1{itemId}/parameters/0/schema'],
    ['verbose', false, '#/components/parameters/Verbose/schema'],
  ]);
});

test('request bodies and responses are followed through $ref', () => {
  expect(operation('dup').requestBody).toEqual({
    required: true,
    contents: [
      {
        mediaType: 'application/json',
        schemaPointer: '#/components/requestBodies/Item/content/application~1json/schema',
      },
    ],
  });
  expect(operation('dup').responses).toEqual([
    {
      status: '200',
      description: 'The item',
      contents: [
        {
          mediaType: 'application/json',
          schemaPointer: '#/components/responses/Item/content/application~1json/schema',
        },
      ],
    },
    { status: '404', description: 'Not Found', contents: [{ mediaType: 'application/json', schemaPointer: null }] },
  ]);
  expect(operation('getInfo').requestBody).toBeNull();
  expect(operation('getInfo').responses).toEqual([{ status: '200', description: 'OK', contents: [] }]);
});

test("security is the operation's own, else the document's", () => {
  expect(operation('dup').security).toEqual([{ bearer: ['write'] }]);
  expect(operation('dup_2').security).toEqual([{ bearer: [] }]);
  expect(operation('DELETE /api/v1/items/{itemId}').security).toEqual([]);
});

test('the model keeps the raw document and versions as given', () => {
  const raw: JsonObject = doc;
  expect(model.raw).toBe(raw);
  expect([model.openapi, model.version]).toEqual(['3.0.3', '3.0']);
});
