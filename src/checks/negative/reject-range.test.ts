/** Tests for reject-range: the invalid request refused with the documented 400 passes; served, crashed or another refusal fails. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { rejectRange } from './reject-range.ts';

const op = thingOperation('createThing');

test('reject-range: 400 passes; 201, 500 and 404 fail', () => {
  expect(rejectRange.judge({ status: 400, op, what: 'revision is -1' })).toEqual({ ok: true });
  expect(rejectRange.judge({ status: 201, op, what: 'revision is -1' })).toEqual({
    ok: false,
    message: 'revision is -1 was answered 201',
    expected: '400',
    actual: '201',
  });
  expect(rejectRange.judge({ status: 500, op, what: 'revision is -1' }).ok).toBe(false);
  expect(rejectRange.judge({ status: 404, op, what: 'revision is -1' }).ok).toBe(false);
  expect(rejectRange).toMatchObject({ id: 'reject-range', family: 'negative' });
});
