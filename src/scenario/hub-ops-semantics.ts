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
 *   (catalog-unpublish-missing; organization-wide, where allowed).
 */
import { isSuccess } from '../api/operations.ts';
import { catalogUnpublishMissing } from '../checks/semantics/catalog-unpublish-missing.ts';
import { environmentsFullSet } from '../checks/semantics/environments-full-set.ts';
import { snapshotDuplicateName } from '../checks/semantics/snapshot-duplicate-name.ts';
import { snapshotReviewNeedsRequest } from '../checks/semantics/snapshot-review-needs-request.ts';
import { snapshotReviewOnce } from '../checks/semantics/snapshot-review-once.ts';
import { isJsonObject } from '../core/json.ts';
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
  const items = isJsonObject(body) && Array.isArray(body.items) ? body.items : [];
  return items.flatMap((item) => (isJsonObject(item) && typeof item.id === 'string' ? [item.id] : []));
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
