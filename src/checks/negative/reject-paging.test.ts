/** Tests for reject-paging: the invalid request refused with the documented 400 passes; served, crashed or another refusal fails. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { rejectPaging } from './reject-paging.ts';

const op = thingOperation('createThing');

test('reject-paging: 400 passes; 201, 500 and 404 fail', () => {
  expect(rejectPaging.judge({ status: 400, op, what: 'page is -1' })).toEqual({ ok: true });
  expect(rejectPaging.judge({ status: 201, op, what: 'page is -1' })).toEqual({
    ok: false,
    message: 'page is -1 was answered 201',
    expected: '400',
    actual: '201',
  });
  expect(rejectPaging.judge({ status: 500, op, what: 'page is -1' }).ok).toBe(false);
  expect(rejectPaging.judge({ status: 404, op, what: 'page is -1' }).ok).toBe(false);
  expect(rejectPaging).toMatchObject({ id: 'reject-paging', family: 'negative' });
});
