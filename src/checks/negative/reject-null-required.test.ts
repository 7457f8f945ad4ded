/** Tests for reject-null-required: the invalid request refused with the documented 400 passes; served, crashed or another refusal fails. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { rejectNullRequired } from './reject-null-required.ts';

const op = thingOperation('createThing');

test('reject-null-required: 400 passes; 201, 500 and 404 fail', () => {
  expect(rejectNullRequired.judge({ status: 400, op, what: 'name is null' })).toEqual({ ok: true });
  expect(rejectNullRequired.judge({ status: 201, op, what: 'name is null' })).toEqual({
    ok: false,
    message: 'name is null was answered 201',
    expected: '400',
    actual: '201',
  });
  expect(rejectNullRequired.judge({ status: 500, op, what: 'name is null' }).ok).toBe(false);
  expect(rejectNullRequired.judge({ status: 404, op, what: 'name is null' }).ok).toBe(false);
  expect(rejectNullRequired).toMatchObject({ id: 'reject-null-required', family: 'negative' });
});
