/**
 * Hub API v2: a valid request of each operation of the groups beyond the core ones (facts §2:
 * project snapshots, environments, clusters, catalog — 24 of the 66 operations), found by its
 * method and path shape (src/plan/hub-groups.ts), against what the test made: its own project
 * snapshot (in its own project), its own workspace's and project's environments, a cluster it
 * registered and a catalog asset it ingested (organization-wide: only where that is allowed,
 * src/plan/hub-groups.ts; else, for reads, the first one the target holds). The positive, auth,
 * permission, negative and methods scenarios send it as is, with bad credentials, as other
 * clients or made invalid; `made` takes on what a successful call made, for the clean-up.
 * Also the invalid requests JSON schemas do not give: a multipart body without a required part
 * or empty, a query without a required parameter or with a non-integer for an integer one.
 */
import type { ApiResponse, CallOptions } from '../api/client.ts';
import { isSuccess } from '../api/operations.ts';
import { rejectMissingBody } from '../checks/negative/reject-missing-body.ts';
import { rejectMissingRequired } from '../checks/negative/reject-missing-required.ts';
import { rejectWrongType } from '../checks/negative/reject-wrong-type.ts';
import type { RefusalSeen } from '../checks/negative/refusal.ts';
import type { CheckDefinition } from '../checks/types.ts';
import { isJsonObject, type JsonObject } from '../core/json.ts';
import { resolvePointer } from '../document/resolve.ts';
import type { PlannedOperation } from '../plan/classify.ts';
import { hubGroupOf, opShape } from '../plan/hub-groups.ts';
import type { FormPart } from '../synth/multipart.ts';
import type { World } from './world.ts';

/** A valid request of one of the groups' operations. */
export interface HubOpRequest {
  readonly path: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly body: JsonObject | undefined;
  readonly multipart?: readonly FormPart[];
  readonly references: readonly string[];
  /** After a successful call: what it made becomes the test's to clean up. */
  readonly made?: (res: ApiResponse) => void;
}

type Builder = (world: World, p: PlannedOperation) => Promise<HubOpRequest>;

/** `{ [the operation's only path parameter]: value }`. */
function keyPath(p: PlannedOperation, value: string): Record<string, string> {
  const [param] = [...p.op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  if (param === undefined) throw new Error(`${p.op.key} has no path parameter`);
  return { [param]: value };
}

const HOUR = 3_600_000;

async function snapshotAt(world: World, p: PlannedOperation): Promise<HubOpRequest> {
  return { path: keyPath(p, (await world.snapshot()).id), body: undefined, references: [] };
}

const BUILDERS: Readonly<Record<string, Builder>> = {
  // Project snapshots (facts §2 rows 40–49).
  'POST /project-snapshots': async (world, p) => ({
    path: {},
    body: world.body(p, { projectKey: (await world.project()).id, name: world.name('snapshot') }),
    references: [],
  }),
  'GET /project-snapshots/{}': snapshotAt,
  'PATCH /project-snapshots/{}': async (world, p) => ({
    path: keyPath(p, (await world.snapshot()).id),
    body: world.body(p, { name: world.name('renamed') }),
    references: [],
  }),
  'DELETE /project-snapshots/{}': snapshotAt,
  'POST /project-snapshots/search': async (world, p) => {
    const snapshot = await world.snapshot();
    return { path: {}, body: world.hubSearchBody(p, world.hubFilter(p, snapshot)), references: [] };
  },
  'POST /project-snapshots/{}/restoration': snapshotAt,
  'POST /project-snapshots/{}/review-requests': snapshotAt,
  'POST /project-snapshots/{}/reviews': async (world, p) => {
    const snapshot = await world.snapshot();
    await world.requestReview(snapshot);
    return {
      path: keyPath(p, snapshot.id),
      body: world.body(p, { status: 'APPROVED', comment: 'Reviewed by wm-conformance.' }),
      references: [],
    };
  },
  'POST /project-snapshots/{}/duplication': async (world, p) => {
    const snapshot = await world.snapshot();
    const workspace = await world.home('workspace');
    return {
      path: keyPath(p, snapshot.id),
      body: world.body(p, { targetWorkspaceKey: workspace.id }),
      references: [],
      // The duplicate is a project in the test's workspace: gone with it.
      made: (res) => {
        const key = isJsonObject(res.body) ? res.body.projectKey : undefined;
        const name = isJsonObject(res.body) ? res.body.name : undefined;
        if (typeof key === 'string') world.adopt('project', key, typeof name === 'string' ? name : 'duplicate');
      },
    };
  },
  'GET /project-snapshots/{}/external-resources': snapshotAt,

  // Environments (rows 11–14): the organization's are read; the test's own workspace's set is replaced.
  'GET /environments': () => Promise.resolve({ path: {}, body: undefined, references: [] }),
  'GET /workspaces/{}/environments': async (world, p) => ({
    path: keyPath(p, (await world.home('workspace')).id),
    body: undefined,
    references: [],
  }),
  'PUT /workspaces/{}/environments': async (world, p) => {
    const workspace = await world.home('workspace');
    const ids = await world.environmentIds();
    return { path: keyPath(p, workspace.id), body: world.body(p, { environmentIds: ids.slice(0, 1) }), references: [] };
  },
  'GET /projects/{}/environments': async (world, p) => ({
    path: keyPath(p, (await world.project()).id),
    body: undefined,
    references: [],
  }),

  // Clusters (rows 7–10, Self-Managed-only): registrations are organization-wide.
  'GET /clusters': () => Promise.resolve({ path: {}, body: undefined, references: [] }),
  'POST /clusters': (world, p) => {
    const body = world.clusterBody(p);
    if (typeof body.clusterId === 'string') world.registeredCluster(body.clusterId);
    return Promise.resolve({ path: {}, body, references: [] });
  },
  'GET /clusters/usage-metrics': async (world) => {
    const id = await world.clusterId();
    const end = Date.now();
    return {
      path: {},
      query: { id, start: String(end - 24 * HOUR), end: String(end) },
      body: undefined,
      references: [],
    };
  },
  'DELETE /clusters/{}': async (world, p) => ({
    path: keyPath(p, await world.registerCluster()),
    body: undefined,
    references: [],
  }),

  // Catalog (rows 1–6): the ingestion replaces the organization's whole catalog.
  'PUT /catalog/assets/ingestion': (world, p) => {
    const { parts, resourceId } = world.ingestionParts(p);
    world.ingested(resourceId);
    return Promise.resolve({ path: {}, body: undefined, multipart: parts, references: [] });
  },
  'DELETE /catalog/assets/{}': async (world, p) => ({
    path: keyPath(p, await world.catalogAsset()),
    body: undefined,
    references: [],
  }),
  'POST /catalog/assets/search': (world, p) =>
    Promise.resolve({ path: {}, body: world.hubSearchBody(p, {}), references: [] }),
  'POST /catalog/assets/{}/project-usages/search': async (world, p) => ({
    path: keyPath(p, await world.catalogAsset()),
    body: world.hubSearchBody(p, {}),
    references: [],
  }),
  'POST /catalog/assets/{}/file-usages/search': async (world, p) => ({
    path: keyPath(p, await world.catalogAsset()),
    body: world.hubSearchBody(p, {}),
    references: [],
  }),
  'POST /projects/{}/catalog/asset-usages/search': async (world, p) => ({
    path: keyPath(p, (await world.project()).id),
    body: world.hubSearchBody(p, {}),
    references: [],
  }),
};

/** The shapes the suite knows a valid request of (the 24 operations). */
export const HUB_OP_SHAPES: readonly string[] = Object.keys(BUILDERS);

/**
 * A valid request of the operation when it is one of the groups' operations; null when it is
 * not (a core operation); an operation of a group whose shape the suite does not know is skipped,
 * saying so.
 */
export async function hubOpRequest(world: World, p: PlannedOperation): Promise<HubOpRequest | null> {
  const prefix = world.api.doc.apiPrefix;
  if (hubGroupOf(p, prefix) === undefined) return null;
  const builder = BUILDERS[opShape(p, prefix)];
  if (builder === undefined)
    return world.deps.skip(`no scenario knows a valid request of ${p.op.key} (${opShape(p, prefix)})`);
  return builder(world, p);
}

/** The request as call options. */
export function hubCallOptions(
  target: Pick<HubOpRequest, 'path' | 'query' | 'body' | 'multipart'>,
): Pick<CallOptions, 'path' | 'query' | 'body' | 'multipart'> {
  return {
    path: target.path,
    ...(target.query === undefined ? {} : { query: target.query }),
    ...(target.body === undefined ? {} : { body: target.body }),
    ...(target.multipart === undefined ? {} : { multipart: target.multipart }),
  };
}

/** The positive scenario of one of the groups' operations; false when `p` is not one. */
export async function runHubOpPositive(world: World, p: PlannedOperation): Promise<boolean> {
  const target = await hubOpRequest(world, p);
  if (target === null) return false;
  const res = await world.call(p, { ...hubCallOptions(target), expect: 'success' });
  if (isSuccess(res.status)) target.made?.(res);
  return true;
}

/** One invalid request: judged by the reject-* check; true when it was refused. */
async function refuse(
  world: World,
  p: PlannedOperation,
  check: CheckDefinition<RefusalSeen>,
  caseName: string,
  options: Omit<CallOptions, 'expect' | 'case'>,
): Promise<void> {
  const res = await world.call(p, { ...options, expect: 'rejection', case: caseName });
  world.api.recorder.judge(
    check,
    p.op.key,
    { status: res.status, op: p.op, what: caseName },
    { case: caseName, exchange: res.record },
  );
}

/** The query parameters of the operation: name, required, and whether its schema is an integer. */
function queryParameters(world: World, p: PlannedOperation): { name: string; required: boolean; integer: boolean }[] {
  return p.op.parameters
    .filter((param) => param.in === 'query')
    .map((param) => {
      const schema = param.schemaPointer === null ? undefined : resolvePointer(world.root, param.schemaPointer);
      return { name: param.name, required: param.required, integer: isJsonObject(schema) && schema.type === 'integer' };
    });
}

/**
 * The invalid requests of a multipart body and of query parameters: each required part left
 * out (reject-missing-required), an empty multipart body (reject-missing-body); each required
 * query parameter left out (reject-missing-required), a word for an integer one (reject-wrong-type).
 */
export async function runHubOpNegatives(world: World, p: PlannedOperation, target: HubOpRequest): Promise<number> {
  let sent = 0;
  const parts = target.multipart;
  if (parts !== undefined) {
    for (const name of [...new Set(parts.map((part) => part.name))]) {
      await refuse(world, p, rejectMissingRequired, `multipart part ${name} is missing`, {
        path: target.path,
        multipart: parts.filter((part) => part.name !== name),
      });
      sent++;
    }
    await refuse(world, p, rejectMissingBody, 'empty multipart body', {
      path: target.path,
      raw: '',
      contentType: 'multipart/form-data; boundary=wmct-empty',
    });
    sent++;
  }
  const query = target.query;
  const documented = p.op.responses.some((r) => r.status === '400' || r.status === '422');
  if (query !== undefined && !documented) {
    // An invalid query has no documented answer (getClusterUsageMetrics lists 401, 403, 404, 500).
    for (const param of queryParameters(world, p).filter((q) => q.required || q.integer))
      world.api.recorder.skip(
        param.required ? rejectMissingRequired : rejectWrongType,
        p.op.key,
        `${p.op.key} documents no 400 or 422: an invalid query parameter (${param.name}) has no documented answer to judge`,
        { case: `query ${param.name}` },
      );
  }
  if (query !== undefined && documented) {
    for (const param of queryParameters(world, p)) {
      if (param.required) {
        const { [param.name]: _left, ...rest } = query;
        await refuse(world, p, rejectMissingRequired, `query ${param.name} is missing`, {
          path: target.path,
          query: rest,
        });
        sent++;
      }
      if (param.integer) {
        await refuse(world, p, rejectWrongType, `query ${param.name} is not an integer`, {
          path: target.path,
          query: { ...query, [param.name]: 'yesterday' },
        });
        sent++;
      }
    }
  }
  return sent;
}
