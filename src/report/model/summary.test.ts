/** The closing console summary: verdict and counts, results per family, failed checks, stale deviations, every report's path. */
import { expect, test } from '@playwright/test';
import { FACTS, mixedRun } from '../../../test/support/report/records.ts';
import { buildReportModel } from './model.ts';
import { summaryText } from './summary.ts';

const CHECKS = [
  { id: 'schema', family: 'schema' as const, title: 'schema' },
  { id: 'auth-missing-token', family: 'auth' as const, title: 'missing token' },
  { id: 'transport', family: 'transport' as const, title: 'transport' },
];

test('summary of a failed run', () => {
  const text = summaryText(buildReportModel({ tests: mixedRun(), facts: FACTS, checks: CHECKS }), [
    { name: 'compliance', path: `${process.cwd()}/reports/compliance/index.html` },
    { name: 'junit', path: '/elsewhere/junit.xml' },
    { name: 'blob', path: `${process.cwd()}/reports/blob`, note: 'npm run report:merge' },
  ]);
  expect(text).toContain(
    'wm-conformance: FAIL — 2 passed, 1 failed, 1 skipped of 4 tests; 3 requests; 1 known deviation(s)',
  );
  expect(text).toContain(
    'check results by family: schema 2 passed; strict 1 known deviation; status 1 failed/1 passed; semantics 1 skipped; auth not run\n',
  );
  expect(text).not.toContain('transport');
  expect(text).toContain('failed checks: success-status');
  expect(text).toContain('stale known deviations (no failure matched): */strict-uuid');
  expect(text).toMatch(/ {4}compliance {2}reports\/compliance\/index\.html\n/);
  expect(text).toMatch(/ {4}junit {7}\/elsewhere\/junit\.xml\n/);
  expect(text).toMatch(/ {4}blob {8}reports\/blob {2}\(npm run report:merge\)\n/);
});
