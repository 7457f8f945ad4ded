/** Tests for snapshot-restore-removes-added: the added file must answer exactly 404 after the restoration. */
import { expect, test } from '@playwright/test';
import { snapshotRestoreRemovesAdded } from './snapshot-restore-removes-added.ts';

test('404 passes; a file still there or another answer fails', () => {
  const what = 'getFile of a file added after the snapshot, after restoreProjectSnapshot';
  expect(snapshotRestoreRemovesAdded.judge({ status: 404, what }).ok).toBe(true);
  expect(snapshotRestoreRemovesAdded.judge({ status: 200, what })).toEqual({
    ok: false,
    message: `${what}: answered 200, expected 404`,
    expected: '404',
    actual: '200',
  });
  expect(snapshotRestoreRemovesAdded.judge({ status: 410, what }).ok).toBe(false);
  expect(snapshotRestoreRemovesAdded).toMatchObject({ id: 'snapshot-restore-removes-added', family: 'semantics' });
});
