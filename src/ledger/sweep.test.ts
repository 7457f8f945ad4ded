/**
 * Sweep decides by who made things, not by name alone: against the reference target (which
 * records `createdBy` per client and per person), an old run-tagged project is deleted only when
 * the project, its folders (at any depth), files and milestones were all made by the suite's own
 * clients; anything else — a person's project named like the suite's, empty or not, a person's
 * folder or file or milestone in the suite's project, another client's project when sweep does
 * not know that client — is kept and listed with the reason. Projects of runs in progress stay at
 * any minimum age; a dry run deletes nothing; sweep's identity probes leave nothing behind and
 * are only made when there is something to judge; without an identity nothing is deleted.
 */
import { expect, test } from '@playwright/test';
import { ApiClient } from '../api/client.ts';
import { TokenProvider } from '../auth/tokens.ts';
import { CheckRecorder } from '../checks/recorder.ts';
import type { ClientCredentials, ClientRole } from '../core/domain.ts';
import { loadLiveDocument, SchemaValidators } from '../document/index.ts';
import { HttpClient } from '../http/client.ts';
import { classifyAll, type PlannedOperation } from '../plan/classify.ts';
import { startReferenceTarget, v1Resources, type RunningReferenceTarget } from '../../reference/target.ts';
import { client, createFile, createProject, text, type Client } from '../../test/support/reference-client.ts';
import { sweep, type SweepOptions, type SweepResult } from './sweep.ts';

/** An old run tag: far older than any minimum age. */
const OLD = '20200101T000000';

async function withTarget(body: (target: RunningReferenceTarget) => Promise<void>): Promise<void> {
  const target = await startReferenceTarget();
  try {
    await body(target);
  } finally {
    await target.stop();
  }
}

/** The suite's API client on the target, with the given clients' credentials (the full one by default). */
async function suiteApi(
  target: RunningReferenceTarget,
  roles: readonly ClientRole[] = ['full'],
): Promise<{ api: ApiClient; plan: PlannedOperation[] }> {
  const http = new HttpClient({ timeoutMs: 10_000, maxRetries: 0 });
  const doc = await loadLiveDocument(await (await fetch(target.openapiUrl)).text(), target.openapiUrl);
  const clients: Partial<Record<ClientRole, ClientCredentials>> = {};
  for (const role of roles) clients[role] = target.clients[role];
  const tokens = new TokenProvider(http, target.tokenUrl, null, clients, {});
  return {
    api: new ApiClient({
      http,
      baseUrl: target.baseUrl,
      doc,
      validators: new SchemaValidators(doc),
      tokens,
      recorder: new CheckRecorder([]),
    }),
    plan: classifyAll(doc),
  };
}

async function sweepWith(
  target: RunningReferenceTarget,
  options: Partial<SweepOptions> = {},
  roles?: readonly ClientRole[],
): Promise<SweepResult> {
  const { api, plan } = await suiteApi(target, roles);
  return sweep(api, plan, { minAgeMinutes: 60, liveRunIds: [], ...options });
}

interface Actors {
  readonly suite: Client;
  readonly other: Client;
  readonly alice: Client;
  readonly bob: Client;
}

async function actors(target: RunningReferenceTarget): Promise<Actors> {
  return {
    suite: client(target, await target.mintToken('full', 600)),
    other: client(target, await target.mintToken('shortLived', 600)),
    alice: client(target, await target.mintUserToken('alice@example.com', 600)),
    bob: client(target, await target.mintUserToken('bob@example.com', 600)),
  };
}

async function createFolder(
  api: Client,
  place: { projectId?: string; parentId?: string },
  name = 'folder',
): Promise<string> {
  const reply = await api('POST', '/folders', { body: { name, ...place } });
  expect(reply.status, reply.text).toBe(200);
  return text(reply.json, 'id');
}

/** The suite's own kind of leftover: a project with a folder, files (one in the folder) and a milestone. */
async function suiteLeftover(as: Client, name: string): Promise<string> {
  const projectId = await createProject(as, name);
  const folderId = await createFolder(as, { projectId });
  const fileId = await createFile(as, { projectId });
  await createFile(as, { folderId });
  expect((await as('POST', '/milestones', { body: { name: 'm', fileId } })).status).toBe(200);
  return projectId;
}

async function status(api: Client, path: string): Promise<number> {
  return (await api('GET', path)).status;
}

function keptNames(result: SweepResult): string[] {
  return result.kept.map((k) => k.name).sort();
}

function reasonOf(result: SweepResult, name: string): string {
  return result.kept.find((k) => k.name === name)?.reason ?? '(not kept)';
}

const ALICE = 'Alice Example <alice@example.com>';
const BOB = 'Bob Example <bob@example.com>';

test("the suite's own leftover is deleted; a person's project named like the suite's, with the person's file, is kept and listed", async () => {
  await withTarget(async (target) => {
    const { suite, alice } = await actors(target);
    const team = await createProject(suite, 'team project');
    const own = await suiteLeftover(suite, `wmct-${OLD}-abc123-w0t1-project`);
    const imposter = await createProject(alice, `wmct-${OLD}-abcdef-imposter`);
    const alicesFile = await createFile(alice, { projectId: imposter }, 'alice.bpmn');
    const before = v1Resources(target.stats());

    const result = await sweepWith(target);
    expect(result.swept).toEqual([`wmct-${OLD}-abc123-w0t1-project`]);
    expect(result.kept).toEqual([
      {
        name: `wmct-${OLD}-abcdef-imposter`,
        reason: `not the suite's: the project itself created by ${ALICE}; file "alice.bpmn" created by ${ALICE}`,
      },
    ]);
    expect(result.failed).toEqual([]);
    expect(result.suiteCreators).toEqual([
      `${target.clients.full.id} <${target.clients.full.id}@clients.wm-reference.example>`,
    ]);
    expect(await status(suite, `/projects/${own}`)).toBe(404);
    expect(await status(suite, `/projects/${imposter}`)).toBe(200);
    expect(await status(suite, `/files/${alicesFile}`)).toBe(200);
    expect(await status(suite, `/projects/${team}`)).toBe(200);
    // Exactly the leftover went (one project, its folder, two files, a milestone): the probe projects left nothing.
    expect(v1Resources(target.stats())).toEqual({
      ...before,
      projects: before.projects - 1,
      folders: before.folders - 1,
      files: before.files - 2,
      milestones: before.milestones - 1,
    });
  });
});

test("kept: files by the suite but a folder by a person; an empty project by a person; a file a person added later, deep in folders; a person's milestone", async () => {
  await withTarget(async (target) => {
    const { suite, alice, bob } = await actors(target);
    const folderByAlice = await suiteLeftover(suite, `wmct-${OLD}-aaaaaa-folder`);
    await createFolder(alice, { projectId: folderByAlice }, 'alice’s folder');
    await createProject(bob, `wmct-${OLD}-bbbbbb-empty`);
    const added = await suiteLeftover(suite, `wmct-${OLD}-cccccc-added`);
    const deep = await createFolder(
      suite,
      { parentId: await createFolder(suite, { projectId: added }, 'outer') },
      'inner',
    );
    await createFile(alice, { folderId: deep }, 'added-later.bpmn');
    const milestone = await suiteLeftover(suite, `wmct-${OLD}-dddddd-milestone`);
    const fileId = await createFile(suite, { projectId: milestone }, 'reviewed.bpmn');
    expect((await bob('POST', '/milestones', { body: { name: 'reviewed by Bob', fileId } })).status).toBe(200);
    const before = v1Resources(target.stats());

    const result = await sweepWith(target, { minAgeMinutes: 0 });
    expect(result.swept).toEqual([]);
    expect(keptNames(result)).toEqual([
      `wmct-${OLD}-aaaaaa-folder`,
      `wmct-${OLD}-bbbbbb-empty`,
      `wmct-${OLD}-cccccc-added`,
      `wmct-${OLD}-dddddd-milestone`,
    ]);
    expect(reasonOf(result, `wmct-${OLD}-aaaaaa-folder`)).toBe(
      `not the suite's: folder "alice’s folder" created by ${ALICE}`,
    );
    expect(reasonOf(result, `wmct-${OLD}-bbbbbb-empty`)).toBe(`not the suite's: the project itself created by ${BOB}`);
    expect(reasonOf(result, `wmct-${OLD}-cccccc-added`)).toBe(
      `not the suite's: file "added-later.bpmn" created by ${ALICE}`,
    );
    expect(reasonOf(result, `wmct-${OLD}-dddddd-milestone`)).toBe(
      `not the suite's: milestone/version "reviewed by Bob" created by ${BOB}`,
    );
    expect(v1Resources(target.stats())).toEqual(before);
  });
});

test("another client's project: kept when sweep does not know that client, deleted when it is one of the suite's", async () => {
  await withTarget(async (target) => {
    const { other } = await actors(target);
    const name = `wmct-${OLD}-eeeeee-flag-probe`;
    const projectId = await suiteLeftover(other, name);
    const fullOnly = await sweepWith(target);
    expect(fullOnly.swept).toEqual([]);
    expect(reasonOf(fullOnly, name)).toContain(`the project itself created by ${target.clients.shortLived.id} <`);

    const both = await sweepWith(target, {}, ['full', 'limited', 'foreign', 'shortLived']);
    expect(both.suiteCreators.length, 'the limited and the foreign client may not create: they teach nothing').toBe(2);
    expect(both.swept).toEqual([name]);
    expect(await status(other, `/projects/${projectId}`)).toBe(404);
  });
});

test('projects of runs in progress and of the current run stay at any minimum age; a dry run deletes nothing', async () => {
  await withTarget(async (target) => {
    const { suite } = await actors(target);
    await suiteLeftover(suite, `wmct-${OLD}-live01-w0t1-project`);
    await suiteLeftover(suite, `wmct-${OLD}-self01-w0t1-project`);
    await suiteLeftover(suite, `wmct-${OLD}-dead01-w0t1-project`);
    const before = v1Resources(target.stats());

    const dry = await sweepWith(target, {
      minAgeMinutes: 0,
      dryRun: true,
      liveRunIds: [`${OLD}-live01`],
      exceptRunId: `${OLD}-self01`,
    });
    expect(dry).toMatchObject({
      tagged: 2,
      swept: [`wmct-${OLD}-dead01-w0t1-project`],
      inProgress: 1,
      tooYoung: 0,
      kept: [],
      failed: [],
    });
    expect(v1Resources(target.stats()), 'a dry run deletes nothing (its probe projects included)').toEqual(before);

    const real = await sweepWith(target, {
      minAgeMinutes: 0,
      liveRunIds: [`${OLD}-live01`],
      exceptRunId: `${OLD}-self01`,
    });
    expect(real.swept).toEqual([`wmct-${OLD}-dead01-w0t1-project`]);
    expect(v1Resources(target.stats()).projects).toBe(before.projects - 1);
  });
});

test('nothing old enough: no probe project is made; no identity: nothing is deleted, everything is listed', async () => {
  await withTarget(async (target) => {
    const { suite } = await actors(target);
    const young = `wmct-${new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, '')}-young1-project`;
    await createProject(suite, young);
    const created = (): number => target.stats().requestsByOperation.createProject ?? 0;
    const before = created();
    expect(await sweepWith(target)).toMatchObject({ tagged: 1, swept: [], tooYoung: 1, kept: [] });
    expect(created(), 'no probe project').toBe(before);

    // The limited client in the full client's place: it may not create, so sweep cannot learn who it is.
    const old = `wmct-${OLD}-ffffff-project`;
    await suiteLeftover(suite, old);
    const { api, plan } = await suiteApi(target, []);
    const limitedAsFull = new ApiClient({
      http: new HttpClient({ timeoutMs: 10_000, maxRetries: 0 }),
      baseUrl: target.baseUrl,
      doc: api.doc,
      validators: new SchemaValidators(api.doc),
      tokens: new TokenProvider(
        new HttpClient({ timeoutMs: 10_000, maxRetries: 0 }),
        target.tokenUrl,
        null,
        { full: target.clients.limited },
        {},
      ),
      recorder: new CheckRecorder([]),
    });
    const result = await sweep(limitedAsFull, plan, { minAgeMinutes: 60, liveRunIds: [] });
    expect(result.swept).toEqual([]);
    expect(result.kept).toEqual([
      {
        name: old,
        reason:
          "the suite's own identity on this target is unknown (the full client's probe project was refused (403))",
      },
    ]);
  });
});
