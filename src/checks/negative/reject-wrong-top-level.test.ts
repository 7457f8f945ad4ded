/** Tests for reject-wrong-top-level: the invalid request refused with the documented 400 passes; served, crashed or another refusal fails. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { rejectWrongTopLevel } from './reject-wrong-top-level.ts';

const op = thingOperation('createThing');

test('reject-wrong-top-level: 400 passes; 201, 500 and 404 fail', () => {
  expect(rejectWrongTopLevel.judge({ status: 400, op, what: 'body is an array' })).toEqual({ ok: true });
  expect(rejectWrongTopLevel.judge({ status: 201, op, what: 'body is an array' })).toEqual({
    ok: false,
    message: 'body is an array was answered 201',
    expected: '400',
    actual: '201',
  });
  expect(rejectWrongTopLevel.judge({ status: 500, op, what: 'body is an array' }).ok).toBe(false);
  expect(rejectWrongTopLevel.judge({ status: 404, op, what: 'body is an array' }).ok).toBe(false);
  expect(rejectWrongTopLevel).toMatchObject({ id: 'reject-wrong-top-level', family: 'negative' });
});
