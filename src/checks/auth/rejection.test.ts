/** Tests for the auth rejection verdict. */
import { expect, test } from '@playwright/test';
import { AUTH_REJECTION_CHECKS } from './index.ts';
import { authWrongAudience } from './auth-wrong-audience.ts';
import { judgeAuthStatus } from './rejection.ts';

test('exactly the expected status passes; a served request says so; the expectation source is named', () => {
  expect(judgeAuthStatus(401, 401, 'x').ok).toBe(true);
  expect(judgeAuthStatus(403, 401, 'getInfo with no token')).toEqual({
    ok: false,
    message: 'getInfo with no token was answered 403, expected 401',
    expected: '401',
    actual: '403',
  });
  expect(judgeAuthStatus(200, 401, 'x')).toMatchObject({
    message: 'x was answered 200, expected 401 — the target served a request it should have refused',
  });
  expect(judgeAuthStatus(401, 403, 'x', 'WM_FOREIGN_TOKEN_STATUS=403')).toMatchObject({
    message: 'x was answered 401, expected 403 (WM_FOREIGN_TOKEN_STATUS=403)',
  });
});

test('the seven rejection checks are in the auth family with distinct ids', () => {
  expect(new Set(AUTH_REJECTION_CHECKS.map((c) => c.id)).size).toBe(7);
  expect(AUTH_REJECTION_CHECKS.every((c) => c.family === 'auth')).toBe(true);
});

test('each rejection check judges by the rule: the expected status passes, a served request fails', () => {
  for (const check of AUTH_REJECTION_CHECKS) {
    expect(check.judge({ status: 401, expected: 401, what: 'x' }).ok, check.id).toBe(true);
    expect(check.judge({ status: 200, expected: 401, what: 'x' }).ok, check.id).toBe(false);
  }
  expect(
    authWrongAudience.judge({ status: 401, expected: 403, what: 'x', why: 'WM_FOREIGN_TOKEN_STATUS=403' }),
  ).toMatchObject({ ok: false, message: 'x was answered 401, expected 403 (WM_FOREIGN_TOKEN_STATUS=403)' });
});
