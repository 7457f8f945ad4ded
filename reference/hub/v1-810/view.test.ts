/**
 * Generation v1-8.10 (the v1 API as Camunda 8.10 serves it, a view onto the Hub's store): its
 * document (OpenAPI 3.1.0, valid, 28 operations, every one deprecated, the process-application
 * operations and the 8.10 properties, no milestones) and its behaviour — files and folders at
 * the project level go to the workspace's catch-all project (or 400 with the knob), process
 * applications (made through v2: v1 has no create) with null parents at their root, a process
 * application's id refused as a folder id (404), the processApplicationId search filter, paths
 * without the process application, the three process-application operations, versions as in
 * v1-versions, collaborators with v1's roles, deletes that v2 lists as recently deleted.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { expect, test } from '@playwright/test';
import { isJsonObject, type JsonObject } from '../../../src/core/json.ts';
import { startReferenceTarget, type RunningReferenceTarget } from '../../target.ts';
import {
  apiTargets,
  call,
  client,
  field,
  items,
  text,
  type Client,
  type Reply,
} from '../../../test/support/reference-client.ts';

let target: RunningReferenceTarget;
let v1: Client;
let v2: Client;

test.beforeAll(async () => {
  target = await startReferenceTarget({ generation: ['v1-8.10', 'hub-v2'] });
  const token = await target.mintToken('full', 600);
  const apis = apiTargets(target);
  v1 = client(apis.v1, token);
  v2 = client(apis.v2, token);
});

test.afterAll(async () => {
  await target.stop();
});

async function ok(reply: Promise<Reply>, key = 'id'): Promise<string> {
  const r = await reply;
  expect(r.status, r.text).toBe(200);
  return text(r.json, key);
}

/** A v1 project and, through v2, a process application in it. */
async function projectWithApplication(name = 'Shop'): Promise<{ projectId: string; applicationId: string }> {
  const projectId = await ok(v1('POST', '/projects', { body: { name } }));
  const applicationId = await ok(
    v2('POST', '/projects', { body: { name: 'Orders', workspaceKey: projectId } }),
    'projectKey',
  );
  return { projectId, applicationId };
}

test('the document: OpenAPI 3.1.0, valid, 28 operations all deprecated, process applications and the 8.10 properties, no milestones', async () => {
  const doc: unknown = await (await fetch(target.openapiUrl)).json();
  if (!isJsonObject(doc)) throw new Error('the document is not a JSON object');
  expect(doc.openapi).toBe('3.1.0');
  const result = await new Validator().validate(doc);
  expect(result.errors ?? []).toEqual([]);
  const paths: JsonObject = isJsonObject(doc.paths) ? doc.paths : {};
  const operations = Object.values(paths).flatMap((item) => Object.values(isJsonObject(item) ? item : {}));
  expect(operations).toHaveLength(28);
  expect(operations.every((op) => field(op, 'deprecated') === true)).toBe(true);
  expect(Object.keys(field(paths, '/api/v1/process-applications/{processApplicationId}') ?? {}).sort()).toEqual([
    'delete',
    'get',
    'patch',
  ]);
  expect(Object.keys(paths).some((p) => p.includes('milestones'))).toBe(false);
  expect(Object.keys(paths)).toContain('/api/v1/versions/compare/{version1Id}...{version2Id}');
  const schemas = field(doc, 'components', 'schemas');
  expect(field(schemas, 'FileMetadataDto', 'properties', 'processApplicationId')).toEqual({ type: ['string', 'null'] });
  expect(field(schemas, 'FolderMetadataDto', 'properties', 'processApplicationId')).toEqual({
    type: ['string', 'null'],
  });
  expect(field(schemas, 'ProjectContent', 'properties', 'processApplications')).toEqual({
    type: 'array',
    items: { $ref: '#/components/schemas/ProcessApplicationMetadataDto' },
  });
  expect((await v1('GET', '/info')).json).toMatchObject({ version: 'v1', createPermission: true });
});

test('a file or folder at the project level goes to the workspace catch-all project: processApplicationId null, listed in the project content, no process application', async () => {
  const projectId = await ok(v1('POST', '/projects', { body: { name: 'Level' } }));
  const folder = await v1('POST', '/folders', { body: { name: 'docs', projectId } });
  expect(folder.json).toMatchObject({ projectId, processApplicationId: null, parentId: null });
  const fileId = await ok(
    v1('POST', '/files', { body: { name: 'flow', projectId, content: '<x/>', fileType: 'bpmn' } }),
  );
  const read = await v1('GET', `/projects/${projectId}`);
  expect(read.json).toMatchObject({
    content: {
      processApplications: [],
      files: [{ id: fileId, processApplicationId: null, folderId: null, simplePath: 'Level/flow' }],
      folders: [{ name: 'docs' }],
    },
  });
  // v2 keeps them in a project of the workspace (the catch-all, named after it)
  const catchAll = text((await v2('GET', `/files/${fileId}`)).json, 'projectKey');
  expect((await v2('GET', `/projects/${catchAll}`)).json).toMatchObject({
    project: { name: 'Level', workspaceKey: projectId },
  });
  expect((await v1('GET', `/process-applications/${catchAll}`)).status).toBe(404);
  expect(
    (
      await v2('PATCH', `/projects/${catchAll}`, {
        body: { workspaceKey: await ok(v2('POST', '/workspaces', { body: { name: 'elsewhere' } }), 'workspaceKey') },
      })
    ).status,
  ).toBe(409);
});

test('with v1WorkspaceLevelCreate reject, a create without a process application or folder is 400', async () => {
  const strict = await startReferenceTarget({ generation: 'v1-8.10', hub: { v1WorkspaceLevelCreate: 'reject' } });
  try {
    const api: Client = (method, path, options) =>
      strict.mintToken('full', 60).then((token) => call(strict, method, path, { ...options, token }));
    const projectId = await ok(api('POST', '/projects', { body: { name: 'p' } }));
    const reply = await api('POST', '/files', { body: { name: 'f', projectId, content: 'x', fileType: 'bpmn' } });
    expect(reply.status).toBe(400);
    expect(String(field(reply.json, 'detail'))).toMatch(/can no longer be created at the project level/);
  } finally {
    await strict.stop();
  }
});

test('process applications: files and folders at their root have null parents and their processApplicationId; a process application id is no folder id (404); paths leave it out', async () => {
  const { projectId, applicationId } = await projectWithApplication();
  const folder = await v1('POST', '/folders', { body: { name: 'flows', processApplicationId: applicationId } });
  expect(folder.json).toMatchObject({ projectId, processApplicationId: applicationId, parentId: null });
  const folderId = text(folder.json, 'id');
  const atRoot = await v1('POST', '/files', {
    body: { name: 'root', processApplicationId: applicationId, content: '<r/>', fileType: 'bpmn' },
  });
  expect(atRoot.json).toMatchObject({
    projectId,
    processApplicationId: applicationId,
    folderId: null,
    simplePath: 'Shop/root',
    canonicalPath: [{ id: projectId, name: 'Shop' }],
  });
  const inside = await v1('POST', '/files', {
    body: { name: 'inner', folderId, content: '<i/>', fileType: 'connector_template' },
  });
  expect(inside.json).toMatchObject({
    processApplicationId: applicationId,
    folderId,
    simplePath: 'Shop/flows/inner',
    type: 'connector_template',
  });
  expect(
    (await v1('POST', '/files', { body: { name: 'x', folderId: applicationId, content: 'x', fileType: 'bpmn' } }))
      .status,
  ).toBe(404);
  expect((await v1('POST', '/folders', { body: { name: 'x', parentId: applicationId } })).status).toBe(404);
  expect(
    (
      await v1('POST', '/files', {
        body: {
          name: 'x',
          projectId: await ok(v1('POST', '/projects', { body: { name: 'other' } })),
          processApplicationId: applicationId,
          content: 'x',
          fileType: 'bpmn',
        },
      })
    ).status,
  ).toBe(400);
  const found = await v1('POST', '/files/search', {
    body: { filter: { processApplicationId: applicationId }, sort: [{ field: 'name', direction: 'ASC' }] },
  });
  expect(items(found).map((f) => field(f, 'name'))).toEqual(['inner', 'root']);
  expect((await v1('GET', `/projects/${projectId}`)).json).toMatchObject({
    content: { files: [], processApplications: [{ id: applicationId, name: 'Orders', projectId }] },
  });
});

test('GET, PATCH and DELETE /process-applications/{id}: content at its root, rename, delete only when it holds no file (then v2 lists it as recently deleted)', async () => {
  const { projectId, applicationId } = await projectWithApplication('PA');
  const fileId = await ok(
    v1('POST', '/files', { body: { name: 'f', processApplicationId: applicationId, content: 'x', fileType: 'dmn' } }),
  );
  expect((await v1('GET', `/process-applications/${applicationId}`)).json).toMatchObject({
    metadata: { id: applicationId, projectId, name: 'Orders' },
    content: { folders: [], files: [{ id: fileId }] },
  });
  expect(
    (await v1('PATCH', `/process-applications/${applicationId}`, { body: { name: 'Billing' } })).json,
  ).toMatchObject({ id: applicationId, name: 'Billing' });
  expect((await v2('GET', `/projects/${applicationId}`)).json).toMatchObject({ project: { name: 'Billing' } });
  expect((await v1('DELETE', `/process-applications/${applicationId}`)).status).toBe(400);
  expect((await v1('DELETE', `/files/${fileId}`)).status).toBe(204);
  expect((await v1('DELETE', `/process-applications/${applicationId}`)).status).toBe(204);
  expect((await v1('GET', `/process-applications/${applicationId}`)).status).toBe(404);
  const deleted = await v2('POST', '/projects/recently-deleted/search', {
    body: { filter: { projectKey: applicationId } },
  });
  expect(items(deleted)).toHaveLength(1);
  expect(
    (await v1('PATCH', '/process-applications/00000000-0000-4000-8000-000000000000', { body: { name: 'x' } })).status,
  ).toBe(404);
});

test('versions as in v1-versions; collaborators with the v1 roles; a deleted v1 project is a recently deleted workspace', async () => {
  const { projectId, applicationId } = await projectWithApplication('Versions');
  const fileId = await ok(
    v1('POST', '/files', {
      body: { name: 'f', processApplicationId: applicationId, content: '<one/>', fileType: 'bpmn' },
    }),
  );
  const version = await v1('POST', '/versions', { body: { fileId, description: 'first' } });
  expect(version.json).toMatchObject({ name: 'Version 1', fileId, description: 'first', organizationPublic: false });
  const versionId = text(version.json, 'id');
  const file = await v1('GET', `/files/${fileId}`);
  await v1('PATCH', `/files/${fileId}`, {
    body: { revision: field(file.json, 'metadata', 'revision'), content: '<two/>' },
  });
  expect((await v1('POST', `/versions/${versionId}/restore`, { body: {} })).status).toBe(400);
  expect((await v1('POST', `/versions/${versionId}/restore`, { body: { version: 1 } })).json).toMatchObject({
    id: versionId,
  });
  expect(field((await v1('GET', `/files/${fileId}`)).json, 'content')).toBe('<one/>');
  expect((await v1('GET', `/versions/compare/${versionId}...${versionId}`)).json).toEqual({
    url: `${target.baseUrl}/diagrams/compare/${versionId}...${versionId}`,
  });
  expect(
    (await v1('PUT', '/collaborators', { body: { projectId, email: 'alice@example.com', role: 'project_admin' } }))
      .status,
  ).toBe(204);
  expect(
    (await v1('PUT', '/collaborators', { body: { projectId, email: 'nobody@example.com', role: 'editor' } })).status,
  ).toBe(404);
  const collaborators = await v1('POST', '/collaborators/search', { body: { filter: { projectId } } });
  expect(items(collaborators)).toEqual([
    { name: 'Alice Example', email: 'alice@example.com', projectId, role: 'project_admin' },
  ]);
  expect((await v1('DELETE', `/projects/${projectId}`)).status).toBe(400);
  expect((await v1('DELETE', `/files/${fileId}`)).status).toBe(204);
  expect((await v1('DELETE', `/projects/${projectId}`)).status).toBe(204);
  expect((await v1('GET', `/projects/${projectId}`)).status).toBe(404);
  expect(
    items(await v2('POST', '/workspaces/recently-deleted/search', { body: { filter: { workspaceKey: projectId } } })),
  ).toHaveLength(1);
  expect((await v1('GET', '/milestones/00000000-0000-4000-8000-000000000000')).status).toBe(404);
});

test('v1-8.10 alone serves only v1, on its own Hub store; its stats count in v1 terms', async () => {
  const alone = await startReferenceTarget({ generation: 'v1-8.10' });
  try {
    expect(alone.apis.map((a) => a.generation)).toEqual(['v1-8.10']);
    expect(alone.envLines().some((l) => l.startsWith('WM_V2_'))).toBe(false);
    const api: Client = (method, path, options) =>
      alone.mintToken('full', 60).then((token) => call(alone, method, path, { ...options, token }));
    const projectId = await ok(api('POST', '/projects', { body: { name: 'p' } }));
    await ok(api('POST', '/files', { body: { name: 'f', projectId, content: 'x', fileType: 'form' } }));
    expect(alone.stats().resources).toEqual({ projects: 1, folders: 0, files: 1, milestones: 0, collaborators: 0 });
    expect((await api('GET', '!/api/v2/info')).status).toBe(404);
  } finally {
    await alone.stop();
  }
});
