/** Tests for environments-full-set: the read-back set equals the sent one, whatever the order. */
import { expect, test } from '@playwright/test';
import { environmentsFullSet } from './environments-full-set.ts';

test('the same set passes, in any order; an extra or a missing environment fails', () => {
  const what = 'updateWorkspaceEnvironments with [development], then getWorkspaceEnvironments';
  expect(environmentsFullSet.judge({ sent: ['a', 'b'], read: ['b', 'a'], what }).ok).toBe(true);
  expect(environmentsFullSet.judge({ sent: [], read: [], what }).ok).toBe(true);
  expect(environmentsFullSet.judge({ sent: ['a'], read: ['a', 'b'], what })).toEqual({
    ok: false,
    message: `${what}: the workspace has a, b, not exactly the a sent`,
    expected: 'a',
    actual: 'a, b',
  });
  expect(environmentsFullSet.judge({ sent: [], read: ['b'], what }).message).toBe(
    `${what}: the workspace has b, not exactly the empty set sent`,
  );
  expect(environmentsFullSet.judge({ sent: ['a'], read: [], what }).ok).toBe(false);
  expect(environmentsFullSet).toMatchObject({ id: 'environments-full-set', family: 'semantics' });
});
