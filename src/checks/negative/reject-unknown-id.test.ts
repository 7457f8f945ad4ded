/** Tests for reject-unknown-id: an id that names nothing gets 404, whatever the operation documents. */
import { expect, test } from '@playwright/test';
import { thingOperation } from '../fixtures/response-context.ts';
import { rejectUnknownId } from './reject-unknown-id.ts';

const op = thingOperation('createThing');

test('reject-unknown-id: 404 passes; 400, 200 and 500 fail', () => {
  expect(rejectUnknownId.judge({ status: 404, op, what: 'folderId names nothing' })).toEqual({ ok: true });
  expect(rejectUnknownId.judge({ status: 400, op, what: 'folderId names nothing' })).toEqual({
    ok: false,
    message: 'folderId names nothing was answered 400',
    expected: '404',
    actual: '400',
  });
  expect(rejectUnknownId.judge({ status: 200, op, what: 'x' }).ok).toBe(false);
  expect(rejectUnknownId.judge({ status: 500, op, what: 'x' }).ok).toBe(false);
  expect(rejectUnknownId).toMatchObject({ id: 'reject-unknown-id', family: 'negative' });
});
