/**
 * The reporters of a run, one list for `playwright test` (playwright.config.ts) and for
 * `playwright merge-reports` (merge.config.ts), so a merged run writes the same reports:
 *   first    always: the tests whose checks failed are failed (check-failures-reporter.ts), so
 *            every reporter after it sees them failed;
 *   always   compliance page + JSON (reports/compliance), JUnit (reports/junit.xml, its skipped
 *            test cases with their reasons);
 *   default  progress (progress-reporter.ts: each failure once), Playwright HTML
 *            (reports/playwright), Allure results
 *            (reports/allure-results), a blob report (reports/blob) to merge shards from;
 *   quiet    (WMCT_QUIET=1, the project's own suite runs) only the first two; WMCT_ALLURE=1 /
 *            WMCT_BLOB=1 switch Allure / the blob on in any mode, =0 off;
 *   last     always: the secret scan of everything the others (and the workers' traces) wrote
 *            (src/report/reporters/secret-scan-reporter.ts) — it must stay last, after every writer.
 */
import type { ReporterDescription } from '@playwright/test';
import { join } from 'node:path';
import type { WrittenReport } from '../model/summary.ts';
import type { Lane } from '../../config/lanes.ts';

export interface ReportSwitches {
  readonly quiet: boolean;
  readonly allure: boolean;
  readonly blob: boolean;
}

function switchOn(env: NodeJS.ProcessEnv, name: string, quiet: boolean): boolean {
  return env[name] === '1' || (env[name] !== '0' && !quiet);
}

export function reportSwitches(env: NodeJS.ProcessEnv = process.env): ReportSwitches {
  const quiet = env.WMCT_QUIET === '1';
  return { quiet, allure: switchOn(env, 'WMCT_ALLURE', quiet), blob: switchOn(env, 'WMCT_BLOB', quiet) };
}

export interface ReporterOptions {
  readonly reportsDir: string;
  readonly switches: ReportSwitches;
  /** Merging blob reports: no blob is written again. */
  readonly merging?: boolean;
  /**
   * A run with lanes (src/run/lanes.ts): a compliance report per lane, of its project's tests
   * only, in `<lane reportsDir>/compliance` (instead of the run's one).
   */
  readonly lanes?: readonly Lane[] | null;
}

/** A both-APIs run's lanes (WM_API: one per API, one report with a section each), else null. */
function apiLanes(o: ReporterOptions): readonly Lane[] | null {
  const lanes = o.lanes ?? [];
  return lanes.length > 0 && lanes.every((lane) => lane.api !== undefined) ? lanes : null;
}

/** The reports a run writes besides the compliance page, for the closing summary. */
function otherReports(o: ReporterOptions, blob: boolean): WrittenReport[] {
  const { reportsDir: r, switches: s } = o;
  return [
    { name: 'junit', path: join(r, 'junit.xml') },
    ...(s.quiet ? [] : [{ name: 'playwright', path: join(r, 'playwright', 'index.html') }]),
    ...(s.allure ? [{ name: 'allure results', path: join(r, 'allure-results'), note: 'npm run report:allure' }] : []),
    ...(blob ? [{ name: 'blob', path: join(r, 'blob'), note: 'npm run report:merge' }] : []),
  ];
}

/** Everything a run's reporters and workers write (a merge writes no blob and no test results). */
function writtenPaths(o: ReporterOptions, blob: boolean): string[] {
  const { reportsDir: r, switches: s } = o;
  return [
    join(r, 'compliance'),
    ...(apiLanes(o) === null ? (o.lanes ?? []) : []).map((lane) => join(lane.reportsDir, 'compliance')),
    join(r, 'junit.xml'),
    ...(s.quiet ? [] : [join(r, 'playwright')]),
    ...(s.allure ? [join(r, 'allure-results')] : []),
    ...(blob ? [join(r, 'blob')] : []),
    ...(o.merging === true ? [] : [join(r, 'test-results')]),
  ];
}

/**
 * `npm run bench` (WMCT_BENCH_MARKS set): a mark reporter before the first reporter and after
 * each one, so the bench knows what each reporter's onEnd took (src/bench/mark-reporter.ts).
 */
function withMarks(list: ReporterDescription[], env: NodeJS.ProcessEnv): ReporterDescription[] {
  if ((env.WMCT_BENCH_MARKS ?? '') === '') return list;
  const mark = join(import.meta.dirname, '..', '..', 'bench', 'mark-reporter.ts');
  return [
    [mark, { after: 'start' }],
    ...list.flatMap(([name, options]): ReporterDescription[] => [
      [name, options],
      [mark, { after: name.replace(/^.*\//, '').replace(/\.ts$/, '') }],
    ]),
  ];
}

export function suiteReporters(o: ReporterOptions, env: NodeJS.ProcessEnv = process.env): ReporterDescription[] {
  return withMarks(reportersOf(o), env);
}

function reportersOf(o: ReporterOptions): ReporterDescription[] {
  const { reportsDir: r, switches: s } = o;
  const blob = s.blob && o.merging !== true;
  const here = import.meta.dirname;
  return [
    // First, before every reporter that reads a result: fails the tests whose checks failed
    // (src/run/check-failures.ts).
    [join(here, 'check-failures-reporter.ts')],
    ...(s.allure
      ? [[join(here, 'fresh-dirs-reporter.ts'), { dirs: [join(r, 'allure-results')] }] satisfies ReporterDescription]
      : []),
    ...(s.quiet ? [] : [[join(here, 'progress-reporter.ts')] satisfies ReporterDescription]),
    ...(apiLanes(o) !== null
      ? [
          [
            join(here, 'api-compliance-reporter.ts'),
            {
              outputDir: join(r, 'compliance'),
              apis: (apiLanes(o) ?? []).map((lane) => lane.name),
              summary: !s.quiet,
              reports: otherReports(o, blob),
            },
          ] satisfies ReporterDescription,
        ]
      : o.lanes === undefined || o.lanes === null
        ? [
            [
              join(here, 'compliance-reporter.ts'),
              { outputDir: join(r, 'compliance'), summary: !s.quiet, reports: otherReports(o, blob) },
            ] satisfies ReporterDescription,
          ]
        : o.lanes.map((lane): ReporterDescription => [
            join(here, 'compliance-reporter.ts'),
            { outputDir: join(lane.reportsDir, 'compliance'), summary: false, project: lane.name },
          ])),
    ['junit', { outputFile: join(r, 'junit.xml') }],
    // Right after 'junit': every skipped test case gets its reason (and the not-run ones say why).
    [join(here, 'junit-reasons-reporter.ts'), { outputFile: join(r, 'junit.xml') }],
    ...(s.quiet
      ? []
      : [['html', { outputFolder: join(r, 'playwright'), open: 'never' }] satisfies ReporterDescription]),
    ...(s.allure
      ? [
          [
            join(here, o.merging === true ? 'allure-merge-reporter.ts' : 'allure-reporter.ts'),
            { resultsDir: join(r, 'allure-results'), detail: false, suiteTitle: false },
          ] satisfies ReporterDescription,
        ]
      : []),
    ...(blob ? [['blob', { outputDir: join(r, 'blob') }] satisfies ReporterDescription] : []),
    [join(here, 'secret-scan-reporter.ts'), { reportsDir: r, paths: writtenPaths(o, blob) }],
  ];
}
