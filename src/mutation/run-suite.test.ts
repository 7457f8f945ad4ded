/**
 * A lane's exit code in a run of several lanes: its own share's verdict, the child's when the
 * lane has no report or the run could not start its tests, and a failure of the run outside
 * every lane's report (the secret scan's exit 1) fails every lane — no lane passes on it.
 */
import { expect, test } from '@playwright/test';
import { laneExitCodes } from './run-suite.ts';

test('each lane its own share: 0 passed, 1 failed; no report: the child’s exit, at least 1', () => {
  expect(laneExitCodes(1, ['passed', 'failed', null])).toEqual([0, 1, 1]);
  expect(laneExitCodes(0, ['passed', 'passed'])).toEqual([0, 0]);
  expect(laneExitCodes(0, ['passed', null])).toEqual([0, 1]);
});

test('a run that could not run its tests (exit 2 and above) is every lane’s exit', () => {
  expect(laneExitCodes(2, ['passed', null])).toEqual([2, 2]);
  expect(laneExitCodes(130, ['passed', 'failed'])).toEqual([130, 130]);
});

test('a run that failed while every lane passed (the secret scan found a secret) fails every lane', () => {
  expect(laneExitCodes(1, ['passed', 'passed'])).toEqual([1, 1]);
  expect(laneExitCodes(1, ['passed'])).toEqual([1]);
});
