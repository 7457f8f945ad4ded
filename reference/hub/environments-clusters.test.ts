/**
 * Environments (the organization's, a workspace's with full-set replacement, a project's) and
 * cluster registrations (upsert, registry only, the caller's address as the default id, usage
 * metrics with query parameters in epoch milliseconds), with the knobs that switch those rules
 * off, and availability per kind of target (the cluster operations are Self-Managed only).
 */
import { expect, test } from '@playwright/test';
import { field, items, type Client, type Reply } from '../../test/support/reference-client.ts';
import { newHubStore } from './server.ts';
import { expectProblem, project, startHub, workspace, type HubFixture } from '../../test/support/hub.ts';

let hub: HubFixture;
let api: Client;

test.beforeAll(async () => {
  hub = await startHub();
  api = hub.api;
});

test.afterAll(async () => {
  await hub.target.stop();
});

function ids(reply: Reply): unknown[] {
  return items(reply).map((e) => field(e, 'id'));
}

test('GET /environments answers the organization environments, unpaginated, each with every documented field', async () => {
  const reply = await api('GET', '/environments');
  expect(reply.status).toBe(200);
  expect(Object.keys(typeof reply.json === 'object' && reply.json !== null ? reply.json : {})).toEqual(['items']);
  expect(ids(reply)).toEqual(['development', 'production', 'staging-tenant']);
  expect(items(reply)[0]).toMatchObject({
    targetType: 'CLUSTER_BACKED',
    physicalTenantId: null,
    runtimeState: 'HEALTHY',
    discoveryState: 'ACTIVE',
    tags: ['dev'],
    assignedWorkspaces: [],
  });
  expect(items(reply)[2]).toMatchObject({
    targetType: 'PHYSICAL_TENANT_BACKED',
    physicalTenantId: 'staging',
    applications: [{ type: 'operate', overridden: true }],
  });
});

test("PUT replaces a workspace's full set; the project sees its workspace's set; unassigned ones leave every project's selection", async () => {
  const ws = await workspace(api, 'Envs');
  const p = await project(api, ws);
  expect(ids(await api('GET', `/workspaces/${ws}/environments`))).toEqual([]);
  expect(
    ids(
      await api('PUT', `/workspaces/${ws}/environments`, { body: { environmentIds: ['development', 'production'] } }),
    ),
  ).toEqual(['development', 'production']);
  expect(hub.target.apis).toHaveLength(1);
  expect(ids(await api('GET', `/projects/${p}/environments`))).toEqual(['development', 'production']);
  const all = await api('GET', '/environments');
  expect(field(items(all)[0], 'assignedWorkspaces')).toEqual([{ id: ws, name: 'Envs' }]);
  expect(ids(await api('PUT', `/workspaces/${ws}/environments`, { body: { environmentIds: ['production'] } }))).toEqual(
    ['production'],
  );
  expect(ids(await api('GET', `/workspaces/${ws}/environments`))).toEqual(['production']);
  expect(ids(await api('GET', `/projects/${p}/environments`))).toEqual(['production']);
  expect(ids(await api('PUT', `/workspaces/${ws}/environments`, { body: {} }))).toEqual([]);
  expectProblem(
    await api('PUT', `/workspaces/${ws}/environments`, { body: { environmentIds: ['nope'] } }),
    400,
    /names no environment/,
  );
  expectProblem(
    await api('PUT', `/workspaces/${ws}/environments`, { body: { environmentIds: [''] } }),
    400,
    /environmentIds/,
  );
  expectProblem(await api('GET', '/workspaces/00000000-0000-4000-8000-000000000000/environments'), 404);
  expectProblem(await api('GET', '/projects/00000000-0000-4000-8000-000000000000/environments'), 404);
});

test('the environment knobs: a PUT that adds instead of replacing, selections that keep unassigned environments, unknown ids ignored', async () => {
  const other = await startHub({
    environmentsFullSetReplace: false,
    unassignLeavesProjectSelection: false,
    rejectUnknownEnvironmentIds: false,
  });
  try {
    const ws = await workspace(other.api);
    await project(other.api, ws);
    await other.api('PUT', `/workspaces/${ws}/environments`, { body: { environmentIds: ['development'] } });
    expect(
      ids(
        await other.api('PUT', `/workspaces/${ws}/environments`, { body: { environmentIds: ['production', 'nope'] } }),
      ),
    ).toEqual(['development', 'production']);
  } finally {
    await other.target.stop();
  }
  // A project's selection has no operation: the test reads it in the store it hands the target.
  for (const [knobs, expected] of [
    [{}, []],
    [{ unassignLeavesProjectSelection: false }, ['development']],
  ] as const) {
    const store = newHubStore('uuid', 'self-managed');
    const fixture = await startHub(knobs, [], 'self-managed', store);
    try {
      const ws = await workspace(fixture.api);
      const p = await project(fixture.api, ws);
      await fixture.api('PUT', `/workspaces/${ws}/environments`, { body: { environmentIds: ['development'] } });
      expect([...(store.projectEnvironments.get(p) ?? [])]).toEqual(['development']);
      await fixture.api('PUT', `/workspaces/${ws}/environments`, { body: { environmentIds: [] } });
      expect([...(store.projectEnvironments.get(p) ?? [])]).toEqual(expected);
    } finally {
      await fixture.target.stop();
    }
  }
});

const registration = {
  clusterName: 'Edge',
  version: '8.10.1',
  license: { validLicense: true, licenseType: 'production' },
  profiles: ['broker', 'operate'],
  properties: { region: 'eu' },
};

test('cluster registrations: upsert by id (204), registry only, the caller address as default id, removal (204, then 404)', async () => {
  expect((await api('POST', '/clusters', { body: { ...registration, clusterId: 'edge-1' } })).status).toBe(204);
  expect(
    (await api('POST', '/clusters', { body: { ...registration, clusterId: 'edge-1', clusterName: 'Edge renamed' } }))
      .status,
  ).toBe(204);
  expect(
    (await api('POST', '/clusters', { body: registration, headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' } }))
      .status,
  ).toBe(204);
  const list = items(await api('GET', '/clusters'));
  expect(list.map((c) => field(c, 'uuid'))).toEqual(['edge-1', '203.0.113.7']);
  expect(list[0]).toMatchObject({
    name: 'Edge renamed',
    generation: '8.10.1',
    apps: [{ type: 'broker', urls: null }, { type: 'operate' }],
    discoveredClusterProperties: { region: 'eu' },
    license: { validLicense: true, licenseType: 'production', isCommercial: null, expiresAt: null },
  });
  expectProblem(
    await api('POST', '/clusters', { body: { clusterName: 'x', version: '1' } }),
    400,
    /'license' must not be null/,
  );
  expect((await api('DELETE', '/clusters/203.0.113.7')).status).toBe(204);
  expectProblem(await api('DELETE', '/clusters/203.0.113.7'), 404);
});

test('usage metrics: id, start and end (epoch ms) are required query parameters; 404 for an unregistered cluster', async () => {
  await api('POST', '/clusters', { body: { ...registration, clusterId: 'metered' } });
  const start = Date.UTC(2026, 0, 1);
  const reply = await api('GET', `/clusters/usage-metrics?id=metered&start=${start}&end=${start + 10 * 3_600_000}`);
  expect(reply.json).toEqual({
    id: 'metered',
    processInstances: { total: 10 },
    decisionInstances: { total: 5 },
    taskUsers: { total: 0, assignees: [] },
    activeTenants: null,
  });
  expectProblem(await api('GET', `/clusters/usage-metrics?start=${start}&end=${start}`), 400, /'id' is required/);
  expectProblem(
    await api('GET', `/clusters/usage-metrics?id=metered&start=yesterday&end=${start}`),
    400,
    /'start' must be an int64/,
  );
  expectProblem(await api('GET', '/clusters/usage-metrics?id=metered&start=5'), 400, /'end' is required/);
  expectProblem(
    await api('GET', `/clusters/usage-metrics?id=metered&start=${start + 1}&end=${start}`),
    400,
    /'start' must not be after 'end'/,
  );
  expectProblem(await api('GET', `/clusters/usage-metrics?id=unknown&start=${start}&end=${start}`), 404);
});

test('the cluster knobs: the first registration stays (no upsert); usage metrics without query validation', async () => {
  const other = await startHub({ clusterRegistrationUpsert: false, usageMetricsValidateQuery: false });
  try {
    await other.api('POST', '/clusters', { body: { ...registration, clusterId: 'c' } });
    await other.api('POST', '/clusters', { body: { ...registration, clusterId: 'c', clusterName: 'changed' } });
    expect(field(items(await other.api('GET', '/clusters'))[0], 'name')).toBe('Edge');
    expect((await other.api('GET', '/clusters/usage-metrics?id=c')).status).toBe(200);
  } finally {
    await other.target.stop();
  }
});

test('a SaaS target leaves the Self-Managed-only cluster operations out of its document and answers them 404; a Self-Managed one marks them x-availability SM', async () => {
  const sm: unknown = await (await fetch(hub.target.openapiUrl)).json();
  expect(field(sm, 'paths', '/clusters', 'get', 'x-availability')).toBe('SM');
  expect(field(sm, 'paths', '/clusters/usage-metrics', 'get', 'parameters')).toHaveLength(3);
  expect(field(sm, 'paths', '/environments', 'get', 'x-availability')).toBeUndefined();
  const saas = await startHub({}, [], 'saas');
  try {
    expect(saas.target.kind).toBe('saas');
    const doc: unknown = await (await fetch(saas.target.openapiUrl)).json();
    const paths = Object.keys(field(doc, 'paths') ?? {});
    expect(paths.filter((p) => p.startsWith('/clusters'))).toEqual([]);
    expect(paths).toHaveLength(new Set(paths).size);
    expectProblem(await saas.api('GET', '/clusters'), 404, /No endpoint/);
    expectProblem(await saas.api('POST', '/clusters', { body: registration }), 404, /No endpoint/);
    expect(ids(await saas.api('GET', '/environments'))).toEqual(['development', 'production']);
  } finally {
    await saas.target.stop();
  }
});
