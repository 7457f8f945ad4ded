/**
 * The compliance model: what the reporters know after a run, built only from what Playwright
 * hands a reporter (test titles, annotations, statuses, and the `wmct-checks` / `wmct-run`
 * attachments) — so that a merged sharded run yields the same model as an unsharded one.
 */
import type { CheckResult, RunFacts } from '../checks/types.ts';
import { isJsonObject } from '../document/resolve.ts';

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
}

export interface ComplianceModel {
  readonly verdict: Verdict;
  readonly counts: { readonly tests: number; readonly passed: number; readonly failed: number; readonly skipped: number; readonly knownDeviations: number; readonly requests: number; readonly retries: number };
  /** Check IDs that failed (not known deviations), sorted. */
  readonly failedChecks: readonly string[];
  /** Failed tests without a failed check: a suite problem or a transport failure, never hidden. */
  readonly unattributed: readonly { readonly title: string; readonly error: string }[];
  readonly facts: RunFacts | null;
  readonly tests: readonly TestRecord[];
}

export function isCheckResult(value: unknown): value is CheckResult {
  return isJsonObject(value) && typeof value.check === 'string' && typeof value.operation === 'string' && typeof value.outcome === 'string';
}

export function isRunFacts(value: unknown): value is RunFacts {
  return isJsonObject(value) && typeof value.runId === 'string' && isJsonObject(value.target) && isJsonObject(value.document);
}

export function buildModel(tests: readonly TestRecord[], facts: RunFacts | null): ComplianceModel {
  const results = tests.flatMap((t) => t.results);
  const failedChecks = [...new Set(results.filter((r) => r.outcome === 'fail').map((r) => r.check))].sort();
  const failedTests = tests.filter((t) => t.status === 'failed' || t.status === 'timedOut' || t.status === 'interrupted');
  const unattributed = failedTests.filter((t) => !t.results.some((r) => r.outcome === 'fail')).map((t) => ({ title: t.title, error: t.error ?? t.status }));
  const knownDeviations = results.filter((r) => r.outcome === 'known-deviation').length;
  const verdict: Verdict = failedTests.length > 0 || failedChecks.length > 0 ? 'FAIL' : knownDeviations > 0 ? 'PASS WITH KNOWN DEVIATIONS' : 'PASS';
  return {
    verdict,
    counts: {
      tests: tests.length,
      passed: tests.filter((t) => t.status === 'passed').length,
      failed: failedTests.length,
      skipped: tests.filter((t) => t.status === 'skipped').length,
      knownDeviations,
      requests: tests.reduce((n, t) => n + t.requests, 0),
      retries: tests.reduce((n, t) => n + t.retries, 0),
    },
    failedChecks,
    unattributed,
    facts,
    tests: [...tests].sort((a, b) => (a.file === b.file ? a.title.localeCompare(b.title) : a.file.localeCompare(b.file))),
  };
}
