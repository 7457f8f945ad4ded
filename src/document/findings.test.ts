/** Tests for findings.ts: each finding code on a small document, and what does not raise one. */
import { expect, test } from '@playwright/test';
import { buildDocumentModel } from './model.ts';
import type { DocumentFinding } from './types.ts';
import { fixtureDocument } from './fixtures/documents.ts';

const PROBLEM = { 'application/problem+json': { example: '{"status":400}' } };

const doc = fixtureDocument(
  '3.0.3',
  {
    '/api/v1/things': {
      post: {
        operationId: 'createThing',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateThing' } } } },
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          '400': { description: 'Bad Request', content: PROBLEM },
          '401': { description: 'Unauthorized' },
        },
      },
      get: {
        operationId: 'listThings',
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } },
            },
          },
          '4XX': { description: 'Client error', content: { 'application/json': { schema: { type: 'object' } } } },
          '500': { $ref: '#/components/responses/Failure' },
        },
      },
    },
    '/api/v1/open': {
      get: { responses: { '204': { description: 'No Content' } }, security: [] },
      head: {
        operationId: 'peek',
        responses: { '204': { description: 'No Content' } },
        security: [{}, { bearer: [] }],
      },
    },
  },
  {
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      responses: { Failure: { description: 'Failure', content: PROBLEM } },
      schemas: {
        CreateThing: {
          type: 'object',
          properties: {
            kind: { type: 'string', pattern: '^bpmn|dmn$' },
            createdAt: { type: 'string' },
            dueDate: { type: 'string', format: 'date' },
          },
        },
        Thing: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string' },
            updated: { type: 'string' },
            startTime: { $ref: '#/components/schemas/Stamp' },
            timestamp: { type: 'integer' },
            owner: { $ref: '#/components/schemas/Owner' },
            tags: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
          },
        },
        Stamp: { type: 'string' },
        Owner: {
          type: 'object',
          properties: { email: { type: 'string' }, created_at: { type: 'string', format: 'date-time' } },
        },
        Unused: { type: 'object', properties: { a: { type: 'string' } } },
      },
    },
  },
);

const findings = buildDocumentModel(doc, '3.0.3', '3.0').findings;

function of(code: string): [string | null, string][] {
  return findings.filter((f: DocumentFinding) => f.code === code).map((f) => [f.operation, f.pointer]);
}

test('secured operations that do not document 401 or 403 (a 4XX range counts)', () => {
  expect(findings.filter((f) => f.code === 'auth-status-undocumented').map((f) => [f.operation, f.message])).toEqual([
    ['createThing', 'secured operation does not document 403 Forbidden'],
  ]);
});

test('error responses with content but no schema, inline or through $ref', () => {
  expect(of('error-without-schema')).toEqual([
    ['createThing', '#/paths/~1api~1v1~1things/post/responses/400/content/application~1problem+json'],
    ['listThings', '#/components/responses/Failure/content/application~1problem+json'],
  ]);
});

test('an anchored pattern with ungrouped alternation', () => {
  expect(of('ungrouped-alternation')).toEqual([[null, '#/components/schemas/CreateThing/properties/kind/pattern']]);
  expect(findings.find((f) => f.code === 'ungrouped-alternation')?.message).toContain('matches far more than intended');
});

test('date-like string properties without a date format, through $ref too', () => {
  expect(of('date-without-format')).toEqual([
    [null, '#/components/schemas/CreateThing/properties/createdAt'],
    [null, '#/components/schemas/Thing/properties/updated'],
    [null, '#/components/schemas/Thing/properties/startTime'],
  ]);
});

test('response object schemas without required, once each, reached through refs and items', () => {
  expect(of('response-without-required')).toEqual([
    [null, '#/components/schemas/Owner'],
    [null, '#/components/schemas/Thing/properties/tags/items'],
  ]);
});

test('operations without an id, and without (or with optional) security', () => {
  expect(of('operation-without-id')).toEqual([['GET /api/v1/open', '#/paths/~1api~1v1~1open/get']]);
  expect(findings.filter((f) => f.code === 'no-security').map((f) => [f.operation, f.message])).toEqual([
    ['GET /api/v1/open', "operation declares no security requirement (neither its own nor the document's)"],
    ['peek', 'operation allows anonymous access (an empty security requirement "{}")'],
  ]);
});

test('every finding has a one-line message and a pointer into the document', () => {
  for (const f of findings) {
    expect(f.message).not.toContain('\n');
    expect(f.pointer.startsWith('#/')).toBe(true);
  }
});
