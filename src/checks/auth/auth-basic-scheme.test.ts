/** Tests for auth-basic-scheme: exactly 401 passes; a served request fails and says so. */
import { expect, test } from '@playwright/test';
import { authBasicScheme } from './auth-basic-scheme.ts';

test('auth-basic-scheme: 401 passes; 200 fails as served, 403 as the wrong refusal', () => {
  expect(authBasicScheme.judge({ status: 401, expected: 401, what: 'getInfo with Basic credentials' }).ok).toBe(true);
  expect(authBasicScheme.judge({ status: 200, expected: 401, what: 'getInfo with Basic credentials' })).toEqual({
    ok: false,
    message:
      'getInfo with Basic credentials was answered 200, expected 401 — the target served a request it should have refused',
    expected: '401',
    actual: '200',
  });
  expect(authBasicScheme.judge({ status: 403, expected: 401, what: 'getInfo with Basic credentials' }).ok).toBe(false);
  expect(authBasicScheme).toMatchObject({ id: 'auth-basic-scheme', family: 'auth' });
});
