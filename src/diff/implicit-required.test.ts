/**
 * The "implicitly required" reading (implicit-required.ts): when the baseline declares no
 * `required` in any response schema, its documented response properties are read as required,
 * so the existing rules fire with their own IDs and severities — removals (top level, nested
 * objects, array items, allOf members), nullability and type changes; a baseline that declares
 * `required` in some response, or the option off, is read as written; request schemas are never
 * affected; every output format says why in one line.
 */
import { expect, test } from '@playwright/test';
import { applyIgnores, classify, failsAt } from './classify-changes.ts';
import { formatJson, formatMarkdown, formatText } from './format.ts';
import { declaresResponseRequired, IMPLICIT_REQUIRED_NOTE, readsImplicitRequired } from './implicit-required.ts';
import {
  INTEGER,
  STRING,
  doc,
  jsonContent,
  object,
  operation,
  param,
  requestDoc,
  responseDoc,
} from '../../test/support/rule-tests.ts';
import type { JsonObject, JsonValue } from '../core/json.ts';

/** "SEVERITY rule-id location" of every change, in the classifier's order. */
function changes(oldDoc: JsonObject, newDoc: JsonObject, implicitRequired = true): string[] {
  return classify(oldDoc, newDoc, { implicitRequired }).changes.map((c) => `${c.severity} ${c.id} ${c.location}`);
}

const WHERE = 'response 200 application/json';

/** A document whose GET /things/{id} answers `schema`, with `components.schemas`. */
function withComponents(schema: JsonValue, schemas: JsonObject): JsonObject {
  return responseDoc(schema, { components: { schemas } });
}

test.describe('declaresResponseRequired', () => {
  test('no `required` anywhere in the responses: false', () => {
    expect(
      declaresResponseRequired(
        responseDoc(object({ id: STRING, tags: { type: 'array', items: object({ name: STRING }) } })),
      ),
    ).toBe(false);
  });

  test("`required` in a request schema only (as in Web Modeler's documents): false", () => {
    expect(declaresResponseRequired(requestDoc(object({ name: STRING }, ['name'])))).toBe(false);
  });

  test('`required` at the root, in a nested object, in array items, behind a $ref, in an allOf member: true', () => {
    expect(declaresResponseRequired(responseDoc(object({ id: STRING }, ['id'])))).toBe(true);
    expect(declaresResponseRequired(responseDoc(object({ meta: object({ id: STRING }, ['id']) })))).toBe(true);
    expect(declaresResponseRequired(responseDoc({ type: 'array', items: object({ id: STRING }, ['id']) }))).toBe(true);
    expect(
      declaresResponseRequired(
        withComponents({ $ref: '#/components/schemas/Thing' }, { Thing: object({ id: STRING }, ['id']) }),
      ),
    ).toBe(true);
    expect(
      declaresResponseRequired(
        withComponents(
          { allOf: [{ $ref: '#/components/schemas/Base' }, object({ x: STRING })] },
          { Base: object({ id: STRING }, ['id']) },
        ),
      ),
    ).toBe(true);
  });

  test('a recursive response schema ends', () => {
    const node = object({ name: STRING, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } });
    expect(declaresResponseRequired(withComponents({ $ref: '#/components/schemas/Node' }, { Node: node }))).toBe(false);
  });

  test('the option off: never', () => {
    const none = responseDoc(object({ id: STRING }));
    expect(readsImplicitRequired(none, true)).toBe(true);
    expect(readsImplicitRequired(none, false)).toBe(false);
    expect(readsImplicitRequired(responseDoc(object({ id: STRING }, ['id'])), true)).toBe(false);
  });
});

test.describe('classify with implicitRequired', () => {
  test('a removed response property is response-required-property-removed (ERR), and the result says it was read so', () => {
    const result = classify(responseDoc(object({ id: STRING, note: STRING })), responseDoc(object({ id: STRING })), {
      implicitRequired: true,
    });
    expect(result.changes.map((c) => `${c.severity} ${c.id} ${c.location}`)).toEqual([
      `ERR response-required-property-removed ${WHERE} /note`,
    ]);
    expect(result.implicitRequired).toBe(true);
    expect(failsAt(result, 'ERR')).toBe(true);
  });

  test('read as written without the option: the same removal is WARN and passes the default gate', () => {
    const result = classify(responseDoc(object({ id: STRING, note: STRING })), responseDoc(object({ id: STRING })));
    expect(result.changes.map((c) => `${c.severity} ${c.id}`)).toEqual(['WARN response-optional-property-removed']);
    expect(result.implicitRequired).toBe(false);
    expect(failsAt(result, 'ERR')).toBe(false);
  });

  test('a property removed from a nested object and from array items', () => {
    const old = responseDoc(
      object({
        meta: object({ id: STRING, path: STRING }),
        items: { type: 'array', items: object({ id: STRING, path: STRING }) },
      }),
    );
    const new_ = responseDoc(
      object({ meta: object({ id: STRING }), items: { type: 'array', items: object({ id: STRING }) } }),
    );
    expect(changes(old, new_)).toEqual([
      `ERR response-required-property-removed ${WHERE} /items[]/path`,
      `ERR response-required-property-removed ${WHERE} /meta/path`,
    ]);
  });

  test('a property removed from an allOf member', () => {
    const schemas = (base: JsonObject): JsonObject => ({ Base: base });
    const schema = { allOf: [{ $ref: '#/components/schemas/Base' }, object({ extra: STRING })] };
    const old = withComponents(schema, schemas(object({ id: STRING, path: STRING })));
    const new_ = withComponents(schema, schemas(object({ id: STRING })));
    expect(changes(old, new_)).toEqual([`ERR response-required-property-removed ${WHERE} /path`]);
  });

  test('a property made nullable: response-property-became-nullable (ERR), and no "became optional"', () => {
    expect(
      changes(responseDoc(object({ id: STRING })), responseDoc(object({ id: { type: 'string', nullable: true } }))),
    ).toEqual([`ERR response-property-became-nullable ${WHERE} /id`]);
    const v31 = (schema: JsonValue): JsonObject => ({ ...responseDoc(object({ id: schema })), openapi: '3.1.0' });
    expect(changes(v31(STRING), v31({ type: ['string', 'null'] }))).toEqual([
      `ERR response-property-became-nullable ${WHERE} /id`,
    ]);
  });

  test('a type changed: response-property-type-changed (ERR)', () => {
    expect(changes(responseDoc(object({ revision: INTEGER })), responseDoc(object({ revision: STRING })))).toEqual([
      `ERR response-property-type-changed ${WHERE} /revision`,
    ]);
  });

  test('a property added is INFO, as before; the same document is no change', () => {
    expect(changes(responseDoc(object({ id: STRING })), responseDoc(object({ id: STRING, extra: STRING })))).toEqual([
      `INFO response-required-property-added ${WHERE} /extra`,
    ]);
    const same = responseDoc(object({ id: STRING, meta: object({ x: STRING }) }));
    expect(changes(same, structuredClone(same))).toEqual([]);
  });

  test('a live document that starts declaring `required` somewhere: no "became optional" for the rest', () => {
    const old = responseDoc(object({ id: STRING, name: STRING, note: STRING }));
    expect(changes(old, responseDoc(object({ id: STRING, name: STRING, note: STRING }, ['id'])))).toEqual([]);
    expect(changes(old, responseDoc(object({ id: STRING, name: STRING }, ['id'])))).toEqual([
      `ERR response-required-property-removed ${WHERE} /note`,
    ]);
  });

  test('a baseline that declares `required` in some response is read as written, everywhere', () => {
    const body = (thing: JsonObject, other: JsonObject): JsonObject =>
      doc({
        '/things/{id}': {
          get: operation({
            id: 'getThing',
            parameters: [param('path', 'id')],
            responses: { '200': { description: 'OK', ...jsonContent(thing) } },
          }),
        },
        '/others': {
          get: operation({ id: 'getOthers', responses: { '200': { description: 'OK', ...jsonContent(other) } } }),
        },
      });
    const old = body(object({ id: STRING, note: STRING }, ['id']), object({ a: STRING, b: STRING }));
    const new_ = body(object({ note: STRING }), object({ a: STRING }));
    const result = classify(old, new_, { implicitRequired: true });
    expect(result.implicitRequired).toBe(false);
    expect(result.changes.map((c) => `${c.severity} ${c.operation ?? '-'} ${c.id}`)).toEqual([
      'ERR getThing response-required-property-removed',
      'WARN getOthers response-optional-property-removed',
    ]);
  });

  test('request schemas are read as written: a removed request property stays request-property-removed (WARN)', () => {
    expect(changes(requestDoc(object({ name: STRING, note: STRING })), requestDoc(object({ name: STRING })))).toEqual([
      'WARN request-property-removed request body application/json /note',
    ]);
  });

  test('ignoring a change keeps the reading (and its note) in the result', () => {
    const result = classify(responseDoc(object({ id: STRING, note: STRING })), responseDoc(object({ id: STRING })), {
      implicitRequired: true,
    });
    const accepted = applyIgnores(result, [
      { id: 'response-required-property-removed', operation: '*', reason: 'note was never filled' },
    ]);
    expect(accepted.changes).toEqual([]);
    expect(accepted.implicitRequired).toBe(true);
  });
});

test('every output format says why, in one line below the counts; none does when read as written', () => {
  const read = classify(responseDoc(object({ id: STRING, note: STRING })), responseDoc(object({ id: STRING })), {
    implicitRequired: true,
  });
  const text = formatText(read).split('\n');
  expect(text.slice(0, 2)).toEqual([
    'Breaking-change classification: 1 ERR, 0 WARN, 0 INFO',
    `Note: ${IMPLICIT_REQUIRED_NOTE}`,
  ]);
  expect(IMPLICIT_REQUIRED_NOTE).not.toContain('\n');
  expect(IMPLICIT_REQUIRED_NOTE).toContain('WM_GATE_IMPLICIT_REQUIRED=false');
  expect(IMPLICIT_REQUIRED_NOTE).toContain('--no-implicit-required');
  expect(formatMarkdown(read)).toContain(`\n> Note: ${IMPLICIT_REQUIRED_NOTE}\n`);
  expect(JSON.parse(formatJson(read))).toMatchObject({ notes: [IMPLICIT_REQUIRED_NOTE] });
  const literal = classify(responseDoc(object({ id: STRING, note: STRING })), responseDoc(object({ id: STRING })));
  expect(formatText(literal)).not.toContain('Note:');
  expect(formatMarkdown(literal)).not.toContain('Note:');
  expect(JSON.parse(formatJson(literal))).toMatchObject({ notes: [] });
});
