/**
 * The compliance reporter (a Playwright Reporter, the one place that writes the suite's own
 * output): gathers every test's check results and the run facts from the attachments, writes
 * `<reports>/compliance/compliance.json` and the one-page `index.html`, and prints the closing
 * summary. In `playwright merge-reports` it gets the same attachments, so a merged sharded run
 * gives the same report. A run that did not execute its whole plan (onBegin's tests against
 * those that ran, src/report/model/completion.ts) is INCOMPLETE, saying why; when the runner must exit
 * at its stop deadline before the end of the run, it writes what it has (src/run/stop.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { CHECKS } from '../../checks/registry.ts';
import { PROJECT_ROOT } from '../../config/load.ts';
import { isRunFacts, RUN_ATTACHMENT } from '../../core/attachments.ts';
import { readDetectionPower } from '../model/detection.ts';
import { buildReportModel, type ComplianceModel, type StopInput } from '../model/model.ts';
import type { TestRecord } from '../model/test-record.ts';
import { renderCompliancePage } from '../page/index.ts';
import { attachmentsJson, testRecord } from '../model/records.ts';
import { summaryText, type WrittenReport } from '../model/summary.ts';
import { atStopDeadline, describeCause, stopCause } from '../../run/stop.ts';
import { completionOf, progressOf, type Completion } from '../model/completion.ts';
import { redactJson, redactText } from '../../core/redact.ts';
import type { RunFacts } from '../../core/run-facts.ts';

export interface ComplianceReporterOptions {
  /** Folder for compliance.json and index.html (default: reports/compliance). */
  readonly outputDir?: string;
  /** Print the closing summary (default true). */
  readonly summary?: boolean;
  /** The mutation test's kill matrix (default: mutation.json next to the output folder). */
  readonly mutationFile?: string;
  /** The other reports of the run, listed in the closing summary. */
  readonly reports?: readonly WrittenReport[];
  /**
   * A run with lanes (src/run/lanes.ts): report the tests of this project (the lane) only — its
   * planned tests, its results and its run facts; another lane's results never count here.
   */
  readonly project?: string;
}

export default class ComplianceReporter implements Reporter {
  readonly #outputDir: string;
  readonly #summary: boolean;
  readonly #mutationFile: string;
  readonly #reports: readonly WrittenReport[];
  readonly #project: string | undefined;
  readonly #tests = new Map<string, TestRecord>();
  #facts: RunFacts | null = null;
  #planned: readonly TestCase[] = [];
  #maxFailures = 0;
  #written = false;

  constructor(options: ComplianceReporterOptions = {}) {
    this.#outputDir = resolve(options.outputDir ?? join(PROJECT_ROOT, 'reports', 'compliance'));
    this.#summary = options.summary ?? true;
    this.#mutationFile = resolve(options.mutationFile ?? join(dirname(this.#outputDir), 'mutation.json'));
    this.#reports = options.reports ?? [];
    this.#project = options.project;
    const started = new Date();
    // The runner exiting at its stop deadline (src/run/stop.ts): what ran so far, INCOMPLETE.
    atStopDeadline(() => {
      if (!this.#written)
        this.#write({ status: 'interrupted', startTime: started, duration: Date.now() - started.getTime() });
    });
  }

  printsToStdio(): boolean {
    return this.#summary;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.#planned = suite.allTests().filter((t) => this.#mine(t));
    this.#maxFailures = config.maxFailures;
  }

  /** Whether the test is this report's: every test, or the lane's project's only. */
  #mine(test: TestCase): boolean {
    return this.#project === undefined || test.parent.project()?.name === this.#project;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (!this.#mine(test)) return;
    const facts = attachmentsJson(result, RUN_ATTACHMENT).find(isRunFacts);
    // A lane's report takes the facts of its own lane's workers only.
    if (facts !== undefined && (this.#project === undefined || facts.lane === this.#project)) this.#facts = facts;
    this.#tests.set(test.id, testRecord(test, result));
  }

  onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const { model, status, written } = this.#write(result);
    if (this.#summary) process.stdout.write(redactText(summaryText(model, [...written, ...this.#reports])));
    return Promise.resolve(status === result.status ? undefined : { status });
  }

  /**
   * Writes this report and answers its model and status: a both-APIs run's report is made of its
   * sections' (api-compliance-reporter.ts), which call this instead of onEnd.
   */
  finish(result: Pick<FullResult, 'status' | 'startTime' | 'duration'>): {
    model: ComplianceModel;
    status: FullResult['status'];
  } {
    const { model, status } = this.#write(result);
    return { model, status };
  }

  #completion(status: FullResult['status']): Completion | null {
    const cause = stopCause();
    const tests = this.#planned.map((t) => ({
      title: t.title,
      progress: this.#tests.has(t.id) ? progressOf(t) : 'not-started',
    }));
    const failedTests = this.#planned.filter((t) => t.outcome() === 'unexpected').length;
    return completionOf({
      tests,
      status,
      stoppedBy: cause === null ? null : describeCause(cause),
      maxFailures: this.#maxFailures,
      failedTests,
    });
  }

  #write(result: Pick<FullResult, 'status' | 'startTime' | 'duration'>): {
    model: ComplianceModel;
    status: FullResult['status'];
    written: WrittenReport[];
  } {
    this.#written = true;
    const completion = this.#completion(result.status);
    // Tests Playwright reported skipped without running them are not-run tests, not skipped ones.
    const notStarted = new Set(this.#planned.filter((t) => progressOf(t) === 'not-started').map((t) => t.id));
    const tests = [...this.#tests.entries()].filter(([id]) => !notStarted.has(id)).map(([, record]) => record);
    const stopped: StopInput | null = completion === null ? null : { verdict: 'INCOMPLETE', ...completion };
    const model = buildReportModel({
      tests,
      facts: this.#facts,
      checks: CHECKS,
      detection: readDetectionPower(this.#mutationFile),
      stopped,
    });
    const status = runStatus(model.verdict, result.status);
    const final = {
      ...model,
      run: { status, startTime: result.startTime.toISOString(), durationMs: Math.round(result.duration) },
    };
    return { model: final, status, written: writeCompliance(final, this.#outputDir) };
  }
}

/**
 * The run's status as the report's verdict makes it: a failed check fails the run even where it
 * did not fail its test (WMCT_SOFT_CHECKS); so does a run that did not execute its whole plan
 * (INCOMPLETE) without being interrupted.
 */
export function runStatus(verdict: string, status: FullResult['status']): FullResult['status'] {
  const passed = verdict === 'PASS' || verdict === 'PASS WITH KNOWN DEVIATIONS';
  return !passed && status === 'passed' ? 'failed' : status;
}

/**
 * Writes a report's compliance.json and index.html into `outputDir`, both passed through
 * redaction once more: every string of the JSON (keys too) here, every text the page shows where
 * the page is rendered (src/report/page/html.ts). Text by text, not the whole file: the texts
 * repeat (a redacted text is remembered) and are short, where a report of a few megabytes would
 * be decoded layer by layer as a whole. The secret scan after the run still reads each file whole.
 */
export function writeReportFiles(outputDir: string, model: unknown, page: string): WrittenReport[] {
  mkdirSync(outputDir, { recursive: true });
  const json = join(outputDir, 'compliance.json');
  const html = join(outputDir, 'index.html');
  writeFileSync(json, `${JSON.stringify(redactJson(model), null, 2)}\n`);
  writeFileSync(html, page);
  return [
    { name: 'compliance', path: html },
    { name: 'compliance json', path: json },
  ];
}

/** Writes the compliance report of one API's run (writeReportFiles). */
export function writeCompliance(model: ComplianceModel, outputDir: string): WrittenReport[] {
  const migration = existsSync(join(outputDir, '..', 'migration', 'migration.json'));
  return writeReportFiles(outputDir, model, renderCompliancePage(model, { migration }));
}
