/** Tests for snapshot-search-version-set: the snapshots found equal the ones the set semantics select. */
import { expect, test } from '@playwright/test';
import { snapshotSearchVersionSet } from './snapshot-search-version-set.ts';

test('the same snapshots pass, in any order; a missing or an extra one fails', () => {
  const what = "searchProjectSnapshots in the test's project";
  const condition = '{"$neq":"v1"}';
  expect(snapshotSearchVersionSet.judge({ condition, expected: ['e'], found: ['e'], what }).ok).toBe(true);
  expect(snapshotSearchVersionSet.judge({ condition, expected: ['e', 'f'], found: ['f', 'e'], what }).ok).toBe(true);
  expect(snapshotSearchVersionSet.judge({ condition, expected: ['e'], found: [], what })).toEqual({
    ok: false,
    message: `${what}: fileVersionKey ${condition} missed e`,
    expected: 'e',
    actual: '',
  });
  expect(snapshotSearchVersionSet.judge({ condition, expected: ['e'], found: ['f'], what }).message).toBe(
    `${what}: fileVersionKey ${condition} missed e and found f, which it does not select`,
  );
  expect(snapshotSearchVersionSet.judge({ condition, expected: [], found: ['f'], what }).ok).toBe(false);
  expect(snapshotSearchVersionSet).toMatchObject({ id: 'snapshot-search-version-set', family: 'semantics' });
});
