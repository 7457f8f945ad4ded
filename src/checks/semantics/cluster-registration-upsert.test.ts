/** Tests for cluster-registration-upsert: a successful second registration leaves one entry with the new name. */
import { expect, test } from '@playwright/test';
import { clusterRegistrationUpsert } from './cluster-registration-upsert.ts';

test('one registration with the new name passes; the old name, two, none or a refusal fails', () => {
  const what = 'createClusterRegistration of a registered id with a new name, then getClusterRegistrations';
  const seen = { status: 204, sent: 'new', what };
  expect(clusterRegistrationUpsert.judge({ ...seen, names: ['new'] }).ok).toBe(true);
  expect(clusterRegistrationUpsert.judge({ ...seen, names: ['old'] })).toEqual({
    ok: false,
    message: `${what}: the registration kept the name "old", not the "new" sent again`,
    expected: 'one registration named "new"',
    actual: '"old"',
  });
  expect(clusterRegistrationUpsert.judge({ ...seen, names: ['old', 'new'] }).message).toBe(
    `${what}: the id is registered 2 times ("old", "new"), not updated`,
  );
  expect(clusterRegistrationUpsert.judge({ ...seen, names: [] }).message).toBe(
    `${what}: the id is no longer registered`,
  );
  expect(clusterRegistrationUpsert.judge({ ...seen, status: 409, names: ['old'] })).toEqual({
    ok: false,
    message: `${what}: answered 409, expected success`,
    expected: 'one registration named "new"',
    actual: '409',
  });
  expect(clusterRegistrationUpsert).toMatchObject({ id: 'cluster-registration-upsert', family: 'semantics' });
});
