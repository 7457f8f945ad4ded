/** Tests for auth-wrong-audience: the configured status (401, or 403 with WM_FOREIGN_TOKEN_STATUS) passes, naming where the expectation comes from. */
import { expect, test } from '@playwright/test';
import { authWrongAudience } from './auth-wrong-audience.ts';

test('auth-wrong-audience: the configured status passes; another fails, naming the setting', () => {
  expect(
    authWrongAudience.judge({ status: 401, expected: 401, what: 'x', why: 'WM_FOREIGN_TOKEN_STATUS=401' }).ok,
  ).toBe(true);
  expect(
    authWrongAudience.judge({ status: 403, expected: 403, what: 'x', why: 'WM_FOREIGN_TOKEN_STATUS=403' }).ok,
  ).toBe(true);
  expect(
    authWrongAudience.judge({
      status: 401,
      expected: 403,
      what: 'getInfo as the foreign client',
      why: 'WM_FOREIGN_TOKEN_STATUS=403',
    }),
  ).toEqual({
    ok: false,
    message: 'getInfo as the foreign client was answered 401, expected 403 (WM_FOREIGN_TOKEN_STATUS=403)',
    expected: '403',
    actual: '401',
  });
  expect(authWrongAudience.judge({ status: 200, expected: 401, what: 'x' }).ok).toBe(false);
  expect(authWrongAudience).toMatchObject({ id: 'auth-wrong-audience', family: 'auth' });
});
