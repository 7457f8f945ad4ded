/** Tests for auth-malformed-token: exactly 401 passes; a served request fails and says so. */
import { expect, test } from '@playwright/test';
import { authMalformedToken } from './auth-malformed-token.ts';

test('auth-malformed-token: 401 passes; 200 fails as served, 403 as the wrong refusal', () => {
  expect(authMalformedToken.judge({ status: 401, expected: 401, what: 'getInfo with garbage bearer token' }).ok).toBe(
    true,
  );
  expect(authMalformedToken.judge({ status: 200, expected: 401, what: 'getInfo with garbage bearer token' })).toEqual({
    ok: false,
    message:
      'getInfo with garbage bearer token was answered 200, expected 401 — the target served a request it should have refused',
    expected: '401',
    actual: '200',
  });
  expect(authMalformedToken.judge({ status: 403, expected: 401, what: 'getInfo with garbage bearer token' }).ok).toBe(
    false,
  );
  expect(authMalformedToken).toMatchObject({ id: 'auth-malformed-token', family: 'auth' });
});
