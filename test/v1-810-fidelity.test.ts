/**
 * Fidelity of the reference target's v1-8.10 document to what the facts say v1 is on Camunda
 * 8.10: the published v1 document (../shared/reference/web-modeler-v1-openapi-41f4f56.json; read,
 * never copied) with the later changes the facts name —
 * - 8.9 (web-modeler-api.md, "Generations"): milestones became versions (`/api/v1/versions…`,
 *   operationIds and DTOs renamed, restore with a body `{version}`, compare answers `{url}`,
 *   `description` and `organizationPublic`);
 * - 8.10 (hub-api-v2.md §1.5, §4.1 "v1 on 8.10"): the document is deprecated (every operation
 *   `deprecated: true`), `/api/v1/process-applications/{processApplicationId}` GET/PATCH/DELETE,
 *   `processApplicationId` on folders and files (a filter of the file search through the filter
 *   DTO), `content.processApplications` on a project.
 * Measured: every published operation (the milestone ones under their version names) with the
 * same operationId, statuses, request and success schemas; every property of every published
 * component (the milestone DTOs as version DTOs) with the same type and constraints. It prints
 * the figures and asserts that the differences are exactly those of ALLOWED, each with its
 * reason. Skipped, saying so, when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../src/config/load.ts';
import { resolvePointer } from '../src/document/resolve.ts';
import { parseDocumentText } from '../src/document/parse.ts';
import { attachRedacted } from '../src/fixtures/attach.ts';
import { startReferenceTarget } from '../reference/target.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../src/core/json.ts';

const PUBLISHED = resolve(PROJECT_ROOT, '..', 'shared', 'reference', 'web-modeler-v1-openapi-41f4f56.json');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const CONSTRAINTS = ['type', 'format', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'enum', '$ref'];

/** Every difference the reference target keeps on purpose, with its reason (the facts' later changes). */
const VERSIONS_89 = 'v1 on 8.9 (web-modeler-api.md, "Generations"): versions replace milestones';
const ADDED_810 = 'v1 on 8.10 (hub-api-v2.md §4.1)';
const ASSUMED_810 =
  'assumed for v1 on 8.10: a v1 client can reach a process application root only by its id (hub/v1-810/components.ts)';
const ALLOWED: Readonly<Record<string, string>> = {
  'operation POST /api/v1/versions/{versionId}/restore: published 400 missing': `${VERSIONS_89}, restore takes a body {version} (400 for a bad one, as v1-versions)`,
  'operation POST /api/v1/versions/{versionId}/restore: request body RestoreVersionDto, published none': `${VERSIONS_89}, restore takes a body {version}`,
  'property CreateVersionDto.description: not published': `${VERSIONS_89}: optional description`,
  'property CreateVersionDto.organizationPublic: not published': `${VERSIONS_89}: organizationPublic`,
  'property CreateVersionDto.required: published ["fileId","name"], ours ["fileId"]': `${VERSIONS_89}: the name is optional`,
  'property UpdateVersionDto.description: not published': `${VERSIONS_89}: description`,
  'property UpdateVersionDto.organizationPublic: not published': `${VERSIONS_89}: organizationPublic`,
  'property UpdateVersionDto.required: published ["name"], ours []': `${VERSIONS_89}: every property optional`,
  'property VersionMetadataDto.description: not published': `${VERSIONS_89}: description`,
  'property VersionMetadataDto.organizationPublic: not published': `${VERSIONS_89}: organizationPublic`,
  'property FileMetadataDto.processApplicationId: not published': `${ADDED_810}: processApplicationId on files`,
  'property FolderMetadataDto.processApplicationId: not published': `${ADDED_810}: processApplicationId on folders`,
  'property ProjectContent.processApplications: not published': `${ADDED_810}: content.processApplications of a project`,
  'property CreateFileDto.processApplicationId: not published': ASSUMED_810,
  'property UpdateFileDto.processApplicationId: not published': ASSUMED_810,
  'property CreateFolderDto.processApplicationId: not published': ASSUMED_810,
  'property UpdateFolderDto.processApplicationId: not published': ASSUMED_810,
};

/** The three operations 8.10 adds (facts §4.1). */
const PROCESS_APPLICATION_OPERATIONS = ['get', 'patch', 'delete'].map(
  (m) => `${m} /api/v1/process-applications/{processApplicationId}`,
);

/** Milestone names → version names (8.9). */
function renamed(text: string): string {
  return text.replace(/milestone/g, 'version').replace(/Milestone/g, 'Version');
}

let published: JsonObject = {};
let ours: JsonObject = {};

test.beforeAll(async () => {
  if (!existsSync(PUBLISHED)) return;
  published = parseDocumentText(readFileSync(PUBLISHED, 'utf8'), PUBLISHED);
  const target = await startReferenceTarget({ generation: 'v1-8.10' });
  try {
    const served: unknown = await (await fetch(target.openapiUrl)).json();
    if (!isJsonObject(served)) throw new Error('the served document is not a JSON object');
    ours = served;
  } finally {
    await target.stop();
  }
});

test.beforeEach(() => {
  test.skip(!existsSync(PUBLISHED), `the published v1 document is not at ${PUBLISHED} (../shared is absent)`);
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

/** The type-relevant parts of a property schema (nullable, descriptions and 3.0/3.1 spelling aside). */
function shape(doc: JsonObject, schema: JsonValue | undefined): JsonObject {
  const out: JsonObject = {};
  for (const key of CONSTRAINTS) {
    let value = at(schema, key);
    if (key === 'type' && Array.isArray(value)) value = value.filter((t) => t !== 'null')[0];
    if (key === '$ref' && typeof value === 'string') value = renamed(value);
    if (key === 'pattern' && typeof value === 'string') value = value.replace(/^\^\(\?:(.*)\)\$$/, '$1');
    if (value !== undefined) out[key] = value;
  }
  const items = at(schema, 'items');
  if (items !== undefined) out.items = shape(doc, items);
  return out;
}

interface Summary {
  readonly operationId: string;
  readonly statuses: readonly string[];
  readonly requestBody: string;
  readonly success: string;
}

function summary(op: JsonValue | undefined, rename: boolean): Summary {
  const name = (value: JsonValue | undefined): string =>
    typeof value === 'string' ? (rename ? renamed(value) : value) : 'none';
  return {
    operationId: name(at(op, 'operationId')),
    statuses: Object.keys(objectAt(op, 'responses')).sort(),
    requestBody: name(at(op, 'requestBody', 'content', 'application/json', 'schema', '$ref')).replace(
      '#/components/schemas/',
      '',
    ),
    success: name(at(op, 'responses', '200', 'content', 'application/json', 'schema', '$ref')).replace(
      '#/components/schemas/',
      '',
    ),
  };
}

function operationsOf(doc: JsonObject): Map<string, JsonValue> {
  const out = new Map<string, JsonValue>();
  for (const [path, item] of Object.entries(objectAt(doc, 'paths'))) {
    for (const method of METHODS) {
      const op = at(item, method);
      if (op !== undefined) out.set(`${method} ${path}`, op);
    }
  }
  return out;
}

test('v1-8.10 against the published v1 document with the 8.9 and 8.10 changes: every operation and property as the facts say, differences only as allowed', ({}, testInfo) => {
  const differences: string[] = [];
  const theirOps = operationsOf(published);
  const ourOps = operationsOf(ours);
  expect(theirOps.size).toBe(25);
  let sameOperations = 0;
  for (const [key, op] of theirOps) {
    const ourKey = renamed(key);
    const mine = ourOps.get(ourKey);
    const label = `operation ${ourKey.replace(/^(\w+) /, (m, method: string) => `${method.toUpperCase()} `)}`;
    if (mine === undefined) {
      differences.push(`${label}: missing`);
      continue;
    }
    const expected = summary(op, true);
    const actual = summary(mine, false);
    const before = differences.length;
    for (const status of expected.statuses)
      if (!actual.statuses.includes(status)) differences.push(`${label}: status ${status} missing`);
    for (const status of actual.statuses)
      if (!expected.statuses.includes(status)) differences.push(`${label}: published ${status} missing`);
    if (expected.operationId !== actual.operationId)
      differences.push(`${label}: operationId ${actual.operationId}, published ${expected.operationId}`);
    if (expected.requestBody !== actual.requestBody)
      differences.push(`${label}: request body ${actual.requestBody}, published ${expected.requestBody}`);
    if (expected.success !== actual.success)
      differences.push(`${label}: success ${actual.success}, published ${expected.success}`);
    if (at(mine, 'deprecated') !== true) differences.push(`${label}: not deprecated`);
    if (differences.length === before) sameOperations += 1;
  }
  for (const key of PROCESS_APPLICATION_OPERATIONS) {
    if (!ourOps.has(key)) differences.push(`operation ${key}: missing (added in 8.10)`);
    else if (at(ourOps.get(key), 'deprecated') !== true) differences.push(`operation ${key}: not deprecated`);
  }
  const expectedKeys = new Set([...[...theirOps.keys()].map(renamed), ...PROCESS_APPLICATION_OPERATIONS]);
  for (const key of ourOps.keys())
    if (!expectedKeys.has(key)) differences.push(`operation ${key}: neither published nor an 8.10 change`);

  const theirSchemas = objectAt(published, 'components', 'schemas');
  const ourSchemas = objectAt(ours, 'components', 'schemas');
  let properties = 0;
  let sameProperties = 0;
  for (const [theirName, schema] of Object.entries(theirSchemas)) {
    const name = renamed(theirName);
    const mine = ourSchemas[name];
    if (mine === undefined) {
      differences.push(`component ${name}: missing`);
      continue;
    }
    const required = (s: JsonValue | undefined): string => {
      const list = at(s, 'required');
      return JSON.stringify(Array.isArray(list) ? list.map(String).sort() : []);
    };
    if (required(mine) !== required(schema))
      differences.push(`property ${name}.required: published ${required(schema)}, ours ${required(mine)}`);
    const theirProperties = objectAt(schema, 'properties');
    const ourProperties = objectAt(mine, 'properties');
    for (const [property, propertySchema] of Object.entries(theirProperties)) {
      properties += 1;
      const expected = JSON.stringify(shape(published, propertySchema));
      const actual = JSON.stringify(shape(ours, ourProperties[property]));
      if (ourProperties[property] === undefined) differences.push(`property ${name}.${property}: missing`);
      else if (expected !== actual)
        differences.push(`property ${name}.${property}: published ${expected}, ours ${actual}`);
      else sameProperties += 1;
    }
    for (const property of Object.keys(ourProperties))
      if (theirProperties[property] === undefined) differences.push(`property ${name}.${property}: not published`);
  }
  const figures = [
    `v1-8.10 fidelity: operations ${sameOperations}/${theirOps.size} published ones the same (+ ${PROCESS_APPLICATION_OPERATIONS.length} added in 8.10), properties ${sameProperties}/${properties}`,
    ...differences.map((d) => `  ${d}${ALLOWED[d] === undefined ? '' : ` — allowed: ${ALLOWED[d]}`}`),
  ].join('\n');
  process.stdout.write(`${figures}\n`);
  attachRedacted(testInfo, 'v1-8.10 fidelity', { text: figures });
  expect(differences.sort()).toEqual(Object.keys(ALLOWED).sort());
  expect(resolvePointer(ours, '#/components/schemas/ProcessApplicationDto')).toBeDefined();
});

test('the security scheme is the published Bearer JWT scheme', () => {
  expect(at(ours, 'components', 'securitySchemes')).toEqual(at(published, 'components', 'securitySchemes'));
});
