/**
 * Project snapshots through the API (facts §2.1 "Project snapshots"): capture and the file
 * versions ordered by file name, update and delete, the search (required body, fileVersionKey
 * over the set of captured versions, hasPendingReviewRequest), restoration (204; the current
 * state kept first as a system-authored snapshot unless nothing changed; files added since
 * removed, deleted ones recreated), review requests (at most one per snapshot ever → 409; a new
 * one supersedes the project's other pending request), reviews (403 without a request),
 * duplication (copy suffix on a name clash, one snapshot of its own), the external-resource
 * report; and that each snapshot knob changes what it names.
 */
import { expect, test } from '@playwright/test';
import { field, items, text, type Client } from '../../test/support/reference-client.ts';
import { SYSTEM_USER } from './snapshot-rules.ts';
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

async function snapshot(client: Client, projectKey: string, name = 'Release 1'): Promise<string> {
  const reply = await client('POST', '/project-snapshots', { body: { projectKey, name, description: 'first cut' } });
  expect(reply.status, reply.text).toBe(200);
  return text(reply.json, 'projectSnapshotKey');
}

function fileVersions(reply: { json: unknown }): unknown[] {
  const list = field(reply.json, 'fileVersions');
  return Array.isArray(list) ? list : [];
}

test('create captures every file with its name and folder; get answers the file versions ordered by file name, readable through /versions', async () => {
  const p = await project(api);
  const sub = await folder(api, p, null, 'a/b');
  const zeta = await file(api, p, null, 'zeta', '<z/>');
  const alpha = await file(api, p, sub, 'alpha', '<a/>');
  const created = await api('POST', '/project-snapshots', {
    body: { projectKey: p, name: 'Release 1', description: 'first cut' },
  });
  expect(created.json).toMatchObject({
    projectKey: p,
    name: 'Release 1',
    description: 'first cut',
    reviewRequest: null,
    latestReview: null,
    createdBy: { name: hub.target.clients.full.id },
  });
  const key = text(created.json, 'projectSnapshotKey');
  const read = await api('GET', `/project-snapshots/${key}`);
  expect(read.status).toBe(200);
  expect(field(read.json, 'projectSnapshot', 'projectSnapshotKey')).toBe(key);
  const versions = fileVersions(read);
  expect(versions.map((v) => field(v, 'fileName'))).toEqual(['alpha', 'zeta']);
  expect(versions[0]).toMatchObject({
    fileKey: alpha,
    fileType: 'bpmn',
    folderPath: 'a_b',
    folderIdPath: sub,
    name: 'Release 1',
    organizationPublic: false,
  });
  expect(versions[1]).toMatchObject({ fileKey: zeta, folderPath: null, folderIdPath: null });
  expect(String(field(versions[0], 'contentHash'))).toMatch(/^[0-9a-f]{64}$/);
  const versionKey = text(versions[0], 'versionKey');
  expect((await api('GET', `/versions/${versionKey}`)).json).toMatchObject({
    fileKey: alpha,
    content: '<a/>',
    linkedToProcessApplication: true,
  });
  expectProblem(
    await api('GET', '/project-snapshots/00000000-0000-4000-8000-000000000000'),
    404,
    /No project snapshot/,
  );
  expectProblem(
    await api('POST', '/project-snapshots', {
      body: { projectKey: '00000000-0000-4000-8000-000000000000', name: 'x' },
    }),
    400,
    /projectKey/,
  );
});

test('update renames and clears the description; delete keeps the file versions; a snapshot is gone with its project', async () => {
  const p = await project(api);
  const f = await file(api, p);
  const key = await snapshot(api, p);
  expect(
    (await api('PATCH', `/project-snapshots/${key}`, { body: { name: 'Release 1.1', description: null } })).json,
  ).toMatchObject({ name: 'Release 1.1', description: null });
  const versionKey = text(fileVersions(await api('GET', `/project-snapshots/${key}`))[0], 'versionKey');
  expect((await api('DELETE', `/project-snapshots/${key}`)).status).toBe(204);
  expect((await api('GET', `/project-snapshots/${key}`)).status).toBe(404);
  expect((await api('GET', `/versions/${versionKey}`)).json).toMatchObject({
    fileKey: f,
    linkedToProcessApplication: false,
  });
  const other = await snapshot(api, p);
  expect((await api('DELETE', `/projects/${p}`)).status).toBe(204);
  expect((await api('GET', `/project-snapshots/${other}`)).status).toBe(404);
});

test('a snapshot that captured a version published to shared resources cannot be deleted by an API client (403)', async () => {
  const p = await project(api);
  await file(api, p);
  const key = await snapshot(api, p);
  const versionKey = text(fileVersions(await api('GET', `/project-snapshots/${key}`))[0], 'versionKey');
  expect(
    (await api('PATCH', `/versions/${versionKey}`, { body: { name: 'Release 1', organizationPublic: true } })).status,
  ).toBe(200);
  expectProblem(await api('DELETE', `/project-snapshots/${key}`), 403, /elevated organization access/);
});

test('search: the body is required; fileVersionKey works on the set of captured versions ($exists, $eq, $neq, $notIn); hasPendingReviewRequest', async () => {
  const p = await project(api);
  const empty = await snapshot(api, p, 'empty');
  await file(api, p);
  const full = await snapshot(api, p, 'full');
  const versionKey = text(fileVersions(await api('GET', `/project-snapshots/${full}`))[0], 'versionKey');
  const search = async (filter: Readonly<Record<string, unknown>>): Promise<unknown[]> =>
    keysOf(
      await api('POST', '/project-snapshots/search', { body: { filter: { projectKey: p, ...filter } } }),
      'projectSnapshotKey',
    );
  expectProblem(await api('POST', '/project-snapshots/search'), 400, /Required request body is missing/);
  expect(await search({})).toEqual([empty, full]);
  expect(await search({ fileVersionKey: versionKey })).toEqual([full]);
  expect(await search({ fileVersionKey: { $exists: true } })).toEqual([full]);
  expect(await search({ fileVersionKey: { $exists: false } })).toEqual([empty]);
  expect(await search({ fileVersionKey: { $neq: versionKey } })).toEqual([empty]);
  expect(await search({ fileVersionKey: { $notIn: [versionKey] } })).toEqual([empty]);
  expect(await search({ fileVersionKey: { $in: [versionKey, 'other'] } })).toEqual([full]);
  expectProblem(
    await api('POST', '/project-snapshots/search', { body: { filter: { fileVersionKey: { $like: '*' } } } }),
    400,
    /\$like is not supported/,
  );
  expect((await api('POST', `/project-snapshots/${full}/review-requests`)).status).toBe(200);
  expect(await search({ hasPendingReviewRequest: true })).toEqual([full]);
  expect(await search({ hasPendingReviewRequest: false })).toEqual([empty]);
});

test('restoration answers 204, keeps the current state first as a system-authored snapshot, resets content, names and folders, removes added files and recreates deleted ones', async () => {
  const p = await project(api);
  const sub = await folder(api, p, null, 'sub');
  const kept = await file(api, p, sub, 'kept', '<v1/>');
  const gone = await file(api, p, null, 'gone', '<g/>');
  const key = await snapshot(api, p, 'Release 1');
  const revision = Number(field((await api('GET', `/files/${kept}`)).json, 'revision'));
  expect(
    (await api('PATCH', `/files/${kept}`, { body: { revision, name: 'renamed', content: '<v2/>', folderKey: null } }))
      .status,
  ).toBe(200);
  expect((await api('DELETE', `/files/${gone}`)).status).toBe(204);
  const added = await file(api, p, null, 'added');
  const restored = await api('POST', `/project-snapshots/${key}/restoration`);
  expect(restored.status).toBe(204);
  expect(restored.text).toBe('');
  expect((await api('GET', `/files/${kept}`)).json).toMatchObject({ name: 'kept', content: '<v1/>', folderKey: sub });
  expect((await api('GET', `/files/${gone}`)).json).toMatchObject({ name: 'gone', content: '<g/>' });
  expect((await api('GET', `/files/${added}`)).status).toBe(404);
  const all = await api('POST', '/project-snapshots/search', {
    body: { filter: { projectKey: p }, sort: [{ field: 'created' }] },
  });
  expect(items(all)).toHaveLength(2);
  const automatic = items(all)[1];
  expect(automatic).toMatchObject({ name: 'Before restoring "Release 1"', createdBy: SYSTEM_USER });
  const preserved = await api('GET', `/project-snapshots/${text(automatic, 'projectSnapshotKey')}`);
  expect(fileVersions(preserved).map((v) => field(v, 'fileName'))).toEqual(['added', 'renamed']);
  // A project that has not changed since its latest snapshot gets no automatic one.
  const still = await project(api);
  await file(api, still);
  const only = await snapshot(api, still);
  expect((await api('POST', `/project-snapshots/${only}/restoration`)).status).toBe(204);
  expect(
    field(
      (await api('POST', '/project-snapshots/search', { body: { filter: { projectKey: still } } })).json,
      'page',
      'totalItems',
    ),
  ).toBe(1);
  expectProblem(await api('POST', '/project-snapshots/00000000-0000-4000-8000-000000000000/restoration'), 404);
});

test('review requests: at most one per snapshot ever (409, even after a review); a new request supersedes the pending one of another snapshot', async () => {
  const p = await project(api);
  await file(api, p);
  const first = await snapshot(api, p, 'one');
  const second = await snapshot(api, p, 'two');
  const request = await api('POST', `/project-snapshots/${first}/review-requests`);
  expect(request.status).toBe(200);
  expect(request.json).toMatchObject({ projectSnapshotKey: first, createdBy: { name: hub.target.clients.full.id } });
  expect(
    field(
      (await api('GET', `/project-snapshots/${first}`)).json,
      'projectSnapshot',
      'reviewRequest',
      'reviewRequestKey',
    ),
  ).toBe(field(request.json, 'reviewRequestKey'));
  expectProblem(await api('POST', `/project-snapshots/${first}/review-requests`), 409, /already had a review request/);
  expect((await api('POST', `/project-snapshots/${second}/review-requests`)).status).toBe(200);
  expect(field((await api('GET', `/project-snapshots/${first}`)).json, 'projectSnapshot', 'reviewRequest')).toBeNull();
  expectProblem(
    await api('POST', `/project-snapshots/${first}/reviews`, { body: { status: 'APPROVED' } }),
    403,
    /superseded/,
  );
  expect((await api('POST', `/project-snapshots/${second}/reviews`, { body: { status: 'APPROVED' } })).status).toBe(
    200,
  );
  expectProblem(await api('POST', `/project-snapshots/${second}/review-requests`), 409);
});

test('reviews: 403 without a review request; a review ends the pending request and becomes latestReview; follow-up reviews; a blank comment is 400', async () => {
  const p = await project(api);
  const key = await snapshot(api, p);
  expectProblem(
    await api('POST', `/project-snapshots/${key}/reviews`, { body: { status: 'APPROVED' } }),
    403,
    /no review request/,
  );
  expect((await api('POST', `/project-snapshots/${key}/review-requests`)).status).toBe(200);
  expectProblem(
    await api('POST', `/project-snapshots/${key}/reviews`, { body: { status: 'MAYBE' } }),
    400,
    /'status' must be one of/,
  );
  expectProblem(
    await api('POST', `/project-snapshots/${key}/reviews`, { body: { status: 'APPROVED', comment: '  ' } }),
    400,
    /'comment' must not be blank/,
  );
  const review = await api('POST', `/project-snapshots/${key}/reviews`, {
    body: { status: 'CHANGES_REQUESTED', comment: 'rename the task' },
  });
  expect(review.json).toMatchObject({
    projectSnapshotKey: key,
    status: 'CHANGES_REQUESTED',
    comment: 'rename the task',
    createdBy: { name: hub.target.clients.full.id },
  });
  expect((await api('GET', `/project-snapshots/${key}`)).json).toMatchObject({
    projectSnapshot: { reviewRequest: null, latestReview: { status: 'CHANGES_REQUESTED' } },
  });
  expect(
    (await api('POST', `/project-snapshots/${key}/reviews`, { body: { status: 'APPROVED', comment: null } })).json,
  ).toMatchObject({ status: 'APPROVED', comment: null });
  expect(field((await api('GET', `/project-snapshots/${key}`)).json, 'projectSnapshot', 'latestReview', 'status')).toBe(
    'APPROVED',
  );
});

test('duplication: a new project in the target workspace named after the source project, with a copy suffix on a clash, its files and one snapshot', async () => {
  const source = await workspace(api, 'source');
  const target = await workspace(api, 'target');
  const p = await project(api, source, 'Orders');
  const sub = await folder(api, p, null, 'flows');
  await file(api, p, sub, 'order', '<o/>');
  const key = await snapshot(api, p, 'Release 7');
  const first = await api('POST', `/project-snapshots/${key}/duplication`, { body: { targetWorkspaceKey: target } });
  expect(first.json).toMatchObject({ name: 'Orders', workspaceKey: target });
  const second = await api('POST', `/project-snapshots/${key}/duplication`, { body: { targetWorkspaceKey: target } });
  expect(field(second.json, 'name')).toBe('Orders (copy)');
  expect(
    field(
      (await api('POST', `/project-snapshots/${key}/duplication`, { body: { targetWorkspaceKey: target } })).json,
      'name',
    ),
  ).toBe('Orders (copy 2)');
  const copy = text(first.json, 'projectKey');
  const content = await api('GET', `/projects/${copy}`);
  const copiedFolder = text(field(content.json, 'content', 'folders', 0), 'folderKey');
  expect(copiedFolder).not.toBe(sub);
  expect(keysOf(await api('POST', '/files/search', { body: { filter: { projectKey: copy } } }), 'name')).toEqual([
    'order',
  ]);
  const snaps = await api('POST', '/project-snapshots/search', { body: { filter: { projectKey: copy } } });
  expect(field(snaps.json, 'items', 0)).toMatchObject({ name: 'Release 7', description: 'first cut' });
  expect(field(snaps.json, 'page', 'totalItems')).toBe(1);
  const long = await project(api, source, 'L'.repeat(255));
  const longKey = await snapshot(api, long);
  await api('POST', `/project-snapshots/${longKey}/duplication`, { body: { targetWorkspaceKey: target } });
  const truncated = text(
    (await api('POST', `/project-snapshots/${longKey}/duplication`, { body: { targetWorkspaceKey: target } })).json,
    'name',
  );
  expect(truncated).toBe(`${'L'.repeat(248)} (copy)`);
  expectProblem(
    await api('POST', `/project-snapshots/${key}/duplication`, {
      body: { targetWorkspaceKey: '00000000-0000-4000-8000-000000000000' },
    }),
    400,
    /targetWorkspaceKey/,
  );
});

test('external resources: forms, called processes, decisions and RPA scripts outside the snapshot', async () => {
  const p = await project(api);
  const bpmn = [
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0">',
    '<bpmn:process id="main"><bpmn:userTask id="t"><bpmn:extensionElements><zeebe:formDefinition formId="inside-form"/></bpmn:extensionElements></bpmn:userTask>',
    '<bpmn:callActivity id="c"><bpmn:extensionElements><zeebe:calledElement processId="elsewhere"/></bpmn:extensionElements></bpmn:callActivity>',
    '<bpmn:serviceTask id="r"><bpmn:extensionElements><zeebe:linkedResource resourceId="bot" resourceType="RPA" linkKey="RPAScript"/></bpmn:extensionElements></bpmn:serviceTask></bpmn:process>',
    '</bpmn:definitions>',
  ].join('');
  await api('POST', '/files', { body: { name: 'main', projectKey: p, type: 'bpmn', content: bpmn } });
  await api('POST', '/files', {
    body: { name: 'form', projectKey: p, type: 'form', content: '{"id":"inside-form","components":[]}' },
  });
  const key = await snapshot(api, p);
  expect((await api('GET', `/project-snapshots/${key}/external-resources`)).json).toEqual({
    hasRefToExternalForms: false,
    hasRefToExternalCallActivities: true,
    hasRefToExternalBusinessRuleTasks: false,
    hasRefToExternalRpaResources: true,
  });
});

test('the snapshot knobs: file versions in capture order, no automatic snapshot, added files kept, second request accepted, no supersession, review without request, no copy suffix', async () => {
  const other = await startHub({
    snapshotFilesByName: false,
    restorePreservesCurrentState: false,
    restoreRemovesAddedFiles: false,
    reviewRequestOncePerSnapshot: false,
    reviewRequestSupersedes: false,
    reviewNeedsRequest: false,
    duplicateCopySuffix: false,
  });
  try {
    const o = other.api;
    const ws = await workspace(o);
    const p = await project(o, ws, 'Same');
    await file(o, p, null, 'zeta');
    await file(o, p, null, 'alpha');
    const first = await snapshot(o, p, 'one');
    const second = await snapshot(o, p, 'two');
    expect(fileVersions(await o('GET', `/project-snapshots/${first}`)).map((v) => field(v, 'fileName'))).toEqual([
      'zeta',
      'alpha',
    ]);
    const added = await file(o, p, null, 'added');
    expect((await o('POST', `/project-snapshots/${first}/restoration`)).status).toBe(204);
    expect((await o('GET', `/files/${added}`)).status).toBe(200);
    expect(
      field(
        (await o('POST', '/project-snapshots/search', { body: { filter: { projectKey: p } } })).json,
        'page',
        'totalItems',
      ),
    ).toBe(2);
    expect((await o('POST', `/project-snapshots/${first}/reviews`, { body: { status: 'APPROVED' } })).status).toBe(200);
    expect((await o('POST', `/project-snapshots/${first}/review-requests`)).status).toBe(200);
    expect((await o('POST', `/project-snapshots/${first}/review-requests`)).status).toBe(200);
    expect((await o('POST', `/project-snapshots/${second}/review-requests`)).status).toBe(200);
    expect(
      field((await o('GET', `/project-snapshots/${first}`)).json, 'projectSnapshot', 'reviewRequest'),
    ).not.toBeNull();
    expect(
      field(
        (await o('POST', `/project-snapshots/${first}/duplication`, { body: { targetWorkspaceKey: ws } })).json,
        'name',
      ),
    ).toBe('Same');
  } finally {
    await other.target.stop();
  }
});

test('the copySuffix knob sets the suffix text (" - Copy", then " - Copy 2")', async () => {
  const other = await startHub({ copySuffix: ' - Copy' });
  try {
    const ws = await workspace(other.api);
    const p = await project(other.api, ws, 'Same');
    const key = await snapshot(other.api, p);
    const names: unknown[] = [];
    for (let i = 0; i < 2; i += 1)
      names.push(
        field(
          (await other.api('POST', `/project-snapshots/${key}/duplication`, { body: { targetWorkspaceKey: ws } })).json,
          'name',
        ),
      );
    expect(names).toEqual(['Same - Copy', 'Same - Copy 2']);
  } finally {
    await other.target.stop();
  }
});
