/**
 * Every hub-v2 resource group through the API: info, workspaces (merge-semantics update), members
 * (add or update, invitees, remove), projects (move), folders (move with the subtree), files
 * (revision check, paths), versions (snapshot of the content, rename, 409 on a taken name,
 * restoration answering the new version), with the 404s of unknown keys.
 */
import { expect, test } from '@playwright/test';
import { field, text, type Client } from '../../test/support/reference-client.ts';
import {
  expectProblem,
  file,
  folder,
  keysOf,
  project,
  startHub,
  workspace,
  type HubFixture,
} from '../../test/support/hub.ts';

let hub: HubFixture;
let api: Client;

test.beforeAll(async () => {
  hub = await startHub();
  api = hub.api;
});

test.afterAll(async () => {
  await hub.target.stop();
});

const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

test('GET /info answers version v2 and the organization, without permission flags, for any valid token', async () => {
  for (const role of ['full', 'limited'] as const) {
    const reply = await hub.target
      .mintToken(role, 60)
      .then((token) => fetch(`${hub.target.baseUrl}/api/v2/info`, { headers: { authorization: `Bearer ${token}` } }));
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({ version: 'v2', authorizedOrganization: hub.target.organizationId });
  }
});

test('workspaces: create, get with its live projects, update with merge semantics (null clears, omitted keeps), search', async () => {
  const created = await api('POST', '/workspaces', { body: { name: 'Payments', description: 'payment flows' } });
  expect(created.status).toBe(200);
  expect(created.headers.get('content-type')).toBe('application/json');
  expect(created.json).toMatchObject({
    name: 'Payments',
    description: 'payment flows',
    createdBy: { name: hub.target.clients.full.id },
    updatedBy: { name: hub.target.clients.full.id },
  });
  expect(text(created.json, 'created')).toMatch(DATE);
  const ws = text(created.json, 'workspaceKey');
  const p = await project(api, ws, 'flow');
  const gone = await project(api, ws, 'gone');
  expect((await api('DELETE', `/projects/${gone}`)).status).toBe(204);
  const read = await api('GET', `/workspaces/${ws}`);
  expect(read.json).toMatchObject({
    workspace: { workspaceKey: ws, name: 'Payments' },
    content: { projects: [{ projectKey: p, name: 'flow', workspaceKey: ws }] },
  });
  expect(field(read.json, 'content', 'projects')).toHaveLength(1);
  expect((await api('PATCH', `/workspaces/${ws}`, { body: { name: 'Billing' } })).json).toMatchObject({
    name: 'Billing',
    description: 'payment flows',
  });
  expect((await api('PATCH', `/workspaces/${ws}`, { body: { description: null } })).json).toMatchObject({
    name: 'Billing',
    description: null,
  });
  expect((await api('PATCH', `/workspaces/${ws}`, { body: { description: 'again' } })).json).toMatchObject({
    description: 'again',
  });
  expect((await api('PATCH', `/workspaces/${ws}`, { body: {} })).json).toMatchObject({
    name: 'Billing',
    description: 'again',
  });
  expect(
    keysOf(await api('POST', '/workspaces/search', { body: { filter: { name: 'Billing' } } }), 'workspaceKey'),
  ).toEqual([ws]);
  expect(field((await api('POST', '/workspaces', { body: { name: 'plain' } })).json, 'description')).toBeNull();
  // name is optional and not nullable: an explicit null means "absent" (*assumed*, knob nullForOptional).
  expect((await api('PATCH', `/workspaces/${ws}`, { body: { name: null } })).json).toMatchObject({ name: 'Billing' });
  expectProblem(await api('PATCH', `/workspaces/${ws}`, { body: { description: '' } }), 400, /'description'/);
  expectProblem(await api('GET', '/workspaces/00000000-0000-4000-8000-000000000000'), 404, /No workspace with key/);
});

test('members: add, change the role, invite someone who has not logged in (name null), remove, 404s', async () => {
  const ws = await workspace(api);
  const add = await api('POST', `/workspaces/${ws}/members`, { body: { email: 'alice@example.com', role: 'editor' } });
  expect(add.json).toEqual({ workspaceKey: ws, email: 'alice@example.com', name: 'Alice Example', role: 'editor' });
  expect(
    (await api('POST', `/workspaces/${ws}/members`, { body: { email: 'ALICE@example.com', role: 'workspace_admin' } }))
      .json,
  ).toMatchObject({ email: 'alice@example.com', role: 'workspace_admin' });
  expect(
    (await api('POST', `/workspaces/${ws}/members`, { body: { email: 'new.person@example.org', role: 'viewer' } }))
      .json,
  ).toEqual({ workspaceKey: ws, email: 'new.person@example.org', name: null, role: 'viewer' });
  const search = await api('POST', '/members/search', {
    body: { filter: { workspaceKey: ws }, sort: [{ field: 'email' }] },
  });
  expect(search.json).toMatchObject({
    items: [
      { email: 'alice@example.com', role: 'workspace_admin' },
      { email: 'new.person@example.org', name: null },
    ],
    page: { totalItems: 2 },
  });
  expect(
    keysOf(await api('POST', '/members/search', { body: { filter: { workspaceKey: ws, role: 'viewer' } } }), 'email'),
  ).toEqual(['new.person@example.org']);
  expectProblem(
    await api('POST', `/workspaces/${ws}/members`, { body: { email: 'not-an-email', role: 'viewer' } }),
    400,
    /'email'/,
  );
  expectProblem(
    await api('POST', `/workspaces/${ws}/members`, { body: { email: 'bob@example.com', role: 'project_admin' } }),
    400,
    /'role' must be one of workspace_admin, editor, commenter, viewer/,
  );
  expectProblem(
    await api('POST', '/workspaces/unknown/members', { body: { email: 'bob@example.com', role: 'viewer' } }),
    404,
  );
  expect((await api('DELETE', `/workspaces/${ws}/members/new.person%40example.org`)).status).toBe(204);
  expectProblem(await api('DELETE', `/workspaces/${ws}/members/new.person@example.org`), 404, /is not a member/);
  expectProblem(await api('DELETE', `/workspaces/unknown/members/alice@example.com`), 404);
});

test('projects: create in a workspace, get with root content, rename and move to another workspace, 400 for an unknown workspace', async () => {
  const [a, b] = [await workspace(api, 'a'), await workspace(api, 'b')];
  const p = await project(api, a, 'app');
  const f = await folder(api, p);
  const rootFile = await file(api, p);
  await file(api, p, f, 'nested');
  const read = await api('GET', `/projects/${p}`);
  expect(read.json).toMatchObject({
    project: { projectKey: p, name: 'app', workspaceKey: a },
    content: { folders: [{ folderKey: f }], files: [{ fileKey: rootFile, content: '<bpmn/>' }] },
  });
  expect(field(read.json, 'content', 'files')).toHaveLength(1);
  expect((await api('PATCH', `/projects/${p}`, { body: { name: 'renamed', workspaceKey: b } })).json).toMatchObject({
    name: 'renamed',
    workspaceKey: b,
  });
  expect(
    keysOf(await api('POST', '/projects/search', { body: { filter: { workspaceKey: b } } }), 'projectKey'),
  ).toEqual([p]);
  expectProblem(
    await api('POST', '/projects', { body: { name: 'x', workspaceKey: 'nope' } }),
    400,
    /workspaceKey: no workspace with key nope/,
  );
  expectProblem(await api('PATCH', `/projects/${p}`, { body: { workspaceKey: 'nope' } }), 400);
  expectProblem(await api('PATCH', '/projects/nope', { body: { name: 'x' } }), 404);
});

test('folders: create at the root or in a parent, get with direct children, move within and across projects with the subtree', async () => {
  const p = await project(api);
  const other = await project(api);
  const top = await folder(api, p, null, 'top');
  const child = await folder(api, p, top, 'child');
  const doc = await file(api, p, child, 'deep');
  expect((await api('GET', `/folders/${top}`)).json).toMatchObject({
    folder: { folderKey: top, parentFolderKey: null },
    content: { folders: [{ folderKey: child, parentFolderKey: top }], files: [] },
  });
  expect((await api('GET', `/files/${doc}`)).json).toMatchObject({
    simplePath: 'top/child/deep.bpmn',
    canonicalPath: `${top}/${child}`,
  });
  expectProblem(await api('PATCH', `/folders/${top}`, { body: { parentFolderKey: top } }), 400, /its own parent/);
  expectProblem(await api('PATCH', `/folders/${top}`, { body: { parentFolderKey: child } }), 400, /own subtree/);
  expect(
    (await api('PATCH', `/folders/${child}`, { body: { parentFolderKey: null, name: 'moved' } })).json,
  ).toMatchObject({ name: 'moved', parentFolderKey: null });
  expect((await api('PATCH', `/folders/${child}`, { body: { projectKey: other } })).json).toMatchObject({
    projectKey: other,
    parentFolderKey: null,
  });
  expect((await api('GET', `/files/${doc}`)).json).toMatchObject({
    projectKey: other,
    simplePath: 'moved/deep.bpmn',
    canonicalPath: child,
  });
  expectProblem(
    await api('POST', '/folders', { body: { name: 'x', projectKey: p, parentFolderKey: child } }),
    400,
    /is not in the project/,
  );
  expectProblem(await api('GET', '/folders/nope'), 404);
});

test('files: revision starts at 1, a stale revision is 409, every update adds 1; move by folderKey (null = root) and projectKey', async () => {
  const p = await project(api);
  const other = await project(api);
  const f = await folder(api, p, null, 'orders');
  const created = await api('POST', '/files', {
    body: { name: 'order-process', projectKey: p, folderKey: f, type: 'bpmn', content: '<a/>' },
  });
  expect(created.json).toMatchObject({
    revision: 1,
    type: 'bpmn',
    folderKey: f,
    simplePath: 'orders/order-process.bpmn',
    canonicalPath: f,
    content: '<a/>',
  });
  const key = text(created.json, 'fileKey');
  expectProblem(
    await api('PATCH', `/files/${key}`, { body: { revision: 2, content: '<b/>' } }),
    409,
    /has revision 1, not 2/,
  );
  expectProblem(await api('PATCH', `/files/${key}`, { body: { content: '<b/>' } }), 400, /'revision' must not be null/);
  expect((await api('PATCH', `/files/${key}`, { body: { revision: 1, content: '<b/>' } })).json).toMatchObject({
    revision: 2,
    content: '<b/>',
  });
  expect((await api('PATCH', `/files/${key}`, { body: { revision: 2, name: 'renamed' } })).json).toMatchObject({
    revision: 3,
    name: 'renamed',
    content: '<b/>',
  });
  expect((await api('PATCH', `/files/${key}`, { body: { revision: 3, folderKey: null } })).json).toMatchObject({
    revision: 4,
    folderKey: null,
    simplePath: 'renamed.bpmn',
    canonicalPath: '',
  });
  expect((await api('PATCH', `/files/${key}`, { body: { revision: 4, projectKey: other } })).json).toMatchObject({
    revision: 5,
    projectKey: other,
    folderKey: null,
  });
  expectProblem(
    await api('PATCH', `/files/${key}`, { body: { revision: 5, projectKey: p, folderKey: 'nope' } }),
    400,
    /folderKey/,
  );
  expect((await api('GET', `/files/${key}`)).json).toMatchObject({ revision: 5 });
  const dmn = await api('POST', '/files', {
    body: { name: 'rules.dmn', projectKey: p, type: 'dmn', content: '<dmn/>' },
  });
  expect(dmn.json).toMatchObject({ simplePath: 'rules.dmn' });
  expectProblem(await api('DELETE', '/files/nope'), 404);
});

test('versions: a snapshot of the content; get with content, rename, clear the description, 409 on a taken name, delete', async () => {
  const p = await project(api);
  const doc = await file(api, p, null, 'p', 'first');
  const created = await api('POST', '/versions', {
    body: { fileKey: doc, name: 'Release 1', description: 'first cut' },
  });
  expect(created.json).toMatchObject({
    name: 'Release 1',
    description: 'first cut',
    fileKey: doc,
    organizationPublic: false,
    linkedToProcessApplication: false,
  });
  expect(field(created.json, 'content')).toBeUndefined();
  const v1 = text(created.json, 'versionKey');
  await api('PATCH', `/files/${doc}`, { body: { revision: 1, content: 'second' } });
  expect((await api('GET', `/versions/${v1}`)).json).toMatchObject({ versionKey: v1, content: 'first' });
  expectProblem(
    await api('POST', '/versions', { body: { fileKey: doc, name: 'Release 1' } }),
    409,
    /already has a version named/,
  );
  const v2 = text(
    (await api('POST', '/versions', { body: { fileKey: doc, name: 'Release 2', organizationPublic: true } })).json,
    'versionKey',
  );
  expectProblem(await api('PATCH', `/versions/${v2}`, { body: { name: 'Release 1' } }), 409);
  expectProblem(await api('PATCH', `/versions/${v2}`, { body: { description: 'x' } }), 400, /'name' must not be null/);
  expect((await api('PATCH', `/versions/${v1}`, { body: { name: 'R1', description: null } })).json).toMatchObject({
    name: 'R1',
    description: null,
  });
  expect(
    keysOf(
      await api('POST', '/versions/search', {
        body: { filter: { fileKey: doc }, sort: [{ field: 'name', order: 'DESC' }] },
      }),
      'name',
    ),
  ).toEqual(['Release 2', 'R1']);
  expectProblem(await api('POST', '/versions', { body: { fileKey: 'nope', name: 'x' } }), 400, /fileKey: no file/);
  expect((await api('DELETE', `/versions/${v2}`)).status).toBe(204);
  expectProblem(await api('GET', `/versions/${v2}`), 404);
});

test('restoring a version sets the file content back (revision + 1) and answers the new version of the restored state', async () => {
  const p = await project(api);
  const doc = await file(api, p, null, 'p', 'old');
  const v = text((await api('POST', '/versions', { body: { fileKey: doc, name: 'good' } })).json, 'versionKey');
  await api('PATCH', `/files/${doc}`, { body: { revision: 1, content: 'broken' } });
  const restored = await api('POST', `/versions/${v}/restoration`);
  expect(restored.status).toBe(200);
  expect(restored.json).toMatchObject({ name: 'Restored from good', fileKey: doc });
  expect(text(restored.json, 'versionKey')).not.toBe(v);
  expect((await api('GET', `/files/${doc}`)).json).toMatchObject({ content: 'old', revision: 3 });
  expect((await api('POST', `/versions/${v}/restoration`, { body: {} })).json).toMatchObject({
    name: 'Restored from good (2)',
  });
  expectProblem(await api('POST', `/versions/${v}/restoration`, { body: { version: 'x' } }), 400, /'version'/);
  expectProblem(
    await api('POST', `/versions/${v}/restoration`, { body: { other: 1 } }),
    400,
    /'other' is not a known property/,
  );
  expectProblem(await api('POST', '/versions/nope/restoration'), 404);
});

test('an element template needs the version number to restore, and gets it written into its content', async () => {
  const p = await project(api);
  const template = text(
    (
      await api('POST', '/files', {
        body: { name: 'connector', projectKey: p, type: 'element-template', content: '{"id":"c","version":1}' },
      })
    ).json,
    'fileKey',
  );
  const v = text((await api('POST', '/versions', { body: { fileKey: template, name: 'one' } })).json, 'versionKey');
  expectProblem(await api('POST', `/versions/${v}/restoration`), 400, /version: must not be null/);
  expect((await api('POST', `/versions/${v}/restoration`, { body: { version: 7 } })).status).toBe(200);
  expect(JSON.parse(String(field((await api('GET', `/files/${template}`)).json, 'content')))).toEqual({
    id: 'c',
    version: 7,
  });
});

test('versions of a soft-deleted file are hidden, and come back with it', async () => {
  const p = await project(api);
  const doc = await file(api, p);
  const v = text((await api('POST', '/versions', { body: { fileKey: doc, name: 'kept' } })).json, 'versionKey');
  expect((await api('DELETE', `/files/${doc}`)).status).toBe(204);
  expectProblem(await api('GET', `/versions/${v}`), 404);
  expect(keysOf(await api('POST', '/versions/search', { body: { filter: { fileKey: doc } } }), 'versionKey')).toEqual(
    [],
  );
  expect((await api('POST', `/files/${doc}/restoration`)).status).toBe(200);
  expect((await api('GET', `/versions/${v}`)).status).toBe(200);
});
