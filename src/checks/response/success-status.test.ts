/** Tests for success-status: judged only on positive calls, against the documented 2xx statuses. */
import { expect, test } from '@playwright/test';
import { responseContext } from '../fixtures/response-context.ts';
import { successStatus } from './success-status.ts';

test('a positive call answered with the documented success status passes', () => {
  expect(successStatus.judge(responseContext('createThing', { status: 200, expectation: 'success' }))).toEqual({
    ok: true,
  });
  expect(successStatus.judge(responseContext('deleteThing', { status: 204, expectation: 'success' }))).toEqual({
    ok: true,
  });
});

test('a positive call answered otherwise fails, naming the expected status', () => {
  expect(successStatus.judge(responseContext('createThing', { status: 201, expectation: 'success' }))).toEqual({
    ok: false,
    message: 'a valid createThing request was answered 201',
    expected: '200',
    actual: '201',
  });
  expect(successStatus.judge(responseContext('deleteThing', { status: 200, expectation: 'success' }))?.ok).toBe(false);
});

test('not applicable to rejections, to calls without expectation, or without a documented 2xx', () => {
  expect(successStatus.judge(responseContext('createThing', { status: 400, expectation: 'rejection' }))).toBeNull();
  expect(successStatus.judge(responseContext('createThing', { status: 500, expectation: 'any' }))).toBeNull();
  const ctx = responseContext('getThing', { status: 404, expectation: 'success' });
  expect(
    successStatus.judge({ ...ctx, op: { ...ctx.op, responses: ctx.op.responses.filter((r) => r.status !== '200') } }),
  ).toBeNull();
});
