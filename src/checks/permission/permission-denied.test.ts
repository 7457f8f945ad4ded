/** Tests for permission-denied: exactly the expected status, with the reason for the expectation. */
import { expect, test } from '@playwright/test';
import { permissionDenied } from './permission-denied.ts';

test('denied: exactly the expected status, with the reason for the expectation', () => {
  expect(permissionDenied.judge({ status: 403, expected: 403, what: 'x', why: 'y' }).ok).toBe(true);
  expect(
    permissionDenied.judge({
      status: 200,
      expected: 403,
      what: 'createProject as the limited client',
      why: 'it lacks create',
    }),
  ).toEqual({
    ok: false,
    message:
      'createProject as the limited client was answered 200, expected 403 (it lacks create) — the request was carried out',
    expected: '403',
    actual: '200',
  });
  expect(
    permissionDenied.judge({ status: 403, expected: 401, what: 'x', why: 'WM_FOREIGN_TOKEN_STATUS=401' }),
  ).toMatchObject({ ok: false, message: 'x was answered 403, expected 401 (WM_FOREIGN_TOKEN_STATUS=401)' });
  expect(permissionDenied).toMatchObject({ id: 'permission-denied', family: 'permission' });
});
