/**
 * Fails, in the runner, the tests whose checks failed (src/run/check-failures.ts): the first
 * reporter of the run's list. A worker that finds failed checks in a test that passed otherwise
 * puts the failure (`Error: failed checks:\n✗ …`, the error it used to throw) into the test's
 * errors without failing the test, so it is not replaced; Playwright hands every reporter the
 * same result object, one after the other in list order, and counts a failure (`--max-failures`,
 * the run's result) only after they all had it. So this reporter marks such a result `failed`,
 * and puts the error on the `checks` fixture's step and on its "After Hooks" step, where a
 * thrown failure was (the Playwright HTML report shows the steps): every later reporter
 * (progress, compliance, JUnit, HTML, Allure, blob) sees what it saw when the worker failed
 * the test.
 *
 * A result that is not `passed` is left alone (failed in its worker, skipped, interrupted; a
 * merged blob's results were marked when the blob was written). The blob records steps as they
 * end, before this reporter sees the test: a report merged from blobs shows the test's error,
 * not the fixture step's. Tracing (WMCT_TRACE=1) records the errors a test throws, not this one.
 *
 * Hand-written: Playwright offers no hook between a test's end in the worker and its report.
 */
import type { Reporter, TestResult, TestStep } from '@playwright/test/reporter';
import { CHECKS_REPORTER_ENV, isCheckFailure } from '../../run/check-failures.ts';

function stepOf(steps: readonly TestStep[], category: string, title: string): TestStep | undefined {
  return steps.find((s) => s.category === category && s.title === title);
}

/** Marks a passed result whose errors hold the failure of its checks failed; true when it did. */
export function failOnChecks(result: TestResult): boolean {
  if (result.status !== 'passed') return false;
  const error = result.errors.find(isCheckFailure);
  if (error === undefined) return false;
  result.status = 'failed';
  result.error = result.errors[0];
  const after = stepOf(result.steps, 'hook', 'After Hooks');
  const fixture = after === undefined ? undefined : stepOf(after.steps, 'fixture', 'Fixture "checks"');
  if (after !== undefined && fixture !== undefined) {
    fixture.error ??= error;
    after.error ??= error;
  }
  return true;
}

export default class CheckFailuresReporter implements Reporter {
  constructor() {
    // Made in the runner before any worker starts: the workers (which inherit this environment)
    // leave failing a test on its checks to this reporter.
    process.env[CHECKS_REPORTER_ENV] = '1';
  }

  printsToStdio(): boolean {
    return false;
  }

  onTestEnd(_test: unknown, result: TestResult): void {
    failOnChecks(result);
  }
}
