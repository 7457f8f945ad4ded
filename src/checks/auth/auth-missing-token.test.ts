/** Tests for auth-missing-token: exactly 401 passes; a served request fails and says so. */
import { expect, test } from '@playwright/test';
import { authMissingToken } from './auth-missing-token.ts';

test('auth-missing-token: 401 passes; 200 fails as served, 403 as the wrong refusal', () => {
  expect(authMissingToken.judge({ status: 401, expected: 401, what: 'getInfo with no Authorization header' }).ok).toBe(
    true,
  );
  expect(authMissingToken.judge({ status: 200, expected: 401, what: 'getInfo with no Authorization header' })).toEqual({
    ok: false,
    message:
      'getInfo with no Authorization header was answered 200, expected 401 — the target served a request it should have refused',
    expected: '401',
    actual: '200',
  });
  expect(authMissingToken.judge({ status: 403, expected: 401, what: 'getInfo with no Authorization header' }).ok).toBe(
    false,
  );
  expect(authMissingToken).toMatchObject({ id: 'auth-missing-token', family: 'auth' });
});
