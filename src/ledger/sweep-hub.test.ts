/**
 * Sweep on the Hub API v2, against the reference target's `hub-v2` generation (which records
 * `createdBy` and `deletedBy` per client and per person): an old run-tagged workspace goes — for
 * good, not into the trash — only when the workspace, its projects, folders at any depth, files,
 * versions and what was deleted inside it are the suite's and its members are collaborators the
 * suite adds; a person's workspace named like the suite's, a person's file deep in folders, a
 * foreign member, a file a person deleted in it, are kept with the reason. A run-tagged workspace
 * in the trash goes when the suite deleted it and stays when a person did. Runs in progress and
 * young ones stay; a dry run deletes nothing; the probes leave nothing live or in the trash.
 */
import { expect, test } from '@playwright/test';
import { ApiClient } from '../api/client.ts';
import { TokenProvider } from '../auth/tokens.ts';
import { CheckRecorder } from '../checks/recorder.ts';
import type { ClientCredentials, ClientRole } from '../core/domain.ts';
import { loadLiveDocument, SchemaValidators } from '../document/index.ts';
import { HttpClient } from '../http/client.ts';
import { classifyAll } from '../plan/classify.ts';
import { startReferenceTarget, type RunningReferenceTarget } from '../../reference/target.ts';
import { client, items, text, type Client } from '../../test/support/reference-client.ts';
import { sweep, type SweepOptions, type SweepResult } from './sweep.ts';

const OLD = '20200101T000000';
const COLLABORATOR = 'carol@example.com';
const ALICE = 'Alice Example <alice@example.com>';

async function withHub(body: (target: RunningReferenceTarget) => Promise<void>): Promise<void> {
  const target = await startReferenceTarget({ generation: 'hub-v2' });
  try {
    await body(target);
  } finally {
    await target.stop();
  }
}

async function sweepWith(
  target: RunningReferenceTarget,
  options: Partial<SweepOptions> = {},
  roles: readonly ClientRole[] = ['full'],
): Promise<SweepResult> {
  const http = new HttpClient({ timeoutMs: 10_000, maxRetries: 0 });
  const doc = await loadLiveDocument(await (await fetch(target.openapiUrl)).text(), target.openapiUrl);
  const clients: Partial<Record<ClientRole, ClientCredentials>> = {};
  for (const role of roles) clients[role] = target.clients[role];
  const api = new ApiClient({
    http,
    baseUrl: target.baseUrl,
    doc,
    validators: new SchemaValidators(doc),
    tokens: new TokenProvider(http, target.tokenUrl, null, clients, {}),
    recorder: new CheckRecorder([]),
  });
  return sweep(api, classifyAll(doc), { minAgeMinutes: 60, liveRunIds: [], suiteMembers: [COLLABORATOR], ...options });
}

async function created(api: Client, path: string, body: object, key: string): Promise<string> {
  const reply = await api('POST', path, { body });
  expect(reply.status, reply.text).toBe(200);
  return text(reply.json, key);
}

const workspace = (api: Client, name: string): Promise<string> => created(api, '/workspaces', { name }, 'workspaceKey');
const project = (api: Client, workspaceKey: string): Promise<string> =>
  created(api, '/projects', { name: 'p', workspaceKey }, 'projectKey');
const folder = (api: Client, projectKey: string, parentFolderKey: string | null, name = 'f'): Promise<string> =>
  created(api, '/folders', { name, projectKey, parentFolderKey }, 'folderKey');
const file = (api: Client, projectKey: string, folderKey: string | null, name = 'd'): Promise<string> =>
  created(api, '/files', { name, projectKey, folderKey, type: 'bpmn', content: '<bpmn/>' }, 'fileKey');

/** The suite's kind of leftover: workspace → project → folder → folder → file with a version, a file at the root, the collaborator as member. */
async function suiteLeftover(
  suite: Client,
  name: string,
): Promise<{ workspaceKey: string; deepFolder: string; projectKey: string }> {
  const workspaceKey = await workspace(suite, name);
  const projectKey = await project(suite, workspaceKey);
  const outer = await folder(suite, projectKey, null);
  const deepFolder = await folder(suite, projectKey, outer);
  const fileKey = await file(suite, projectKey, deepFolder);
  await created(suite, '/versions', { fileKey, name: 'v1' }, 'versionKey');
  await file(suite, projectKey, null);
  const member = await suite('POST', `/workspaces/${workspaceKey}/members`, {
    body: { email: COLLABORATOR, role: 'editor' },
  });
  expect(member.status, member.text).toBe(200);
  return { workspaceKey, deepFolder, projectKey };
}

/** Whether a workspace of that key is live (200) and whether it is in the trash. */
async function where(api: Client, workspaceKey: string): Promise<{ live: boolean; trash: boolean }> {
  const live = (await api('GET', `/workspaces/${workspaceKey}`)).status === 200;
  const trash = await api('POST', '/workspaces/recently-deleted/search', {
    body: { filter: { workspaceKey }, page: { from: 0, limit: 50 } },
  });
  return { live, trash: items(trash).length > 0 };
}

function reasonOf(result: SweepResult, name: string): string {
  return result.kept.find((k) => k.name === name)?.reason ?? '(not kept)';
}

test("the suite's own workspace goes for good; a person's imposter, a person's file deep in folders and a foreign member keep theirs", async () => {
  await withHub(async (target) => {
    const suite = client(target, await target.mintToken('full', 600));
    const alice = client(target, await target.mintUserToken('alice@example.com', 600));
    const own = `wmct-${OLD}-aaaaaa-w0t1-ws`;
    const ownKeys = await suiteLeftover(suite, own);
    const imposter = `wmct-${OLD}-bbbbbb-imposter`;
    const imposterKey = await workspace(alice, imposter);
    const deep = `wmct-${OLD}-cccccc-w0t2-ws`;
    const deepKeys = await suiteLeftover(suite, deep);
    await file(alice, deepKeys.projectKey, deepKeys.deepFolder, 'alice');
    const membered = `wmct-${OLD}-dddddd-w0t3-ws`;
    const memberedKeys = await suiteLeftover(suite, membered);
    const bob = await suite('POST', `/workspaces/${memberedKeys.workspaceKey}/members`, {
      body: { email: 'bob@example.com', role: 'viewer' },
    });
    expect(bob.status, bob.text).toBe(200);

    const result = await sweepWith(target);
    expect(result.kind).toBe('workspace');
    expect(result.swept).toEqual([own]);
    expect(result.failed).toEqual([]);
    expect(result.suiteCreators).toEqual(['wmct-full <wmct-full@clients.wm-reference.example>']);
    expect(reasonOf(result, imposter)).toBe(`not the suite's: the workspace itself created by ${ALICE}`);
    expect(reasonOf(result, deep)).toBe(`not the suite's: file "alice" created by ${ALICE}`);
    expect(reasonOf(result, membered)).toBe(
      "not the suite's: member bob@example.com (viewer) not a collaborator the suite adds",
    );
    expect(await where(suite, ownKeys.workspaceKey), 'gone, not in the trash').toEqual({ live: false, trash: false });
    for (const key of [imposterKey, deepKeys.workspaceKey, memberedKeys.workspaceKey])
      expect(await where(suite, key)).toEqual({ live: true, trash: false });
    // The identity probes leave nothing, live or deleted.
    const all = await suite('POST', '/workspaces/search', { body: { page: { from: 0, limit: 50 } } });
    const trash = await suite('POST', '/workspaces/recently-deleted/search', {
      body: { page: { from: 0, limit: 50 } },
    });
    expect(JSON.stringify([all.json, trash.json])).not.toContain('sweep-probe');
  });
});

test('a file a person deleted inside is kept with who deleted it; trash leftovers go when the suite deleted them, stay when a person did', async () => {
  await withHub(async (target) => {
    const suite = client(target, await target.mintToken('full', 600));
    const alice = client(target, await target.mintUserToken('alice@example.com', 600));
    const touched = `wmct-${OLD}-eeeeee-w0t1-ws`;
    const touchedKeys = await suiteLeftover(suite, touched);
    const victim = await file(suite, touchedKeys.projectKey, null, 'victim');
    expect((await alice('DELETE', `/files/${victim}`)).status).toBe(204);
    const trashedOwn = `wmct-${OLD}-ffffff-w0t2-ws`;
    const trashedOwnKeys = await suiteLeftover(suite, trashedOwn);
    expect((await suite('DELETE', `/workspaces/${trashedOwnKeys.workspaceKey}`)).status).toBe(204);
    const trashedByAlice = `wmct-${OLD}-gggggg-w0t3-ws`;
    const trashedByAliceKeys = await suiteLeftover(suite, trashedByAlice);
    expect((await alice('DELETE', `/workspaces/${trashedByAliceKeys.workspaceKey}`)).status).toBe(204);

    const result = await sweepWith(target);
    expect(reasonOf(result, touched)).toBe(`not the suite's: deleted file "victim" deleted by ${ALICE}`);
    expect(result.swept).toEqual([`${trashedOwn} (deleted, in the trash)`]);
    expect(reasonOf(result, `${trashedByAlice} (deleted, in the trash)`)).toBe(
      `deleted by ${ALICE}, not by the suite, and what was deleted with it cannot be looked into`,
    );
    expect(result.tagged).toBe(3);
    expect(await where(suite, trashedOwnKeys.workspaceKey), 'deleted for good').toEqual({ live: false, trash: false });
    expect(await where(suite, trashedByAliceKeys.workspaceKey)).toEqual({ live: false, trash: true });
    expect(await where(suite, touchedKeys.workspaceKey)).toEqual({ live: true, trash: false });
  });
});

test('young workspaces, runs in progress and the current run stay; a dry run deletes nothing; nothing to judge makes no probe', async () => {
  await withHub(async (target) => {
    const suite = client(target, await target.mintToken('full', 600));
    const old = `wmct-${OLD}-hhhhhh-w0t1-ws`;
    const oldKeys = await suiteLeftover(suite, old);
    const liveRun = `${OLD}-iiiiii`;
    await suiteLeftover(suite, `wmct-${liveRun}-w0t1-ws`);
    const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
    await suiteLeftover(suite, `wmct-${stamp}-jjjjjj-w0t1-ws`);

    const dry = await sweepWith(target, { dryRun: true, liveRunIds: [liveRun] });
    expect(dry.swept).toEqual([old]);
    expect([dry.tagged, dry.tooYoung, dry.inProgress]).toEqual([3, 1, 1]);
    expect(await where(suite, oldKeys.workspaceKey)).toEqual({ live: true, trash: false });

    const current = await sweepWith(target, { exceptRunId: `${OLD}-hhhhhh`, liveRunIds: [liveRun] });
    expect(current.swept).toEqual([]);
    expect(current.suiteCreators, 'nothing to judge: no probe workspace').toEqual([]);
    expect(target.statsOf('hub-v2').resources).toMatchObject({ workspaces: 3 });
  });
});

test("a person's version of the suite's file, and a person's folder, keep the suite's workspace", async () => {
  await withHub(async (target) => {
    const suite = client(target, await target.mintToken('full', 600));
    const alice = client(target, await target.mintUserToken('alice@example.com', 600));
    const versioned = `wmct-${OLD}-kkkkkk-w0t1-ws`;
    const keys = await suiteLeftover(suite, versioned);
    const fileKey = await file(suite, keys.projectKey, keys.deepFolder, 'shared');
    await created(alice, '/versions', { fileKey, name: 'alices' }, 'versionKey');
    const foldered = `wmct-${OLD}-llllll-w0t2-ws`;
    const other = await suiteLeftover(suite, foldered);
    await folder(alice, other.projectKey, other.deepFolder, 'alices folder');

    const result = await sweepWith(target);
    expect(result.swept).toEqual([]);
    expect(reasonOf(result, versioned)).toBe(`not the suite's: version "alices" created by ${ALICE}`);
    expect(reasonOf(result, foldered)).toBe(`not the suite's: folder "alices folder" created by ${ALICE}`);
  });
});
