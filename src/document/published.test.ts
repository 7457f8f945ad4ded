/**
 * The real product's published v1 document (../shared/reference, read-only reference data):
 * it loads, models, compiles, validates sample bodies as the product would, and its findings
 * name the quirks the domain notes list. Skips, saying why, when ../shared is absent.
 */
import { expect, test } from '@playwright/test';
import { loadLiveDocument } from './index.ts';
import { SchemaValidators } from './schemas.ts';
import type { LiveDocument, OperationModel } from './types.ts';
import { PUBLISHED_DOCUMENT_PATH, PUBLISHED_MISSING_REASON, publishedDocumentText } from './fixtures/documents.ts';

const text = publishedDocumentText();
const doc: LiveDocument | null = text === null ? null : await loadLiveDocument(text, PUBLISHED_DOCUMENT_PATH);

test.skip(doc === null, PUBLISHED_MISSING_REASON);

function published(): LiveDocument {
  if (doc === null) throw new Error(PUBLISHED_MISSING_REASON);
  return doc;
}

function operation(key: string): OperationModel {
  const found = published().operations.find((o) => o.key === key);
  if (!found) throw new Error(`no operation ${key}`);
  return found;
}

function requestSchema(key: string): string {
  return operation(key).requestBody?.contents[0]?.schemaPointer ?? '';
}

function responseSchema(key: string): string {
  return operation(key).responses.find((r) => r.status === '200')?.contents[0]?.schemaPointer ?? '';
}

const EXPECTED = [
  'GET /info getInfo',
  'POST /projects createProject',
  'GET /projects/{projectId} getProject',
  'PATCH /projects/{projectId} updateProject',
  'DELETE /projects/{projectId} deleteProject',
  'POST /projects/search searchProjects',
  'POST /folders createFolder',
  'GET /folders/{folderId} getFolder',
  'PATCH /folders/{folderId} patchFolder',
  'DELETE /folders/{folderId} deleteFolder',
  'POST /files createFile',
  'GET /files/{fileId} getFile',
  'PATCH /files/{fileId} patchFile',
  'DELETE /files/{fileId} deleteFile',
  'POST /files/search searchFiles',
  'POST /milestones createMilestone',
  'GET /milestones/{milestoneId} getMilestone',
  'PATCH /milestones/{milestoneId} patchMilestone',
  'DELETE /milestones/{milestoneId} deleteMilestone',
  'POST /milestones/search searchMilestones',
  'POST /milestones/{milestoneId}/restore restoreMilestone',
  'GET /milestones/compare/{milestone1Id}...{milestone2Id} compareMilestones',
  'PUT /collaborators modifyCollaborator',
  'POST /collaborators/search searchCollaborators',
  'DELETE /projects/{projectId}/collaborators/{email} deleteCollaborator',
];

test('loads as OpenAPI 3.0.1 with the /api/v1 prefix', () => {
  const d = published();
  expect([d.openapi, d.version, d.title, d.infoVersion, d.apiPrefix]).toEqual([
    '3.0.1',
    '3.0',
    'Web Modeler REST API',
    '41f4f56',
    '/api/v1',
  ]);
});

test('has the 25 operations of v1 under their operationIds', () => {
  const actual = published().operations.map(
    (o) => `${o.method.toUpperCase()} ${o.path.slice('/api/v1'.length)} ${o.key}`,
  );
  expect(actual.sort()).toEqual([...EXPECTED].sort());
  expect(new Set(published().operations.map((o) => o.resource))).toEqual(
    new Set(['info', 'projects', 'folders', 'files', 'milestones', 'collaborators']),
  );
  expect(operation('deleteCollaborator').resource).toBe('projects');
});

test('the compare path holds two path parameters in one segment', () => {
  expect(operation('compareMilestones').parameters.map((p) => [p.name, p.in, p.required])).toEqual([
    ['milestone1Id', 'path', true],
    ['milestone2Id', 'path', true],
  ]);
});

test('every operation is secured by the Bearer scheme', () => {
  for (const o of published().operations) expect(o.security, o.key).toEqual([{ Bearer: [] }]);
});

test('every request and response schema compiles', () => {
  expect(new SchemaValidators(published()).compileAll()).toBe(49);
});

test('sample request bodies validate as the document says', () => {
  const v = new SchemaValidators(published());
  const file = { name: 'order.bpmn', content: '<definitions/>', fileType: 'bpmn', projectId: 'p' };
  expect(v.validate(requestSchema('createFile'), file, 'request')).toEqual([]);
  // The ungrouped alternation lets far more through than the four file types:
  expect(v.validate(requestSchema('createFile'), { ...file, fileType: 'not-a-dmn-file' }, 'request')).toEqual([]);
  expect(
    v.validate(requestSchema('createFile'), { ...file, name: '', content: undefined }, 'request').map((e) => e.message),
  ).toEqual(["(root) must have required property 'content'", '/name must NOT have fewer than 1 characters']);
  expect(v.validate(requestSchema('patchFile'), { name: 'x' }, 'request').map((e) => e.message)).toEqual([
    "(root) must have required property 'revision'",
  ]);
  const search = { filter: { name: 'x' }, sort: [{ field: 'name', direction: 'UP' }], page: -1, size: 51 };
  expect(v.validate(requestSchema('searchFiles'), search, 'request').map((e) => e.message)).toEqual([
    '/sort/0/direction must be equal to one of the allowed values: "ASC", "DESC"',
    '/page must be >= 0',
    '/size must be <= 50',
  ]);
});

test('sample response bodies validate as the document says', () => {
  const v = new SchemaValidators(published());
  const metadata = {
    id: 'f',
    name: 'n',
    projectId: 'p',
    revision: 3,
    canonicalPath: [{ id: 'p', name: 'P', type: 'PROJECT' }],
    createdBy: { name: 'A', email: 'a@x' },
  };
  expect(v.validate(responseSchema('getFile'), { metadata, content: '<x/>' }, 'response')).toEqual([]);
  // No property is required, so an empty object matches:
  expect(v.validate(responseSchema('getFile'), {}, 'response')).toEqual([]);
  expect(
    v.validate(responseSchema('searchFiles'), { items: [{ ...metadata, revision: '3' }], total: 1 }, 'response'),
  ).toEqual([{ path: '/items/0/revision', message: '/items/0/revision must be integer' }]);
  expect(v.validate(responseSchema('getInfo'), { version: 'v1', createPermission: 'yes' }, 'response')).toEqual([
    { path: '/createPermission', message: '/createPermission must be boolean' },
  ]);
});

function findingsOf(code: string): { operation: string | null; pointer: string }[] {
  return published()
    .findings.filter((f) => f.code === code)
    .map(({ operation: o, pointer }) => ({ operation: o, pointer }));
}

test('findings name the documented quirks', () => {
  const auth = published().findings.filter((f) => f.code === 'auth-status-undocumented');
  expect(auth.filter((f) => f.message.includes('401'))).toHaveLength(25);
  expect(auth.filter((f) => f.message.includes('403')).map((f) => f.operation)).not.toContain('patchFile');
  expect(auth.filter((f) => f.message.includes('403'))).toHaveLength(23);

  const errors = findingsOf('error-without-schema').map((f) => f.pointer);
  expect(errors).toContain('#/paths/~1api~1v1~1files~1{fileId}/patch/responses/409/content/application~1json');
  expect(errors.every((p) => /\/responses\/[45]\d\d\/content\//.test(p))).toBe(true);

  expect(
    findingsOf('ungrouped-alternation')
      .map((f) => f.pointer)
      .sort(),
  ).toEqual([
    '#/components/schemas/CreateCollaboratorDto/properties/role/pattern',
    '#/components/schemas/CreateFileDto/properties/fileType/pattern',
  ]);
  expect(findingsOf('date-without-format').map((f) => f.pointer)).toEqual(
    expect.arrayContaining([
      '#/components/schemas/FileMetadataDto/properties/created',
      '#/components/schemas/FileMetadataDto/properties/updated',
      '#/components/schemas/ProjectMetadataDto/properties/created',
    ]),
  );
  expect(findingsOf('response-without-required').map((f) => f.pointer)).toEqual(
    expect.arrayContaining([
      '#/components/schemas/FileMetadataDto',
      '#/components/schemas/InfoDto',
      '#/components/schemas/PubSearchResultDtoFileMetadataDto',
    ]),
  );
  expect(findingsOf('response-without-required').map((f) => f.pointer)).not.toContain(
    '#/components/schemas/CreateFileDto',
  );
  expect(findingsOf('operation-without-id')).toEqual([]);
  expect(findingsOf('no-security')).toEqual([]);
});
