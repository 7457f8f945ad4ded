/**
 * hub-v2 soft delete, recently-deleted listing, restoration, permanent delete and purge, through
 * the API alone: cascades, the root-of-deletion rule, 404 / 409 / wrapper folder on restoration,
 * the permanent-delete rules of live and soft-deleted items, purge idempotence, and the knobs
 * that switch those rules (the later faults).
 */
import { expect, test } from '@playwright/test';
import { field, type Client } from '../../test/support/reference-client.ts';
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

async function status(method: string, path: string, body?: unknown): Promise<number> {
  return (await api(method, path, body === undefined ? {} : { body })).status;
}

async function deleted(
  kind: 'files' | 'folders' | 'projects' | 'workspaces',
  keyName: string,
  filter: Record<string, string>,
): Promise<unknown[]> {
  const reply = await api('POST', `/${kind}/recently-deleted/search`, { body: { filter } });
  expect(reply.status, reply.text).toBe(200);
  return keysOf(reply, keyName);
}

test('deleting a workspace hides it and everything in it; only the workspace is listed as recently deleted; restoring brings all back', async () => {
  const ws = await workspace(api);
  const p = await project(api, ws);
  const f = await folder(api, p);
  const doc = await file(api, p, f);
  expect(await status('DELETE', `/workspaces/${ws}`)).toBe(204);
  for (const path of [`/workspaces/${ws}`, `/projects/${p}`, `/folders/${f}`, `/files/${doc}`])
    expectProblem(await api('GET', path), 404);
  expect(keysOf(await api('POST', '/files/search', { body: { filter: { projectKey: p } } }), 'fileKey')).toEqual([]);
  expect(await deleted('workspaces', 'workspaceKey', { workspaceKey: ws })).toEqual([ws]);
  expect(await deleted('projects', 'projectKey', { workspaceKey: ws })).toEqual([]);
  expect(await deleted('folders', 'folderKey', { projectKey: p })).toEqual([]);
  expect(await deleted('files', 'fileKey', { projectKey: p })).toEqual([]);
  const listed = await api('POST', '/workspaces/recently-deleted/search', { body: { filter: { workspaceKey: ws } } });
  expect(field(listed.json, 'items', 0)).toMatchObject({
    workspaceKey: ws,
    name: 'ws',
    deletedBy: { name: hub.target.clients.full.id },
  });
  expectProblem(await api('DELETE', `/workspaces/${ws}`), 404);
  const restored = await api('POST', `/workspaces/${ws}/restoration`);
  expect(restored.status).toBe(200);
  expect(restored.json).toMatchObject({ workspaceKey: ws, name: 'ws' });
  expect(field((await api('GET', `/files/${doc}`)).json, 'folderKey')).toBe(f);
  expect(await deleted('workspaces', 'workspaceKey', { workspaceKey: ws })).toEqual([]);
  expectProblem(await api('POST', `/workspaces/${ws}/restoration`), 404, /No recently deleted workspace/);
});

test('an item deleted before its ancestor stays listed in its own right and stays deleted when the ancestor comes back', async () => {
  const p = await project(api);
  const f = await folder(api, p);
  const early = await file(api, p, f, 'early');
  const late = await file(api, p, f, 'late');
  expect(await status('DELETE', `/files/${early}`)).toBe(204);
  expect(await status('DELETE', `/folders/${f}`)).toBe(204);
  expect(await deleted('files', 'fileKey', { projectKey: p })).toEqual([early]);
  expect(await deleted('folders', 'folderKey', { projectKey: p })).toEqual([f]);
  expectProblem(await api('POST', `/files/${late}/restoration`), 404, /deleted together with an ancestor/);
  expect(await status('POST', `/folders/${f}/restoration`)).toBe(200);
  expect(await status('GET', `/files/${late}`)).toBe(200);
  expect(await status('GET', `/files/${early}`)).toBe(404);
  expect(await deleted('files', 'fileKey', { projectKey: p })).toEqual([early]);
});

test('a file whose folder is gone is restored into a new wrapper folder at the project root, named after that folder', async () => {
  const p = await project(api);
  const outer = await folder(api, p, null, 'outer');
  const inner = await folder(api, p, outer, 'inner');
  const doc = await file(api, p, inner);
  expect(await status('DELETE', `/files/${doc}`)).toBe(204);
  expect(await status('DELETE', `/folders/${outer}`)).toBe(204);
  const restored = await api('POST', `/files/${doc}/restoration`);
  expect(restored.status).toBe(200);
  const wrapper = String(field(restored.json, 'folderKey'));
  expect(wrapper).not.toBe(inner);
  expect((await api('GET', `/folders/${wrapper}`)).json).toMatchObject({
    folder: { name: 'inner', parentFolderKey: null, projectKey: p },
    content: { files: [{ fileKey: doc }] },
  });
  expect(restored.json).toMatchObject({ simplePath: 'inner/process.bpmn', canonicalPath: wrapper });
});

test('a folder whose parent is gone is restored under the nearest surviving ancestor folder', async () => {
  const p = await project(api);
  const top = await folder(api, p, null, 'top');
  const middle = await folder(api, p, top, 'middle');
  const leaf = await folder(api, p, middle, 'leaf');
  expect(await status('DELETE', `/folders/${leaf}`)).toBe(204);
  expect(await status('DELETE', `/folders/${middle}`)).toBe(204);
  const restored = await api('POST', `/folders/${leaf}/restoration`);
  expect(restored.status).toBe(200);
  const wrapper = String(field(restored.json, 'parentFolderKey'));
  expect((await api('GET', `/folders/${wrapper}`)).json).toMatchObject({
    folder: { name: 'middle', parentFolderKey: top },
  });
});

test('restoration is refused with 409 while the project or workspace is deleted, and 404 for live and unknown items', async () => {
  const ws = await workspace(api);
  const p = await project(api, ws);
  const f = await folder(api, p);
  const doc = await file(api, p);
  expectProblem(await api('POST', `/files/${doc}/restoration`), 404, /No recently deleted file/);
  expectProblem(await api('POST', '/files/no-such-file/restoration'), 404);
  expect(await status('DELETE', `/files/${doc}`)).toBe(204);
  expect(await status('DELETE', `/folders/${f}`)).toBe(204);
  expect(await status('DELETE', `/projects/${p}`)).toBe(204);
  expectProblem(await api('POST', `/files/${doc}/restoration`), 409, /its project .* is deleted/);
  expectProblem(await api('POST', `/folders/${f}/restoration`), 409);
  expect(await status('DELETE', `/workspaces/${ws}`)).toBe(204);
  expectProblem(await api('POST', `/projects/${p}/restoration`), 409, /its workspace .* is deleted/);
  expect(await status('POST', `/workspaces/${ws}/restoration`)).toBe(200);
  expect(await status('GET', `/projects/${p}`)).toBe(404);
  expect(await status('POST', `/projects/${p}/restoration`)).toBe(200);
  expect(await status('POST', `/folders/${f}/restoration`)).toBe(200);
  expect(await status('POST', `/files/${doc}/restoration`)).toBe(200);
});

test('permanent delete: a live container with live files is refused (400), an empty one goes with its soft-deleted content', async () => {
  const ws = await workspace(api);
  const p = await project(api, ws);
  const f = await folder(api, p);
  const sub = await folder(api, p, f);
  const doc = await file(api, p, sub);
  for (const path of [`/folders/${f}/permanent`, `/projects/${p}/permanent`, `/workspaces/${ws}/permanent`]) {
    expectProblem(await api('DELETE', path), 400, /still holds 1 live file/);
  }
  expect(await status('DELETE', `/files/${doc}`)).toBe(204);
  expect(await deleted('files', 'fileKey', { projectKey: p })).toEqual([doc]);
  expect(await status('DELETE', `/folders/${f}/permanent`)).toBe(204);
  expect(await status('GET', `/folders/${sub}`)).toBe(404);
  expect(await deleted('files', 'fileKey', { projectKey: p })).toEqual([]);
  expect(await status('POST', `/files/${doc}/restoration`)).toBe(404);
  expect(await status('DELETE', `/workspaces/${ws}/permanent`)).toBe(204);
  expectProblem(await api('DELETE', `/workspaces/${ws}/permanent`), 404);
  expect(await status('GET', `/projects/${p}`)).toBe(404);
});

test('permanent delete of a soft-deleted item: the root of its deletion goes with its content, an item deleted with an ancestor is 409', async () => {
  const ws = await workspace(api);
  const p = await project(api, ws);
  const f = await folder(api, p);
  const doc = await file(api, p, f);
  expect(await status('DELETE', `/workspaces/${ws}`)).toBe(204);
  expectProblem(await api('DELETE', `/projects/${p}/permanent`), 409, /deleted together with an ancestor/);
  expectProblem(await api('DELETE', `/folders/${f}/permanent`), 409);
  expect(await status('DELETE', `/workspaces/${ws}/permanent`)).toBe(204);
  expect(await deleted('workspaces', 'workspaceKey', { workspaceKey: ws })).toEqual([]);
  for (const path of [`/workspaces/${ws}/restoration`, `/projects/${p}/restoration`, `/files/${doc}/restoration`])
    expect(await status('POST', path)).toBe(404);
});

test('a file is deleted permanently in one step, live or soft-deleted; its versions go with it', async () => {
  const p = await project(api);
  const live = await file(api, p, null, 'live');
  const version = await api('POST', '/versions', { body: { fileKey: live, name: 'v' } });
  expect(await status('DELETE', `/files/${live}/permanent`)).toBe(204);
  expect(await status('GET', `/versions/${String(field(version.json, 'versionKey'))}`)).toBe(404);
  expectProblem(await api('DELETE', `/files/${live}/permanent`), 404);
  const soft = await file(api, p, null, 'soft');
  expect(await status('DELETE', `/files/${soft}`)).toBe(204);
  expect(await status('DELETE', `/files/${soft}/permanent`)).toBe(204);
  expect(await deleted('files', 'fileKey', { projectKey: p })).toEqual([]);
});

test('purge answers 204 for a live file, a soft-deleted one, one purged before and one that never existed', async () => {
  const p = await project(api);
  const live = await file(api, p, null, 'live');
  const soft = await file(api, p, null, 'soft');
  expect(await status('DELETE', `/files/${soft}`)).toBe(204);
  for (const key of [live, soft, live, 'never-existed'])
    expect(await status('DELETE', `/files/${key}/purge`)).toBe(204);
  expect(await status('GET', `/files/${live}`)).toBe(404);
  expect(await deleted('files', 'fileKey', { projectKey: p })).toEqual([]);
});

test('knobs switch the documented rules off (for faults): no cascade, every soft-deleted item listed, non-root restorable, purge not idempotent', async () => {
  const loose = await startHub({
    cascadeSoftDelete: false,
    listOnlyDeletionRoots: false,
    restoreOnlyDeletionRoots: false,
    purgeIdempotent: false,
  });
  try {
    const p = await project(loose.api);
    const f = await folder(loose.api, p);
    const doc = await file(loose.api, p, f);
    expect((await loose.api('DELETE', `/folders/${f}`)).status).toBe(204);
    expect((await loose.api('GET', `/files/${doc}`)).status).toBe(200);
    expect((await loose.api('DELETE', `/files/${doc}`)).status).toBe(204);
    expect(keysOf(await loose.api('POST', '/files/recently-deleted/search'), 'fileKey')).toEqual([doc]);
    expectProblem(await loose.api('DELETE', '/files/never-existed/purge'), 404);
  } finally {
    await loose.target.stop();
  }
  const strict = await startHub({ permanentDeleteNotEmptyStatus: 409, listOnlyDeletionRoots: false });
  try {
    const p = await project(strict.api);
    const f = await folder(strict.api, p);
    const doc = await file(strict.api, p, f);
    expectProblem(await strict.api('DELETE', `/projects/${p}/permanent`), 409, /still holds/);
    expect((await strict.api('DELETE', `/folders/${f}`)).status).toBe(204);
    expect(keysOf(await strict.api('POST', '/files/recently-deleted/search'), 'fileKey')).toEqual([doc]);
  } finally {
    await strict.target.stop();
  }
});
