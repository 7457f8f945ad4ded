/**
 * Both APIs at once (`generation: ['v1-8.10', 'hub-v2']`): two servers on two ports, one issuer
 * (one token for both), ONE store. What is made through v1 reads the same through v2 and back,
 * with the renamed fields of facts §4.3 (project ↔ workspace, process application ↔ project,
 * id ↔ *Key, folderId ↔ folderKey, parentId ↔ parentFolderKey, fileType names, collaborator ↔
 * member with project_admin ↔ workspace_admin, version id ↔ versionKey); and the cross-API knobs
 * make the two disagree (a v1 rename v2 does not see, an unmapped role, v1 files hidden from v2).
 */
import { expect, test } from '@playwright/test';
import type { HubBehaviour } from '../target.ts';
import { startReferenceTarget, type RunningReferenceTarget } from '../target.ts';
import {
  apiTargets,
  client,
  field,
  items,
  text,
  type Client,
  type Reply,
} from '../../test/support/reference-client.ts';

interface Both {
  readonly target: RunningReferenceTarget;
  readonly v1: Client;
  readonly v2: Client;
}

async function startBoth(hub: Partial<HubBehaviour> = {}): Promise<Both> {
  const target = await startReferenceTarget({ generation: ['hub-v2', 'v1-8.10'], hub });
  const token = await target.mintToken('full', 600);
  const { v1, v2 } = apiTargets(target);
  return { target, v1: client(v1, token), v2: client(v2, token) };
}

let both: Both;

test.beforeAll(async () => {
  both = await startBoth();
});

test.afterAll(async () => {
  await both.target.stop();
});

async function ok(reply: Promise<Reply>, key: string): Promise<string> {
  const r = await reply;
  expect(r.status, r.text).toBe(200);
  return text(r.json, key);
}

test('two API servers (v1-8.10 first, then hub-v2, whatever the order asked) on one issuer; the env lines name both', () => {
  const { target } = both;
  expect(target.apis.map((a) => [a.generation, a.apiPrefix])).toEqual([
    ['v1-8.10', '/api/v1'],
    ['hub-v2', '/api/v2'],
  ]);
  expect(target.apis[0]?.baseUrl).not.toBe(target.apis[1]?.baseUrl);
  const lines = target.envLines();
  expect(lines).toContain(`WM_BASE_URL=${target.apis[0]?.baseUrl ?? ''}`);
  expect(lines).toContain(`WM_V2_BASE_URL=${target.apis[1]?.baseUrl ?? ''}`);
  expect(lines).toContain(`WM_V2_OPENAPI_URL=${target.apis[1]?.baseUrl ?? ''}/v3/api-docs`);
  expect(() => target.statsOf('v1')).toThrow(/does not serve v1/);
});

test('created through v1, read through v2: project → workspace, file → file (fileKey, type, folderKey, content), folder, collaborator → member (workspace_admin), version', async () => {
  const { v1, v2 } = both;
  const projectId = await ok(v1('POST', '/projects', { body: { name: 'Made in v1' } }), 'id');
  const workspace = await v2('GET', `/workspaces/${projectId}`);
  expect(workspace.json).toMatchObject({
    workspace: { workspaceKey: projectId, name: 'Made in v1', description: null },
  });
  const applicationId = await ok(
    v2('POST', '/projects', { body: { name: 'App', workspaceKey: projectId } }),
    'projectKey',
  );
  const folderId = await ok(
    v1('POST', '/folders', { body: { name: 'flows', processApplicationId: applicationId } }),
    'id',
  );
  expect((await v2('GET', `/folders/${folderId}`)).json).toMatchObject({
    folder: { folderKey: folderId, name: 'flows', projectKey: applicationId, parentFolderKey: null },
  });
  const file = await v1('POST', '/files', {
    body: { name: 'tpl', folderId, content: '{"id":"t"}', fileType: 'connector_template' },
  });
  const fileId = text(file.json, 'id');
  expect((await v2('GET', `/files/${fileId}`)).json).toMatchObject({
    fileKey: fileId,
    name: 'tpl',
    projectKey: applicationId,
    folderKey: folderId,
    type: 'element-template',
    content: '{"id":"t"}',
    revision: field(file.json, 'revision'),
    simplePath: 'flows/tpl.json',
    canonicalPath: folderId,
  });
  expect(
    (await v1('PUT', '/collaborators', { body: { projectId, email: 'bob@example.com', role: 'project_admin' } }))
      .status,
  ).toBe(204);
  const members = await v2('POST', '/members/search', { body: { filter: { workspaceKey: projectId } } });
  expect(items(members)).toEqual([
    { workspaceKey: projectId, email: 'bob@example.com', name: 'Bob Example', role: 'workspace_admin' },
  ]);
  const versionId = await ok(v1('POST', '/versions', { body: { fileId, name: 'v-one' } }), 'id');
  expect((await v2('GET', `/versions/${versionId}`)).json).toMatchObject({
    versionKey: versionId,
    fileKey: fileId,
    name: 'v-one',
    content: '{"id":"t"}',
  });
});

test('created through v2, read through v1: workspace → project, project → process application (content.processApplications), file in it (null folderId, processApplicationId), member → collaborator (project_admin)', async () => {
  const { v1, v2 } = both;
  const ws = await ok(
    v2('POST', '/workspaces', { body: { name: 'Made in v2', description: 'hub side' } }),
    'workspaceKey',
  );
  const projectKey = await ok(v2('POST', '/projects', { body: { name: 'Billing', workspaceKey: ws } }), 'projectKey');
  const folderKey = await ok(v2('POST', '/folders', { body: { name: 'sub', projectKey } }), 'folderKey');
  const fileKey = await ok(
    v2('POST', '/files', { body: { name: 'invoice', projectKey, type: 'bpmn', content: '<i/>' } }),
    'fileKey',
  );
  expect((await v1('GET', `/projects/${ws}`)).json).toMatchObject({
    metadata: { id: ws, name: 'Made in v2' },
    content: { files: [], folders: [], processApplications: [{ id: projectKey, name: 'Billing', projectId: ws }] },
  });
  expect((await v1('GET', `/process-applications/${projectKey}`)).json).toMatchObject({
    content: {
      folders: [{ id: folderKey, parentId: null, processApplicationId: projectKey }],
      files: [{ id: fileKey }],
    },
  });
  expect((await v1('GET', `/files/${fileKey}`)).json).toMatchObject({
    metadata: {
      id: fileKey,
      name: 'invoice',
      projectId: ws,
      processApplicationId: projectKey,
      folderId: null,
      type: 'bpmn',
      simplePath: 'Made in v2/invoice',
      canonicalPath: [{ id: ws, name: 'Made in v2' }],
    },
    content: '<i/>',
  });
  await v2('POST', `/workspaces/${ws}/members`, { body: { email: 'carol@example.com', role: 'workspace_admin' } });
  expect(items(await v1('POST', '/collaborators/search', { body: { filter: { projectId: ws } } }))).toEqual([
    { name: 'Carol Example', email: 'carol@example.com', projectId: ws, role: 'project_admin' },
  ]);
});

test('changes travel both ways: a v1 rename and patch reach v2, a v2 update reaches v1 (revision shared), a v2 delete is a v1 404', async () => {
  const { v1, v2 } = both;
  const projectId = await ok(v1('POST', '/projects', { body: { name: 'Before' } }), 'id');
  expect((await v1('PATCH', `/projects/${projectId}`, { body: { name: 'After' } })).status).toBe(200);
  expect(field((await v2('GET', `/workspaces/${projectId}`)).json, 'workspace', 'name')).toBe('After');
  const fileId = await ok(
    v1('POST', '/files', { body: { name: 'f', projectId, content: 'one', fileType: 'dmn' } }),
    'id',
  );
  const updated = await v2('PATCH', `/files/${fileId}`, { body: { revision: 1, content: 'two' } });
  expect(field(updated.json, 'revision')).toBe(2);
  expect((await v1('GET', `/files/${fileId}`)).json).toMatchObject({ metadata: { revision: 2 }, content: 'two' });
  expect((await v1('PATCH', `/files/${fileId}`, { body: { revision: 1, content: 'stale' } })).status).toBe(409);
  expect((await v2('DELETE', `/files/${fileId}`)).status).toBe(204);
  expect((await v1('GET', `/files/${fileId}`)).status).toBe(404);
  expect((await v2('POST', `/files/${fileId}/restoration`)).status).toBe(200);
  expect((await v1('GET', `/files/${fileId}`)).status).toBe(200);
});

test('the cross-API knobs make v1 and v2 disagree: a stale name after a v1 rename, an unmapped v1 role, v1-made files missing from v2', async () => {
  const faithful = both;
  const stale = await startBoth({ crossApiStaleNames: true, crossApiRoleMapping: false, crossApiHideV1Files: true });
  try {
    for (const [fixture, disagree] of [
      [faithful, false],
      [stale, true],
    ] as const) {
      const projectId = await ok(fixture.v1('POST', '/projects', { body: { name: 'Old' } }), 'id');
      expect(field((await fixture.v1('PATCH', `/projects/${projectId}`, { body: { name: 'New' } })).json, 'name')).toBe(
        'New',
      );
      expect(field((await fixture.v1('GET', `/projects/${projectId}`)).json, 'metadata', 'name')).toBe('New');
      expect(field((await fixture.v2('GET', `/workspaces/${projectId}`)).json, 'workspace', 'name')).toBe(
        disagree ? 'Old' : 'New',
      );
      await fixture.v1('PUT', '/collaborators', {
        body: { projectId, email: 'alice@example.com', role: 'project_admin' },
      });
      const member = items(
        await fixture.v2('POST', '/members/search', { body: { filter: { workspaceKey: projectId } } }),
      )[0];
      expect(field(member, 'role')).toBe(disagree ? 'project_admin' : 'workspace_admin');
      const fileId = await ok(
        fixture.v1('POST', '/files', { body: { name: 'f', projectId, content: 'x', fileType: 'bpmn' } }),
        'id',
      );
      const found = items(await fixture.v2('POST', '/files/search', { body: { filter: { name: 'f' } } })).map((f) =>
        field(f, 'fileKey'),
      );
      expect(found.includes(fileId)).toBe(!disagree);
    }
  } finally {
    await stale.target.stop();
  }
});

test('a list of generations other than v1-8.10 with hub-v2 is refused', async () => {
  await expect(startReferenceTarget({ generation: ['v1', 'hub-v2'] })).rejects.toThrow(
    /only v1-8.10 and hub-v2 share one store/,
  );
});
