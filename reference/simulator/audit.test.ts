/**
 * The audit fields record who really made a change, per token: an M2M client by its client id,
 * each client as itself (the full and the short-lived client differ), and a person (a token of
 * Web Modeler's UI, `mintUserToken`) by name and email — for projects, folders, files and
 * milestones alike; a later change by someone else moves `updatedBy`, never `createdBy`. Sweep's
 * tests build their imposters on this.
 */
import { expect, test } from '@playwright/test';
import { startReferenceTarget, type RunningReferenceTarget } from '../target.ts';
import { client, createFile, createProject, field, text } from '../../test/support/reference-client.ts';

let target: RunningReferenceTarget;

test.beforeAll(async () => {
  target = await startReferenceTarget();
});

test.afterAll(async () => {
  await target.stop();
});

const clientUser = (id: string) => ({ name: id, email: `${id}@clients.wm-reference.example` });

test('createdBy names the client or the person whose token made the resource, for every kind', async () => {
  const full = client(target, await target.mintToken('full', 600));
  const other = client(target, await target.mintToken('shortLived', 600));
  const alice = client(target, await target.mintUserToken('alice@example.com', 600));
  const projectId = await createProject(full, 'audited');
  const folder = await alice('POST', '/folders', { body: { name: 'alice’s folder', projectId } });
  expect(folder.status, folder.text).toBe(200);
  const fileId = await createFile(other, { projectId });
  const milestone = await alice('POST', '/milestones', { body: { name: 'm', fileId } });
  expect(milestone.status, milestone.text).toBe(200);

  const project = await full('GET', `/projects/${projectId}`);
  expect(field(project.json, 'metadata', 'createdBy')).toEqual(clientUser(target.clients.full.id));
  expect(field(project.json, 'content', 'folders', 0, 'createdBy')).toEqual({
    name: 'Alice Example',
    email: 'alice@example.com',
  });
  expect(field((await full('GET', `/files/${fileId}`)).json, 'metadata', 'createdBy')).toEqual(
    clientUser(target.clients.shortLived.id),
  );
  expect(field((await full('GET', `/milestones/${text(milestone.json, 'id')}`)).json, 'metadata', 'createdBy')).toEqual(
    { name: 'Alice Example', email: 'alice@example.com' },
  );
});

test('a change by someone else moves updatedBy, not createdBy', async () => {
  const full = client(target, await target.mintToken('full', 600));
  const bob = client(target, await target.mintUserToken('bob@example.com', 600));
  const projectId = await createProject(full, 'renamed later');
  const renamed = await bob('PATCH', `/projects/${projectId}`, { body: { name: 'renamed by Bob' } });
  expect(renamed.status, renamed.text).toBe(200);
  expect(field(renamed.json, 'createdBy')).toEqual(clientUser(target.clients.full.id));
  expect(field(renamed.json, 'updatedBy')).toEqual({ name: 'Bob Example', email: 'bob@example.com' });
});

test('a person who is not in the organization gets no token', async () => {
  await expect(target.mintUserToken('mallory@example.com', 600)).rejects.toThrow(
    'mallory@example.com is not a user of the organization',
  );
});
