/**
 * Clean-up against a target that deletes only empty projects (as Web Modeler does): a project
 * the run filled with folders, files and milestones is emptied file by file, then deleted;
 * sweep does the same for a run-tagged project it finds; a project that is not the run's stays.
 */
import { expect, test } from '@playwright/test';
import { ApiClient } from '../api/client.ts';
import { TokenProvider } from '../auth/tokens.ts';
import { CheckRecorder } from '../checks/recorder.ts';
import { loadLiveDocument, SchemaValidators } from '../document/index.ts';
import { HttpClient } from '../http/client.ts';
import { classifyAll } from '../plan/classify.ts';
import { startReferenceTarget, type RunningReferenceTarget } from '../../reference/target.ts';
import { client, createFile, createProject, text } from '../../test/support/reference-client.ts';
import { deletePending } from './cleanup.ts';
import { sweep } from './sweep.ts';

let target: RunningReferenceTarget;

test.beforeAll(async () => {
  target = await startReferenceTarget();
});

test.afterAll(async () => {
  await target.stop();
});

async function suiteApi(): Promise<{ api: ApiClient; recorder: CheckRecorder; plan: ReturnType<typeof classifyAll> }> {
  const http = new HttpClient({ timeoutMs: 10_000, maxRetries: 0 });
  const doc = await loadLiveDocument(await (await fetch(target.openapiUrl)).text(), target.openapiUrl);
  const tokens = new TokenProvider(http, target.tokenUrl, null, { full: target.clients.full }, {});
  const recorder = new CheckRecorder([]);
  return {
    api: new ApiClient({ http, baseUrl: target.baseUrl, doc, validators: new SchemaValidators(doc), tokens, recorder }),
    recorder,
    plan: classifyAll(doc),
  };
}

/** A project with a folder, a file at its root, one in the folder, and a milestone. */
async function filledProject(name: string): Promise<string> {
  const api = client(target, await target.mintToken('full', 600));
  const projectId = await createProject(api, name);
  const folderId = text((await api('POST', '/folders', { body: { name: 'f', projectId } })).json, 'id');
  const fileId = await createFile(api, { projectId });
  await createFile(api, { folderId });
  expect((await api('POST', '/milestones', { body: { name: 'm', fileId } })).status).toBe(200);
  expect(
    (await api('DELETE', `/projects/${projectId}`)).status,
    'the target refuses to delete a project holding files',
  ).toBe(400);
  return projectId;
}

test('the clean-up empties a project the run filled, then deletes it; every response is judged and passes', async () => {
  const before = target.stats().resources;
  const projectId = await filledProject('wmct-cleanup-test');
  const { api, recorder, plan } = await suiteApi();
  const result = await deletePending(api, plan, [{ kind: 'project', id: projectId, name: 'wmct-cleanup-test' }]);
  expect(result).toEqual({ deleted: 1, gone: 0, failed: [] });
  expect(target.stats().resources).toEqual(before);
  expect(recorder.failureSummary()).toBe('');
});

test('sweep empties and deletes an old run-tagged project, and leaves the others alone', async () => {
  const keep = await filledProject('team project');
  const tagged = await filledProject('wmct-20200101T000000-abc123-w0t1-project');
  const { api, plan } = await suiteApi();
  const result = await sweep(api, plan, { minAgeMinutes: 60 });
  expect(result.swept).toEqual(['wmct-20200101T000000-abc123-w0t1-project']);
  expect(result.failed).toEqual([]);
  const full = client(target, await target.mintToken('full', 600));
  expect((await full('GET', `/projects/${tagged}`)).status).toBe(404);
  expect((await full('GET', `/projects/${keep}`)).status).toBe(200);
});
