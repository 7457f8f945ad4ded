/** Every v1 operation of the simulator: its happy path and its main error answers. */
import { expect, test } from '@playwright/test';
import { startReferenceTarget, v1Resources, type RunningReferenceTarget } from '../target.ts';
import {
  client,
  createFile,
  createProject,
  field,
  items,
  text,
  type Client,
} from '../../test/support/reference-client.ts';

test.describe.configure({ mode: 'serial' });

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
let target: RunningReferenceTarget;
let api: Client;

test.beforeAll(async () => {
  target = await startReferenceTarget();
  api = client(target, await target.mintToken('full', 600));
});

test.afterAll(async () => {
  await target.stop();
});

function problemDetail(json: unknown): string {
  return String(field(json, 'detail'));
}

test.describe('projects', () => {
  test('create, read, rename, search and delete a project', async () => {
    const created = await api('POST', '/projects', { body: { name: 'alpha', ignored: true } });
    expect(created.status).toBe(200);
    expect(created.headers.get('content-type')).toBe('application/json');
    expect(created.json).toMatchObject({ name: 'alpha', createdBy: { name: target.clients.full.id } });
    expect(text(created.json, 'created')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const id = text(created.json, 'id');
    const read = await api('GET', `/projects/${id}`);
    expect(read.json).toMatchObject({ metadata: { id, name: 'alpha' }, content: { folders: [], files: [] } });
    const renamed = await api('PATCH', `/projects/${id}`, { body: { name: 'beta' } });
    expect(renamed.json).toMatchObject({ id, name: 'beta' });
    const found = await api('POST', '/projects/search', { body: { filter: { name: 'beta' } } });
    expect(found.json).toMatchObject({ total: 1 });
    expect(items(found).map((p) => field(p, 'id'))).toEqual([id]);
    expect((await api('DELETE', `/projects/${id}`)).status).toBe(204);
    expect((await api('GET', `/projects/${id}`)).status).toBe(404);
  });

  test('unknown and malformed ids are 404 problems', async () => {
    for (const id of [UNKNOWN, 'not-a-uuid']) {
      const reply = await api('GET', `/projects/${id}`);
      expect(reply.status).toBe(404);
      expect(reply.headers.get('content-type')).toBe('application/problem+json');
      expect(reply.json).toEqual({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'Resource not found.',
        instance: `${target.apiPrefix}/projects/${id}`,
      });
    }
    expect((await api('PATCH', `/projects/${UNKNOWN}`, { body: { name: 'x' } })).status).toBe(404);
    expect((await api('DELETE', `/projects/${UNKNOWN}`)).status).toBe(404);
  });

  test('invalid bodies are 400 problems', async () => {
    const cases: [string, { body?: unknown; rawBody?: string }, RegExp][] = [
      ['missing name', { body: {} }, /name: 'must not be null'/],
      ['null name', { body: { name: null } }, /name: 'must not be null'/],
      ['empty name', { body: { name: '' } }, /name:/],
      ['blank name', { body: { name: '   ' } }, /must not be blank/],
      ['long name', { body: { name: 'x'.repeat(256) } }, /name:/],
      ['number name', { body: { name: 5 } }, /name:/],
      ['malformed JSON', { rawBody: '{"name":' }, /JSON parse error/],
      ['no body', { rawBody: '' }, /Required request body is missing/],
      ['array body', { body: [{ name: 'x' }] }, /from Array value/],
    ];
    for (const [label, options, detail] of cases) {
      const reply = await api('POST', '/projects', options);
      expect(reply.status, label).toBe(400);
      expect(problemDetail(reply.json), label).toMatch(detail);
    }
    expect((await api('POST', '/projects', { body: { name: 'x'.repeat(255) } })).status).toBe(200);
    expect((await api('PATCH', `/projects/${UNKNOWN}`, { body: {} })).status).toBe(400);
  });

  test('other answers: 415 for a non-JSON body, 405 for a wrong method, 404 for an unknown path', async () => {
    expect(
      (await api('POST', '/projects', { rawBody: 'name=x', headers: { 'content-type': 'text/plain' } })).status,
    ).toBe(415);
    const wrongMethod = await api('PUT', '/projects');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect((await api('GET', '/nothing-here')).status).toBe(404);
  });

  test('search pages, sorts and counts', async () => {
    for (const name of ['s-c', 's-a', 's-b']) await createProject(api, name);
    const sorted = await api('POST', '/projects/search', {
      body: { sort: [{ field: 'name', direction: 'DESC' }], size: 50, page: 0 },
    });
    const names = items(sorted).map((p) => String(field(p, 'name')));
    expect(names).toEqual([...names].sort().reverse());
    expect(names.filter((n) => n.startsWith('s-'))).toEqual(['s-c', 's-b', 's-a']);
    const total = Number(field(sorted.json, 'total'));
    expect(total).toBe(names.length);
    const secondPage = await api('POST', '/projects/search', {
      body: { sort: [{ field: 'name', direction: 'DESC' }], size: 2, page: 1 },
    });
    expect(items(secondPage).map((p) => field(p, 'name'))).toEqual(names.slice(2, 4));
    const last = await api('POST', '/projects/search', { body: { size: 2, page: Math.ceil(total / 2) } });
    expect(items(last)).toEqual([]);
    expect(field(last.json, 'total')).toBe(total);
    const defaults = await api('POST', '/projects/search', { body: {} });
    expect(items(defaults).length).toBe(Math.min(total, 10));
    for (const body of [
      { size: 51 },
      { size: -1 },
      { page: -1 },
      { sort: [{ field: 'nope', direction: 'ASC' }] },
      { sort: [{ field: 'name', direction: 'UP' }] },
    ]) {
      expect((await api('POST', '/projects/search', { body })).status, JSON.stringify(body)).toBe(400);
    }
  });
});

test.describe('folders and files', () => {
  test('folders: create in a root and in a folder, read, rename, move, delete a subtree', async () => {
    const projectId = await createProject(api, 'folders');
    const other = await createProject(api, 'folders-2');
    const root = await api('POST', '/folders', { body: { name: 'root', projectId } });
    expect(root.json).toMatchObject({ name: 'root', projectId, parentId: null });
    const rootId = text(root.json, 'id');
    const child = await api('POST', '/folders', { body: { name: 'child', parentId: rootId } });
    expect(child.json).toMatchObject({ projectId, parentId: rootId });
    const childId = text(child.json, 'id');
    const fileId = await createFile(api, { folderId: childId });
    expect((await api('GET', `/folders/${rootId}`)).json).toMatchObject({
      metadata: { id: rootId },
      content: { folders: [{ id: childId }], files: [] },
    });
    expect((await api('PATCH', `/folders/${childId}`, { body: { name: 'renamed' } })).json).toMatchObject({
      name: 'renamed',
      parentId: rootId,
    });
    expect((await api('PATCH', `/folders/${rootId}`, { body: { parentId: childId } })).status).toBe(400);
    const moved = await api('PATCH', `/folders/${rootId}`, { body: { projectId: other } });
    expect(moved.json).toMatchObject({ projectId: other, parentId: null });
    expect((await api('GET', `/files/${fileId}`)).json).toMatchObject({
      metadata: { projectId: other, folderId: childId },
    });
    // Only an empty folder (no file in it or below it) is deleted, with its subfolders.
    const refused = await api('DELETE', `/folders/${rootId}`);
    expect(refused.status).toBe(400);
    expect(problemDetail(refused.json)).toMatch(/not empty/);
    expect((await api('DELETE', `/files/${fileId}`)).status).toBe(204);
    expect((await api('DELETE', `/folders/${rootId}`)).status).toBe(204);
    for (const path of [`/folders/${rootId}`, `/folders/${childId}`, `/files/${fileId}`])
      expect((await api('GET', path)).status, path).toBe(404);
  });

  test('folder placement errors', async () => {
    const projectId = await createProject(api, 'placement');
    const otherProject = await createProject(api, 'placement-2');
    const folder = text((await api('POST', '/folders', { body: { name: 'f', projectId } })).json, 'id');
    expect((await api('POST', '/folders', { body: { name: 'x' } })).status).toBe(400);
    expect(
      (await api('POST', '/folders', { body: { name: 'x', projectId: otherProject, parentId: folder } })).status,
    ).toBe(400);
    expect((await api('POST', '/folders', { body: { name: 'x', parentId: UNKNOWN } })).status).toBe(404);
    expect((await api('POST', '/folders', { body: { name: 'x', projectId: UNKNOWN } })).status).toBe(404);
    expect((await api('PATCH', `/folders/${UNKNOWN}`, { body: { name: 'x' } })).status).toBe(404);
    expect((await api('DELETE', `/folders/${UNKNOWN}`)).status).toBe(404);
  });

  test('files: create, read, update with revisions, move, delete', async () => {
    const projectId = await createProject(api, 'a/b');
    const folderId = text((await api('POST', '/folders', { body: { name: 'c/d', projectId } })).json, 'id');
    const created = await api('POST', '/files', { body: { name: 'e/f', folderId, content: '<v1/>', fileType: 'dmn' } });
    expect(created.json).toMatchObject({
      projectId,
      folderId,
      revision: 1,
      type: 'dmn',
      simplePath: 'a\\/b/c\\/d/e\\/f',
      canonicalPath: [
        { id: projectId, name: 'a/b' },
        { id: folderId, name: 'c/d' },
      ],
    });
    const id = text(created.json, 'id');
    expect((await api('GET', `/files/${id}`)).json).toMatchObject({ metadata: { id }, content: '<v1/>' });
    const updated = await api('PATCH', `/files/${id}`, { body: { revision: 1, content: '<v2/>' } });
    expect(updated.json).toMatchObject({ revision: 2 });
    const stale = await api('PATCH', `/files/${id}`, { body: { revision: 1, content: '<v3/>' } });
    expect(stale.status).toBe(409);
    expect(problemDetail(stale.json)).toMatch(/revision conflict/);
    expect((await api('PATCH', `/files/${id}`, { body: { content: 'x' } })).status).toBe(400);
    const moved = await api('PATCH', `/files/${id}`, { body: { revision: 2, projectId, folderId: null } });
    expect(moved.json).toMatchObject({ folderId: null, revision: 3, simplePath: 'a\\/b/e\\/f' });
    expect((await api('GET', `/projects/${projectId}`)).json).toMatchObject({ content: { files: [{ id }] } });
    expect((await api('DELETE', `/files/${id}`)).status).toBe(204);
    expect((await api('GET', `/files/${id}`)).status).toBe(404);
    expect((await api('DELETE', `/files/${id}`)).status).toBe(404);
  });

  test('file types are matched whole, as the product does despite the ungrouped pattern', async () => {
    const projectId = await createProject(api, 'types');
    for (const fileType of ['bpmn', 'dmn', 'form', 'connector_template']) {
      expect(
        (await api('POST', '/files', { body: { name: 'f', projectId, content: '', fileType } })).status,
        fileType,
      ).toBe(200);
    }
    for (const fileType of ['bpmnx', 'xdmn', 'BPMN', '']) {
      expect(
        (await api('POST', '/files', { body: { name: 'f', projectId, content: '', fileType } })).status,
        fileType,
      ).toBe(400);
    }
    expect((await api('POST', '/files', { body: { name: 'f', content: '', fileType: 'bpmn' } })).status).toBe(400);
    expect(
      (await api('POST', '/files', { body: { name: 'f', projectId: UNKNOWN, content: '', fileType: 'bpmn' } })).status,
    ).toBe(404);
  });

  test('file search: filter, dates, sort restrictions', async () => {
    const projectId = await createProject(api, 'search-files');
    const first = await createFile(api, { projectId }, 'one');
    await createFile(api, { projectId }, 'two');
    const byProject = await api('POST', '/files/search', {
      body: { filter: { projectId }, sort: [{ field: 'name', direction: 'DESC' }] },
    });
    expect(items(byProject).map((f) => field(f, 'name'))).toEqual(['two', 'one']);
    const created = text((await api('GET', `/files/${first}`)).json, 'metadata', 'created');
    const sameDay = await api('POST', '/files/search', { body: { filter: { projectId, created: `${created}||/d` } } });
    expect(field(sameDay.json, 'total')).toBe(2);
    const exact = await api('POST', '/files/search', { body: { filter: { projectId, created } } });
    expect(items(exact).map((f) => field(f, 'id'))).toEqual([first]);
    const after = await api('POST', '/files/search', { body: { filter: { projectId, created: `>${created}` } } });
    expect(items(after).map((f) => field(f, 'name'))).toEqual(['two']);
    expect((await api('POST', '/files/search', { body: { filter: { created: 'yesterday' } } })).status).toBe(400);
    expect(
      (await api('POST', '/files/search', { body: { sort: [{ field: 'simplePath', direction: 'ASC' }] } })).status,
    ).toBe(400);
  });
});

test.describe('milestones', () => {
  test('create, read, rename, search, restore, compare, delete', async () => {
    const projectId = await createProject(api, 'milestones');
    const fileId = await createFile(api, { projectId });
    const first = await api('POST', '/milestones', { body: { name: 'm1', fileId } });
    expect(first.json).toMatchObject({ name: 'm1', fileId });
    const m1 = text(first.json, 'id');
    await api('PATCH', `/files/${fileId}`, { body: { revision: 1, content: '<changed/>' } });
    const m2 = text((await api('POST', '/milestones', { body: { name: 'm2', fileId } })).json, 'id');
    expect((await api('GET', `/milestones/${m1}`)).json).toMatchObject({ metadata: { id: m1 }, content: '<bpmn/>' });
    expect((await api('PATCH', `/milestones/${m1}`, { body: { name: 'first' } })).json).toMatchObject({
      id: m1,
      name: 'first',
    });
    expect((await api('PATCH', `/milestones/${m1}`, { body: {} })).status).toBe(400);
    const found = await api('POST', '/milestones/search', {
      body: { filter: { fileId }, sort: [{ field: 'created', direction: 'ASC' }] },
    });
    expect(items(found).map((m) => field(m, 'id'))).toEqual([m1, m2]);
    const restored = await api('POST', `/milestones/${m1}/restore`);
    expect(restored.json).toMatchObject({ id: m1, fileId });
    expect((await api('GET', `/files/${fileId}`)).json).toMatchObject({
      metadata: { revision: 3 },
      content: '<bpmn/>',
    });
    const compared = await api('GET', `/milestones/compare/${m1}...${m2}`);
    expect(compared.json).toEqual({ url: `${target.baseUrl}/diagrams/compare/${m1}...${m2}` });
    expect((await api('GET', `/milestones/compare/${m1}...${UNKNOWN}`)).status).toBe(404);
    expect((await api('DELETE', `/milestones/${m2}`)).status).toBe(204);
    expect((await api('GET', `/milestones/${m2}`)).status).toBe(404);
    expect((await api('POST', `/milestones/${m2}/restore`)).status).toBe(404);
    expect((await api('POST', '/milestones', { body: { name: 'x', fileId: UNKNOWN } })).status).toBe(404);
    await api('DELETE', `/files/${fileId}`);
    expect((await api('GET', `/milestones/${m1}`)).status).toBe(404);
  });
});

test.describe('collaborators', () => {
  test('add, change, search, remove', async () => {
    const projectId = await createProject(api, 'collab');
    const email = target.collaboratorEmail;
    expect((await api('POST', '/collaborators/search', { body: { filter: { projectId } } })).json).toEqual({
      items: [],
      total: 0,
    });
    expect((await api('PUT', '/collaborators', { body: { email, projectId, role: 'viewer' } })).status).toBe(204);
    expect((await api('PUT', '/collaborators', { body: { email, projectId, role: 'editor' } })).status).toBe(204);
    const found = await api('POST', '/collaborators/search', { body: { filter: { projectId } } });
    expect(found.json).toMatchObject({ total: 1, items: [{ email, projectId, role: 'editor' }] });
    expect(
      (await api('POST', '/collaborators/search', { body: { sort: [{ field: 'role', direction: 'ASC' }] } })).status,
    ).toBe(400);
    expect(
      (await api('PUT', '/collaborators', { body: { email: 'stranger@example.org', projectId, role: 'viewer' } }))
        .status,
    ).toBe(404);
    expect((await api('PUT', '/collaborators', { body: { email, projectId: UNKNOWN, role: 'viewer' } })).status).toBe(
      404,
    );
    expect((await api('PUT', '/collaborators', { body: { email, projectId, role: 'owner' } })).status).toBe(400);
    expect((await api('DELETE', `/projects/${projectId}/collaborators/${encodeURIComponent(email)}`)).status).toBe(204);
    expect((await api('DELETE', `/projects/${projectId}/collaborators/${encodeURIComponent(email)}`)).status).toBe(404);
  });

  test('a project holding files is not deleted; a file takes its milestones along; an empty project its folders and collaborators', async () => {
    const projectId = await createProject(api, 'cascade');
    const fileId = await createFile(api, { projectId });
    await api('POST', '/milestones', { body: { name: 'm', fileId } });
    await api('POST', '/folders', { body: { name: 'f', projectId } });
    await api('PUT', '/collaborators', { body: { email: target.collaboratorEmail, projectId, role: 'viewer' } });
    const before = v1Resources(target.stats());
    const refused = await api('DELETE', `/projects/${projectId}`);
    expect(refused.status).toBe(400);
    expect(problemDetail(refused.json)).toMatch(/not empty/);
    expect(target.stats().resources).toEqual(before);
    expect((await api('DELETE', `/files/${fileId}`)).status).toBe(204);
    expect((await api('DELETE', `/projects/${projectId}`)).status).toBe(204);
    const after = v1Resources(target.stats());
    expect(before.projects - after.projects).toBe(1);
    expect(before.files - after.files).toBe(1);
    expect(before.folders - after.folders).toBe(1);
    expect(before.milestones - after.milestones).toBe(1);
    expect(before.collaborators - after.collaborators).toBe(1);
  });
});

test('stats count /api requests by method and can be reset over HTTP', async () => {
  target.resetStats();
  await api('GET', '/info');
  await api('POST', '/projects/search', { body: {} });
  await api('POST', '/projects/search', { body: {} });
  expect(target.stats().requestsByMethod).toEqual({ GET: 1, POST: 2 });
  const remote = await fetch(`${target.baseUrl}/__reference/stats`);
  expect(await remote.json()).toMatchObject({ requestsByMethod: { GET: 1, POST: 2 } });
  expect((await fetch(`${target.baseUrl}/__reference/stats/reset`, { method: 'POST' })).status).toBe(204);
  expect(target.stats().requestsByMethod).toEqual({});
});
