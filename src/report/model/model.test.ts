/** The compliance model from synthetic test records: verdict, matrix cells, deviations, coverage, per-client sections. */
import { expect, test } from '@playwright/test';
import type { CheckId } from '../../checks/types.ts';
import { EXCHANGE, FACTS, mixedRun, record, result } from '../../../test/support/report/records.ts';
import { buildReportModel, type ComplianceModel } from './model.ts';
import { renderCompliancePage } from '../page/index.ts';
import type { MatrixColumn } from './matrix.ts';

const CHECKS: CheckId[] = [
  { id: 'schema', family: 'schema', title: 'schema' },
  { id: 'success-status', family: 'status', title: 'status' },
  { id: 'status-documented', family: 'status', title: 'documented' },
  { id: 'strict-no-extra', family: 'strict', title: 'no extra' },
  { id: 'search-sort', family: 'semantics', title: 'sort' },
  { id: 'auth-missing-token', family: 'auth', title: 'missing token' },
];

function cell(model: ComplianceModel, operation: string, column: MatrixColumn) {
  const row = model.matrix.flatMap((g) => g.rows).find((r) => r.operation === operation);
  if (row === undefined) throw new Error(`no row ${operation}`);
  return row.cells[column];
}

test('verdict: FAIL beats known deviations, which beat PASS', () => {
  expect(buildReportModel({ tests: mixedRun(), facts: FACTS }).verdict).toBe('FAIL');
  const deviatedOnly = [
    record('createProject · x', { results: [result('strict-no-extra', 'strict', 'createProject', 'known-deviation')] }),
  ];
  expect(buildReportModel({ tests: deviatedOnly, facts: FACTS }).verdict).toBe('PASS WITH KNOWN DEVIATIONS');
  expect(
    buildReportModel({
      tests: [record('getInfo · x', { results: [result('schema', 'schema', 'getInfo', 'pass')] })],
      facts: FACTS,
    }).verdict,
  ).toBe('PASS');
  // A failed check fails the run even when its test passed (soft checks).
  const soft = [record('getInfo · x', { results: [result('schema', 'schema', 'getInfo', 'fail')] })];
  expect(buildReportModel({ tests: soft, facts: FACTS }).verdict).toBe('FAIL');
  // A test that failed without a failed check is a failure too, and named.
  const broken = buildReportModel({
    tests: [record('getInfo · x', { status: 'timedOut', error: 'Test timeout of 120000ms exceeded.' })],
    facts: FACTS,
  });
  expect(broken.verdict).toBe('FAIL');
  expect(broken.unattributed).toEqual([{ title: 'getInfo · x', error: 'Test timeout of 120000ms exceeded.' }]);
});

test('counts tests, failed results, known deviations and requests', () => {
  expect(buildReportModel({ tests: mixedRun(), facts: FACTS }).counts).toEqual({
    tests: 4,
    passed: 2,
    failed: 1,
    skipped: 1,
    notRun: 0,
    knownDeviations: 1,
    failedResults: 1,
    requests: 3,
    retries: 0,
  });
});

test('matrix: documented operations grouped by resource in document order, cells by check family', () => {
  const model = buildReportModel({ tests: mixedRun(), facts: FACTS });
  expect(model.matrix.map((g) => [g.resource, g.rows.map((r) => r.operation)])).toEqual([
    ['info', ['getInfo']],
    ['projects', ['createProject', 'getProject']],
    ['files', ['getFile']],
  ]);
  expect(cell(model, 'createProject', 'status').state).toBe('fail');
  expect(cell(model, 'createProject', 'status').details[0]?.exchange).toEqual(EXCHANGE);
  expect(cell(model, 'createProject', 'strict').state).toBe('known-deviation');
  expect(cell(model, 'createProject', 'schema').state).toBe('pass');
  expect(cell(model, 'getProject', 'semantics')).toMatchObject({
    state: 'skip',
    reasons: ['fewer than two items to sort'],
  });
  // The skipped contract test marks the contract columns of its operation skipped, with its reason.
  expect(cell(model, 'getFile', 'schema')).toMatchObject({
    state: 'skip',
    reasons: ['WM_READ_ONLY=true: no file to read'],
  });
  expect(cell(model, 'getFile', 'semantics').state).toBe('not-run');
  expect(cell(model, 'getInfo', 'auth').state).toBe('not-run');
});

test('matrix: a failure outweighs passes in the same cell; ids are unique anchors', () => {
  const tests = [
    record('getInfo · x', {
      results: [
        result('schema', 'schema', 'getInfo', 'pass'),
        result('schema', 'schema', 'getInfo', 'fail'),
        result('schema', 'schema', 'getInfo', 'skip', { reason: 'r' }),
      ],
    }),
  ];
  const model = buildReportModel({ tests, facts: FACTS });
  expect(cell(model, 'getInfo', 'schema')).toMatchObject({
    state: 'fail',
    counts: { pass: 1, fail: 1, knownDeviation: 0, skip: 1 },
  });
  const ids = model.matrix.flatMap((g) => g.rows.flatMap((r) => Object.values(r.cells).map((c) => c.id)));
  expect(new Set(ids).size).toBe(ids.length);
});

test('matrix without run facts: rows from the results, run-level checks last', () => {
  const tests = [
    record('getInfo · x', {
      tags: ['@info', '@contract'],
      results: [result('schema', 'schema', 'getInfo', 'pass'), result('transport', 'schema', '*', 'fail')],
    }),
  ];
  const model = buildReportModel({ tests, facts: null });
  expect(model.matrix.map((g) => [g.resource, g.rows.map((r) => [r.operation, r.documented])])).toEqual([
    ['info', [['getInfo', false]]],
    ['run level', [['*', false]]],
  ]);
});

test('known deviations: applied with counts, and stale entries no failure matched', () => {
  const model = buildReportModel({ tests: mixedRun(), facts: FACTS });
  expect(model.deviations).toEqual({
    configured: 2,
    applied: [
      {
        operation: 'createProject',
        check: 'strict-no-extra',
        reason: 'internalId is returned (ticket WM-1)',
        link: 'https://jira.example.com/WM-1',
        count: 1,
      },
    ],
    stale: [{ operationId: '*', check: 'strict-uuid', reason: 'never happens any more' }],
  });
});

test('a "*" known deviation is not stale when it matched any operation', () => {
  const facts = { ...FACTS, knownDeviations: [{ operationId: '*', check: 'strict-no-extra', reason: 'everywhere' }] };
  expect(buildReportModel({ tests: mixedRun(), facts }).deviations.stale).toEqual([]);
});

test('coverage: operations exercised, documented statuses observed (ranges and default), checks per family', () => {
  const model = buildReportModel({ tests: mixedRun(), facts: FACTS, checks: CHECKS });
  expect(model.coverage.operations).toEqual({
    documented: 4,
    exercised: 3,
    notExercised: ['getFile'],
    notExercisedWhy: [{ reason: 'WM_READ_ONLY=true: no file to read', operations: ['getFile'] }],
  });
  const perOp = Object.fromEntries(model.coverage.statuses.perOperation.map((o) => [o.operation, o]));
  expect(perOp.createProject).toEqual({
    operation: 'createProject',
    documented: [
      { status: '200', observed: false },
      { status: '400', observed: true },
      { status: '4XX', observed: true },
    ],
    undocumented: [201],
  });
  expect(perOp.getProject?.documented).toEqual([
    { status: '200', observed: true },
    { status: '404', observed: false },
    { status: 'default', observed: true },
  ]);
  expect(model.coverage.statuses).toMatchObject({ documented: 9, observed: 5 });
  const families = Object.fromEntries(model.coverage.families.map((f) => [f.family, f]));
  expect(families.status).toEqual({
    family: 'status',
    registered: 2,
    ran: ['status-documented', 'success-status'],
    results: { pass: 1, fail: 1, knownDeviation: 0, skip: 0 },
    failuresOnly: false,
  });
  expect(families.auth).toEqual({
    family: 'auth',
    registered: 1,
    ran: [],
    results: { pass: 0, fail: 0, knownDeviation: 0, skip: 0 },
    failuresOnly: false,
  });
  expect(families.semantics?.ran).toEqual([]);
  expect(families.breaking).toBeUndefined();
});

test('sections of checks that did not run are null (the page says "not run")', () => {
  const model = buildReportModel({ tests: mixedRun(), facts: FACTS });
  expect(model.permissions).toBeNull();
  expect(model.info).toBeNull();
  expect(model.breaking).toBeNull();
  expect(model.detection).toBeNull();
});

test('permission matrix: operation × client from permission results, skipped tests with their reason', () => {
  const tests = [
    record('createProject · permission', {
      family: 'permission',
      results: [
        result('permission-denied', 'permission', 'createProject', 'pass', { case: 'limited' }),
        result('permission-denied', 'permission', 'createProject', 'fail', { case: 'foreign' }),
        result('no-existence-leak', 'permission', 'createProject', 'pass', { case: 'limited' }),
      ],
    }),
    record('getFile · permission', {
      family: 'permission',
      operation: 'getFile',
      status: 'skipped',
      skipReason: 'no limited client',
    }),
  ];
  const permissions = buildReportModel({ tests, facts: FACTS }).permissions;
  expect(permissions?.clients).toEqual(['limited', 'foreign']);
  expect(
    permissions?.rows.map((r) => [
      r.operation,
      Object.fromEntries(Object.entries(r.cells).map(([c, x]) => [c, x.state])),
    ]),
  ).toEqual([
    ['createProject', { limited: 'pass', foreign: 'fail' }],
    ['getFile', { limited: 'skip', foreign: 'skip' }],
  ]);
});

test('info per client: one answer per client, in role order', () => {
  const tests = [
    record('getInfo · info', {
      family: 'info',
      info: [
        { client: 'limited', status: 200, body: { version: 'v1', createPermission: false } },
        { client: 'full', status: 200, body: { version: 'v1', createPermission: true } },
      ],
    }),
  ];
  expect(buildReportModel({ tests, facts: FACTS }).info?.map((i) => i.client)).toEqual(['full', 'limited']);
});

test('breaking changes: grouped by severity, most severe first', () => {
  const change = (id: string, severity: string) => ({
    id,
    severity,
    operation: 'getProject',
    method: 'GET',
    path: '/api/v1/projects/{projectId}',
    location: 'response 200 body',
    message: `${id} happened`,
  });
  const tests = [
    record('breaking changes · gate', {
      family: 'breaking',
      breaking: {
        baseline: 'schemas/baselines/v1.json',
        counts: { error: 2, info: 1 },
        changes: [
          change('response-optional-property-added', 'info'),
          change('response-property-removed', 'error'),
          change('api-path-removed', 'error'),
        ],
      },
    }),
  ];
  const breaking = buildReportModel({ tests, facts: FACTS }).breaking;
  expect(breaking?.counts).toEqual({ error: 2, info: 1 });
  expect(breaking?.groups.map((g) => [g.severity, g.changes.map((c) => c.id)])).toEqual([
    ['error', ['response-property-removed', 'api-path-removed']],
    ['info', ['response-optional-property-added']],
  ]);
  expect(breaking?.ignored).toEqual([]);
});

test('breaking changes the ignore file accepts are listed with their reason', () => {
  const ignored = {
    id: 'response-property-removed',
    severity: 'ERR',
    operation: 'getProject',
    method: 'GET',
    path: '/api/v1/projects/{projectId}',
    location: 'response 200 body',
    message: 'removed',
    reason: 'removed on purpose, clients told',
  };
  const tests = [
    record('breaking changes · gate', {
      family: 'breaking',
      breaking: { baseline: 'v1', counts: { ERR: 0, ignored: 1 }, changes: [], ignored: [ignored] },
    }),
  ];
  const model = buildReportModel({ tests, facts: FACTS });
  expect(model.breaking?.ignored).toEqual([ignored]);
  const html = renderCompliancePage(model);
  expect(html).toContain('id="breaking-ignored"');
  expect(html).toContain('removed on purpose, clients told');
});

test('findings come from the run facts; malformed ones are left out', () => {
  const facts = { ...FACTS, findings: [...FACTS.findings, { code: 42 }] };
  expect(buildReportModel({ tests: [], facts }).findings.map((f) => f.code)).toEqual(['error-without-schema']);
});

test('a run of zero tests is a FAIL that says no test ran, never a PASS', () => {
  const model = buildReportModel({ tests: [], facts: FACTS });
  expect(model.verdict).toBe('FAIL');
  expect(model.unattributed).toEqual([{ title: 'no test ran', error: expect.stringContaining('--grep') }]);
});
