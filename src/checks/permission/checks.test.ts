/** Tests for the permission verdicts. */
import { expect, test } from '@playwright/test';
import { judgeDenied, judgeGranted, judgeSameStatus } from './checks.ts';

test('denied: exactly the expected status, with the reason for the expectation', () => {
  expect(judgeDenied(403, 403, 'x', 'y').ok).toBe(true);
  expect(judgeDenied(200, 403, 'createProject as the limited client', 'it lacks create')).toEqual({
    ok: false,
    message: 'createProject as the limited client was answered 200, expected 403 (it lacks create) — the request was carried out',
    expected: '403',
    actual: '200',
  });
  expect(judgeDenied(403, 401, 'x', 'WM_FOREIGN_TOKEN_STATUS=401')).toMatchObject({ ok: false, message: 'x was answered 403, expected 401 (WM_FOREIGN_TOKEN_STATUS=401)' });
});

test('granted: any 2xx', () => {
  expect(judgeGranted(200, 'x', 'y').ok).toBe(true);
  expect(judgeGranted(204, 'x', 'y').ok).toBe(true);
  expect(judgeGranted(403, 'x', 'it has read')).toMatchObject({ ok: false, expected: '2xx', actual: '403' });
});

test('existence: the same status for a known and an unknown id', () => {
  expect(judgeSameStatus(403, 403, 'x').ok).toBe(true);
  expect(judgeSameStatus(403, 404, 'deleteProject')).toMatchObject({ ok: false, actual: 'known 403, unknown 404' });
});
