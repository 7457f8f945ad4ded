/**
 * Where a test whose checks failed is failed. Playwright replaces a worker after every failed
 * test (microsoft/playwright#32803, not configurable), and a run against a target with one
 * systematic deviation fails nearly every test: a new worker per test made such runs 10× slower
 * than a clean one. So a worker that finds failed checks (not known deviations) in a test that
 * has not failed otherwise adds the failure to the test's errors without failing it — the very
 * error it used to throw, so Playwright reports it as before (its error-context.md included) —
 * and the run's first reporter (src/report/reporters/check-failures-reporter.ts) marks the result failed
 * before any other reporter, `--max-failures` or the run's result sees it. The worker goes on.
 *
 *   runner   (default) as above;
 *   worker   the test fails in its worker, as before: when the runner has no check-failures
 *            reporter (a `--reporter` given on the command line replaces the run's list), when
 *            the test may be retried (`--retries`: Playwright retries only what failed in the
 *            worker), with WMCT_CHECKS_FAIL_IN_WORKER=1 (test/check-failures.test.ts proves both
 *            ways give the same reports), and for a test that already failed otherwise (its
 *            worker is replaced anyway);
 *   nowhere  WMCT_SOFT_CHECKS=1 (the project's fault runs): no test fails on its checks; the
 *            compliance reporter still fails the run on any failed check.
 *
 * The reporter tells the workers it is there through the environment: it is made in the runner
 * before any worker starts, and workers inherit the runner's environment.
 */

import type { TestInfoError } from '@playwright/test';
import type { InternalVariable } from '../config/internal.ts';

/** Set by the check-failures reporter in the runner, read by the workers. */
export const CHECKS_REPORTER_ENV: InternalVariable = 'WMCT_CHECKS_REPORTER';

/** The first line of the error of a test whose checks failed (as Playwright reports a thrown Error). */
export const CHECK_FAILURE_PREFIX = 'Error: failed checks:\n';

export type CheckFailureSite = 'runner' | 'worker' | 'nowhere';

/** Where a test whose checks failed is failed, in a worker (`retries`: the test's retries). */
export function checkFailureSite(env: Readonly<Record<string, string | undefined>>, retries: number): CheckFailureSite {
  if (env.WMCT_SOFT_CHECKS === '1') return 'nowhere';
  if (env[CHECKS_REPORTER_ENV] !== '1' || retries > 0 || env.WMCT_CHECKS_FAIL_IN_WORKER === '1') return 'worker';
  return 'runner';
}

/**
 * The error that fails a test whose checks failed. Its text is the whole story (each failed check,
 * its operation and what was seen); it has no stack frames, so Playwright prints neither a trace
 * into the fixture nor a code excerpt of it.
 */
export function checkFailureError(summary: string): Error {
  const error = new Error(`failed checks:\n${summary}`);
  error.stack = `Error: ${error.message}`;
  return error;
}

/** The same error as Playwright reports a thrown one (`Error: ` before the message; the stack is the message). */
export function checkFailureInfo(summary: string): TestInfoError {
  const text = `${CHECK_FAILURE_PREFIX}${summary}`;
  return { message: text, stack: text };
}

/** Whether an error of a test is the failure of its checks. */
export function isCheckFailure(error: { readonly message?: string }): boolean {
  return error.message?.startsWith(CHECK_FAILURE_PREFIX) === true;
}
