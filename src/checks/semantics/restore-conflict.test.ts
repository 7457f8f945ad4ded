/** Tests for restore-conflict: only 409 passes; a restoration while the container is deleted fails. */
import { expect, test } from '@playwright/test';
import { restoreConflict } from './restore-conflict.ts';

test('409 passes; any other answer fails', () => {
  expect(restoreConflict.judge({ status: 409, what: 'x' })).toEqual({ ok: true, message: 'x: 409' });
  expect(restoreConflict.judge({ status: 200, what: 'x' })).toEqual({
    ok: false,
    message: 'x: answered 200, expected 409',
    expected: '409',
    actual: '200',
  });
  expect(restoreConflict.judge({ status: 204, what: 'x' }).ok).toBe(false);
  expect(restoreConflict.judge({ status: 500, what: 'x' }).ok).toBe(false);
  expect(restoreConflict).toMatchObject({ id: 'restore-conflict', family: 'semantics' });
});
