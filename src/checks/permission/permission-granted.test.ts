/** Tests for permission-granted: any 2xx. */
import { expect, test } from '@playwright/test';
import { permissionGranted } from './permission-granted.ts';

test('granted: any 2xx', () => {
  expect(permissionGranted.judge({ status: 200, what: 'x', why: 'y' }).ok).toBe(true);
  expect(permissionGranted.judge({ status: 204, what: 'x', why: 'y' }).ok).toBe(true);
  expect(permissionGranted.judge({ status: 403, what: 'x', why: 'it has read' })).toMatchObject({
    ok: false,
    message: 'x was answered 403, expected success (it has read)',
    expected: '2xx',
    actual: '403',
  });
  expect(permissionGranted).toMatchObject({ id: 'permission-granted', family: 'permission' });
});
