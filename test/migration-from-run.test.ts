/**
 * The migration report's behaviour from a both-APIs run (src/migration/run-behaviour.ts): read
 * from the run's compliance report in the reports folder — the operation pairs answered with
 * another success status, deletes and required filters as the checks that passed show them —
 * and `npm run migration` taking it instead of "not observed" (or its probes); a report of one
 * API, none, or one it cannot read: no behaviour from a run.
 */
import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '../src/cli/migration.ts';
import { PROJECT_ROOT } from '../src/config/load.ts';
import type { JsonObject } from '../src/core/json.ts';
import { behaviourFromRun } from '../src/migration/run-behaviour.ts';
import { PUBLISHED_MISSING, PUBLISHED_V1 } from './support/migration-facts.ts';
import { useTempDir } from './support/temp-dir.ts';

const PUBLISHED_V2 = resolve(PROJECT_ROOT, '..', 'shared', 'reference', 'hub-api-v2', 'spec', 'camunda-openapi.yaml');
const tmp = useTempDir('wmct-migration-run-');

interface Op {
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly statuses: readonly number[];
}

function section(api: string, baseUrl: string, prefix: string, ops: readonly Op[], checks: JsonObject): JsonObject {
  return {
    api,
    model: {
      facts: { target: { baseUrl }, document: { apiPrefix: prefix } },
      matrix: [{ rows: ops.map(({ operation, method, path }) => ({ operation, method, path })) }],
      tests: [
        {
          observed: Object.fromEntries(ops.map((o) => [o.operation, [...o.statuses]])),
          results: Object.entries(checks).map(([check, outcome]) => ({ check, outcome })),
        },
      ],
    },
  };
}

const V1_OPS: readonly Op[] = [
  { operation: 'modifyCollaborator', method: 'PUT', path: '/api/v1/collaborators', statuses: [204, 401] },
  { operation: 'createFile', method: 'POST', path: '/api/v1/files', statuses: [200] },
];
const V2_OPS: readonly Op[] = [
  { operation: 'addMember', method: 'POST', path: '/api/v2/workspaces/{workspaceKey}/members', statuses: [200, 403] },
  { operation: 'createFile', method: 'POST', path: '/api/v2/files', statuses: [200] },
];

/** A both-APIs run's report in a new reports folder (`schema` and sections as given). */
function reportsWith(name: string, report: JsonObject): string {
  const dir = tmp.path(name);
  mkdirSync(join(dir, 'compliance'), { recursive: true });
  writeFileSync(join(dir, 'compliance', 'compliance.json'), JSON.stringify(report));
  return dir;
}

function bothApis(v2Checks: JsonObject): JsonObject {
  return {
    schema: 'wm-conformance/api-sections@1',
    verdict: 'PASS',
    run: { startTime: '2026-12-02T07:00:00.000Z' },
    sections: [
      section('v1', 'http://wm:8070', '/api/v1', V1_OPS, { 'use-after-free': 'pass' }),
      section('hub-v2', 'http://wm:8088', '/api/v2', V2_OPS, v2Checks),
    ],
  };
}

const SOFT_DELETE = { 'trash-listed-root': 'pass', 'restore-visible': 'pass', 'search-required-filter': 'pass' };

test('a both-APIs run: the pairs answered differently, how many the same, deletes and required filters', () => {
  const behaviour = behaviourFromRun(reportsWith('both', bothApis(SOFT_DELETE)));
  expect(behaviour).toMatchObject({
    observed: true,
    target: 'v1 at http://wm:8070 and the Hub API v2 at http://wm:8088',
  });
  expect(behaviour?.reason).toContain(
    'WM_API=v1,hub-v2, started 2026-12-02T07:00:00.000Z, verdict PASS; 1 more mapped',
  );
  expect(behaviour?.observations.map((o) => [o.id, o.v1, o.v2, o.differs])).toEqual([
    ['status PUT /collaborators', 'PUT /collaborators → 204', 'POST /workspaces/{}/members → 200', true],
    ['delete', expect.stringContaining('404'), expect.stringContaining('soft delete'), true],
    ['search-required-filter', expect.stringContaining('no filter'), expect.stringContaining('400'), true],
  ]);
});

test('a check that failed, or did not run, is no observation', () => {
  const failed = behaviourFromRun(
    reportsWith('failed', bothApis({ ...SOFT_DELETE, 'restore-visible': 'fail', 'search-required-filter': 'skip' })),
  );
  expect(failed?.observations.map((o) => o.id)).toEqual(['status PUT /collaborators']);
});

test('no report, a report of one API, or one that is no JSON: no behaviour from a run', () => {
  expect(behaviourFromRun(tmp.path('none'))).toBeNull();
  expect(behaviourFromRun(reportsWith('one-api', { verdict: 'PASS', tests: [] }))).toBeNull();
  const broken = tmp.path('broken');
  mkdirSync(join(broken, 'compliance'), { recursive: true });
  writeFileSync(join(broken, 'compliance', 'compliance.json'), '{');
  expect(behaviourFromRun(broken)).toBeNull();
  const { sections } = bothApis(SOFT_DELETE);
  expect(
    behaviourFromRun(
      reportsWith('v1-only', {
        ...bothApis(SOFT_DELETE),
        sections: Array.isArray(sections) ? sections.slice(0, 1) : [],
      }),
    ),
  ).toBeNull();
});

test('npm run migration takes the behaviour a both-APIs run observed from the reports folder', async () => {
  test.skip(!existsSync(PUBLISHED_V1) || !existsSync(PUBLISHED_V2), PUBLISHED_MISSING);
  test.setTimeout(60_000);
  const reports = reportsWith('migration', bothApis(SOFT_DELETE));
  let err = '';
  const io = { out: (): void => undefined, err: (t: string): void => void (err += t) };
  const code = await main(['--from-file', PUBLISHED_V1, '--to-file', PUBLISHED_V2], io, { WM_REPORTS_DIR: reports });
  expect(code, err).toBe(0);
  const report: unknown = JSON.parse(readFileSync(join(reports, 'migration', 'migration.json'), 'utf8'));
  expect(report).toMatchObject({
    behaviour: { observed: true, target: 'v1 at http://wm:8070 and the Hub API v2 at http://wm:8088' },
  });
  expect(readFileSync(join(reports, 'migration', 'index.html'), 'utf8')).toContain('POST /workspaces/{}/members → 200');
});
