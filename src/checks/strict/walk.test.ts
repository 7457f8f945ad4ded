/** Tests for the strict reading (walk.ts): missing, extra, null, uuid and datetime issues, through $ref, allOf, oneOf, arrays and maps. */
import { expect, test } from '@playwright/test';
import { DanglingRefError } from '../../document/resolve.ts';
import type { JsonObject, JsonValue } from '../../core/json.ts';
import { isRfc3339, isUuid, strictIssues, type StrictIssueKind } from './walk.ts';

const UUID = '4f4a5c3e-9d1b-4b8a-8f2e-1c2d3e4f5a6b';

const ROOT: JsonObject = {
  components: {
    schemas: {
      File: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          created: { type: 'string' },
          folderId: { type: 'string' },
          content: { type: 'string', writeOnly: true },
          note: { type: 'string', nullable: true },
          anything: {},
          kind: { type: 'string', enum: ['a', null] },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
          parent: { $ref: '#/components/schemas/Folder' },
        },
      },
      Folder: {
        allOf: [
          { $ref: '#/components/schemas/Named' },
          { type: 'object', properties: { parentId: { type: 'string' } } },
        ],
      },
      Named: { type: 'object', properties: { name: { type: 'string' } } },
      Page: {
        type: 'object',
        properties: {
          items: { type: 'array', items: { $ref: '#/components/schemas/Named' } },
          total: { type: 'integer' },
        },
      },
      Either: {
        oneOf: [{ $ref: '#/components/schemas/Named' }, { type: 'object', properties: { url: { type: 'string' } } }],
      },
      Tree: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } },
        },
      },
      Odd: { type: 'object', properties: { 'a/b': { type: 'string' }, 'c~d': { type: 'string' } } },
      Loose: { type: 'object' },
      Typed31: { type: 'object', properties: { maybe: { type: ['string', 'null'] }, never: { type: 'string' } } },
    },
  },
};

function file(): JsonObject {
  return {
    id: UUID,
    name: 'n',
    created: '2024-05-01T10:00:00Z',
    folderId: UUID,
    note: null,
    anything: null,
    kind: null,
    labels: { free: 'x' },
    parent: { name: 'p', parentId: UUID },
  };
}

function issues(schema: string, data: JsonValue): [StrictIssueKind, string][] {
  return strictIssues(ROOT, `#/components/schemas/${schema}`, data).map((i) => [i.kind, i.path]);
}

test('a body exactly as documented has no issues (writeOnly may be absent, maps take any key)', () => {
  expect(issues('File', file())).toEqual([]);
});

test('missing and extra properties, also inside a $ref and an allOf composition', () => {
  const { name: _name, ...withoutName } = file();
  expect(issues('File', { ...withoutName, extra: 1, parent: { parentId: UUID, surprise: true } })).toEqual([
    ['missing', '/name'],
    ['missing', '/parent/name'],
    ['extra', '/parent/surprise'],
    ['extra', '/extra'],
  ]);
});

test('null is an issue only where the schema does not allow it', () => {
  expect(issues('File', { ...file(), folderId: null, name: null })).toEqual([
    ['null', '/name'],
    ['null', '/folderId'],
  ]);
  expect(issues('Typed31', { maybe: null, never: null })).toEqual([['null', '/never']]);
  expect(issues('File', null)).toEqual([['null', '']]);
});

test("ids must be UUIDs and dates RFC 3339, by the domain's property names", () => {
  expect(
    issues('File', { ...file(), id: '42', created: '2024-05-01', parent: { name: 'p', parentId: 'nope' } }),
  ).toEqual([
    ['uuid', '/id'],
    ['datetime', '/created'],
    ['uuid', '/parent/parentId'],
  ]);
  const [first] = strictIssues(ROOT, '#/components/schemas/File', { ...file(), id: '42' });
  expect(first?.message).toBe('/id is "42", not a UUID');
});

test('array items are walked with their index in the path', () => {
  expect(issues('Page', { items: [{ name: 'a' }, { nom: 'b' }], total: 2 })).toEqual([
    ['missing', '/items/1/name'],
    ['extra', '/items/1/nom'],
  ]);
});

test('oneOf takes the branch that fits best', () => {
  expect(issues('Either', { url: 'https://x' })).toEqual([]);
  expect(issues('Either', { name: 'n' })).toEqual([]);
  expect(issues('Either', { name: 'n', more: 1 })).toEqual([['extra', '/more']]);
});

test('recursive schemas are walked without end, and pointer tokens are escaped', () => {
  expect(issues('Tree', { name: 'a', children: [{ name: 'b', children: [{ children: [] }] }] })).toEqual([
    ['missing', '/children/0/children/0/name'],
  ]);
  expect(issues('Odd', {})).toEqual([
    ['missing', '/a~1b'],
    ['missing', '/c~0d'],
  ]);
});

test('a schema without properties reads nothing; a pointer to nothing is an error, not a pass', () => {
  expect(issues('Loose', { whatever: 1 })).toEqual([]);
  expect(() => strictIssues(ROOT, '#/components/schemas/Nope', { a: 1 })).toThrow(DanglingRefError);
});

test('isUuid and isRfc3339', () => {
  expect(isUuid(UUID)).toBe(true);
  expect(isUuid(UUID.toUpperCase())).toBe(true);
  expect(isUuid(UUID.slice(1))).toBe(false);
  expect(isRfc3339('2024-05-01T10:00:00Z')).toBe(true);
  expect(isRfc3339('2024-05-01t10:00:00.123456+02:00')).toBe(true);
  expect(isRfc3339('2024-05-01T10:00:00')).toBe(false);
  expect(isRfc3339('2024-05-01 10:00:00Z')).toBe(false);
  expect(isRfc3339('2024-13-01T10:00:00Z')).toBe(false);
});
