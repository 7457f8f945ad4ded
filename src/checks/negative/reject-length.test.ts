/** Tests for reject-length: the invalid request refused with the documented 400 passes; served, crashed or another refusal fails. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { rejectLength } from './reject-length.ts';

const op = thingOperation('createThing');

test('reject-length: 400 passes; 201, 500 and 404 fail', () => {
  expect(rejectLength.judge({ status: 400, op, what: 'name is too long' })).toEqual({ ok: true });
  expect(rejectLength.judge({ status: 201, op, what: 'name is too long' })).toEqual({
    ok: false,
    message: 'name is too long was answered 201',
    expected: '400',
    actual: '201',
  });
  expect(rejectLength.judge({ status: 500, op, what: 'name is too long' }).ok).toBe(false);
  expect(rejectLength.judge({ status: 404, op, what: 'name is too long' }).ok).toBe(false);
  expect(rejectLength).toMatchObject({ id: 'reject-length', family: 'negative' });
});
