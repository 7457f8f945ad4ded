/** Tests for the family declaration and what is derived from it. */
import { expect, test } from '@playwright/test';
import { CHECK_FAMILIES, FAMILY_DECLARATION, MATRIX_FAMILIES, matrixColumnsOf } from './families.ts';

test('every family once, in report order', () => {
  expect(CHECK_FAMILIES).toEqual([
    'schema',
    'strict',
    'status',
    'content-type',
    'problem',
    'semantics',
    'negative',
    'auth',
    'permission',
    'info',
    'breaking',
    'document',
    'transport',
  ]);
  expect(new Set(FAMILY_DECLARATION.map((f) => f.title)).size).toBe(FAMILY_DECLARATION.length);
});

test('the matrix columns are the families declared as columns, in report order', () => {
  expect(MATRIX_FAMILIES).toEqual([
    'schema',
    'strict',
    'status',
    'content-type',
    'problem',
    'semantics',
    'negative',
    'auth',
    'permission',
  ]);
});

test('a test family fills the columns of the families it runs', () => {
  expect(matrixColumnsOf('contract')).toEqual(['schema', 'strict', 'status', 'content-type', 'problem']);
  expect(matrixColumnsOf('methods')).toEqual(['status']);
  expect(matrixColumnsOf('permission')).toEqual(['permission']);
  expect(matrixColumnsOf('info')).toEqual([]);
  expect(matrixColumnsOf('document')).toEqual([]);
});
