/**
 * The suite against the Hub API v2 (generation hub-v2 of the reference target, started here so
 * the test can count what is on it): the run passes, the banner names the generation, every
 * family that applies to v2 ran tests that passed, every skipped test says why, and nothing the
 * run made is left — neither live nor in the trash (a soft-deleted leftover is still a leftover).
 */
import { expect, test } from '@playwright/test';
import { standaloneTarget, startSuite } from './support/standalone.ts';
import { rowsOf } from './support/report/compliance-rows.ts';

/** The families that apply to the Hub API v2 today, each with tests that must pass. */
const FAMILIES = ['contract', 'auth', 'info', 'permission', 'negative', 'methods', 'semantics'] as const;

/** Operations whose contract test must pass (real chained requests: workspace → … → version, members; the 24 of the other groups). */
const CORE = [
  'getInfo',
  'createWorkspace',
  'getWorkspace',
  'updateWorkspace',
  'deleteWorkspace',
  'permanentlyDeleteWorkspace',
  'searchWorkspaces',
  'searchRecentlyDeletedWorkspaces',
  'restoreWorkspace',
  'createProject',
  'getProject',
  'updateProject',
  'deleteProject',
  'permanentlyDeleteProject',
  'searchProjects',
  'searchRecentlyDeletedProjects',
  'restoreProject',
  'createFolder',
  'getFolder',
  'updateFolder',
  'deleteFolder',
  'permanentlyDeleteFolder',
  'searchRecentlyDeletedFolders',
  'restoreFolder',
  'createFile',
  'getFile',
  'updateFile',
  'deleteFile',
  'permanentlyDeleteFile',
  'searchFiles',
  'searchRecentlyDeletedFiles',
  'restoreFile',
  'purgeFile',
  'createVersion',
  'getVersion',
  'updateVersion',
  'deleteVersion',
  'searchVersions',
  'restoreVersion',
  'addMember',
  'removeMember',
  'searchMembers',
  // The other groups: project snapshots, environments, clusters (Self-Managed), catalog.
  'createProjectSnapshot',
  'getProjectSnapshot',
  'updateProjectSnapshot',
  'deleteProjectSnapshot',
  'searchProjectSnapshots',
  'restoreProjectSnapshot',
  'requestProjectSnapshotReview',
  'submitProjectSnapshotReview',
  'duplicateProjectSnapshot',
  'getProjectSnapshotExternalResources',
  'getEnvironments',
  'getWorkspaceEnvironments',
  'updateWorkspaceEnvironments',
  'getProjectEnvironments',
  'getClusterRegistrations',
  'createClusterRegistration',
  'getClusterUsageMetrics',
  'removeClusterRegistration',
  'ingestCatalogAssets',
  'deleteCatalogAsset',
  'searchCatalogAssets',
  'searchCatalogAssetProjectUsages',
  'searchCatalogAssetFileUsages',
  'searchProjectCatalogAssetUsages',
];

test('hub-v2: the suite passes, every applicable family ran, skips say why, nothing is left', async () => {
  test.setTimeout(600_000);
  const target = await standaloneTarget({ generation: 'hub-v2' });
  try {
    const before = target.stats().resources;
    // A standalone target is a real one to the suite: the catalog and cluster registrations may change on it.
    const run = startSuite(target, { WM_ALLOW_ORGANIZATION_CHANGES: 'true' });
    const exit = await run.exited;
    const output = run.output();
    expect(exit.code, output.slice(-4000)).toBe(0);
    expect(output).toMatch(/wm-conformance: .*hub-v2/);

    const rows = rowsOf(run.reportsDir);
    for (const family of FAMILIES) {
      const passed = rows.filter((r) => r.family === family && r.status === 'passed');
      expect(passed.length, `${family}: tests that passed`).toBeGreaterThan(0);
    }
    const contractPassed = new Set(
      rows.filter((r) => r.family === 'contract' && r.status === 'passed').map((r) => r.operation),
    );
    expect(CORE.filter((op) => !contractPassed.has(op))).toEqual([]);
    expect(rows.filter((r) => r.status === 'failed').map((r) => `${r.operation} ${r.family}`)).toEqual([]);
    for (const skipped of rows.filter((r) => r.status === 'skipped'))
      expect(skipped.skipReason, `${skipped.operation} ${skipped.family}`).toMatch(/\S/);

    // Nothing left: the same live resources as before, and nothing in the trash.
    expect(target.stats().resources).toEqual(before);
  } finally {
    await target.stop();
  }
});
