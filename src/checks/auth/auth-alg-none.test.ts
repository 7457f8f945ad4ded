/** Tests for auth-alg-none: exactly 401 passes; a served request fails and says so. */
import { expect, test } from '@playwright/test';
import { authAlgNone } from './auth-alg-none.ts';

test('auth-alg-none: 401 passes; 200 fails as served, 403 as the wrong refusal', () => {
  expect(authAlgNone.judge({ status: 401, expected: 401, what: 'getInfo with unsigned token (alg none)' }).ok).toBe(
    true,
  );
  expect(authAlgNone.judge({ status: 200, expected: 401, what: 'getInfo with unsigned token (alg none)' })).toEqual({
    ok: false,
    message:
      'getInfo with unsigned token (alg none) was answered 200, expected 401 — the target served a request it should have refused',
    expected: '401',
    actual: '200',
  });
  expect(authAlgNone.judge({ status: 403, expected: 401, what: 'getInfo with unsigned token (alg none)' }).ok).toBe(
    false,
  );
  expect(authAlgNone).toMatchObject({ id: 'auth-alg-none', family: 'auth' });
});
