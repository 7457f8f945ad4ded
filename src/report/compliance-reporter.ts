/**
 * The compliance reporter (a Playwright Reporter, the one place that writes the suite's own
 * output): gathers every test's check results and the run facts from the attachments, writes
 * `<reports>/compliance/compliance.json` and the one-page `index.html`, and prints the closing
 * summary. In `playwright merge-reports` it gets the same attachments, so a merged sharded run
 * gives the same report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { redactText } from '../auth/redact.ts';
import { CHECKS } from '../checks/registry.ts';
import type { RunFacts } from '../checks/types.ts';
import { PROJECT_ROOT } from '../config/load.ts';
import { RUN_ATTACHMENT } from './attachments.ts';
import { readDetectionPower } from './detection.ts';
import { buildModel, isRunFacts, type ComplianceModel, type TestRecord } from './model.ts';
import { renderCompliancePage } from './page/index.ts';
import { attachmentsJson, testRecord } from './records.ts';
import { summaryText, type WrittenReport } from './summary.ts';

export interface ComplianceReporterOptions {
  /** Folder for compliance.json and index.html (default: reports/compliance). */
  readonly outputDir?: string;
  /** Print the closing summary (default true). */
  readonly summary?: boolean;
  /** The mutation test's kill matrix (default: mutation.json next to the output folder). */
  readonly mutationFile?: string;
  /** The other reports of the run, listed in the closing summary. */
  readonly reports?: readonly WrittenReport[];
}

export default class ComplianceReporter implements Reporter {
  readonly #outputDir: string;
  readonly #summary: boolean;
  readonly #mutationFile: string;
  readonly #reports: readonly WrittenReport[];
  readonly #tests = new Map<string, TestRecord>();
  #facts: RunFacts | null = null;

  constructor(options: ComplianceReporterOptions = {}) {
    this.#outputDir = resolve(options.outputDir ?? join(PROJECT_ROOT, 'reports', 'compliance'));
    this.#summary = options.summary ?? true;
    this.#mutationFile = resolve(options.mutationFile ?? join(dirname(this.#outputDir), 'mutation.json'));
    this.#reports = options.reports ?? [];
  }

  printsToStdio(): boolean {
    return this.#summary;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const facts = attachmentsJson(result, RUN_ATTACHMENT).find(isRunFacts);
    if (facts !== undefined) this.#facts = facts;
    this.#tests.set(test.id, testRecord(test, result));
  }

  onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const tests = [...this.#tests.values()];
    const model = buildModel({ tests, facts: this.#facts, checks: CHECKS, detection: readDetectionPower(this.#mutationFile) });
    // A failed check fails the run even where it did not fail its test (WMCT_SOFT_CHECKS).
    const status: FullResult['status'] = model.verdict === 'FAIL' && result.status === 'passed' ? 'failed' : result.status;
    const final = { ...model, run: { status, startTime: result.startTime.toISOString(), durationMs: Math.round(result.duration) } };
    const written = writeCompliance(final, this.#outputDir);
    if (this.#summary) process.stdout.write(redactText(summaryText(final, [...written, ...this.#reports])));
    return Promise.resolve(status === result.status ? undefined : { status });
  }
}

/** Writes compliance.json and index.html (both passed through redaction once more). */
export function writeCompliance(model: ComplianceModel, outputDir: string): WrittenReport[] {
  mkdirSync(outputDir, { recursive: true });
  const json = join(outputDir, 'compliance.json');
  const page = join(outputDir, 'index.html');
  writeFileSync(json, redactText(`${JSON.stringify(model, null, 2)}\n`));
  writeFileSync(page, redactText(renderCompliancePage(model)));
  return [
    { name: 'compliance', path: page },
    { name: 'compliance json', path: json },
  ];
}
