/** Tests for reject-missing-body: the invalid request refused with the documented 400 passes; served, crashed or another refusal fails. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { rejectMissingBody } from './reject-missing-body.ts';

const op = thingOperation('createThing');

test('reject-missing-body: 400 passes; 201, 500 and 404 fail', () => {
  expect(rejectMissingBody.judge({ status: 400, op, what: 'no body' })).toEqual({ ok: true });
  expect(rejectMissingBody.judge({ status: 201, op, what: 'no body' })).toEqual({
    ok: false,
    message: 'no body was answered 201',
    expected: '400',
    actual: '201',
  });
  expect(rejectMissingBody.judge({ status: 500, op, what: 'no body' }).ok).toBe(false);
  expect(rejectMissingBody.judge({ status: 404, op, what: 'no body' }).ok).toBe(false);
  expect(rejectMissingBody).toMatchObject({ id: 'reject-missing-body', family: 'negative' });
});
