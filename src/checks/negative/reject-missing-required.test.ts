/** Tests for reject-missing-required: the invalid request refused with the documented 400 passes; served, crashed or another refusal fails. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { rejectMissingRequired } from './reject-missing-required.ts';

const op = thingOperation('createThing');

test('reject-missing-required: 400 passes; 201, 500 and 404 fail', () => {
  expect(rejectMissingRequired.judge({ status: 400, op, what: 'name is missing' })).toEqual({ ok: true });
  expect(rejectMissingRequired.judge({ status: 201, op, what: 'name is missing' })).toEqual({
    ok: false,
    message: 'name is missing was answered 201',
    expected: '400',
    actual: '201',
  });
  expect(rejectMissingRequired.judge({ status: 500, op, what: 'name is missing' }).ok).toBe(false);
  expect(rejectMissingRequired.judge({ status: 404, op, what: 'name is missing' }).ok).toBe(false);
  expect(rejectMissingRequired).toMatchObject({ id: 'reject-missing-required', family: 'negative' });
});
