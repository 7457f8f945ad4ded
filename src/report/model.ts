/**
 * The compliance model: what the reporters know after a run, built only from what Playwright
 * hands a reporter (test titles, annotations, statuses, and the `wmct-checks` / `wmct-run` /
 * `wmct-info` / `wmct-breaking` attachments) — so that a merged sharded run yields the same
 * model as an unsharded one. `compliance.json` is this model; the HTML page renders it.
 */
import type { CheckId, CheckResult, RunFacts } from '../checks/types.ts';
import { isJsonObject } from '../document/resolve.ts';
import { buildBreaking, type BreakingSection } from './breaking.ts';
import { buildCoverage, type Coverage } from './coverage.ts';
import { buildDeviations, type DeviationsSection } from './deviations.ts';
import { infoPerClient } from './info.ts';
import { buildMatrix, type MatrixGroup } from './matrix.ts';
import { buildPermissionMatrix, type PermissionMatrix } from './permissions.ts';
import { isFinding, type BreakingReport, type DetectionPower, type Finding, type InfoResponse } from './shapes.ts';

export type Verdict = 'PASS' | 'FAIL' | 'PASS WITH KNOWN DEVIATIONS';

export type TestStatus = 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';

export interface TestRecord {
  readonly title: string;
  readonly file: string;
  readonly family: string;
  readonly operation: string;
  readonly tags: readonly string[];
  readonly status: TestStatus;
  readonly skipReason?: string;
  /** The first line of the error of a failed test. */
  readonly error?: string;
  readonly results: readonly CheckResult[];
  readonly requests: number;
  readonly retries: number;
  readonly durationMs: number;
  /** Operation key → statuses answered during the test. */
  readonly observed: Readonly<Record<string, readonly number[]>>;
  /** `GET …/info` answers per client, when the test attached them. */
  readonly info?: readonly InfoResponse[];
  /** The breaking-change gate's report, when the test attached it. */
  readonly breaking?: BreakingReport;
}

/** How the run as a whole went (from Playwright's end-of-run result). */
export interface RunSummary {
  readonly status: string;
  readonly startTime: string;
  readonly durationMs: number;
}

export interface Counts {
  readonly tests: number;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly knownDeviations: number;
  /** Check results that failed (not known deviations). */
  readonly failedResults: number;
  readonly requests: number;
  readonly retries: number;
}

export interface ComplianceModel {
  readonly verdict: Verdict;
  readonly counts: Counts;
  /** Check IDs that failed (not known deviations), sorted. */
  readonly failedChecks: readonly string[];
  /** Failed tests without a failed check: a suite problem or a transport failure, never hidden. */
  readonly unattributed: readonly { readonly title: string; readonly error: string }[];
  readonly facts: RunFacts | null;
  readonly run: RunSummary | null;
  readonly matrix: readonly MatrixGroup[];
  /** Null: no permission check ran. */
  readonly permissions: PermissionMatrix | null;
  /** Null: no info answer was attached. */
  readonly info: readonly InfoResponse[] | null;
  /** Null: the breaking-change gate did not run. */
  readonly breaking: BreakingSection | null;
  readonly findings: readonly Finding[];
  readonly deviations: DeviationsSection;
  readonly coverage: Coverage;
  /** Null: no mutation.json in the reports folder. */
  readonly detection: DetectionPower | null;
  readonly skipped: readonly { readonly title: string; readonly reason: string }[];
  readonly tests: readonly TestRecord[];
}

export interface ModelInput {
  readonly tests: readonly TestRecord[];
  readonly facts: RunFacts | null;
  readonly run?: RunSummary | null;
  /** The suite's registered checks (for coverage per family). */
  readonly checks?: readonly CheckId[];
  readonly detection?: DetectionPower | null;
}

export function isCheckResult(value: unknown): value is CheckResult {
  return isJsonObject(value) && typeof value.check === 'string' && typeof value.operation === 'string' && typeof value.outcome === 'string';
}

export function isRunFacts(value: unknown): value is RunFacts {
  return isJsonObject(value) && typeof value.runId === 'string' && isJsonObject(value.target) && isJsonObject(value.document);
}

function isFailedStatus(status: TestStatus): boolean {
  return status === 'failed' || status === 'timedOut' || status === 'interrupted';
}

function verdictOf(failedTests: number, failedChecks: number, knownDeviations: number, tests: number): Verdict {
  // A run of zero tests (a --grep or --shard that matched nothing) proves nothing: never a PASS.
  if (failedTests > 0 || failedChecks > 0 || tests === 0) return 'FAIL';
  return knownDeviations > 0 ? 'PASS WITH KNOWN DEVIATIONS' : 'PASS';
}

function countsOf(tests: readonly TestRecord[], results: readonly CheckResult[]): Counts {
  return {
    tests: tests.length,
    passed: tests.filter((t) => t.status === 'passed').length,
    failed: tests.filter((t) => isFailedStatus(t.status)).length,
    skipped: tests.filter((t) => t.status === 'skipped').length,
    knownDeviations: results.filter((r) => r.outcome === 'known-deviation').length,
    failedResults: results.filter((r) => r.outcome === 'fail').length,
    requests: tests.reduce((n, t) => n + t.requests, 0),
    retries: tests.reduce((n, t) => n + t.retries, 0),
  };
}

function sortedTests(tests: readonly TestRecord[]): TestRecord[] {
  return [...tests].sort((a, b) => (a.file === b.file ? a.title.localeCompare(b.title) : a.file.localeCompare(b.file)));
}

export function buildModel(input: ModelInput): ComplianceModel {
  const tests = sortedTests(input.tests);
  const facts = input.facts;
  const results = tests.flatMap((t) => t.results);
  const counts = countsOf(tests, results);
  const failedChecks = [...new Set(results.filter((r) => r.outcome === 'fail').map((r) => r.check))].sort();
  const unattributed = tests.filter((t) => isFailedStatus(t.status) && !t.results.some((r) => r.outcome === 'fail')).map((t) => ({ title: t.title, error: t.error ?? t.status }));
  if (tests.length === 0) unattributed.push({ title: 'no test ran', error: 'no test matched this run (check --grep, --shard and the live document)' });
  return {
    verdict: verdictOf(counts.failed, failedChecks.length, counts.knownDeviations, counts.tests),
    counts,
    failedChecks,
    unattributed,
    facts,
    run: input.run ?? null,
    matrix: buildMatrix(tests, facts),
    permissions: buildPermissionMatrix(tests, facts),
    info: infoPerClient(tests),
    breaking: buildBreaking(tests),
    findings: (facts?.findings ?? []).flatMap((f) => (isFinding(f) ? [f] : [])),
    deviations: buildDeviations(tests, facts),
    coverage: buildCoverage(tests, facts, input.checks ?? []),
    detection: input.detection ?? null,
    skipped: tests.filter((t) => t.status === 'skipped').map((t) => ({ title: t.title, reason: t.skipReason ?? 'skipped' })),
    tests,
  };
}
