/** Tests for schemas.ts (with ajv.ts and dialect.ts): OpenAPI 3.0 and 3.1 schema dialects, direction, refs. */
import { expect, test } from '@playwright/test';
import { buildDocumentModel } from './model.ts';
import { SchemaValidators } from './schemas.ts';
import type { JsonObject } from '../core/json.ts';
import type { LiveDocument } from './types.ts';
import { fixtureDocument } from './fixtures/documents.ts';

const PET = '#/components/schemas/Pet';
const TREE = '#/components/schemas/Tree';

/** A document with one POST /api/v1/<name> taking and returning `schemaRef`, plus `schemas`. */
function documentWith(openapi: string, schemas: JsonObject, schemaRef: string): JsonObject {
  const content = { 'application/json': { schema: { $ref: schemaRef } } };
  return fixtureDocument(
    openapi,
    {
      '/api/v1/things': {
        post: {
          operationId: 'createThing',
          parameters: [{ name: 'trace', in: 'query', schema: { type: 'string', format: 'uuid' } }],
          requestBody: { required: true, content },
          responses: {
            '200': { description: 'OK', content },
            '400': { description: 'Bad', content: { 'application/json': { example: 'x' } } },
          },
        },
      },
    },
    { components: { schemas } },
  );
}

const DOC_30 = documentWith(
  '3.0.3',
  {
    Pet: {
      type: 'object',
      required: ['id', 'name', 'password'],
      properties: {
        id: { type: 'integer', format: 'int64', readOnly: true },
        name: { type: 'string', nullable: true },
        password: { type: 'string', format: 'password', writeOnly: true },
        age: { type: 'integer', format: 'int32', minimum: 0, exclusiveMinimum: true },
        weight: { type: 'number', format: 'float', maximum: 100, exclusiveMaximum: true },
        photo: { type: 'string', format: 'byte' },
        colour: { type: 'string', format: 'colour-name' },
        status: { type: 'string', enum: ['new', 'sold'], nullable: true },
        owner: { nullable: true, allOf: [{ $ref: '#/components/schemas/Owner' }] },
        category: { $ref: '#/components/schemas/Category' },
        shape: { $ref: '#/components/schemas/Shape' },
        animal: { $ref: '#/components/schemas/Animal' },
      },
      example: { id: 1, name: 'Rex' },
      xml: { name: 'pet' },
      externalDocs: { url: 'https://example.com/pets' },
    },
    Owner: { type: 'object', required: ['email'], properties: { email: { type: 'string', format: 'email' } } },
    Category: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, parent: { $ref: '#/components/schemas/Category' } },
    },
    Shape: {
      oneOf: [{ $ref: '#/components/schemas/Circle' }, { $ref: '#/components/schemas/Square' }],
      discriminator: { propertyName: 'kind' },
    },
    Circle: {
      type: 'object',
      required: ['kind', 'radius'],
      properties: { kind: { type: 'string', enum: ['circle'] }, radius: { type: 'number' } },
    },
    Square: {
      type: 'object',
      required: ['kind', 'side'],
      properties: { kind: { type: 'string', enum: ['square'] }, side: { type: 'number' } },
    },
    Animal: {
      oneOf: [{ $ref: '#/components/schemas/Dog' }, { $ref: '#/components/schemas/Cat' }],
      discriminator: {
        propertyName: 'type',
        mapping: { dog: '#/components/schemas/Dog', cat: '#/components/schemas/Cat' },
      },
    },
    Dog: {
      type: 'object',
      required: ['type', 'bark'],
      properties: { type: { type: 'string' }, bark: { type: 'boolean' } },
    },
    Cat: {
      type: 'object',
      required: ['type', 'meow'],
      properties: { type: { type: 'string' }, meow: { type: 'boolean' } },
    },
  },
  PET,
);

const DOC_31 = documentWith(
  '3.1.0',
  {
    Tree: {
      type: 'object',
      required: ['kind', 'root'],
      properties: {
        kind: { const: 'tree' },
        label: { type: ['string', 'null'], examples: ['oak'] },
        root: { $ref: '#/components/schemas/Tree/$defs/Node' },
        secret: { type: 'string', writeOnly: true },
      },
      $defs: {
        Node: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: {
            name: { type: 'string' },
            children: { type: 'array', items: { $ref: '#/components/schemas/Tree/$defs/Node' } },
          },
        },
      },
    },
  },
  TREE,
);

function live(raw: JsonObject, openapi: string): LiveDocument {
  return buildDocumentModel(raw, openapi, openapi.startsWith('3.0') ? '3.0' : '3.1');
}

const validators30 = new SchemaValidators(live(DOC_30, '3.0.3'));
const validators31 = new SchemaValidators(live(DOC_31, '3.1.0'));
const validPet = { name: 'Rex', password: 'pw', age: 1, weight: 99.5, photo: 'aGk=', colour: 'teal' };

function messages30(data: unknown, direction: 'request' | 'response'): string[] {
  return validators30.validate(PET, data, direction).map((e) => e.message);
}

test('3.0: readOnly properties are not required in requests, writeOnly ones not in responses', () => {
  expect(messages30(validPet, 'request')).toEqual([]);
  expect(messages30({ ...validPet, password: undefined }, 'request')).toEqual([
    "(root) must have required property 'password'",
  ]);
  expect(messages30({ id: 7, name: 'Rex' }, 'response')).toEqual([]);
  expect(messages30({ name: 'Rex' }, 'response')).toEqual(["(root) must have required property 'id'"]);
});

test('3.0: nullable with and without type, nullable enum', () => {
  expect(messages30({ ...validPet, name: null, status: null, owner: null }, 'request')).toEqual([]);
  expect(messages30({ ...validPet, owner: { email: 'a@example.com' } }, 'request')).toEqual([]);
  expect(messages30({ ...validPet, owner: 5, status: 'lost' }, 'request')).toEqual(
    expect.arrayContaining([
      '/owner must be object',
      '/status must be equal to one of the allowed values: "new", "sold", null',
    ]),
  );
  expect(messages30({ ...validPet, age: null }, 'request')).toEqual(['/age must be integer']);
});

test('3.0: boolean exclusiveMinimum/Maximum and OpenAPI formats', () => {
  expect(messages30({ ...validPet, age: 0, weight: 100 }, 'request')).toEqual([
    '/age must be > 0',
    '/weight must be < 100',
  ]);
  expect(messages30({ ...validPet, age: 2 ** 31, photo: 'not base64!' }, 'request')).toEqual([
    '/age must match format "int32"',
    '/photo must match format "byte"',
  ]);
});

test('3.0: discriminator picks the branch; an unsupported one falls back to oneOf', () => {
  expect(
    messages30({ ...validPet, shape: { kind: 'circle', radius: 1 }, animal: { type: 'dog', bark: true } }, 'request'),
  ).toEqual([]);
  expect(messages30({ ...validPet, shape: { kind: 'circle', side: 1 } }, 'request')).toEqual([
    "/shape must have required property 'radius'",
  ]);
  expect(messages30({ ...validPet, shape: { kind: 'triangle' } }, 'request')).toEqual([
    '/shape value of tag "kind" must be in oneOf',
  ]);
  expect(messages30({ ...validPet, animal: { type: 'dog' } }, 'request')).toEqual(
    expect.arrayContaining(['/animal must match exactly one schema in oneOf']),
  );
});

test('3.0: recursive component schemas validate at depth', () => {
  const category = { name: 'a', parent: { name: 'b', parent: { parent: { name: 'd' } } } };
  expect(messages30({ ...validPet, category }, 'request')).toEqual([
    "/category/parent/parent must have required property 'name'",
  ]);
});

test('3.1: type arrays with null, const, $defs and recursion', () => {
  const tree = { kind: 'tree', label: null, root: { name: 'a', children: [{ name: 'b', children: [] }] } };
  expect(validators31.validate(TREE, tree, 'response')).toEqual([]);
  expect(validators31.validate(TREE, { ...tree, label: 'oak' }, 'request')).toEqual([]);
  const bad = { kind: 'bush', label: 5, root: { name: 'a', children: [{ children: [], extra: 1 }] } };
  expect(validators31.validate(TREE, bad, 'response')).toEqual([
    { path: '/kind', message: '/kind must be "tree"' },
    { path: '/label', message: '/label must be string,null' },
    { path: '/root/children/0', message: "/root/children/0 must have required property 'name'" },
    { path: '/root/children/0', message: '/root/children/0 must NOT have additional properties: "extra"' },
  ]);
});

test('any pointer of the document compiles: operation schemas, components, parameters', () => {
  const doc = live(DOC_30, '3.0.3');
  const operation = doc.operations[0];
  const body = operation?.requestBody?.contents[0]?.schemaPointer ?? '';
  const trace = operation?.parameters[0]?.schemaPointer ?? '';
  expect(validators30.validate(body, validPet, 'request')).toEqual([]);
  expect(validators30.validate(trace, 'not-a-uuid', 'request')).toEqual([
    { path: '', message: '(root) must match format "uuid"' },
  ]);
  expect(validators30.validate('#/components/schemas/Owner', {}, 'response')).toEqual([
    { path: '', message: "(root) must have required property 'email'" },
  ]);
  expect(() => validators30.validate('#/components/schemas/Nope', {}, 'response')).toThrow(
    'no schema at #/components/schemas/Nope',
  );
});

test('compileAll compiles each operation schema once per direction and counts them', () => {
  expect(validators30.compileAll()).toBe(3);
  expect(new SchemaValidators(live(DOC_30, '3.0.3')).compileAll()).toBe(3);
  expect(validators31.compileAll()).toBe(3);
});

test('the document itself is not changed by the preparation for ajv', () => {
  const before = JSON.stringify(DOC_30);
  new SchemaValidators(live(DOC_30, '3.0.3')).compileAll();
  expect(JSON.stringify(DOC_30)).toBe(before);
});
