/** Tests for status-documented: exact, range and default matches pass; undocumented fails; 401/403 of secured operations are left to the document finding. */
import { expect, test } from '@playwright/test';
import { responseContext } from '../fixtures/response-context.ts';
import { statusDocumented } from './status-documented.ts';

test('a documented status passes, also through a range ("4XX") or "default"', () => {
  expect(statusDocumented.judge(responseContext('getThing', { status: 200 }))).toEqual({ ok: true });
  expect(statusDocumented.judge(responseContext('deleteThing', { status: 409 }))).toEqual({ ok: true });
  expect(statusDocumented.judge(responseContext('getThingText', { status: 503 }))).toEqual({ ok: true });
});

test('an undocumented status fails, listing the documented ones', () => {
  expect(statusDocumented.judge(responseContext('getThing', { status: 500 }))).toEqual({
    ok: false,
    message: 'status 500 is not documented for getThing',
    expected: 'one of 200, 404',
    actual: '500',
  });
  expect(statusDocumented.judge(responseContext('deleteThing', { status: 500 }))?.ok).toBe(false);
});

test('401 and 403 of a secured operation are not judged; of an unsecured one they are', () => {
  expect(statusDocumented.judge(responseContext('getThing', { status: 401 }))).toBeNull();
  expect(statusDocumented.judge(responseContext('createThing', { status: 403 }))).toBeNull();
  const unsecured = {
    ...responseContext('getThing', { status: 401 }),
    op: { ...responseContext('getThing', { status: 401 }).op, security: [] },
  };
  expect(statusDocumented.judge(unsecured)?.ok).toBe(false);
});
