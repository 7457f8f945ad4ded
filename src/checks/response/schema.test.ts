/** Tests for schema: the body against the documented schema (ajv), and which media type is chosen. */
import { expect, test } from '@playwright/test';
import { responseContext, validThing } from '../fixtures/response-context.ts';
import { documentedSchema, schema } from './schema.ts';

test('a body matching the documented schema passes', () => {
  expect(schema.judge(responseContext('getThing', { status: 200, body: validThing() }))).toEqual({ ok: true });
});

test('a body that does not match fails, naming the schema and the path', () => {
  const verdict = schema.judge(
    responseContext('getThing', { status: 200, body: { ...validThing(), revision: 'one' } }),
  );
  expect(verdict?.ok).toBe(false);
  if (verdict?.ok !== false) return;
  expect(verdict.message).toMatch(/^body does not match #\/paths\/.*\/schema: \/revision must be integer$/);
  expect(verdict.expected).toBe('valid per the document');
  expect(verdict.actual).toBe('/revision must be integer');
});

test('a root-level mismatch names the root once', () => {
  const verdict = schema.judge(responseContext('getThing', { status: 200, body: ['not', 'an', 'object'] }));
  expect(verdict?.ok === false ? verdict.actual : '').toBe('(root) must be object');
});

test('more than three errors are summarised', () => {
  const verdict = schema.judge(
    responseContext('getThing', { status: 200, body: { id: 1, name: 2, created: 3, revision: 'x', folderId: 5 } }),
  );
  expect(verdict?.ok === false ? verdict.message : '').toMatch(/\(\+2 more\)$/);
});

test('an empty or non-JSON body where a schema is documented fails', () => {
  expect(schema.judge(responseContext('getThing', { status: 200 }))).toEqual({
    ok: false,
    message: 'the document gives a application/json body for status 200, but the body is empty',
    expected: 'a body',
    actual: 'empty',
  });
  expect(schema.judge(responseContext('getThing', { status: 200, bodyText: '<html>' }))).toEqual({
    ok: false,
    message: 'the body is not JSON',
    expected: 'application/json',
    actual: '<html>',
  });
});

test('not applicable where the document gives no schema (examples only, no content)', () => {
  expect(schema.judge(responseContext('getThing', { status: 404, body: { title: 'Not Found' } }))).toBeNull();
  expect(schema.judge(responseContext('deleteThing', { status: 204 }))).toBeNull();
  expect(schema.judge(responseContext('getThing', { status: 500, body: {} }))).toBeNull();
});

test('documentedSchema prefers the sent media type, else a JSON one', () => {
  expect(documentedSchema(responseContext('getThing', { status: 200, body: {} }))?.mediaType).toBe('application/json');
  expect(
    documentedSchema(responseContext('getThing', { status: 200, body: {}, headers: { 'content-type': 'text/html' } }))
      ?.mediaType,
  ).toBe('application/json');
  expect(
    documentedSchema(
      responseContext('getThingText', { status: 200, bodyText: 'x', headers: { 'content-type': 'text/plain' } }),
    ),
  ).toBeUndefined();
});
