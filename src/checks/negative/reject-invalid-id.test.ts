/** Tests for reject-invalid-id: a path id that is not a UUID is refused with 400 or 404. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { rejectInvalidId } from './reject-invalid-id.ts';

const op = thingOperation('getThing');

test('reject-invalid-id: 400 and 404 pass; 200 and 500 fail', () => {
  expect(rejectInvalidId.judge({ status: 400, op, what: 'path thingId is not a UUID' })).toEqual({ ok: true });
  expect(rejectInvalidId.judge({ status: 404, op, what: 'path thingId is not a UUID' })).toEqual({ ok: true });
  expect(rejectInvalidId.judge({ status: 500, op, what: 'path thingId is not a UUID' })).toEqual({
    ok: false,
    message: 'path thingId is not a UUID was answered 500',
    expected: '400 or 404',
    actual: '500',
  });
  expect(rejectInvalidId.judge({ status: 200, op, what: 'x' }).ok).toBe(false);
  expect(rejectInvalidId).toMatchObject({ id: 'reject-invalid-id', family: 'negative' });
});
