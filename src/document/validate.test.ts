/** Tests for validate.ts and refs.ts: what the validator accepts beyond the basics, and its summaries. */
import { expect, test } from '@playwright/test';
import type { ErrorObject } from 'ajv';
import { countOperations, summarizeMetaSchemaErrors, validateDocument } from './validate.ts';
import { findRefProblems } from './refs.ts';
import { expectUsageError, fixtureDocument, simplePaths } from './fixtures/documents.ts';

function ajvError(
  instancePath: string,
  keyword: string,
  message: string,
  params: Record<string, unknown> = {},
): ErrorObject {
  return { instancePath, keyword, message, params, schemaPath: `#/${keyword}` };
}

test('recursive schemas and refs through components are accepted', async () => {
  const doc = fixtureDocument('3.0.3', simplePaths(), {
    components: {
      schemas: {
        Node: {
          type: 'object',
          properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
        },
        A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
        B: { type: 'object', properties: { a: { $ref: '#/components/schemas/A' } } },
      },
    },
  });
  await expect(validateDocument(doc, 'doc.json')).resolves.toEqual({ openapi: '3.0.3', version: '3.0' });
});

test('a 3.1 document is accepted, as is a 3.0 pre-release version', async () => {
  await expect(validateDocument(fixtureDocument('3.1.0'), 'a')).resolves.toEqual({ openapi: '3.1.0', version: '3.1' });
  await expect(validateDocument(fixtureDocument('3.0.4-rc1'), 'b')).resolves.toEqual({
    openapi: '3.0.4-rc1',
    version: '3.0',
  });
});

test('"openapi" that is not a string is one clear line', async () => {
  await expectUsageError(
    () => validateDocument({ ...fixtureDocument('3.0.3'), openapi: 3 }, 'doc.json'),
    'doc.json: the "openapi" field must be a version string like "3.0.3", got 3',
  );
});

test('the first bad $ref is named, with a count of the others', async () => {
  const doc = fixtureDocument('3.0.3', simplePaths(), {
    components: {
      schemas: {
        A: { $ref: '#/components/schemas/Missing' },
        B: { properties: { c: { $ref: 'other.json#/C' } } },
      },
    },
  });
  await expectUsageError(
    () => validateDocument(doc, 'doc.json'),
    'doc.json: $ref "#/components/schemas/Missing" at #/components/schemas/A does not resolve (and 1 more bad $refs)',
  );
});

test('refs inside examples and extensions are data, not document structure', () => {
  const doc = fixtureDocument('3.0.3', simplePaths(), {
    'x-vendor': { $ref: 'nowhere' },
    components: {
      schemas: { A: { type: 'object', example: { $ref: 'x' } } },
      examples: { E: { value: { $ref: 'also data' } } },
    },
  });
  expect(findRefProblems(doc)).toEqual([]);
});

test('a malformed %-escape in a ref is dangling, not a crash', () => {
  const doc = fixtureDocument('3.0.3', simplePaths(), {
    components: { schemas: { A: { $ref: '#/components/schemas/%E0%A4%A' } } },
  });
  expect(findRefProblems(doc)).toEqual([
    { kind: 'dangling', ref: '#/components/schemas/%E0%A4%A', pointer: '#/components/schemas/A' },
  ]);
});

test('a cycle of bare $refs is refused; a recursive schema is not such a cycle', async () => {
  const doc = fixtureDocument('3.1.0', simplePaths(), {
    components: {
      schemas: {
        A: { $ref: '#/components/schemas/B' },
        B: { $ref: '#/components/schemas/A' },
        List: { type: 'array', items: { $ref: '#/components/schemas/List' } },
      },
    },
  });
  expect(findRefProblems(doc)).toEqual([
    { kind: 'cycle', ref: '#/components/schemas/B', pointer: '#/components/schemas/A' },
    { kind: 'cycle', ref: '#/components/schemas/A', pointer: '#/components/schemas/B' },
  ]);
  await expectUsageError(
    () => validateDocument(doc, 'doc.json'),
    'doc.json: $ref "#/components/schemas/B" at #/components/schemas/A is part of a $ref cycle that never reaches a definition (and 1 more bad $refs)',
  );
});

test('a chain of $refs that ends in an external one is no cycle: the external $ref is named', async () => {
  const doc = fixtureDocument('3.0.3', simplePaths(), {
    components: {
      schemas: {
        A: { $ref: '#/components/schemas/B' },
        B: { $ref: 'common.yaml#/components/schemas/C' },
        D: { $ref: '#/components/schemas/Gone' },
        E: { $ref: '#/components/schemas/D' },
      },
    },
  });
  expect(findRefProblems(doc)).toEqual([
    { kind: 'external', ref: 'common.yaml#/components/schemas/C', pointer: '#/components/schemas/B' },
    { kind: 'dangling', ref: '#/components/schemas/Gone', pointer: '#/components/schemas/D' },
  ]);
  await expectUsageError(
    () => validateDocument(doc, 'doc.json'),
    'doc.json: external $ref "common.yaml#/components/schemas/C" at #/components/schemas/B is not supported (the suite reads self-contained documents; bundle it first) (and 1 more bad $refs)',
  );
});

test('operations are counted through path item refs', () => {
  const doc = fixtureDocument(
    '3.1.0',
    { '/a': { $ref: '#/components/pathItems/A' }, '/b': { parameters: [] } },
    {
      components: { pathItems: { A: { get: { responses: {} }, delete: { responses: {} } } } },
    },
  );
  expect(countOperations(doc)).toBe(2);
  expect(countOperations({ openapi: '3.1.0' })).toBe(0);
});

test('meta-schema summaries drop combinator echoes, dedupe and cap the list', () => {
  const errors = [
    ajvError('/paths/~1x/get/responses/200', 'required', "must have required property '$ref'", {
      missingProperty: '$ref',
    }),
    ajvError('/paths/~1x/get/responses/200', 'oneOf', 'must match exactly one schema in oneOf'),
    ajvError('/info/title', 'type', 'must be string'),
    ajvError('/info/title', 'type', 'must be string'),
    ajvError('/a', 'enum', 'must be equal to one of the allowed values', { allowedValues: ['x', 'y'] }),
    ajvError('/b', 'type', 'must be object'),
    ajvError('/c', 'type', 'must be array'),
  ];
  expect(summarizeMetaSchemaErrors(errors)).toBe(
    '#/info/title must be string; #/a must be equal to one of the allowed values: "x", "y"; #/b must be object (and 1 more)',
  );
  expect(summarizeMetaSchemaErrors(errors.slice(1, 2))).toBe(
    '#/paths/~1x/get/responses/200 must match exactly one schema in oneOf',
  );
});
