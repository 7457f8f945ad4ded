/** Tests for no-existence-leak: the same status for a known and an unknown id. */
import { expect, test } from '@playwright/test';
import { noExistenceLeak } from './no-existence-leak.ts';

test('existence: the same status for a known and an unknown id', () => {
  expect(noExistenceLeak.judge({ known: 403, unknown: 403, what: 'x' }).ok).toBe(true);
  expect(noExistenceLeak.judge({ known: 403, unknown: 404, what: 'deleteProject' })).toMatchObject({
    ok: false,
    expected: '403 for both',
    actual: 'known 403, unknown 404',
  });
  expect(noExistenceLeak).toMatchObject({ id: 'no-existence-leak', family: 'permission' });
});
