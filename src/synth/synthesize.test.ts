/** Tests for request synthesis: minimal valid bodies with domain hints, honouring types, bounds, enums, patterns and formats. */
import { expect, test } from '@playwright/test';
import type { JsonObject, JsonValue } from '../core/json.ts';
import { isRfc3339, isUuid } from '../checks/strict/walk.ts';
import { REQUEST_DOCUMENT_RAW as ROOT, ref, requestErrors } from '../../test/support/request-schemas.ts';
import { patternAlternatives, schemaTypes, synthesize, SynthesisError } from './synthesize.ts';

const PROJECT_ID = '4f4a5c3e-9d1b-4b8a-8f2e-1c2d3e4f5a6b';

function synth(schema: JsonObject): JsonValue {
  return synthesize(ROOT, schema);
}

test('a create body holds the required properties, hinted ones as given, and is valid', () => {
  const body = synthesize(ROOT, ref('CreateFile'), {
    projectId: PROJECT_ID,
    content: '<xml/>',
    folderId: 'f-1',
    unknown: 'x',
  });
  expect(body).toEqual({
    name: 'wmct-name',
    projectId: PROJECT_ID,
    folderId: 'f-1',
    content: '<xml/>',
    fileType: 'bpmn',
  });
  expect(requestErrors('CreateFile', body)).toEqual([]);
});

test('readOnly properties stay out of requests, even when required', () => {
  const schema: JsonObject = {
    type: 'object',
    required: ['id', 'name'],
    properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } },
  };
  expect(synth(schema)).toEqual({ name: 'wmct-name' });
  expect(synthesize(ROOT, schema, { id: 'x' })).toEqual({ name: 'wmct-name' });
});

test('required properties the schema does not declare get the hint, else a placeholder', () => {
  expect(synth({ type: 'object', required: ['a'] })).toEqual({ a: 'wmct' });
  expect(synthesize(ROOT, { type: 'object', required: ['a'] }, { a: 7 })).toEqual({ a: 7 });
});

test('optional properties appear only when hinted; hints are not recursive', () => {
  expect(synthesize(ROOT, ref('Search'))).toEqual({});
  const body = synthesize(ROOT, ref('Search'), { size: 50, filter: { name: 'n' }, name: 'not used' });
  expect(body).toEqual({ filter: { name: 'n' }, size: 50 });
  expect(requestErrors('Search', body)).toEqual([]);
  expect(
    synthesize(
      ROOT,
      { type: 'object', required: ['filter'], properties: { filter: ref('Filter') } },
      { name: 'top only' },
    ),
  ).toEqual({ filter: { name: 'wmct-name' } });
});

test('enum-like patterns give their first alternative, grouped or not; formats give fitting values', () => {
  const body = synthesize(ROOT, ref('Collaborator'));
  expect(body).toMatchObject({ email: 'wmct@example.com', role: 'project_admin' });
  expect(requestErrors('Collaborator', body)).toEqual([]);
  const projectId = typeof body === 'object' && body !== null && !Array.isArray(body) ? body.projectId : undefined;
  expect(typeof projectId === 'string' && isUuid(projectId)).toBe(true);
  const dateTime = synth({ type: 'string', format: 'date-time' });
  expect(typeof dateTime === 'string' && isRfc3339(dateTime)).toBe(true);
  expect(synth({ type: 'string', format: 'date' })).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(synth({ type: 'string', format: 'uri' })).toBe('https://example.com/wmct');
  expect(synth({ type: 'string', enum: [1, 'DESC', 'ASC'] })).toBe('DESC');
  expect(synth({ type: 'string', const: 'fixed' })).toBe('fixed');
});

test('other patterns are met by fitting a candidate, or the field is reported unsynthesizable', () => {
  expect(synthesize(ROOT, { type: 'string', pattern: '^[a-z]+$' }, {}, 'name')).toBe('name');
  expect(synthesize(ROOT, { type: 'string', pattern: '^[a-z]{3}$', maxLength: 3 }, {}, 'name')).toBe('nam');
  expect(synthesize(ROOT, { type: 'string', pattern: '^\\d+$' }, {}, 'code')).toBe('0');
  expect(() => synthesize(ROOT, { type: 'string', pattern: '^\\d{4}$' }, {}, 'code')).toThrow(SynthesisError);
  expect(() => synthesize(ROOT, { type: 'string', pattern: '^\\d{4}$' }, {}, 'code')).toThrow(
    'no value found for "code" matching pattern ^\\d{4}$',
  );
});

test('string lengths are honoured', () => {
  expect(synthesize(ROOT, { type: 'string', maxLength: 4 }, {}, 'name')).toBe('wmct');
  expect(synthesize(ROOT, { type: 'string', minLength: 12 }, {}, 'id')).toBe('wmct-idxxxxx');
});

test('numbers honour minimum, maximum and exclusive minimum (3.0 boolean and 3.1 number)', () => {
  expect(synth({ type: 'integer' })).toBe(0);
  expect(synth({ type: 'integer', minimum: 3, maximum: 9 })).toBe(3);
  expect(synth({ type: 'integer', maximum: -2 })).toBe(-2);
  expect(synth({ type: 'integer', minimum: 1.5 })).toBe(2);
  expect(synth({ type: 'number', minimum: 1.5 })).toBe(1.5);
  expect(synth({ type: 'integer', minimum: 1, exclusiveMinimum: true })).toBe(2);
  expect(synth({ type: 'integer', exclusiveMinimum: 5 })).toBe(6);
  expect(synth({ type: 'integer', minimum: 9, exclusiveMinimum: 5 })).toBe(9);
});

test('arrays get minItems items; booleans are true; allOf merges; oneOf takes the first branch', () => {
  expect(synth({ type: 'array', items: { type: 'string', maxLength: 4 }, minItems: 2 })).toEqual(['wmct', 'wmct']);
  expect(synth({ type: 'array', items: { type: 'string' } })).toEqual([]);
  expect(synth({ type: 'boolean' })).toBe(true);
  expect(
    synth({
      allOf: [
        ref('Sort'),
        { type: 'object', required: ['extra'], properties: { extra: { type: 'integer', minimum: 1 } } },
      ],
    }),
  ).toEqual({ field: 'wmct-field', extra: 1 });
  expect(synth({ oneOf: [{ type: 'integer', minimum: 4 }, { type: 'string' }] })).toBe(4);
});

test('a schema that requires itself ends in null instead of recursing forever', () => {
  const root: JsonObject = {
    components: {
      schemas: {
        Node: { type: 'object', required: ['child'], properties: { child: { $ref: '#/components/schemas/Node' } } },
      },
    },
  };
  let depth = 0;
  for (
    let value = synthesize(root, { $ref: '#/components/schemas/Node' });
    typeof value === 'object' && value !== null && !Array.isArray(value);
    value = value.child ?? null
  )
    depth++;
  expect(depth).toBeGreaterThan(5);
  expect(depth).toBeLessThan(20);
});

test('schemaTypes reads type, type arrays without null, and infers object and array', () => {
  expect(schemaTypes({ type: 'string' })).toEqual(['string']);
  expect(schemaTypes({ type: ['null', 'integer'] })).toEqual(['integer']);
  expect(schemaTypes({ properties: {} })).toEqual(['object']);
  expect(schemaTypes({ items: {} })).toEqual(['array']);
  expect(schemaTypes({})).toEqual([]);
});

test('patternAlternatives reads enum-like patterns only', () => {
  expect(patternAlternatives('^bpmn|dmn|form|connector_template$')).toEqual([
    'bpmn',
    'dmn',
    'form',
    'connector_template',
  ]);
  expect(patternAlternatives('^(ASC|DESC)$')).toEqual(['ASC', 'DESC']);
  expect(patternAlternatives('viewer')).toEqual(['viewer']);
  expect(patternAlternatives('^[a-z]+$')).toBeNull();
  expect(patternAlternatives('^a.b$')).toBeNull();
});
