/** Tests for snapshot-files-by-name: the listed names in name order, every file the project held listed. */
import { expect, test } from '@playwright/test';
import { snapshotFilesByName } from './snapshot-files-by-name.ts';

test('names in order pass (by code unit or without case); another order or a missing file fails', () => {
  const what = 'getProjectSnapshot of a snapshot of files made in the reverse of name order';
  expect(snapshotFilesByName.judge({ names: ['a', 'b', 'c'], held: ['b', 'a'], what }).ok).toBe(true);
  expect(snapshotFilesByName.judge({ names: ['a', 'B', 'c'], held: [], what }).ok).toBe(true);
  expect(snapshotFilesByName.judge({ names: ['B', 'a'], held: [], what }).ok).toBe(true);
  expect(snapshotFilesByName.judge({ names: ['b', 'a', 'c'], held: ['a', 'b'], what })).toEqual({
    ok: false,
    message: `${what}: the file versions are listed as b, a, c, not ordered by file name`,
    expected: 'a, b, c',
    actual: 'b, a, c',
  });
  expect(snapshotFilesByName.judge({ names: ['a'], held: ['a', 'b'], what })).toEqual({
    ok: false,
    message: `${what}: the snapshot does not list "b", which the project held`,
    expected: 'a, b',
    actual: 'a',
  });
  expect(snapshotFilesByName.judge({ names: [], held: ['a'], what }).ok).toBe(false);
  expect(snapshotFilesByName).toMatchObject({ id: 'snapshot-files-by-name', family: 'semantics' });
});
