/** Tests for reject-pattern: the invalid request refused with the documented 400 passes; served, crashed or another refusal fails. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { rejectPattern } from './reject-pattern.ts';

const op = thingOperation('createThing');

test('reject-pattern: 400 passes; 201, 500 and 404 fail', () => {
  expect(rejectPattern.judge({ status: 400, op, what: 'fileType is not allowed' })).toEqual({ ok: true });
  expect(rejectPattern.judge({ status: 201, op, what: 'fileType is not allowed' })).toEqual({
    ok: false,
    message: 'fileType is not allowed was answered 201',
    expected: '400',
    actual: '201',
  });
  expect(rejectPattern.judge({ status: 500, op, what: 'fileType is not allowed' }).ok).toBe(false);
  expect(rejectPattern.judge({ status: 404, op, what: 'fileType is not allowed' }).ok).toBe(false);
  expect(rejectPattern).toMatchObject({ id: 'reject-pattern', family: 'negative' });
});
