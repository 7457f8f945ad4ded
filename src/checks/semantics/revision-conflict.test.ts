/** Tests for revision-conflict: a stale revision must get exactly 409. */
import { expect, test } from '@playwright/test';
import { revisionConflict } from './revision-conflict.ts';

test('409 passes; an accepted stale update or another refusal fails', () => {
  expect(revisionConflict.judge({ status: 409, what: 'updateFile with the stale revision 1' }).ok).toBe(true);
  expect(revisionConflict.judge({ status: 200, what: 'updateFile with the stale revision 1' })).toEqual({
    ok: false,
    message: 'updateFile with the stale revision 1: answered 200, expected 409',
    expected: '409',
    actual: '200',
  });
  expect(revisionConflict.judge({ status: 400, what: 'x' }).ok).toBe(false);
  expect(revisionConflict).toMatchObject({ id: 'revision-conflict', family: 'semantics' });
});
