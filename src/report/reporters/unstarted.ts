/**
 * The reports of a run that did not get to its tests: one that could not start (a setup problem,
 * exit 2: verdict ERROR) or was stopped before it began (INCOMPLETE). They replace every report of
 * the previous run, so that nothing of an old PASS outlives a run that failed to happen: the
 * compliance page and JSON say why in one line, and JUnit holds one test case saying the same.
 *
 * Only the suite's own report files and folders are ever removed (RUN_REPORTS): WM_REPORTS_DIR may
 * hold files of the user's.
 */
import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PROJECT_ROOT, resolveEnvironment } from '../../config/load.ts';
import { writeCompliance } from './compliance-reporter.ts';
import { buildReportModel } from '../model/model.ts';
import { redactText } from '../../core/redact.ts';
import { describeError, exitWithError } from '../../core/errors.ts';

/** What a run writes under WM_REPORTS_DIR, relative to it (mutation.json and bench.json are not a run's). */
export const RUN_REPORTS: readonly string[] = [
  'compliance/compliance.json',
  'compliance/index.html',
  'junit.xml',
  'playwright',
  'allure-results',
  'allure',
  'blob',
  'test-results',
];

/** Removes the reports of a previous run (a run's start does, and a run that could not start). */
export function removeRunReports(reportsDir: string): void {
  for (const path of RUN_REPORTS) rmSync(join(reportsDir, path), { recursive: true, force: true });
}

export interface NoRun {
  readonly verdict: 'ERROR' | 'INCOMPLETE';
  /** One line: the setup problem, or what stopped the run. */
  readonly reason: string;
}

/** A JUnit file with one test case for the run as a whole: an error (ERROR) or skipped (INCOMPLETE), with the reason. */
export function noRunJunit(outcome: NoRun): string {
  const doc = new DOMImplementation().createDocument(null, 'testsuites', null);
  const root = doc.documentElement;
  if (root === null) throw new Error('no document element');
  const counts = {
    tests: '1',
    failures: '0',
    skipped: outcome.verdict === 'INCOMPLETE' ? '1' : '0',
    errors: outcome.verdict === 'ERROR' ? '1' : '0',
    time: '0',
  };
  for (const [name, value] of Object.entries({ name: 'wm-conformance', ...counts })) root.setAttribute(name, value);
  const suite = doc.createElement('testsuite');
  for (const [name, value] of Object.entries({ name: 'wm-conformance', ...counts })) suite.setAttribute(name, value);
  const testCase = doc.createElement('testcase');
  testCase.setAttribute(
    'name',
    outcome.verdict === 'ERROR' ? 'the run could not start' : 'the run was stopped before its tests',
  );
  testCase.setAttribute('classname', 'wm-conformance');
  const mark = doc.createElement(outcome.verdict === 'ERROR' ? 'error' : 'skipped');
  mark.setAttribute('message', outcome.reason);
  if (outcome.verdict === 'ERROR') mark.setAttribute('type', 'ERROR');
  testCase.appendChild(mark);
  suite.appendChild(testCase);
  root.appendChild(suite);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

/**
 * Replaces the previous run's reports with ERROR or INCOMPLETE ones. Best effort: the one-line
 * message on stderr already says what happened, and a reports folder that cannot be written must
 * not hide it.
 */
export function writeNoRunReports(reportsDir: string, outcome: NoRun): void {
  try {
    removeRunReports(reportsDir);
    const model = buildReportModel({
      tests: [],
      facts: null,
      stopped: { verdict: outcome.verdict, reason: outcome.reason, planned: 0, notRun: [] },
    });
    writeCompliance(
      {
        ...model,
        run: {
          status: outcome.verdict === 'ERROR' ? 'not started' : 'interrupted',
          startTime: new Date().toISOString(),
          durationMs: 0,
        },
      },
      join(reportsDir, 'compliance'),
    );
    const junit = join(reportsDir, 'junit.xml');
    mkdirSync(dirname(junit), { recursive: true });
    writeFileSync(junit, redactText(noRunJunit(outcome)));
  } catch {
    // see above
  }
}

/**
 * WM_REPORTS_DIR as the run would resolve it, also when the configuration is broken (the env
 * profile is read when it can be).
 */
export function reportsDirOf(env: NodeJS.ProcessEnv = process.env): string {
  let values: Readonly<Record<string, string | undefined>> = env;
  try {
    values = resolveEnvironment(env).values;
  } catch {
    // a bad WM_ENV: the real environment alone
  }
  const dir = values.WM_REPORTS_DIR?.trim() ?? '';
  return resolve(PROJECT_ROOT, dir === '' ? 'reports' : dir);
}

/** A run that could not start: ERROR reports with the one line, then the line on stderr and the exit. */
export function exitUnstarted(error: unknown, reportsDir: string): never {
  writeNoRunReports(reportsDir, { verdict: 'ERROR', reason: describeError(error).message });
  return exitWithError(error);
}
