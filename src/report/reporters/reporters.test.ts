/** Which reporters a run gets: all of them by default, the compliance ones when quiet, switches on top. */
import { expect, test } from '@playwright/test';
import { reportSwitches, suiteReporters } from './reporters.ts';

function names(env: NodeJS.ProcessEnv, merging = false): string[] {
  return suiteReporters({ reportsDir: '/r', switches: reportSwitches(env), merging }).map(([name]) =>
    name.replace(/^.*\/src\/report\/reporters\//, ''),
  );
}

test('a normal run writes every report, a blob included', () => {
  expect(names({})).toEqual([
    'check-failures-reporter.ts',
    'fresh-dirs-reporter.ts',
    'progress-reporter.ts',
    'compliance-reporter.ts',
    'junit',
    'junit-reasons-reporter.ts',
    'html',
    'allure-reporter.ts',
    'blob',
    'secret-scan-reporter.ts',
  ]);
});

test('a quiet run (the project tests) writes the compliance report and JUnit only', () => {
  expect(names({ WMCT_QUIET: '1' })).toEqual([
    'check-failures-reporter.ts',
    'compliance-reporter.ts',
    'junit',
    'junit-reasons-reporter.ts',
    'secret-scan-reporter.ts',
  ]);
  expect(names({ WMCT_QUIET: '1', WMCT_BLOB: '1' })).toEqual([
    'check-failures-reporter.ts',
    'compliance-reporter.ts',
    'junit',
    'junit-reasons-reporter.ts',
    'blob',
    'secret-scan-reporter.ts',
  ]);
  expect(names({ WMCT_QUIET: '1', WMCT_ALLURE: '1' })).toEqual([
    'check-failures-reporter.ts',
    'fresh-dirs-reporter.ts',
    'compliance-reporter.ts',
    'junit',
    'junit-reasons-reporter.ts',
    'allure-reporter.ts',
    'secret-scan-reporter.ts',
  ]);
});

test('switches turn Allure and the blob off; merging never writes a blob', () => {
  expect(names({ WMCT_ALLURE: '0', WMCT_BLOB: '0' })).toEqual([
    'check-failures-reporter.ts',
    'progress-reporter.ts',
    'compliance-reporter.ts',
    'junit',
    'junit-reasons-reporter.ts',
    'html',
    'secret-scan-reporter.ts',
  ]);
  expect(names({}, true)).toEqual([
    'check-failures-reporter.ts',
    'fresh-dirs-reporter.ts',
    'progress-reporter.ts',
    'compliance-reporter.ts',
    'junit',
    'junit-reasons-reporter.ts',
    'html',
    'allure-merge-reporter.ts',
    'secret-scan-reporter.ts',
  ]);
});

test('outputs go under the reports folder; the summary lists the other reports', () => {
  const reporters = suiteReporters({ reportsDir: '/r', switches: reportSwitches({}) });
  const options = Object.fromEntries(reporters.map(([name, opts]) => [name.replace(/^.*\//, ''), opts]));
  expect(options.junit).toEqual({ outputFile: '/r/junit.xml' });
  expect(options['junit-reasons-reporter.ts']).toEqual({ outputFile: '/r/junit.xml' });
  expect(options.html).toEqual({ outputFolder: '/r/playwright', open: 'never' });
  expect(options['allure-reporter.ts']).toMatchObject({ resultsDir: '/r/allure-results' });
  expect(options.blob).toEqual({ outputDir: '/r/blob' });
  expect(options['fresh-dirs-reporter.ts']).toEqual({ dirs: ['/r/allure-results'] });
  // The secret scan, last, covers everything the others and the workers write.
  expect(options['secret-scan-reporter.ts']).toEqual({
    reportsDir: '/r',
    paths: ['/r/compliance', '/r/junit.xml', '/r/playwright', '/r/allure-results', '/r/blob', '/r/test-results'],
  });
  expect(options['compliance-reporter.ts']).toMatchObject({
    outputDir: '/r/compliance',
    summary: true,
    reports: [
      { name: 'junit', path: '/r/junit.xml' },
      { name: 'playwright', path: '/r/playwright/index.html' },
      { name: 'allure results', path: '/r/allure-results', note: 'npm run report:allure' },
      { name: 'blob', path: '/r/blob', note: 'npm run report:merge' },
    ],
  });
});
