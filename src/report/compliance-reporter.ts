/**
 * The compliance reporter (a Playwright Reporter, the one place that writes the suite's own
 * output): gathers every test's named check results and the run facts from the attachments,
 * writes `<reports>/compliance/compliance.json` and prints the closing summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { redactText } from '../auth/redact.ts';
import { CHECKS_ATTACHMENT, RUN_ATTACHMENT } from './attachments.ts';
import { PROJECT_ROOT } from '../config/load.ts';
import { isJsonObject } from '../document/resolve.ts';
import type { CheckResult, RunFacts } from '../checks/types.ts';
import { buildModel, isCheckResult, isRunFacts, type ComplianceModel, type TestRecord, type TestStatus } from './model.ts';

export interface ComplianceReporterOptions {
  /** Folder for compliance.json (default: reports/compliance). */
  readonly outputDir?: string;
  /** Print the closing summary (default true). */
  readonly summary?: boolean;
}

function attachmentJson(result: TestResult, name: string): unknown {
  const attachment = result.attachments.find((a) => a.name === name && a.body !== undefined);
  if (attachment?.body === undefined) return undefined;
  try {
    return JSON.parse(attachment.body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function annotation(test: TestCase, result: TestResult, type: string): string | undefined {
  return [...result.annotations, ...test.annotations].find((a) => a.type === type)?.description;
}

function firstLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const stripped = text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  return redactText(stripped.split('\n').find((l) => l.trim() !== '') ?? stripped);
}

/** The `observed` map of a checks attachment: operation key → statuses. */
function observedOf(checks: unknown): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  if (!isJsonObject(checks) || !isJsonObject(checks.observed)) return out;
  for (const [op, statuses] of Object.entries(checks.observed)) {
    if (Array.isArray(statuses)) out[op] = statuses.filter((s): s is number => typeof s === 'number');
  }
  return out;
}

export function testRecord(test: TestCase, result: TestResult): TestRecord {
  const checks = attachmentJson(result, CHECKS_ATTACHMENT);
  const listed: unknown[] = isJsonObject(checks) && Array.isArray(checks.results) ? checks.results : [];
  const results: CheckResult[] = listed.filter(isCheckResult);
  const stats = isJsonObject(checks) && isJsonObject(checks.stats) ? checks.stats : {};
  const status: TestStatus = result.status;
  const skipReason = status === 'skipped' ? (annotation(test, result, 'skip') ?? annotation(test, result, 'fixme') ?? 'skipped') : undefined;
  const error = status === 'passed' || status === 'skipped' ? undefined : firstLine(result.errors[0]?.message ?? result.error?.message);
  return {
    title: test.title,
    file: relative(PROJECT_ROOT, test.location.file),
    family: annotation(test, result, 'family') ?? test.tags.find((t) => !t.startsWith('@api'))?.slice(1) ?? 'other',
    operation: annotation(test, result, 'operation') ?? '*',
    tags: test.tags,
    status,
    ...(skipReason === undefined ? {} : { skipReason }),
    ...(error === undefined ? {} : { error }),
    results,
    requests: typeof stats.requests === 'number' ? stats.requests : 0,
    retries: typeof stats.retries === 'number' ? stats.retries : 0,
    durationMs: result.duration,
    observed: observedOf(checks),
  };
}

export default class ComplianceReporter implements Reporter {
  readonly #outputDir: string;
  readonly #summary: boolean;
  readonly #tests = new Map<string, TestRecord>();
  #facts: RunFacts | null = null;

  constructor(options: ComplianceReporterOptions = {}) {
    this.#outputDir = resolve(options.outputDir ?? join(PROJECT_ROOT, 'reports', 'compliance'));
    this.#summary = options.summary ?? true;
  }

  printsToStdio(): boolean {
    return this.#summary;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const facts = attachmentJson(result, RUN_ATTACHMENT);
    if (isRunFacts(facts)) this.#facts = facts;
    this.#tests.set(test.id, testRecord(test, result));
  }

  onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const model = buildModel([...this.#tests.values()], this.#facts);
    mkdirSync(this.#outputDir, { recursive: true });
    const file = join(this.#outputDir, 'compliance.json');
    writeFileSync(file, `${JSON.stringify({ ...model, run: { status: result.status, startTime: result.startTime.toISOString(), durationMs: Math.round(result.duration) } }, null, 2)}\n`);
    if (this.#summary) process.stdout.write(summaryText(model, file));
    // A failed check fails the run even where it did not fail its test (WMCT_SOFT_CHECKS).
    return Promise.resolve(model.verdict === 'FAIL' && result.status === 'passed' ? { status: 'failed' } : undefined);
  }
}

export function summaryText(model: ComplianceModel, file: string): string {
  const c = model.counts;
  const lines = [
    '',
    `wm-conformance: ${model.verdict} — ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped of ${c.tests} tests; ${c.requests} requests${c.retries > 0 ? ` (${c.retries} retried after 429/503)` : ''}${c.knownDeviations > 0 ? `; ${c.knownDeviations} known deviation(s)` : ''}`,
  ];
  if (model.failedChecks.length > 0) lines.push(`  failed checks: ${model.failedChecks.join(', ')}`);
  for (const u of model.unattributed.slice(0, 5)) lines.push(`  failed without a check result: ${u.title}: ${u.error}`);
  lines.push(`  compliance: ${relative(process.cwd(), file) || file}`, '');
  return lines.join('\n');
}
