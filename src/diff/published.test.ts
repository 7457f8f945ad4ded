/**
 * The classifier on the real product's published v1 document (../shared/reference, kept outside
 * the project): against itself, and against copies edited here, each of which must yield exactly
 * the expected rule IDs. Skipped with the reason when the reference folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { classify } from './classify-changes.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';

const REFERENCE = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'web-modeler-v1-openapi-41f4f56.json',
);

function loadReference(): JsonObject {
  const parsed: unknown = JSON.parse(readFileSync(REFERENCE, 'utf8'));
  if (!isJsonObject(parsed)) throw new Error(`${REFERENCE} is not a JSON object`);
  return parsed;
}

/** The object at `keys` below `root` (throws when the document's shape is not as expected). */
function at(root: JsonObject, ...keys: string[]): JsonObject {
  let current: JsonValue = root;
  for (const key of keys) {
    const next: JsonValue | undefined = isJsonObject(current) ? current[key] : undefined;
    if (!isJsonObject(next)) throw new Error(`no object at ${keys.join('/')}`);
    current = next;
  }
  if (!isJsonObject(current)) throw new Error(`no object at ${keys.join('/')}`);
  return current;
}

function schema(root: JsonObject, name: string): JsonObject {
  return at(root, 'components', 'schemas', name);
}

/** Rule ID → sorted operations that change reports. */
function byRule(oldDoc: JsonObject, newDoc: JsonObject): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const change of classify(oldDoc, newDoc).changes) (result[change.id] ??= []).push(change.operation ?? '-');
  for (const operations of Object.values(result)) operations.sort();
  return result;
}

/** Rewrites every `$ref` to `from` into one to `to`. */
function retarget(value: JsonValue, from: string, to: string): JsonValue {
  if (Array.isArray(value)) return value.map((item) => retarget(item, from, to));
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, key === '$ref' && item === from ? to : retarget(item, from, to)]),
  );
}

test.describe('the published v1 document', () => {
  test.skip(!existsSync(REFERENCE), `the reference document ${REFERENCE} is absent (it lives outside the repository)`);

  let reference: JsonObject = {};
  let edited: JsonObject = {};
  test.beforeEach(() => {
    reference = loadReference();
    edited = structuredClone(reference);
  });

  test('against itself: no change', () => {
    expect(classify(reference, edited).changes).toEqual([]);
  });

  test('an operation and a whole path removed', () => {
    delete at(edited, 'paths', '/api/v1/files/{fileId}').delete;
    delete at(edited, 'paths')['/api/v1/info'];
    expect(byRule(reference, edited)).toEqual({
      'api-removed-without-deprecation': ['deleteFile'],
      'api-path-removed-without-deprecation': ['getInfo'],
    });
  });

  test("a response property's type changed", () => {
    at(schema(edited, 'InfoDto'), 'properties', 'createPermission').type = 'string';
    expect(byRule(reference, edited)).toEqual({ 'response-property-type-changed': ['getInfo'] });
  });

  test('a shared DTO property changed type: every response and the search filter report it', () => {
    at(schema(edited, 'FileMetadataDto'), 'properties', 'revision').type = 'string';
    const changes = byRule(reference, edited);
    expect(Object.keys(changes).sort()).toEqual(['request-property-type-changed', 'response-property-type-changed']);
    expect(changes['request-property-type-changed']).toEqual(['searchFiles']);
    expect(changes['response-property-type-changed']).toEqual(
      expect.arrayContaining(['createFile', 'getFile', 'patchFile', 'searchFiles']),
    );
  });

  test('a new required request property', () => {
    const dto = schema(edited, 'CreateProjectDto');
    at(dto, 'properties').description = { type: 'string' };
    dto.required = ['name', 'description'];
    expect(byRule(reference, edited)).toEqual({ 'new-required-request-property': ['createProject'] });
  });

  test('a pattern added to a request property', () => {
    at(schema(edited, 'CreateFolderDto'), 'properties', 'name').pattern = '^[^/]+$';
    expect(byRule(reference, edited)).toEqual({ 'request-property-pattern-added': ['createFolder'] });
  });

  test('a response enum value added (the search filter is the same schema: a request enum value added too, INFO)', () => {
    const roles = ['project_admin', 'editor', 'viewer', 'commenter'];
    at(schema(reference, 'ProjectCollaboratorDto'), 'properties', 'role').enum = roles;
    at(schema(edited, 'ProjectCollaboratorDto'), 'properties', 'role').enum = [...roles, 'owner'];
    expect(byRule(reference, edited)).toEqual({
      'request-property-enum-value-added': ['searchCollaborators'],
      'response-property-enum-value-added': ['searchCollaborators'],
    });
  });

  test('a schema renamed with all its references: no change', () => {
    const schemas = at(edited, 'components', 'schemas');
    schemas.FileMeta = schemas.FileMetadataDto ?? null;
    delete schemas.FileMetadataDto;
    const renamed = retarget(edited, '#/components/schemas/FileMetadataDto', '#/components/schemas/FileMeta');
    if (!isJsonObject(renamed)) throw new Error('the renamed document is not an object');
    expect(
      JSON.stringify(renamed).includes('"#/components/schemas/FileMetadataDto"'),
      'no reference to the old name is left',
    ).toBe(false);
    expect(classify(reference, renamed).changes).toEqual([]);
  });

  test('read as OpenAPI 3.1 (type lists instead of nullable): no change', () => {
    edited.openapi = '3.1.0';
    const name = at(schema(edited, 'CreateProjectDto'), 'properties', 'name');
    name.type = ['string'];
    expect(classify(reference, edited).changes).toEqual([]);
  });
});
