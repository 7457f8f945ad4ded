/** Tests for auth-expired-token: exactly 401 passes; a served request fails and says so. */
import { expect, test } from '@playwright/test';
import { authExpiredToken } from './auth-expired-token.ts';

test('auth-expired-token: 401 passes; 200 fails as served, 403 as the wrong refusal', () => {
  expect(authExpiredToken.judge({ status: 401, expected: 401, what: 'getInfo with expired token' }).ok).toBe(true);
  expect(authExpiredToken.judge({ status: 200, expected: 401, what: 'getInfo with expired token' })).toEqual({
    ok: false,
    message:
      'getInfo with expired token was answered 200, expected 401 — the target served a request it should have refused',
    expected: '401',
    actual: '200',
  });
  expect(authExpiredToken.judge({ status: 403, expected: 401, what: 'getInfo with expired token' }).ok).toBe(false);
  expect(authExpiredToken).toMatchObject({ id: 'auth-expired-token', family: 'auth' });
});
