/** The deprecation note: every operation deprecated (v1 on 8.10: removed in 8.12), else none. */
import { expect, test } from '@playwright/test';
import type { OperationModel } from './types.ts';
import { deprecationNote } from './deprecation.ts';

function op(key: string, deprecated: boolean): OperationModel {
  return {
    key,
    operationId: key,
    method: 'get',
    path: `/api/v1/${key}`,
    resource: key,
    tags: [],
    summary: '',
    deprecated,
    parameters: [],
    requestBody: null,
    responses: [],
    security: [],
    pointer: '',
  };
}

test('deprecation: every v1 operation deprecated → deprecated, removed in 8.12', () => {
  expect(deprecationNote({ apiPrefix: '/api/v1', operations: [op('a', true), op('b', true)] })).toBe(
    'this API is deprecated (removed in 8.12): see the migration report',
  );
  expect(deprecationNote({ apiPrefix: '/api/beta', operations: [op('a', true)] })).toBe(
    'this API is deprecated: see the migration report',
  );
});

test('deprecation: one operation not deprecated, or none at all → no note', () => {
  expect(deprecationNote({ apiPrefix: '/api/v1', operations: [op('a', true), op('b', false)] })).toBeNull();
  expect(deprecationNote({ apiPrefix: '/api/v1', operations: [] })).toBeNull();
});
