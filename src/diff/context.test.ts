/**
 * Tests of the classifier's context: operations paired by normalized path, parameters by
 * position and case-insensitive header names, schemas walked side by side through `$ref`s,
 * `allOf` and recursion, and OpenAPI 3.0 compared with 3.1.
 */
import { expect, test } from '@playwright/test';
import type { JsonObject } from '../core/json.ts';
import { buildContext } from './context.ts';
import { classify } from './classify-changes.ts';
import {
  INTEGER,
  STRING,
  doc,
  object,
  operation,
  param,
  requestDoc,
  responseDoc,
} from '../../test/support/rule-tests.ts';

function ids(oldDoc: JsonObject, newDoc: JsonObject): string[] {
  return classify(oldDoc, newDoc).changes.map((change) => `${change.id} ${change.location}`);
}

const treeComponents = (node: JsonObject): JsonObject => ({ components: { schemas: { Node: node } } });
const tree = (extra: JsonObject = {}): JsonObject =>
  object({ name: STRING, ...extra, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } });

test('operations pair by method and normalized path; the rest are added or removed', () => {
  const ctx = buildContext(
    doc({ '/a/{x}': { get: operation(), delete: operation() }, '/gone': { get: operation() } }),
    doc({ '/a/{y}': { get: operation(), patch: operation() }, '/new': { get: operation() } }),
  );
  expect(ctx.paired.map((pair) => `${pair.old.path} → ${pair.new.path}`)).toEqual(['/a/{x} → /a/{y}']);
  expect(ctx.removed.map((side) => `${side.method} ${side.path}`)).toEqual(['delete /a/{x}', 'get /gone']);
  expect(ctx.added.map((side) => `${side.method} ${side.path}`)).toEqual(['patch /a/{y}', 'get /new']);
  expect(ctx.removedPaths).toEqual(['/gone']);
  expect(ctx.addedPaths).toEqual(['/new']);
});

test('path parameters pair by position, so renaming one compares its schema', () => {
  const withParameter = (name: string, maxLength: number) =>
    doc({
      [`/files/{${name}}`]: {
        get: operation({ id: 'getFile', parameters: [param('path', name, { type: 'string', maxLength })] }),
      },
    });
  expect(ids(withParameter('id', 10), withParameter('fileId', 10))).toEqual([]);
  expect(ids(withParameter('id', 10), withParameter('fileId', 5))).toEqual([
    'request-parameter-max-length-decreased path parameter fileId',
  ]);
});

test('path-item parameters count, and an operation parameter overrides them', () => {
  const withItemParameter = (required: boolean) =>
    doc({ '/things': { parameters: [param('query', 'q', STRING, required)], get: operation() } });
  expect(ids(withItemParameter(false), withItemParameter(true))).toEqual([
    'request-parameter-became-required query parameter q',
  ]);
  const overridden = doc({
    '/things': {
      parameters: [param('query', 'q', STRING, true)],
      get: operation({ parameters: [param('query', 'q')] }),
    },
  });
  expect(ids(withItemParameter(false), overridden)).toEqual([]);
});

test('a schema component renamed (all references rewritten) is no change', () => {
  const thing = object({ id: STRING, size: INTEGER }, ['id']);
  const before = responseDoc({ $ref: '#/components/schemas/Thing' }, { components: { schemas: { Thing: thing } } });
  const after = responseDoc({ $ref: '#/components/schemas/Item' }, { components: { schemas: { Item: thing } } });
  expect(ids(before, after)).toEqual([]);
  expect(ids(before, responseDoc(thing))).toEqual([]);
});

test('a recursive schema is walked once per level and a deep change is found once', () => {
  const ref = { $ref: '#/components/schemas/Node' };
  expect(ids(responseDoc(ref, treeComponents(tree())), responseDoc(ref, treeComponents(tree())))).toEqual([]);
  const nodes = buildContext(
    responseDoc(ref, treeComponents(tree())),
    responseDoc(ref, treeComponents(tree({ size: INTEGER }))),
  ).nodes;
  const walked = nodes.filter((node) => node.direction === 'response').map((node) => node.path);
  expect(walked, 'the items of children are the root again: not walked twice').toEqual([
    '',
    '/children',
    '/name',
    '/size',
  ]);
  expect(
    ids(responseDoc(ref, treeComponents(tree({ size: INTEGER }))), responseDoc(ref, treeComponents(tree()))),
  ).toEqual(['response-optional-property-removed response 200 application/json /size']);
});

test('allOf members are merged: moving properties into a shared base is no change', () => {
  const flat = object({ id: STRING, name: STRING }, ['id']);
  const composed = { allOf: [{ $ref: '#/components/schemas/Base' }, object({ name: STRING })] };
  const components = { components: { schemas: { Base: object({ id: STRING }, ['id']) } } };
  expect(ids(responseDoc(flat), responseDoc(composed, components))).toEqual([]);
  expect(ids(requestDoc(flat), requestDoc(composed, components))).toEqual([]);
});

test('OpenAPI 3.0 nullable and 3.1 null types compare alike, also through references', () => {
  const components = { components: { schemas: { User: object({ email: STRING }) } } };
  const v30 = responseDoc(
    object({
      owner: { allOf: [{ $ref: '#/components/schemas/User' }], nullable: true },
      note: { type: 'string', nullable: true },
    }),
    components,
  );
  const v31 = {
    ...responseDoc(
      object({
        owner: { anyOf: [{ $ref: '#/components/schemas/User' }, { type: 'null' }] },
        note: { type: ['string', 'null'] },
      }),
      components,
    ),
    openapi: '3.1.0',
  };
  expect(ids(v30, v31)).toEqual([]);
  expect(ids(v31, v30)).toEqual([]);
});

test('a type change stops the walk below it (no noise of removed sub-properties)', () => {
  expect(
    ids(
      responseDoc(object({ owner: object({ email: STRING, name: STRING }) })),
      responseDoc(object({ owner: STRING })),
    ),
  ).toEqual(['response-property-type-changed response 200 application/json /owner']);
});

test('write-only response properties and read-only request properties are left out', () => {
  const secret = { type: 'string', writeOnly: true };
  expect(ids(responseDoc(object({ id: STRING, secret }, ['secret'])), responseDoc(object({ id: STRING })))).toEqual([]);
  const id = { type: 'string', readOnly: true };
  expect(ids(requestDoc(object({ name: STRING })), requestDoc(object({ name: STRING, id }, ['id'])))).toEqual([]);
});
