/**
 * The compliance model: what the reporters know after a run, built only from what Playwright
 * hands a reporter (test titles, annotations, statuses, and the `wmct-checks` / `wmct-run` /
 * `wmct-info` / `wmct-breaking` attachments) — so that a merged sharded run yields the same
 * model as an unsharded one. `compliance.json` is this model; the HTML page renders it.
 */
import type { CheckId } from '../../checks/types.ts';
import { buildBreaking, type BreakingSection } from './breaking.ts';
import { buildCoverage, type Coverage } from './coverage.ts';
import { buildDeviations, type DeviationsSection } from './deviations.ts';
import { infoPerClient } from './info.ts';
import { buildMatrix, type MatrixGroup } from './matrix.ts';
import { buildPermissionMatrix, type PermissionMatrix } from './permissions.ts';
import type { InfoAttachment } from '../../core/attachments.ts';
import { isFinding, type DetectionPower, type Finding } from './shapes.ts';
import type { TestRecord, TestStatus } from './test-record.ts';
import type { RunFacts } from '../../core/run-facts.ts';
import type { CheckResult } from '../../core/check-result.ts';

/**
 * PASS, PASS WITH KNOWN DEVIATIONS and FAIL judge a run that executed its whole plan. INCOMPLETE:
 * it did not (a signal, --max-failures, the global timeout, a worker that exited) — whatever the
 * tests that ran found, so never a pass; their own verdict is `stopped.ranVerdict`, and their
 * failures are listed as usual. ERROR: the run could not start (a setup problem, exit 2).
 */
export type RunVerdict = TestsVerdict | 'INCOMPLETE' | 'ERROR';

/** The verdict of tests that ran. */
export type TestsVerdict = 'PASS' | 'FAIL' | 'PASS WITH KNOWN DEVIATIONS';

/** Why a run is INCOMPLETE or ERROR, as its reporter saw it. */
export interface StopInput {
  readonly verdict: 'INCOMPLETE' | 'ERROR';
  /** One line, e.g. "interrupted by SIGTERM: 73 of 125 tests did not run". */
  readonly reason: string;
  /** The tests the run had planned (0: it stopped before it had a plan). */
  readonly planned: number;
  /** Titles of the planned tests that did not run to the end (never started, or stopped mid-way). */
  readonly notRun: readonly string[];
}

export interface Stopped extends StopInput {
  /** The verdict of the tests that did run (null: none did). */
  readonly ranVerdict: TestsVerdict | null;
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
  /** Planned tests that did not run to the end (INCOMPLETE runs). */
  readonly notRun: number;
  readonly knownDeviations: number;
  /** Check results that failed (not known deviations). */
  readonly failedResults: number;
  readonly requests: number;
  readonly retries: number;
}

export interface ComplianceModel {
  readonly verdict: RunVerdict;
  /** Null: the run executed its whole plan (the verdict is the tests' verdict). */
  readonly stopped: Stopped | null;
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
  readonly info: readonly InfoAttachment[] | null;
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
  /** The run did not execute its whole plan, or could not start. */
  readonly stopped?: StopInput | null;
}

/**
 * A test stopped mid-way is a test that did not run (an INCOMPLETE run lists it as such); in a run
 * nobody reported as stopped it counts as failed, so that it is never hidden.
 */
function isFailedStatus(status: TestStatus, stopped: boolean): boolean {
  return status === 'failed' || status === 'timedOut' || (status === 'interrupted' && !stopped);
}

function verdictOf(failedTests: number, failedChecks: number, knownDeviations: number, tests: number): TestsVerdict {
  // A run of zero tests (a --grep or --shard that matched nothing) proves nothing: never a PASS.
  if (failedTests > 0 || failedChecks > 0 || tests === 0) return 'FAIL';
  return knownDeviations > 0 ? 'PASS WITH KNOWN DEVIATIONS' : 'PASS';
}

/**
 * Counts partition the plan: passed, failed and skipped are the tests that ran; notRun those that
 * did not run to the end (never started, stopped mid-way, or cut off by a worker that exited).
 */
function countsOf(
  ran: readonly TestRecord[],
  results: readonly CheckResult[],
  stopped: StopInput | null,
  all: readonly TestRecord[],
): Counts {
  const notRun = stopped?.notRun.length ?? 0;
  return {
    tests: ran.length + notRun,
    passed: ran.filter((t) => t.status === 'passed').length,
    failed: ran.filter((t) => isFailedStatus(t.status, stopped !== null)).length,
    skipped: ran.filter((t) => t.status === 'skipped').length,
    notRun,
    knownDeviations: results.filter((r) => r.outcome === 'known-deviation').length,
    failedResults: results.filter((r) => r.outcome === 'fail').length,
    requests: all.reduce((n, t) => n + t.requests, 0),
    retries: all.reduce((n, t) => n + t.retries, 0),
  };
}

function sortedTests(tests: readonly TestRecord[]): TestRecord[] {
  return [...tests].sort((a, b) => (a.file === b.file ? a.title.localeCompare(b.title) : a.file.localeCompare(b.file)));
}

export function buildReportModel(input: ModelInput): ComplianceModel {
  const tests = sortedTests(input.tests);
  const facts = input.facts;
  const results = tests.flatMap((t) => t.results);
  const stop = input.stopped ?? null;
  // What the tests that did not run to the end found is kept (their failed checks are real), but
  // they count as not run, and why they stopped is the run's reason, not a failure of theirs.
  const notRun = new Set(stop?.notRun ?? []);
  const ran = tests.filter((t) => !notRun.has(t.title));
  const counts = countsOf(ran, results, stop, tests);
  const failedChecks = [...new Set(results.filter((r) => r.outcome === 'fail').map((r) => r.check))].sort();
  const unattributed = ran
    .filter((t) => isFailedStatus(t.status, stop !== null) && !t.results.some((r) => r.outcome === 'fail'))
    .map((t) => ({ title: t.title, error: t.error ?? t.status }));
  if (tests.length === 0 && stop === null)
    unattributed.push({
      title: 'no test ran',
      error: 'no test matched this run (check --grep, --shard and the live document)',
    });
  const testsVerdict = verdictOf(counts.failed, failedChecks.length, counts.knownDeviations, ran.length);
  return {
    verdict: stop?.verdict ?? testsVerdict,
    stopped: stop === null ? null : { ...stop, ranVerdict: ran.length === 0 ? null : testsVerdict },
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
    skipped: tests
      .filter((t) => t.status === 'skipped')
      .map((t) => ({ title: t.title, reason: t.skipReason ?? 'skipped' })),
    tests,
  };
}
