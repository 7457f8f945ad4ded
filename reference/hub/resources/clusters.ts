/**
 * Cluster registrations (facts §2.1 "Clusters"): the registry of clusters the Hub knows, not the
 * clusters themselves. A registration is an upsert (an id that is registered is updated); without
 * `clusterId` the id is the caller's address (X-Forwarded-For's first entry, else the socket's
 * peer); removal only forgets the registration. Usage metrics take `id`, `start` and `end` (epoch
 * milliseconds) as query parameters.
 * *Assumed* (availability, facts §1.5, §5.3): the four operations exist on Self-Managed only
 * (`x-availability: SM`: the published SaaS root document has no cluster paths), so a SaaS
 * target answers them 404. *Assumed*: dynamic cluster management is on; reads need `read`,
 * registration `create`, removal `delete`; a registered cluster reports status "HEALTHY", type
 * "SELF_MANAGED", its version as `generation`, one app per profile; usage metrics of a registered
 * cluster are made up deterministically from the range (process instances = whole hours in it,
 * decision instances = half of them, no task users, `activeTenants: null`) since no Orchestration
 * Cluster answers here; an unknown cluster id → 404; a missing or malformed parameter, or start
 * after end → 400 (knob usageMetricsValidateQuery; 400 is not among the documented statuses).
 */
import { readArray, readBoolean, readObject, readText } from '../../simulator/json.ts';
import { type JsonObject } from '../../../src/core/json.ts';
import { invalid } from '../problem.ts';
import type { ClusterRecord } from '../records.ts';
import {
  arrayOf,
  boolean,
  dateTime,
  integer,
  nullable,
  objectOf,
  ref,
  refProp,
  text,
  type Components,
} from '../schema.ts';
import type { HubContext, HubRouteDef } from '../types.ts';
import type { HubResource } from './shared.ts';
import { noContent, ok, pathKey, unknownKey } from './support.ts';

const ADDED = '0.4.0';
const TAG = 'Cluster';
const HOUR = 3_600_000;

function schemas(): Components {
  const bounded = (description: string): JsonObject => text(description, { min: 1, max: 255 });
  const stringMap = (description: string, values: JsonObject): JsonObject => ({
    description,
    type: 'object',
    additionalProperties: values,
  });
  return {
    ClusterListResult: objectOf(
      { items: arrayOf('The registered clusters.', ref('ClusterResult')) },
      { required: ['items'] },
    ),
    ClusterResult: objectOf(
      {
        uuid: text('Id of the cluster.'),
        name: text('Name of the cluster.'),
        tags: arrayOf('Tags of the cluster.', { type: 'string' }),
        customProperties: arrayOf('Custom properties of the cluster.', ref('ClusterCustomProperty')),
        namespace: nullable(text('Namespace of the cluster.')),
        status: text('Status of the cluster.'),
        generation: text('Version of the cluster.'),
        type: text('Type of the cluster.'),
        apps: arrayOf('Applications of the cluster.', ref('ClusterApp')),
        discoveredClusterProperties: stringMap('Properties discovered for the cluster.', { type: 'string' }),
        license: nullable(refProp('ClusterLicense', 'License of the cluster.')),
      },
      {
        required: [
          'uuid',
          'name',
          'tags',
          'customProperties',
          'namespace',
          'status',
          'generation',
          'type',
          'apps',
          'discoveredClusterProperties',
          'license',
        ],
      },
    ),
    ClusterCustomProperty: objectOf(
      {
        description: text('What the property is.'),
        links: arrayOf('Links of the property.', ref('ClusterCustomPropertyLink')),
      },
      { required: ['description', 'links'] },
    ),
    ClusterCustomPropertyLink: objectOf(
      { name: text('Name of the link.'), url: text('Address of the link.') },
      { required: ['name', 'url'] },
    ),
    ClusterApp: objectOf(
      {
        type: text('Type of the application.'),
        id: text('Id of the application.'),
        status: text('Status of the application.'),
        url: nullable(text('Address of the web application.')),
        urls: nullable(refProp('ClusterAppUrls', 'Further addresses of the application.')),
        generation: nullable(text('Version of the application.')),
        readiness: nullable(text('Readiness address of the application.')),
      },
      { required: ['type', 'id', 'status', 'url', 'urls', 'generation', 'readiness'] },
    ),
    ClusterAppUrls: objectOf(
      { grpc: nullable(text('gRPC address.')), http: nullable(text('HTTP/REST address.')) },
      { required: ['grpc', 'http'] },
    ),
    ClusterLicense: objectOf(
      {
        validLicense: boolean('Whether the license is valid.'),
        licenseType: text('Type of the license.'),
        isCommercial: nullable(boolean('Whether the license is commercial.')),
        expiresAt: nullable(dateTime('When the license expires.')),
      },
      { required: ['validLicense', 'licenseType', 'isCommercial', 'expiresAt'] },
    ),
    UsageMetricsResult: objectOf(
      {
        id: text('Id of the cluster.'),
        processInstances: refProp('MetricTotal', 'Process instances.'),
        decisionInstances: refProp('MetricTotal', 'Decision instances.'),
        taskUsers: refProp('TaskUsersMetric', 'Task users.'),
        activeTenants: nullable(refProp('MetricTotal', 'Active tenants.')),
      },
      { required: ['id', 'processInstances', 'decisionInstances', 'taskUsers', 'activeTenants'] },
    ),
    MetricTotal: objectOf({ total: integer('The count.', 'int64') }, { required: ['total'] }),
    TaskUsersMetric: objectOf(
      { total: integer('The count.', 'int64'), assignees: arrayOf('Ids of the assignees.', { type: 'string' }) },
      { required: ['total', 'assignees'] },
    ),
    CreateClusterRequest: objectOf(
      {
        clusterId: nullable(
          text('Id of the cluster; left out: the address of the caller (X-Forwarded-For, else the connection).', {
            min: 1,
            max: 255,
          }),
        ),
        clusterName: bounded('Name of the cluster.'),
        version: bounded('Version of the cluster.'),
        license: refProp('CreateClusterLicense', 'License of the cluster.'),
        profiles: nullable(
          arrayOf('Active component profiles (broker, gateway, operate, tasklist, …).', bounded('A profile.')),
        ),
        properties: nullable(stringMap('Discovered properties of the cluster.', bounded('A value.'))),
      },
      { strict: true, required: ['clusterName', 'version', 'license'] },
    ),
    CreateClusterLicense: objectOf(
      {
        validLicense: boolean('Whether the license is valid.'),
        licenseType: bounded('Type of the license.'),
        isCommercial: nullable(boolean('Whether the license is commercial.')),
        expiresAt: nullable(dateTime('When the license expires.')),
      },
      { strict: true, required: ['validLicense', 'licenseType'] },
    ),
  };
}

function clusterResult(c: ClusterRecord): JsonObject {
  return {
    uuid: c.id,
    name: c.name,
    tags: [],
    customProperties: [],
    namespace: null,
    status: 'HEALTHY',
    generation: c.version,
    type: 'SELF_MANAGED',
    apps: c.profiles.map((profile) => ({
      type: profile,
      id: `${c.id}-${profile}`,
      status: 'HEALTHY',
      url: null,
      urls: null,
      generation: c.version,
      readiness: null,
    })),
    discoveredClusterProperties: { ...c.properties },
    license: { ...c.license },
  };
}

/** The caller's address: X-Forwarded-For's first entry, else the connection's peer. */
function callerAddress(ctx: HubContext): string {
  const forwarded = ctx.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first === undefined || first === '' ? ctx.remoteAddress : first;
}

function register(ctx: HubContext): void {
  const { store, hub } = ctx.env;
  const id = readText(ctx.body, 'clusterId') ?? callerAddress(ctx);
  const license = readObject(ctx.body, 'license') ?? {};
  const fields = {
    name: readText(ctx.body, 'clusterName') ?? '',
    version: readText(ctx.body, 'version') ?? '',
    license: {
      validLicense: readBoolean(license, 'validLicense') ?? false,
      licenseType: readText(license, 'licenseType') ?? '',
      isCommercial: readBoolean(license, 'isCommercial') ?? null,
      expiresAt: readText(license, 'expiresAt') ?? null,
    },
    profiles: (readArray(ctx.body, 'profiles') ?? []).filter((p): p is string => typeof p === 'string'),
    properties: Object.fromEntries(
      Object.entries(readObject(ctx.body, 'properties') ?? {}).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    ),
  };
  const existing = store.clusters.get(id);
  const now = store.now();
  if (existing === undefined) store.clusters.set(id, { id, ...fields, registered: now, updated: now });
  else if (hub.clusterRegistrationUpsert) Object.assign(existing, fields, { updated: now });
}

/** A query parameter that must be a whole number (epoch milliseconds). */
function epochMs(ctx: HubContext, name: string, problems: string[]): number {
  const value = ctx.query.get(name);
  if (value === null) problems.push(`'${name}' is required`);
  else if (!/^-?\d+$/.test(value)) problems.push(`'${name}' must be an int64 (epoch milliseconds), got "${value}"`);
  return value !== null && /^-?\d+$/.test(value) ? Number(value) : 0;
}

function usageMetrics(ctx: HubContext): JsonObject {
  const problems: string[] = [];
  const id = ctx.query.get('id') ?? '';
  if (ctx.query.get('id') === null) problems.push("'id' is required");
  const start = epochMs(ctx, 'start', problems);
  const end = epochMs(ctx, 'end', problems);
  if (problems.length === 0 && start > end) problems.push("'start' must not be after 'end'");
  if (problems.length > 0 && ctx.env.hub.usageMetricsValidateQuery)
    throw invalid(`Validation failed for query parameters: ${problems.join('; ')}.`);
  if (!ctx.env.store.clusters.has(id)) throw unknownKey(ctx, 'registered cluster', id);
  const hours = Math.max(0, Math.floor((end - start) / HOUR));
  return {
    id,
    processInstances: { total: hours },
    decisionInstances: { total: Math.floor(hours / 2) },
    taskUsers: { total: 0, assignees: [] },
    activeTenants: null,
  };
}

function routes(): HubRouteDef[] {
  const common = { tag: TAG, addedIn: ADDED, availability: 'SM' } as const;
  return [
    {
      ...common,
      operationId: 'getClusterRegistrations',
      method: 'get',
      path: '/clusters',
      summary: 'Get the cluster registrations',
      description: 'Answers every registered cluster.',
      success: { status: 200, description: 'The registrations.', schema: 'ClusterListResult' },
      errors: [{ status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      handler: (ctx) => ok({ items: [...ctx.env.store.clusters.values()].map(clusterResult) }),
    },
    {
      ...common,
      operationId: 'createClusterRegistration',
      method: 'post',
      path: '/clusters',
      summary: 'Register a cluster',
      description:
        "Registers a cluster in the Hub, or updates its registration when the id is registered; nothing is provisioned. Without clusterId, the caller's address is the id. Needs dynamic cluster management.",
      requestBody: { schema: 'CreateClusterRequest', required: true },
      success: { status: 204, description: 'The cluster is registered.' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'create',
      handler: (ctx) => {
        register(ctx);
        return noContent();
      },
    },
    {
      ...common,
      operationId: 'getClusterUsageMetrics',
      method: 'get',
      path: '/clusters/usage-metrics',
      summary: 'Get the usage metrics of a cluster',
      description:
        "Answers the usage of a cluster between start and end (epoch milliseconds). The token is passed on to the cluster's Orchestration Cluster API, so it also needs read:* there.",
      parameters: ['ClusterIdQueryParam', 'UsageStartQueryParam', 'UsageEndQueryParam'],
      success: { status: 200, description: 'The usage metrics.', schema: 'UsageMetricsResult' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'read',
      handler: (ctx) => ok(usageMetrics(ctx)),
    },
    {
      ...common,
      operationId: 'removeClusterRegistration',
      method: 'delete',
      path: '/clusters/{clusterId}',
      summary: 'Remove a cluster registration',
      description: 'Forgets the registration; the cluster itself is not touched. Needs dynamic cluster management.',
      parameters: ['ClusterIdPathParam'],
      textParams: ['clusterId'],
      success: { status: 204, description: 'The registration is removed.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'delete',
      handler: (ctx) => {
        const id = pathKey(ctx, 'clusterId');
        if (!ctx.env.store.clusters.delete(id)) throw unknownKey(ctx, 'registered cluster', id);
        return noContent();
      },
    },
  ];
}

function queryParameter(name: string, description: string, schema: JsonObject): JsonObject {
  return { name, in: 'query', required: true, description, schema };
}

export const CLUSTERS: HubResource = {
  tag: { name: TAG, description: 'Cluster registrations (Self-Managed).' },
  schemas,
  parameters: () => ({
    ClusterIdPathParam: {
      name: 'clusterId',
      in: 'path',
      required: true,
      description: 'Id of the cluster.',
      schema: { type: 'string' },
    },
    ClusterIdQueryParam: queryParameter('id', 'Id of the cluster.', { type: 'string' }),
    UsageStartQueryParam: queryParameter('start', 'Start of the time range (epoch milliseconds).', {
      type: 'integer',
      format: 'int64',
    }),
    UsageEndQueryParam: queryParameter('end', 'End of the time range (epoch milliseconds).', {
      type: 'integer',
      format: 'int64',
    }),
  }),
  routes,
};
