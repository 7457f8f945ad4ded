/** Tests for snapshot-restore-preserves: 204; one snapshot by another author when changed, none when not. */
import { expect, test } from '@playwright/test';
import { snapshotRestorePreserves } from './snapshot-restore-preserves.ts';

test("changed: one snapshot by someone else passes; none, two or the caller's fail", () => {
  const what = 'restoreProjectSnapshot after a file was added';
  const seen = { status: 204, changed: true, caller: 'me@example.com', what };
  expect(snapshotRestorePreserves.judge({ ...seen, added: ['system@example.com'] }).ok).toBe(true);
  expect(snapshotRestorePreserves.judge({ ...seen, added: [] })).toEqual({
    ok: false,
    message: `${what}: the current state was not kept: no snapshot was added before restoring`,
    expected: 'one system-authored snapshot added',
    actual: '0 added',
  });
  expect(snapshotRestorePreserves.judge({ ...seen, added: ['a', 'b'] }).ok).toBe(false);
  expect(snapshotRestorePreserves.judge({ ...seen, added: ['me@example.com'] }).message).toBe(
    `${what}: the snapshot added before restoring is attributed to the caller (me@example.com), not to the system user`,
  );
  expect(snapshotRestorePreserves.judge({ ...seen, added: [undefined] }).ok).toBe(false);
});

test('unchanged: no snapshot passes, one fails; any status but 204 fails', () => {
  const what = 'restoreProjectSnapshot of the latest snapshot, nothing changed';
  const seen = { status: 204, changed: false, caller: 'me@example.com', what };
  expect(snapshotRestorePreserves.judge({ ...seen, added: [] }).ok).toBe(true);
  expect(snapshotRestorePreserves.judge({ ...seen, added: ['system@example.com'] }).message).toBe(
    `${what}: the project had not changed since its latest snapshot, yet 1 snapshot(s) were added`,
  );
  expect(snapshotRestorePreserves.judge({ ...seen, status: 200, added: [] })).toEqual({
    ok: false,
    message: `${what}: answered 200, expected 204`,
    expected: '204',
    actual: '200',
  });
  expect(snapshotRestorePreserves).toMatchObject({ id: 'snapshot-restore-preserves', family: 'semantics' });
});
