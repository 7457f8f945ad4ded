/**
 * Environments (facts §2.1 "Environments"): the organization's environments, the ones assigned
 * to a workspace (PUT replaces the full set: the ones not listed are unassigned, which removes
 * them from every project's selection in the workspace; an empty or omitted list unassigns all)
 * and the ones available to a project (its workspace's full set). Not paginated: `{items}`.
 * The reference target has no Console or cluster topology to enumerate: *assumed*, the
 * organization has the fixed environments of ENVIRONMENTS (one physical-tenant-backed on
 * Self-Managed, cluster-backed ones on both kinds). A project's selection has no operation of its
 * own: *assumed*, an environment newly assigned to a workspace is selected for each of its
 * projects; the selection is kept in the store (HubStore.projectEnvironments) so that the
 * unassignment rule is observable to the project's own tests.
 * *Assumed*: reads need `read`, the replacement `update` (documented: "the update permission for
 * the organization"); an unknown environment id → 400 (knob rejectUnknownEnvironmentIds); the
 * answer lists the environments in the organization's order. SaaS's extra 403 (a token without
 * Console's cluster:read) is not modelled: the issuer's tokens carry no Console permissions.
 */
import { readArray } from '../../simulator/json.ts';
import type { JsonObject } from '../../../src/core/json.ts';
import { invalid } from '../problem.ts';
import type { EnvironmentRecord } from '../records.ts';
import { arrayOf, boolean, nullable, objectOf, ref, refProp, text, type Components } from '../schema.ts';
import { isLive, type HubStore } from '../store.ts';
import type { HubContext, HubEnv, HubRouteDef, TargetKind } from '../types.ts';
import type { HubResource } from './shared.ts';
import { liveRecord, ok, pathKey } from './support.ts';

const ADDED = '8.10';
const TAG = 'Environment';

function application(envId: string, type: string, name: string): EnvironmentRecord['applications'][number] {
  return { type, name, webappUrl: `https://${envId}.environments.wm-reference.example/${type}`, overridden: false };
}

/** The organization's environments on a target of this kind (*assumed*, fixed). */
export function organizationEnvironments(kind: TargetKind): EnvironmentRecord[] {
  const clusterBacked = (
    id: string,
    name: string,
    tags: string[],
    runtimeState: EnvironmentRecord['runtimeState'],
  ): EnvironmentRecord => ({
    id,
    name,
    targetType: 'CLUSTER_BACKED',
    tags,
    clusterId: `cluster-${id}`,
    clusterName: `${name} cluster`,
    clusterVersion: kind === 'saas' ? 'Camunda 8.10+gen1' : '8.10.0',
    physicalTenantId: null,
    runtimeState,
    discoveryState: 'ACTIVE',
    applications: [application(id, 'operate', 'Operate'), application(id, 'tasklist', 'Tasklist')],
  });
  const environments = [
    clusterBacked('development', 'Development', ['dev'], 'HEALTHY'),
    clusterBacked('production', 'Production', ['prod', 'critical'], 'HEALTHY'),
  ];
  if (kind === 'saas') return environments;
  return [
    ...environments,
    {
      id: 'staging-tenant',
      name: 'Staging',
      targetType: 'PHYSICAL_TENANT_BACKED',
      tags: [],
      clusterId: 'cluster-shared',
      clusterName: 'Shared cluster',
      clusterVersion: '8.10.0',
      physicalTenantId: 'staging',
      runtimeState: 'UNKNOWN',
      discoveryState: 'NOT_REPORTED',
      applications: [{ ...application('staging-tenant', 'operate', 'Operate'), overridden: true }],
    },
  ];
}

/** Puts the organization's environments into a new store. */
export function seedEnvironments(store: HubStore, kind: TargetKind): void {
  for (const environment of organizationEnvironments(kind)) store.environments.set(environment.id, environment);
}

function schemas(): Components {
  return {
    ReplaceWorkspaceEnvironmentsRequest: objectOf(
      {
        environmentIds: {
          ...arrayOf(
            'Every environment the workspace is to have; the others are unassigned (an empty or omitted list unassigns all).',
            text('Id of an environment.', { min: 1, max: 255 }),
          ),
          maxItems: 500,
        },
      },
      { strict: true },
    ),
    EnvironmentListResult: objectOf(
      { items: arrayOf('The environments.', ref('EnvironmentResult')) },
      { required: ['items'] },
    ),
    EnvironmentResult: objectOf(
      {
        id: text('Id of the environment.'),
        name: text('Name of the environment.'),
        targetType: refProp('EnvironmentTargetType', 'What backs the environment.'),
        tags: arrayOf('Labels of the backing cluster (empty when it has none).', { type: 'string' }),
        clusterId: text('Id of the backing cluster.'),
        clusterName: text('Name of the backing cluster.'),
        clusterVersion: nullable(text('Version of the backing cluster, when known.')),
        physicalTenantId: nullable(text('The backing physical tenant; null for cluster-backed environments.')),
        runtimeState: refProp('EnvironmentRuntimeState', 'Health of the environment.'),
        discoveryState: refProp('EnvironmentDiscoveryState', 'Whether the Hub still sees the environment.'),
        assignedWorkspaces: arrayOf('The workspaces the environment is assigned to.', ref('WorkspaceReference')),
        applications: arrayOf(
          'The web applications of the environment (empty when none is reachable).',
          ref('EnvironmentApplication'),
        ),
      },
      {
        description: 'An environment of the organization.',
        required: [
          'id',
          'name',
          'targetType',
          'tags',
          'clusterId',
          'clusterName',
          'clusterVersion',
          'physicalTenantId',
          'runtimeState',
          'discoveryState',
          'assignedWorkspaces',
          'applications',
        ],
      },
    ),
    WorkspaceReference: objectOf(
      { id: text('Key of the workspace.'), name: text('Name of the workspace.') },
      { required: ['id', 'name'] },
    ),
    EnvironmentApplication: objectOf(
      {
        type: text('Kind of application (e.g. operate).'),
        name: text('Display name.'),
        webappUrl: text('Link to the application.'),
        overridden: boolean(
          "Whether a Self-Managed physical tenant's own configuration set it (always false on SaaS).",
        ),
      },
      { required: ['type', 'name', 'webappUrl', 'overridden'] },
    ),
    EnvironmentTargetType: {
      description: 'What backs an environment.',
      type: 'string',
      enum: ['PHYSICAL_TENANT_BACKED', 'CLUSTER_BACKED'],
    },
    EnvironmentRuntimeState: {
      description: 'Health of an environment.',
      type: 'string',
      enum: ['HEALTHY', 'UNHEALTHY', 'PAUSED', 'RESUMING', 'UNKNOWN'],
    },
    EnvironmentDiscoveryState: {
      description: 'Whether the Hub still sees an environment.',
      type: 'string',
      enum: ['ACTIVE', 'NOT_REPORTED'],
    },
  };
}

function environmentResult(env: HubEnv, e: EnvironmentRecord): JsonObject {
  const { store } = env;
  const assigned = [...store.workspaces.values()].filter(
    (w) => isLive(w) && store.workspaceEnvironments.get(w.key)?.has(e.id) === true,
  );
  return {
    id: e.id,
    name: e.name,
    targetType: e.targetType,
    tags: [...e.tags],
    clusterId: e.clusterId,
    clusterName: e.clusterName,
    clusterVersion: e.clusterVersion,
    physicalTenantId: e.physicalTenantId,
    runtimeState: e.runtimeState,
    discoveryState: e.discoveryState,
    assignedWorkspaces: assigned.map((w) => ({ id: w.key, name: w.name })),
    applications: e.applications.map((a) => ({ ...a })),
  };
}

function list(env: HubEnv, ids: ReadonlySet<string> | null): JsonObject {
  const chosen = [...env.store.environments.values()].filter((e) => ids === null || ids.has(e.id));
  return { items: chosen.map((e) => environmentResult(env, e)) };
}

/** Replaces (or, with the knob off, extends) a workspace's environments and keeps the project selections in line. */
function replace(ctx: HubContext): ReadonlySet<string> {
  const { store, hub } = ctx.env;
  const workspace = liveRecord(ctx, store.workspaces, pathKey(ctx, 'workspaceKey'), 'workspace', 'use');
  const wanted = (readArray(ctx.body, 'environmentIds') ?? []).filter((id): id is string => typeof id === 'string');
  const unknown = wanted.filter((id) => !store.environments.has(id));
  if (unknown.length > 0 && hub.rejectUnknownEnvironmentIds)
    throw invalid(
      `Validation failed for request body: 'environmentIds' names no environment of the organization: ${unknown.join(', ')}.`,
    );
  const before = store.workspaceEnvironments.get(workspace.key) ?? new Set<string>();
  const known = wanted.filter((id) => store.environments.has(id));
  const after = new Set(hub.environmentsFullSetReplace ? known : [...before, ...known]);
  store.workspaceEnvironments.set(workspace.key, after);
  for (const project of store.projectsOf(workspace.key)) {
    const selection = store.projectEnvironments.get(project.key) ?? new Set<string>();
    for (const id of after) if (!before.has(id)) selection.add(id);
    if (hub.unassignLeavesProjectSelection) for (const id of [...selection]) if (!after.has(id)) selection.delete(id);
    store.projectEnvironments.set(project.key, selection);
  }
  return after;
}

function routes(): HubRouteDef[] {
  const common = { tag: TAG, addedIn: ADDED } as const;
  const listed = { status: 200, schema: 'EnvironmentListResult' } as const;
  return [
    {
      ...common,
      operationId: 'getEnvironments',
      method: 'get',
      path: '/environments',
      summary: 'Get the environments',
      description: 'Answers every environment of the organization the token belongs to.',
      success: { ...listed, description: 'The environments.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      handler: (ctx) => ok(list(ctx.env, null)),
    },
    {
      ...common,
      operationId: 'getWorkspaceEnvironments',
      method: 'get',
      path: '/workspaces/{workspaceKey}/environments',
      summary: "Get a workspace's environments",
      description: 'Answers the environments assigned to the workspace.',
      parameters: ['WorkspaceKeyPathParam'],
      success: { ...listed, description: 'The assigned environments.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'read',
      requires: { kind: 'Workspace', bind: { workspaceKey: { from: 'path', name: 'workspaceKey' } } },
      handler: (ctx) => {
        const workspace = liveRecord(ctx, ctx.env.store.workspaces, pathKey(ctx, 'workspaceKey'), 'workspace', 'get');
        return ok(list(ctx.env, ctx.env.store.workspaceEnvironments.get(workspace.key) ?? new Set()));
      },
    },
    {
      ...common,
      operationId: 'updateWorkspaceEnvironments',
      method: 'put',
      path: '/workspaces/{workspaceKey}/environments',
      summary: "Replace a workspace's environments",
      description:
        "Makes the listed environments the workspace's whole set: the ones not listed are unassigned, which removes them from every project's selection in the workspace; an empty or omitted list unassigns all. Needs the update permission.",
      parameters: ['WorkspaceKeyPathParam'],
      requestBody: { schema: 'ReplaceWorkspaceEnvironmentsRequest', required: true },
      success: { ...listed, description: 'The environments now assigned.' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'update',
      requires: { kind: 'Workspace', bind: { workspaceKey: { from: 'path', name: 'workspaceKey' } } },
      handler: (ctx) => ok(list(ctx.env, replace(ctx))),
    },
    {
      ...common,
      operationId: 'getProjectEnvironments',
      method: 'get',
      path: '/projects/{projectKey}/environments',
      summary: "Get a project's environments",
      description: "Answers the environments available to the project: its workspace's whole set.",
      parameters: ['ProjectKeyPathParam'],
      success: { ...listed, description: 'The available environments.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'read',
      requires: { kind: 'Project', bind: { projectKey: { from: 'path', name: 'projectKey' } } },
      handler: (ctx) => {
        const project = liveRecord(ctx, ctx.env.store.projects, pathKey(ctx, 'projectKey'), 'project', 'get');
        return ok(list(ctx.env, ctx.env.store.workspaceEnvironments.get(project.workspaceKey) ?? new Set()));
      },
    },
  ];
}

export const ENVIRONMENTS: HubResource = {
  tag: { name: TAG, description: 'Environments of the organization and their assignment to workspaces.' },
  schemas,
  routes,
};
