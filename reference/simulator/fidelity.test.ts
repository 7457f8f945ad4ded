/**
 * Fidelity of the simulator's v1 document to the product's published one (kept outside the
 * project in ../shared/reference; read, never copied): the same operations (method, path,
 * operationId, documented statuses, request and success schemas) and, for every published
 * component, every property with the same type and constraints (nullable aside).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../../src/config/load.ts';
import { startReferenceTarget } from '../target.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../src/core/json.ts';
import { parseJson } from './json.ts';

const PUBLISHED = resolve(PROJECT_ROOT, '..', 'shared', 'reference', 'web-modeler-v1-openapi-41f4f56.json');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const CONSTRAINTS = ['type', 'format', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'enum', '$ref'];

let published: JsonObject;
let ours: JsonObject;

test.beforeAll(async () => {
  if (!existsSync(PUBLISHED)) return;
  const parsed = parseJson(readFileSync(PUBLISHED, 'utf8'));
  if (!isJsonObject(parsed)) throw new Error(`${PUBLISHED} is not a JSON object`);
  published = parsed;
  const target = await startReferenceTarget({ generation: 'v1' });
  try {
    const served = parseJson(await (await fetch(target.openapiUrl)).text());
    if (!isJsonObject(served)) throw new Error('served document is not a JSON object');
    ours = served;
  } finally {
    await target.stop();
  }
});

test.beforeEach(() => {
  test.skip(!existsSync(PUBLISHED), `the published document is not available at ${PUBLISHED} (../shared is absent)`);
});

function at(value: JsonValue | undefined, ...keys: string[]): JsonValue | undefined {
  let current = value;
  for (const key of keys) current = isJsonObject(current) ? current[key] : undefined;
  return current;
}

function objectAt(value: JsonValue | undefined, ...keys: string[]): JsonObject {
  const found = at(value, ...keys);
  return isJsonObject(found) ? found : {};
}

/** The type-relevant parts of a property schema, nullable and descriptions aside. */
function shape(schema: JsonValue | undefined): JsonObject {
  const out: JsonObject = {};
  for (const key of CONSTRAINTS) {
    let value = at(schema, key);
    if (key === 'type' && Array.isArray(value)) value = value.filter((t) => t !== 'null')[0];
    if (value !== undefined) out[key] = value;
  }
  const items = at(schema, 'items');
  if (items !== undefined) out.items = shape(items);
  return out;
}

function operationSummary(op: JsonValue | undefined): JsonObject {
  return {
    operationId: at(op, 'operationId') ?? null,
    statuses: Object.keys(objectAt(op, 'responses')).sort(),
    requestBody: at(op, 'requestBody', 'content', 'application/json', 'schema', '$ref') ?? null,
    success: at(op, 'responses', '200', 'content', 'application/json', 'schema', '$ref') ?? null,
  };
}

test('every published operation exists with the same method, path, operationId, statuses and schemas', () => {
  const theirs = objectAt(published, 'paths');
  let count = 0;
  for (const [path, item] of Object.entries(theirs)) {
    for (const method of METHODS) {
      const op = at(item, method);
      if (op === undefined) continue;
      count += 1;
      expect(operationSummary(at(ours, 'paths', path, method)), `${method.toUpperCase()} ${path}`).toEqual(
        operationSummary(op),
      );
    }
  }
  expect(count).toBe(25);
});

test('every property of every published component exists with the same type and constraints', () => {
  const theirs = objectAt(published, 'components', 'schemas');
  const mine = objectAt(ours, 'components', 'schemas');
  for (const [name, schema] of Object.entries(theirs)) {
    expect(mine[name], `component ${name}`).toBeDefined();
    const required = (s: JsonValue | undefined): JsonValue => {
      const list = at(s, 'required');
      return Array.isArray(list) ? [...list].sort() : [];
    };
    expect(required(mine[name]), `${name}.required`).toEqual(required(schema));
    for (const [property, propertySchema] of Object.entries(objectAt(schema, 'properties'))) {
      expect(shape(at(mine[name], 'properties', property)), `${name}.${property}`).toEqual(shape(propertySchema));
    }
  }
});

test('the security scheme is the same Bearer JWT scheme', () => {
  expect(at(ours, 'components', 'securitySchemes')).toEqual(at(published, 'components', 'securitySchemes'));
});
