/** Whether a run executed its whole plan, and the one line saying why not. */
import { expect, test } from '@playwright/test';
import { completionOf, progressOf, type CompletionInput, type TestProgress, type TestRuns } from './completion.ts';

function plan(...progress: TestProgress[]): CompletionInput['tests'] {
  return progress.map((p, i) => ({ title: `t${i}`, progress: p }));
}

const run = (tests: CompletionInput['tests'], more: Partial<CompletionInput> = {}): ReturnType<typeof completionOf> =>
  completionOf({ tests, status: 'passed', stoppedBy: null, maxFailures: 0, failedTests: 0, ...more });

test('how far a test got: not started, skipped by Playwright without running, stopped, cut off, ran', () => {
  const result = (status: TestRuns['results'][number]['status'], message?: string): TestRuns['results'][number] => ({
    status,
    errors: message === undefined ? [] : [{ message }],
  });
  expect(progressOf({ expectedStatus: 'passed', results: [] })).toBe('not-started');
  expect(progressOf({ expectedStatus: 'passed', results: [result('skipped')] })).toBe('not-started');
  expect(progressOf({ expectedStatus: 'skipped', results: [result('skipped')] })).toBe('ran');
  expect(progressOf({ expectedStatus: 'passed', results: [result('interrupted')] })).toBe('stopped');
  expect(
    progressOf({
      expectedStatus: 'passed',
      results: [result('failed', 'Error: worker process exited unexpectedly (code=null, signal=SIGKILL)')],
    }),
  ).toBe('cut-off');
  expect(progressOf({ expectedStatus: 'passed', results: [result('failed', 'expect(received).toBe(expected)')] })).toBe(
    'ran',
  );
  // A test timeout is a failure of a test that ran; the run goes on.
  expect(
    progressOf({ expectedStatus: 'passed', results: [result('timedOut', 'Test timeout of 120000ms exceeded.')] }),
  ).toBe('ran');
  expect(progressOf({ expectedStatus: 'passed', results: [result('passed')] })).toBe('ran');
});

test('a run whose every planned test ran is complete, whatever its status (a signal during the clean-up included)', () => {
  expect(run(plan('ran', 'ran'))).toBeNull();
  expect(run(plan('ran', 'ran'), { status: 'interrupted', stoppedBy: 'interrupted by SIGTERM' })).toBeNull();
  // No plan and no interrupt: a --grep that matched nothing, FAIL as before.
  expect(run([], { status: 'failed' })).toBeNull();
});

test('the reason names the signal, the count, and the tests', () => {
  const tests = plan('ran', 'ran', 'stopped', 'not-started', 'not-started');
  expect(run(tests, { status: 'interrupted', stoppedBy: 'interrupted by SIGTERM' })).toEqual({
    reason: 'interrupted by SIGTERM: 3 of 5 tests did not run',
    planned: 5,
    notRun: ['t2', 't3', 't4'],
  });
  // Interrupted, but not in this process (the blob of an interrupted shard, merged).
  expect(run(tests, { status: 'interrupted' })?.reason).toBe('interrupted: 3 of 5 tests did not run');
  expect(run(tests, { status: 'timedout' })?.reason).toBe(
    'the global timeout (--global-timeout) ran out: 3 of 5 tests did not run',
  );
  expect(run(tests, { status: 'failed', maxFailures: 1, failedTests: 1 })?.reason).toBe(
    'stopped after 1 failed test (--max-failures=1): 3 of 5 tests did not run',
  );
  expect(run(plan('ran', 'not-started'), { status: 'failed' })?.reason).toBe(
    'not every planned test ran: 1 of 2 tests did not run',
  );
});

test('a worker that exited: the test it ran was cut off', () => {
  expect(run(plan('ran', 'cut-off', 'ran'), { status: 'failed' })?.reason).toBe(
    'a worker process exited unexpectedly: 1 of 3 tests did not run to the end',
  );
  expect(
    run(plan('cut-off', 'not-started', 'ran'), { status: 'interrupted', stoppedBy: 'interrupted by SIGINT' })?.reason,
  ).toBe('interrupted by SIGINT: 2 of 3 tests did not run (1 cut off by a worker process that exited)');
});

test('stopped before any test was planned: during set-up', () => {
  expect(run([], { status: 'interrupted', stoppedBy: 'interrupted by SIGINT' })).toEqual({
    reason: 'interrupted by SIGINT during set-up: no test ran',
    planned: 0,
    notRun: [],
  });
  expect(run([], { status: 'interrupted' })?.reason).toBe('interrupted during set-up: no test ran');
  expect(run([], { status: 'timedout' })?.reason).toBe(
    'the global timeout (--global-timeout) ran out during set-up: no test ran',
  );
});
