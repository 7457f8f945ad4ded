/**
 * The compliance model and page of a Hub API v2 run, as an auditor reads them: the generation in
 * the header, the v2 operations in the matrix, coverage that says why each operation not
 * exercised was not (grouped by reason) and how many statuses of the exercised ones were seen,
 * and a permission section that says what stands instead of `/info`'s permission flags.
 */
import { expect, test } from '@playwright/test';
import type { RunFacts } from '../../core/run-facts.ts';
import { FACTS, record, result } from '../../../test/support/report/records.ts';
import { renderCompliancePage } from '../page/index.ts';
import { NO_ANSWER } from './coverage.ts';
import { buildReportModel } from './model.ts';
import { permissionBasis } from './permissions.ts';

const OUTSIDE = (op: string): string =>
  `Hub API v2: ${op} is outside the core resource groups the suite runs on v2 so far (workspaces, projects, folders, files, versions, members, info); project snapshots, environments, clusters and the catalog come next`;

const HUB_FACTS: RunFacts = {
  ...FACTS,
  document: {
    title: 'Hub API',
    infoVersion: '2.0.0',
    openapi: '3.0.3',
    apiPrefix: '/api/v2',
    generation: 'hub-v2',
    operations: [
      { key: 'getInfo', method: 'GET', path: '/api/v2/info', resource: 'info', statuses: ['200', '401'] },
      { key: 'createWorkspace', method: 'POST', path: '/api/v2/workspaces', resource: 'workspaces', statuses: ['200'] },
      {
        key: 'permanentlyDeleteWorkspace',
        method: 'DELETE',
        path: '/api/v2/workspaces/{workspaceKey}/permanent',
        resource: 'workspaces',
        statuses: ['204', '400', '404'],
      },
      {
        key: 'getEnvironments',
        method: 'GET',
        path: '/api/v2/environments',
        resource: 'environments',
        statuses: ['200'],
      },
      {
        key: 'searchProjectSnapshots',
        method: 'POST',
        path: '/api/v2/project-snapshots/search',
        resource: 'project-snapshots',
        statuses: ['200'],
      },
      {
        key: 'getClusterRegistrations',
        method: 'GET',
        path: '/api/v2/clusters',
        resource: 'clusters',
        statuses: ['200'],
      },
    ],
  },
  knownDeviations: [],
  baseline: 'schemas/baselines/hub-v2.json',
};

function hubRun() {
  return [
    record('getInfo · GET /api/v2/info · contract', {
      observed: { getInfo: [200] },
      results: [result('schema', 'schema', 'getInfo', 'pass')],
    }),
    record('createWorkspace · POST /api/v2/workspaces · contract', {
      observed: { createWorkspace: [200], permanentlyDeleteWorkspace: [204] },
      results: [result('schema', 'schema', 'createWorkspace', 'pass')],
    }),
    record('createWorkspace · permission', {
      family: 'permission',
      operation: 'createWorkspace',
      results: [
        result('permission-denied', 'permission', 'createWorkspace', 'pass', { case: 'foreign' }),
        result('permission-granted', 'permission', 'createWorkspace', 'pass', { case: 'limited' }),
      ],
    }),
    ...['getEnvironments', 'searchProjectSnapshots'].flatMap((op) =>
      ['contract', 'auth'].map((family) =>
        record(`${op} · ${family}`, { family, operation: op, status: 'skipped', skipReason: OUTSIDE(op) }),
      ),
    ),
  ];
}

test('coverage: the operations not exercised grouped by why, and the statuses of the exercised ones', () => {
  const coverage = buildReportModel({ tests: hubRun(), facts: HUB_FACTS }).coverage;
  expect(coverage.operations).toMatchObject({ documented: 6, exercised: 3 });
  expect(coverage.operations.notExercisedWhy).toEqual([
    { reason: OUTSIDE('the operation'), operations: ['getEnvironments', 'searchProjectSnapshots'] },
    { reason: NO_ANSWER, operations: ['getClusterRegistrations'] },
  ]);
  // getInfo 1 of 2, createWorkspace 1 of 1, permanentlyDeleteWorkspace 1 of 3; the three not exercised add 3 more.
  expect(coverage.statuses).toMatchObject({ documented: 9, observed: 3, ofExercised: { documented: 6, observed: 3 } });
});

test('permissions: on hub-v2 the page says what stands instead of the /info flags; on v1 where the flags come in', () => {
  const model = buildReportModel({ tests: hubRun(), facts: HUB_FACTS });
  expect(model.permissions?.basis).toBe(permissionBasis('hub-v2'));
  expect(permissionBasis('hub-v2')).toMatch(/^Hub API v2: GET \/info carries no permission flags/);
  expect(permissionBasis('hub-v2')).toContain("WM_EXPECT_PERMISSIONS_LIMITED, else from its token's permission claims");
  expect(permissionBasis('hub-v2')).not.toContain('GET /info permission flags');
  expect(permissionBasis('v1')).toContain('else from its GET /info permission flags');
  expect(buildReportModel({ tests: hubRun(), facts: FACTS }).permissions?.basis).toBe(permissionBasis('v1'));
});

test('the page: generation, v2 operations in the matrix, the permission basis, the reasons of coverage', () => {
  const html = renderCompliancePage(buildReportModel({ tests: hubRun(), facts: HUB_FACTS }));
  expect(html).toContain('<dt>API generation</dt><dd>hub-v2 (<code>/api/v2</code>)</dd>');
  for (const op of ['createWorkspace', 'permanentlyDeleteWorkspace', 'getEnvironments', 'searchProjectSnapshots'])
    expect(html).toContain(`data-operation="${op}"`);
  expect(html).toContain('<p id="permission-basis">Hub API v2: GET /info carries no permission flags');
  const why = /<ul id="not-exercised-why">(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
  expect(why).toContain('2 not exercised — Hub API v2: the operation is outside the core resource groups');
  expect(why).toContain('<code>getEnvironments</code>');
  expect(why).toContain(`1 not exercised — ${NO_ANSWER}: <code>getClusterRegistrations</code>`);
  expect(html).toContain('(of the 3 operations exercised: <strong>3 / 6</strong>)');
});
