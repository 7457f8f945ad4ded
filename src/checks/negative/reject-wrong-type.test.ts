/** Tests for reject-wrong-type: the invalid request refused with the documented 400 passes; served, crashed or another refusal fails. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { rejectWrongType } from './reject-wrong-type.ts';

const op = thingOperation('createThing');

test('reject-wrong-type: 400 passes; 201, 500 and 404 fail', () => {
  expect(rejectWrongType.judge({ status: 400, op, what: 'name is a number' })).toEqual({ ok: true });
  expect(rejectWrongType.judge({ status: 201, op, what: 'name is a number' })).toEqual({
    ok: false,
    message: 'name is a number was answered 201',
    expected: '400',
    actual: '201',
  });
  expect(rejectWrongType.judge({ status: 500, op, what: 'name is a number' }).ok).toBe(false);
  expect(rejectWrongType.judge({ status: 404, op, what: 'name is a number' }).ok).toBe(false);
  expect(rejectWrongType).toMatchObject({ id: 'reject-wrong-type', family: 'negative' });
});
