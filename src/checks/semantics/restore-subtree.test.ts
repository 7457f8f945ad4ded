/** Tests for restore-subtree: the restored item and its descendants all answer 200. */
import { expect, test } from '@playwright/test';
import { restoreSubtree } from './restore-subtree.ts';

test('200 for the item and its subtree passes; a descendant left deleted fails', () => {
  const folder = { status: 200, what: 'GET folder' };
  expect(restoreSubtree.judge({ answers: [folder, { status: 200, what: 'GET file' }] }).ok).toBe(true);
  expect(restoreSubtree.judge({ answers: [folder, { status: 404, what: 'GET file' }] })).toEqual({
    ok: false,
    message: 'GET file: answered 404, expected 200',
    expected: '200',
    actual: '404',
  });
  expect(restoreSubtree.judge({ answers: [] }).ok).toBe(false);
  expect(restoreSubtree).toMatchObject({ id: 'restore-subtree', family: 'semantics' });
});
