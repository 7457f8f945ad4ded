/**
 * The Hub API v2's other groups in the plan (the reference target's hub-v2 document): the 24
 * operations of project snapshots, environments, clusters and the catalog by their shape, the
 * kind of deployment each exists on (x-availability, the facts for clusters), the searches of
 * other shapes as reads, and the operations that change an organization-wide set.
 */
import { expect, test } from '@playwright/test';
import { buildHubDocument } from '../../reference/hub/document.ts';
import { hubRoutes } from '../../reference/hub/route-table.ts';
import { buildDocumentModel } from '../document/model.ts';
import { classifyAll } from './classify.ts';
import {
  availableOnly,
  hubGroupOf,
  kindSkipReason,
  opShape,
  organizationSkipReason,
  organizationWide,
} from './hub-groups.ts';

const raw = buildHubDocument(hubRoutes());
const doc = buildDocumentModel(raw, '3.0.3', '3.0');
const plan = classifyAll(doc);

function planned(key: string): (typeof plan)[number] {
  const p = plan.find((x) => x.op.key === key);
  if (p === undefined) throw new Error(`no ${key}`);
  return p;
}

test('hub-groups: 24 operations beyond the core groups, by shape', () => {
  const groups = plan.flatMap((p) => {
    const group = hubGroupOf(p, doc.apiPrefix);
    return group === undefined ? [] : [`${group} ${opShape(p, doc.apiPrefix)}`];
  });
  expect(groups).toHaveLength(24);
  expect(groups.filter((g) => g.startsWith('snapshot '))).toHaveLength(10);
  expect(groups.filter((g) => g.startsWith('environment '))).toHaveLength(4);
  expect(groups.filter((g) => g.startsWith('cluster '))).toHaveLength(4);
  expect(groups.filter((g) => g.startsWith('catalog '))).toHaveLength(6);
  expect(groups).toContain('environment PUT /workspaces/{}/environments');
  expect(groups).toContain('catalog POST /projects/{}/catalog/asset-usages/search');
  expect(hubGroupOf(planned('getWorkspace'), doc.apiPrefix)).toBeUndefined();
  expect(hubGroupOf(planned('searchProjects'), doc.apiPrefix)).toBeUndefined();
});

test('hub-groups: searches of other shapes read and change nothing', () => {
  for (const key of ['searchCatalogAssets', 'searchCatalogAssetFileUsages', 'searchProjectCatalogAssetUsages']) {
    const p = planned(key);
    expect([key, p.permission, p.mutating]).toEqual([key, 'read', false]);
  }
  expect(planned('ingestCatalogAssets').permission).toBe('update');
});

test('hub-groups: the cluster operations are Self-Managed-only, skipped on SaaS saying so', () => {
  const register = planned('createClusterRegistration');
  expect(availableOnly(raw, register, doc.apiPrefix)).toBe('self-managed');
  expect(kindSkipReason(raw, register, doc.apiPrefix, 'self-managed')).toBeNull();
  expect(kindSkipReason(raw, register, doc.apiPrefix, 'saas')).toBe(
    'createClusterRegistration is Self-Managed-only (x-availability), and the target is SaaS (WM_TARGET_KIND=saas): not run',
  );
  expect(kindSkipReason(raw, planned('getEnvironments'), doc.apiPrefix, 'saas')).toBeNull();
  // A document without x-availability: the facts (§1.5) still give the cluster registrations to Self-Managed.
  const bare = buildHubDocument(hubRoutes().map(({ availability: _a, ...route }) => route));
  const bareDoc = buildDocumentModel(bare, '3.0.3', '3.0');
  const bareGet = classifyAll(bareDoc).find((p) => p.op.key === 'getClusterRegistrations');
  if (bareGet === undefined) throw new Error('no getClusterRegistrations');
  expect(availableOnly(bare, bareGet, bareDoc.apiPrefix)).toBe('self-managed');
  expect(availableOnly(bare, planned('getEnvironments'), doc.apiPrefix)).toBeUndefined();
});

test('hub-groups: organization-wide changes run only where allowed', () => {
  const wide = plan.filter((p) => organizationWide(p, doc.apiPrefix) !== undefined).map((p) => p.op.key);
  expect(wide.sort()).toEqual([
    'createClusterRegistration',
    'deleteCatalogAsset',
    'ingestCatalogAssets',
    'removeClusterRegistration',
  ]);
  const ingest = planned('ingestCatalogAssets');
  expect(organizationSkipReason(ingest, doc.apiPrefix, true)).toBeNull();
  expect(organizationSkipReason(ingest, doc.apiPrefix, false)).toBe(
    "ingestCatalogAssets replaces the organization's whole catalog (assets left out become unpublished): on a real target it runs only with WM_ALLOW_ORGANIZATION_CHANGES=true",
  );
  expect(organizationSkipReason(planned('searchCatalogAssets'), doc.apiPrefix, false)).toBeNull();
  expect(organizationSkipReason(planned('updateWorkspaceEnvironments'), doc.apiPrefix, false)).toBeNull();
});
