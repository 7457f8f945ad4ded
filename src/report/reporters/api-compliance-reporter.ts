/**
 * The compliance reporter of a both-APIs run (WM_API=v1,hub-v2, one lane per API): one report
 * with a section per API and one verdict. Each section is a ComplianceReporter of the API's
 * project (its planned tests, results and run facts only), whose full report goes to
 * `<compliance>/<api>/`; this one writes `<compliance>/compliance.json` (the combined model,
 * src/report/model/api-sections.ts) and `index.html`, prints the closing summary and fails the
 * run unless every section passed.
 */
import { join, resolve } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { PROJECT_ROOT } from '../../config/load.ts';
import { redactText } from '../../core/redact.ts';
import { atStopDeadline } from '../../run/stop.ts';
import { apiSectionsModel, type ApiSection, type ApiSectionsModel } from '../model/api-sections.ts';
import { reportLines, summaryText, type WrittenReport } from '../model/summary.ts';
import { renderApiSectionsPage } from '../page/api-sections.ts';
import ComplianceReporter, { runStatus, writeReportFiles } from './compliance-reporter.ts';

export interface ApiComplianceReporterOptions {
  /** Folder for compliance.json and index.html (default: reports/compliance); each API's full report in `<api>/` under it. */
  readonly outputDir?: string;
  /** The run's APIs: its lanes' (projects') names. */
  readonly apis: readonly string[];
  /** Print the closing summary (default true). */
  readonly summary?: boolean;
  /** The other reports of the run, listed in the closing summary. */
  readonly reports?: readonly WrittenReport[];
}

type Finished = Pick<FullResult, 'status' | 'startTime' | 'duration'>;

export default class ApiComplianceReporter implements Reporter {
  readonly #outputDir: string;
  readonly #summary: boolean;
  readonly #reports: readonly WrittenReport[];
  readonly #sections: readonly { readonly api: string; readonly reporter: ComplianceReporter }[];
  #written = false;
  /** A shard of the run: the APIs none of whose tests fell to it (their sections are the other shards'). */
  #absent = new Set<string>();

  constructor(options: ApiComplianceReporterOptions) {
    this.#outputDir = resolve(options.outputDir ?? join(PROJECT_ROOT, 'reports', 'compliance'));
    this.#summary = options.summary ?? true;
    this.#reports = options.reports ?? [];
    this.#sections = options.apis.map((api) => ({
      api,
      reporter: new ComplianceReporter({
        outputDir: join(this.#outputDir, api),
        summary: false,
        project: api,
        mutationFile: join(this.#outputDir, '..', 'mutation.json'),
      }),
    }));
    const started = new Date();
    atStopDeadline(() => {
      if (!this.#written)
        this.#write({ status: 'interrupted', startTime: started, duration: Date.now() - started.getTime() });
    });
  }

  printsToStdio(): boolean {
    return this.#summary;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    for (const { reporter } of this.#sections) reporter.onBegin(config, suite);
    if (config.shard === null) return;
    const tests = suite.allTests();
    for (const { api } of this.#sections)
      if (!tests.some((t) => t.parent.project()?.name === api)) this.#absent.add(api);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    for (const { reporter } of this.#sections) reporter.onTestEnd(test, result);
  }

  onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const { model, status, written } = this.#write(result);
    if (this.#summary) process.stdout.write(redactText(combinedSummary(model, [...written, ...this.#reports])));
    return Promise.resolve(status === result.status ? undefined : { status });
  }

  #write(result: Finished): { model: ApiSectionsModel; status: FullResult['status']; written: WrittenReport[] } {
    this.#written = true;
    const sections: ApiSection[] = this.#sections
      .filter(({ api }) => !this.#absent.has(api))
      .map(({ api, reporter }) => ({ api, model: reporter.finish(result).model }));
    const model = apiSectionsModel(sections, {
      status: result.status,
      startTime: result.startTime.toISOString(),
      durationMs: Math.round(result.duration),
    });
    const status = runStatus(model.verdict, result.status);
    const final: ApiSectionsModel = { ...model, run: model.run === null ? null : { ...model.run, status } };
    return { model: final, status, written: writeReportFiles(this.#outputDir, final, renderApiSectionsPage(final)) };
  }
}

/** Each API's closing summary under its name, then the one verdict and the reports. */
function combinedSummary(model: ApiSectionsModel, reports: readonly WrittenReport[]): string {
  const sections = model.sections.map((s) =>
    summaryText(s.model, []).replace(/^\nwm-conformance: /, `\nwm-conformance [${s.api}]: `),
  );
  const verdicts = model.sections.map((s) => `${s.api} ${s.model.verdict}`).join(', ');
  return `${sections.join('')}\nwm-conformance: ${model.verdict} — both APIs in one run (${verdicts})\n${[...reportLines(reports), ''].join('\n')}`;
}
