/**
 * Tests for the progress reporter's own test (progress-reporter.test.ts runs them with a
 * config of its own): one passes, three fail with the same error, two fail with different
 * errors but the same fail-fast cause, one fails otherwise, one is skipped.
 */
import { test } from '@playwright/test';
import { FAIL_FAST_CAUSE } from '../../../src/run/fail-fast.ts';

/** An error like the World's Blocked: a name, a message, no stack frames. */
function stackless(message: string, name = 'Blocked'): Error {
  const error = new Error(message);
  error.name = name;
  error.stack = `${name}: ${message}`;
  return error;
}

test('passes', () => undefined);

for (const n of [1, 2, 3]) {
  test(`same error ${n}`, () => {
    throw stackless('creating a project (home): createProject answered 307');
  });
}

for (const label of ['home', 'versioned']) {
  test(`same cause, other words (${label})`, ({}, testInfo) => {
    testInfo.annotations.push({ type: FAIL_FAST_CAUSE, description: 'createFile answered 500' });
    throw stackless(`creating a file (${label}): createFile answered 500`);
  });
}

test('another error', () => {
  throw stackless('something else went wrong', 'Error');
});

test('skipped', () => {
  test.skip(true, 'fail-fast: the target failed 5 tests in a row the same way: createProject answered 307');
});
