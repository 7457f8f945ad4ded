/**
 * Hub API v2: the documented rules of the groups beyond the core ones (facts §2.1), each judged
 * by one semantics check on resources the test made:
 * - requestProjectSnapshotReview: at most one review request per snapshot, ever — a second → 409
 *   (snapshot-review-once);
 * - submitProjectSnapshotReview: a snapshot nobody asked to review → 403
 *   (snapshot-review-needs-request);
 * - duplicateProjectSnapshot: into the source project's own workspace (its name is taken there),
 *   the duplicate is named after the source with a copy suffix (snapshot-duplicate-name);
 * - updateWorkspaceEnvironments: the sent list becomes the workspace's whole set — one of the
 *   organization's environments, then none (environments-full-set);
 * - ingestCatalogAssets: an asset the next ingestion leaves out becomes unpublished
 *   (catalog-unpublish-missing; organization-wide, where allowed);
 * - requestProjectSnapshotReview also: a request supersedes the pending one of the project's
 *   other snapshot (snapshot-review-supersedes);
 * - getProjectSnapshot: the file versions ordered by file name, of files made in the reverse of
 *   name order (snapshot-files-by-name);
 * - restoreProjectSnapshot: 204; nothing changed since the latest snapshot → no snapshot added,
 *   a file added since → one added, not by the caller (snapshot-restore-preserves), and that file
 *   removed (snapshot-restore-removes-added);
 * - searchProjectSnapshots: fileVersionKey `$neq` and `$exists: false` over the set of captured
 *   versions: they find the project's empty snapshot, not the one holding the version
 *   (snapshot-search-version-set);
 * - createClusterRegistration: a registered id registered again with another name is updated
 *   (cluster-registration-upsert; organization-wide, where allowed).
 * Not checked: unassigned environments leaving every project's selection — no operation reads a
 * project's selection (getProjectEnvironments answers the workspace's full set).
 */
import { isSuccess } from '../api/operations.ts';
import { catalogUnpublishMissing } from '../checks/semantics/catalog-unpublish-missing.ts';
import { clusterRegistrationUpsert } from '../checks/semantics/cluster-registration-upsert.ts';
import { environmentsFullSet } from '../checks/semantics/environments-full-set.ts';
import { snapshotDuplicateName } from '../checks/semantics/snapshot-duplicate-name.ts';
import { snapshotFilesByName } from '../checks/semantics/snapshot-files-by-name.ts';
import { snapshotRestorePreserves } from '../checks/semantics/snapshot-restore-preserves.ts';
import { snapshotRestoreRemovesAdded } from '../checks/semantics/snapshot-restore-removes-added.ts';
import { snapshotReviewNeedsRequest } from '../checks/semantics/snapshot-review-needs-request.ts';
import { snapshotReviewOnce } from '../checks/semantics/snapshot-review-once.ts';
import { snapshotReviewSupersedes } from '../checks/semantics/snapshot-review-supersedes.ts';
import { snapshotSearchVersionSet } from '../checks/semantics/snapshot-search-version-set.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import type { PlannedOperation } from '../plan/classify.ts';
import { opShape } from '../plan/hub-groups.ts';
import type { World } from './world.ts';

type Scenario = (world: World, p: PlannedOperation) => Promise<void>;

function keyPath(p: PlannedOperation, value: string): Record<string, string> {
  const [param] = [...p.op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  if (param === undefined) throw new Error(`${p.op.key} has no path parameter`);
  return { [param]: value };
}

function idsOf(body: unknown): string[] {
  return itemsOf(body).flatMap((item) => (typeof item.id === 'string' ? [item.id] : []));
}

function itemsOf(body: unknown): JsonObject[] {
  const items = isJsonObject(body) && Array.isArray(body.items) ? body.items : [];
  return items.filter(isJsonObject);
}

function text(value: JsonValue | undefined, ...path: readonly string[]): string | undefined {
  let current = value;
  for (const key of path) current = isJsonObject(current) ? current[key] : undefined;
  return typeof current === 'string' ? current : undefined;
}

/** The keys and authors (createdBy.email) of the project's snapshots, by a search in it. */
async function snapshotsOf(world: World, projectId: string, what: string): Promise<Map<string, string | undefined>> {
  const search = world.hubOp('POST /project-snapshots/search');
  const res = await world.must(search, { body: world.hubSearchBody(search, { projectKey: projectId }, 50) }, what);
  const out = new Map<string, string | undefined>();
  for (const item of itemsOf(res.body)) {
    const key = text(item, 'projectSnapshotKey');
    if (key !== undefined) out.set(key, text(item, 'createdBy', 'email'));
  }
  return out;
}

const SCENARIOS: Readonly<Record<string, Scenario>> = {
  'POST /project-snapshots/{}/review-requests': async (world, p) => {
    const snapshot = await world.createSnapshot('reviewed');
    await world.must(p, { path: keyPath(p, snapshot.id) }, 'requesting the first review of the snapshot');
    const what = `${p.op.key}, a second time for the snapshot`;
    const res = await world.call(p, { path: keyPath(p, snapshot.id), expect: 'rejection', case: 'second request' });
    world.api.recorder.judge(
      snapshotReviewOnce,
      p.op.key,
      { status: res.status, what },
      { case: 'second request', exchange: res.record },
    );
    // A request for a newer snapshot of the project supersedes the first one's, still pending.
    const newer = await world.createSnapshot('superseding');
    await world.must(p, { path: keyPath(p, newer.id) }, 'requesting a review of a newer snapshot of the project');
    const get = world.hubOp('GET /project-snapshots/{}');
    const read = await world.must(get, { path: keyPath(get, snapshot.id) }, 'reading the first snapshot');
    const shown = isJsonObject(read.body) && isJsonObject(read.body.projectSnapshot) ? read.body.projectSnapshot : {};
    const request = shown.reviewRequest;
    world.api.recorder.judge(
      snapshotReviewSupersedes,
      p.op.key,
      {
        pending: request === undefined ? undefined : request !== null,
        what: `${get.op.key} of a snapshot after ${p.op.key} of a newer one of its project`,
      },
      { case: 'newer request', exchange: read.record },
    );
  },
  'GET /project-snapshots/{}': async (world, p) => {
    // Made in the reverse of name order: the order of capture is not the order by name.
    const base = world.name('by-name');
    const held = [`${base}-b`, `${base}-a`];
    for (const name of held) await world.createFile('named', { name });
    const snapshot = await world.createSnapshot('by-name');
    const res = await world.must(p, { path: keyPath(p, snapshot.id) }, 'reading the snapshot');
    const versions = isJsonObject(res.body) && Array.isArray(res.body.fileVersions) ? res.body.fileVersions : [];
    world.api.recorder.judge(
      snapshotFilesByName,
      p.op.key,
      {
        names: versions.flatMap((v) => {
          const name = text(v, 'fileName');
          return name === undefined ? [] : [name];
        }),
        held,
        what: `${p.op.key} of a snapshot of files made in the reverse of name order`,
      },
      { exchange: res.record },
    );
  },
  'POST /project-snapshots/{}/restoration': async (world, p) => {
    const snapshot = await world.createSnapshot('restored');
    const projectId = snapshot.projectId ?? (await world.project()).id;
    const caller = text(snapshot.created, 'createdBy', 'email');
    const known = new Set((await snapshotsOf(world, projectId, "listing the project's snapshots")).keys());
    const restore = async (changed: boolean, what: string): Promise<void> => {
      const res = await world.call(p, { path: keyPath(p, snapshot.id), expect: 'success', case: what });
      const after = await snapshotsOf(world, projectId, "listing the project's snapshots after the restoration");
      const added = [...after].filter(([key]) => !known.has(key));
      for (const [key] of added) known.add(key);
      world.api.recorder.judge(
        snapshotRestorePreserves,
        p.op.key,
        {
          status: res.status,
          changed,
          added: added.map(([, author]) => author),
          caller,
          what: `${p.op.key} of the project's latest snapshot, ${what}`,
        },
        { case: what, exchange: res.record },
      );
    };
    await restore(false, 'nothing changed since');
    const added = await world.createFile('added-since');
    await restore(true, 'a file added since');
    const get = world.hubOp('GET /files/{}');
    const read = await world.call(get, { path: keyPath(get, added.id), expect: 'any', case: 'added since' });
    world.api.recorder.judge(
      snapshotRestoreRemovesAdded,
      p.op.key,
      { status: read.status, what: `${get.op.key} of a file added after the snapshot, after ${p.op.key}` },
      { case: 'added since', exchange: read.record },
    );
  },
  'POST /project-snapshots/search': async (world, p) => {
    const project = await world.project();
    const create = world.hubOp('POST /project-snapshots');
    const made = await world.must(
      create,
      { body: world.body(create, { projectKey: project.id, name: world.name('empty') }) },
      'creating a snapshot of the project while it holds no file',
    );
    const empty = text(made.body, 'projectSnapshotKey');
    if (empty === undefined) throw new Error(`${create.op.key} answered without projectSnapshotKey`);
    const full = await world.createSnapshot('full');
    const get = world.hubOp('GET /project-snapshots/{}');
    const read = await world.must(get, { path: keyPath(get, full.id) }, "reading the snapshot's file versions");
    const versions = isJsonObject(read.body) && Array.isArray(read.body.fileVersions) ? read.body.fileVersions : [];
    const version = text(versions[0], 'versionKey');
    if (version === undefined)
      throw new Error(`${get.op.key} lists no file version of a snapshot of a project holding a file`);
    const cases: readonly { name: string; condition: JsonObject }[] = [
      { name: '$neq', condition: { $neq: version } },
      { name: '$exists false', condition: { $exists: false } },
    ];
    for (const c of cases) {
      const res = await world.must(
        p,
        { body: world.hubSearchBody(p, { projectKey: project.id, fileVersionKey: c.condition }), case: c.name },
        `searching the project's snapshots by fileVersionKey ${c.name}`,
      );
      world.api.recorder.judge(
        snapshotSearchVersionSet,
        p.op.key,
        {
          condition: JSON.stringify(c.condition),
          expected: [empty],
          found: itemsOf(res.body).flatMap((item) => {
            const key = text(item, 'projectSnapshotKey');
            return key === undefined ? [] : [key];
          }),
          what: `${p.op.key} in a project with a snapshot holding no file version and one holding ${version}`,
        },
        { case: c.name, exchange: res.record },
      );
    }
  },
  'POST /clusters': async (world, p) => {
    const id = await world.registerCluster();
    const sent = world.name('cluster-again');
    const res = await world.call(p, {
      body: { ...world.clusterBody(p), clusterId: id, clusterName: sent },
      expect: 'success',
      case: 'registered again',
    });
    const list = world.hubOp('GET /clusters');
    const read = await world.must(list, {}, 'reading the cluster registrations');
    world.api.recorder.judge(
      clusterRegistrationUpsert,
      p.op.key,
      {
        status: res.status,
        sent,
        names: itemsOf(read.body)
          .filter((item) => item.uuid === id)
          .map((item) => text(item, 'name') ?? ''),
        what: `${p.op.key} of the registered id ${id} with another name, then ${list.op.key}`,
      },
      { case: 'registered again', exchange: isSuccess(res.status) ? read.record : res.record },
    );
  },
  'POST /project-snapshots/{}/reviews': async (world, p) => {
    const snapshot = await world.createSnapshot('unrequested');
    const what = `${p.op.key} of a snapshot without a review request`;
    const res = await world.call(p, {
      path: keyPath(p, snapshot.id),
      body: world.body(p, { status: 'APPROVED', comment: 'Reviewed by wm-conformance.' }),
      expect: 'rejection',
      case: 'no review request',
    });
    world.api.recorder.judge(
      snapshotReviewNeedsRequest,
      p.op.key,
      { status: res.status, what },
      { case: 'no review request', exchange: res.record },
    );
  },
  'POST /project-snapshots/{}/duplication': async (world, p) => {
    const project = await world.project();
    const snapshot = await world.snapshot();
    const workspace = await world.home('workspace');
    const res = await world.must(
      p,
      { path: keyPath(p, snapshot.id), body: world.body(p, { targetWorkspaceKey: workspace.id }) },
      "duplicating the snapshot into its project's workspace",
    );
    const body = isJsonObject(res.body) ? res.body : {};
    if (typeof body.projectKey === 'string')
      world.adopt('project', body.projectKey, typeof body.name === 'string' ? body.name : 'duplicate');
    world.api.recorder.judge(
      snapshotDuplicateName,
      p.op.key,
      {
        source: project.name,
        duplicate: typeof body.name === 'string' ? body.name : undefined,
        what: `${p.op.key} into the workspace that holds "${project.name}"`,
      },
      { exchange: res.record },
    );
  },
  'PUT /workspaces/{}/environments': async (world, p) => {
    const get = world.hubOp('GET /workspaces/{}/environments');
    const workspace = await world.home('workspace');
    const ids = await world.environmentIds();
    for (const sent of ids.length > 0 ? [ids.slice(0, 1), []] : [[]]) {
      const what = `${p.op.key} with [${sent.join(', ')}], then ${get.op.key}`;
      await world.must(p, { path: keyPath(p, workspace.id), body: world.body(p, { environmentIds: sent }) }, what);
      const read = await world.must(get, { path: keyPath(get, workspace.id) }, `reading the workspace's environments`);
      world.api.recorder.judge(
        environmentsFullSet,
        p.op.key,
        { sent, read: idsOf(read.body), what },
        { case: sent.length === 0 ? 'empty set' : 'one environment', exchange: read.record },
      );
    }
  },
  'PUT /catalog/assets/ingestion': async (world, p) => {
    const first = world.ingestionParts(p, 'left-out');
    world.ingested(first.resourceId);
    await world.must(p, { multipart: first.parts }, 'ingesting the asset to leave out');
    const second = world.ingestionParts(p, 'kept');
    world.ingested(second.resourceId);
    const res = await world.must(p, { multipart: second.parts }, 'ingesting another asset only');
    const search = world.hubOp('POST /catalog/assets/search');
    const found = await world.must(
      search,
      { body: world.hubSearchBody(search, { resourceId: first.resourceId }) },
      'reading the left-out asset',
    );
    const items = isJsonObject(found.body) && Array.isArray(found.body.items) ? found.body.items : [];
    const asset = items.find((item) => isJsonObject(item) && item.resourceId === first.resourceId);
    const unpublished = isJsonObject(asset) && typeof asset.unpublished === 'boolean' ? asset.unpublished : undefined;
    world.api.recorder.judge(
      catalogUnpublishMissing,
      p.op.key,
      { unpublished, what: `${p.op.key} without the asset ${first.resourceId} ingested before` },
      { exchange: isSuccess(res.status) ? found.record : res.record },
    );
  },
};

/** Whether the operation has a semantic scenario here (the spec makes a semantics test for it). */
export function hasHubOpSemantics(p: PlannedOperation, apiPrefix: string): boolean {
  return SCENARIOS[opShape(p, apiPrefix)] !== undefined;
}

export async function runHubOpSemantics(world: World, p: PlannedOperation): Promise<void> {
  world.skipOutsideCore(p);
  if (world.deps.readOnly) return world.deps.skip(`WM_READ_ONLY=true: the semantics of ${p.op.key} need changes`);
  const scenario = SCENARIOS[opShape(p, world.api.doc.apiPrefix)];
  if (scenario === undefined) return world.deps.skip(`${p.op.key} has no semantic scenario`);
  await scenario(world, p);
}
