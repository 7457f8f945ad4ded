/**
 * Methods a path does not have: 405 with Allow naming exactly the path's own methods — the
 * search paths are resources of their own, not `{id}`s — OPTIONS answered 200 with them (HEAD
 * where GET is, OPTIONS), HEAD served like GET. The knob methodsAcrossTemplates (fault
 * search-paths-as-ids) brings back the old answers (the `{id}` path's methods for the search paths).
 */
import { expect, test } from '@playwright/test';
import { startReferenceTarget, type RunningReferenceTarget } from '../target.ts';
import { client, createFile, createProject, type Client } from '../../test/support/reference-client.ts';

let target: RunningReferenceTarget;
let api: Client;

test.beforeAll(async () => {
  target = await startReferenceTarget();
  api = client(target, await target.mintToken('full', 600));
});

test.afterAll(async () => {
  await target.stop();
});

async function answer(method: string, path: string): Promise<[number, string | null]> {
  const reply = await api(method, path);
  return [reply.status, reply.headers.get('allow')];
}

test('a search path refuses every other method with Allow: POST, and OPTIONS lists POST', async () => {
  for (const search of ['/files/search', '/projects/search', '/milestones/search', '/collaborators/search']) {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'HEAD'])
      expect(await answer(method, search), `${method} ${search}`).toEqual([405, 'POST']);
    expect(await answer('OPTIONS', search)).toEqual([200, 'POST, OPTIONS']);
  }
});

test('an {id} path refuses PUT and POST with its three methods; OPTIONS adds HEAD and OPTIONS; HEAD is GET without a body', async () => {
  const projectId = await createProject(api, 'methods');
  const fileId = await createFile(api, { projectId });
  expect(await answer('PUT', `/files/${fileId}`)).toEqual([405, 'GET, PATCH, DELETE']);
  expect(await answer('POST', `/files/${fileId}`)).toEqual([405, 'GET, PATCH, DELETE']);
  expect(await answer('OPTIONS', `/files/${fileId}`)).toEqual([200, 'GET, PATCH, DELETE, HEAD, OPTIONS']);
  const head = await api('HEAD', `/files/${fileId}`);
  expect([head.status, head.text]).toEqual([200, '']);
  expect(await answer('HEAD', '/projects')).toEqual([405, 'POST']);
  expect(await answer('OPTIONS', '/info')).toEqual([200, 'GET, HEAD, OPTIONS']);
});

test('OPTIONS needs a token like every /api request', async () => {
  expect((await client(target, null)('OPTIONS', '/files/search')).status).toBe(401);
});

test('methodsAcrossTemplates: GET of a search path reaches the {id} operation, other methods get its methods added to Allow', async () => {
  const faulty = await startReferenceTarget({ faults: ['search-paths-as-ids'] });
  try {
    const full = client(faulty, await faulty.mintToken('full', 600));
    expect((await full('GET', '/files/search')).status).toBe(404);
    const put = await full('PUT', '/files/search');
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'POST, GET, PATCH, DELETE']);
    expect((await full('OPTIONS', '/files/search')).headers.get('allow')).toBe(
      'POST, GET, PATCH, DELETE, HEAD, OPTIONS',
    );
  } finally {
    await faulty.stop();
  }
});
