/**
 * Did the run execute its whole plan? From what Playwright hands a reporter — the planned tests
 * (onBegin's suite, also in a merge of shards), each test's results, the end-of-run status — and
 * what stopped the run, if this process knows (src/run/stop.ts). A run that did not is INCOMPLETE,
 * with one line saying why: "interrupted by SIGTERM: 73 of 125 tests did not run".
 *
 * A planned test did not run when it never started (the run stopped first, or Playwright gave up
 * on it after a worker exited and reported it skipped without a skip of its own), was stopped
 * mid-way (interrupted), or was cut off by its worker process exiting under it. A test that timed
 * out did run: its timeout is a failure of that test, and the run goes on with the next one.
 */
import type { FullResult, TestCase, TestResult } from '@playwright/test/reporter';
import { plural } from './format.ts';

/** How far a planned test got. */
export type TestProgress = 'ran' | 'not-started' | 'stopped' | 'cut-off';

/** Playwright's error for a test whose worker process exited while it ran. */
const WORKER_EXITED = /worker process exited unexpectedly/i;

/** What progressOf reads of a Playwright test case. */
export interface TestRuns {
  readonly expectedStatus: TestCase['expectedStatus'];
  readonly results: readonly Pick<TestResult, 'status' | 'errors' | 'error'>[];
}

export function progressOf(test: TestRuns): TestProgress {
  const last = test.results.at(-1);
  if (last === undefined) return 'not-started';
  if (last.status === 'interrupted') return 'stopped';
  if (last.status === 'skipped' && test.expectedStatus !== 'skipped') return 'not-started';
  const errors = [...last.errors, ...(last.error === undefined ? [] : [last.error])];
  if (last.status === 'failed' && errors.some((e) => WORKER_EXITED.test(e.message ?? ''))) return 'cut-off';
  return 'ran';
}

export interface CompletionInput {
  /** Every planned test: its title and how far it got. */
  readonly tests: readonly { readonly title: string; readonly progress: TestProgress }[];
  readonly status: FullResult['status'];
  /** What stopped the run, in words (e.g. "interrupted by SIGTERM"), when this process knows; else null. */
  readonly stoppedBy: string | null;
  /** `--max-failures` (0: none) and how many tests failed. */
  readonly maxFailures: number;
  readonly failedTests: number;
}

export interface Completion {
  readonly reason: string;
  readonly planned: number;
  /** Titles of the planned tests that did not run to the end. */
  readonly notRun: readonly string[];
}

/** Null: the run executed its whole plan (or had none to execute: a --grep that matched nothing). */
export function completionOf(input: CompletionInput): Completion | null {
  const planned = input.tests.length;
  const interrupted = input.stoppedBy ?? (input.status === 'interrupted' ? 'interrupted' : null);
  if (planned === 0) {
    if (interrupted !== null) return { reason: `${interrupted} during set-up: no test ran`, planned, notRun: [] };
    if (input.status === 'timedout')
      return {
        reason: 'the global timeout (--global-timeout) ran out during set-up: no test ran',
        planned,
        notRun: [],
      };
    return null;
  }
  const notRun = input.tests.filter((t) => t.progress !== 'ran');
  if (notRun.length === 0) return null;
  const cutOff = notRun.filter((t) => t.progress === 'cut-off').length;
  const cause =
    interrupted ??
    (input.status === 'timedout'
      ? 'the global timeout (--global-timeout) ran out'
      : input.maxFailures > 0 && input.failedTests >= input.maxFailures
        ? `stopped after ${plural(input.maxFailures, 'failed test')} (--max-failures=${input.maxFailures})`
        : cutOff > 0
          ? 'a worker process exited unexpectedly'
          : 'not every planned test ran');
  const crashNote =
    cutOff > 0 && cause !== 'a worker process exited unexpectedly'
      ? ` (${cutOff} cut off by a worker process that exited)`
      : '';
  const verb = cutOff === notRun.length ? 'did not run to the end' : 'did not run';
  return {
    reason: `${cause}: ${notRun.length} of ${plural(planned, 'test')} ${verb}${crashNote}`,
    planned,
    notRun: notRun.map((t) => t.title),
  };
}
