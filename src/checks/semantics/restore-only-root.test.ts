/** Tests for restore-only-root: only 404 passes; an item restored apart from its deletion's root fails. */
import { expect, test } from '@playwright/test';
import { restoreOnlyRoot } from './restore-only-root.ts';

test('404 passes; any other answer fails', () => {
  expect(restoreOnlyRoot.judge({ status: 404, what: 'x' })).toEqual({ ok: true, message: 'x: 404' });
  expect(restoreOnlyRoot.judge({ status: 200, what: 'x' })).toEqual({
    ok: false,
    message: 'x: answered 200, expected 404',
    expected: '404',
    actual: '200',
  });
  expect(restoreOnlyRoot.judge({ status: 204, what: 'x' }).ok).toBe(false);
  expect(restoreOnlyRoot.judge({ status: 500, what: 'x' }).ok).toBe(false);
  expect(restoreOnlyRoot).toMatchObject({ id: 'restore-only-root', family: 'semantics' });
});
