/** The check-failures reporter marks passed results holding a check failure failed, and nothing else; where workers fail tests. */
import { expect, test } from '@playwright/test';
import type { TestError, TestResult, TestStep } from '@playwright/test/reporter';
import {
  CHECKS_REPORTER_ENV,
  checkFailureError,
  checkFailureInfo,
  checkFailureSite,
  isCheckFailure,
} from '../../run/check-failures.ts';
import CheckFailuresReporter, { failOnChecks } from './check-failures-reporter.ts';

function step(title: string, category: string, steps: TestStep[] = [], error?: TestError): TestStep {
  return {
    title,
    category,
    steps,
    ...(error === undefined ? {} : { error }),
    annotations: [],
    attachments: [],
    duration: 1,
    startTime: new Date(0),
    titlePath: () => [title],
  };
}

function result(status: TestResult['status'], errors: TestError[]): TestResult {
  const checksStep = step('Fixture "checks"', 'fixture');
  return {
    status,
    errors,
    ...(errors[0] === undefined ? {} : { error: errors[0] }),
    steps: [
      step('Before Hooks', 'hook'),
      step('After Hooks', 'hook', [step('Fixture "world"', 'fixture'), checksStep]),
    ],
    annotations: [],
    attachments: [],
    duration: 1,
    parallelIndex: 0,
    retry: 0,
    startTime: new Date(0),
    stderr: [],
    stdout: [],
    workerIndex: 0,
  };
}

const failure = checkFailureInfo('✗ schema [getProject]: body does not match');

test('the failure a worker adds is the error a thrown failure becomes', () => {
  const thrown = checkFailureError('✗ schema [getProject]: body does not match');
  // Playwright reports a thrown Error as `${name}: ${message}`, its stack (no frames) as is.
  expect(failure).toEqual({ message: `${thrown.name}: ${thrown.message}`, stack: thrown.stack });
  expect(isCheckFailure(failure)).toBe(true);
  expect(isCheckFailure({ message: 'TransportError: connection reset' })).toBe(false);
});

test('a passed result holding a check failure becomes failed, its checks fixture step too', () => {
  const r = result('passed', [failure]);
  expect(failOnChecks(r)).toBe(true);
  expect(r.status).toBe('failed');
  expect(r.error).toEqual(failure);
  const after = r.steps[1];
  expect(after?.error).toEqual(failure);
  expect(after?.steps[1]?.error).toEqual(failure);
  expect(after?.steps[0]?.error).toBeUndefined();
  expect(r.steps[0]?.error).toBeUndefined();
});

test('other results are left alone', () => {
  const transport: TestError = {
    message: 'TransportError: connection reset',
    stack: 'TransportError: connection reset\n    at x (y.ts:1:1)',
  };
  for (const r of [
    result('passed', []),
    result('passed', [transport]),
    result('failed', [transport, failure]),
    result('skipped', [failure]),
    result('interrupted', []),
    result('timedOut', [failure]),
  ]) {
    const before = JSON.stringify(r);
    expect(failOnChecks(r)).toBe(false);
    expect(JSON.stringify(r)).toBe(before);
  }
});

test('workers leave check failures to the runner only when its reporter is there and the test is not retried', () => {
  const previous = process.env[CHECKS_REPORTER_ENV];
  try {
    Reflect.deleteProperty(process.env, CHECKS_REPORTER_ENV);
    expect(checkFailureSite(process.env, 0)).toBe('worker');
    new CheckFailuresReporter();
    expect(process.env[CHECKS_REPORTER_ENV]).toBe('1');
  } finally {
    if (previous === undefined) Reflect.deleteProperty(process.env, CHECKS_REPORTER_ENV);
    else process.env[CHECKS_REPORTER_ENV] = previous;
  }
  const withReporter = { [CHECKS_REPORTER_ENV]: '1' };
  expect(checkFailureSite(withReporter, 0)).toBe('runner');
  expect(checkFailureSite(withReporter, 1)).toBe('worker');
  expect(checkFailureSite({ ...withReporter, WMCT_CHECKS_FAIL_IN_WORKER: '1' }, 0)).toBe('worker');
  expect(checkFailureSite({}, 0)).toBe('worker');
  expect(checkFailureSite({ ...withReporter, WMCT_SOFT_CHECKS: '1' }, 0)).toBe('nowhere');
  expect(checkFailureSite({ WMCT_SOFT_CHECKS: '1' }, 2)).toBe('nowhere');
});
