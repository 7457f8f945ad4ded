/** Tests for auth-wrong-signature: exactly 401 passes; a served request fails and says so. */
import { expect, test } from '@playwright/test';
import { authWrongSignature } from './auth-wrong-signature.ts';

test('auth-wrong-signature: 401 passes; 200 fails as served, 403 as the wrong refusal', () => {
  expect(
    authWrongSignature.judge({ status: 401, expected: 401, what: 'getInfo with token signed by an unpublished key' })
      .ok,
  ).toBe(true);
  expect(
    authWrongSignature.judge({ status: 200, expected: 401, what: 'getInfo with token signed by an unpublished key' }),
  ).toEqual({
    ok: false,
    message:
      'getInfo with token signed by an unpublished key was answered 200, expected 401 — the target served a request it should have refused',
    expected: '401',
    actual: '200',
  });
  expect(
    authWrongSignature.judge({ status: 403, expected: 401, what: 'getInfo with token signed by an unpublished key' })
      .ok,
  ).toBe(false);
  expect(authWrongSignature).toMatchObject({ id: 'auth-wrong-signature', family: 'auth' });
});
