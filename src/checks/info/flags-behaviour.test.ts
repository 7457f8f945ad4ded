/** Tests for info-flags-behaviour: each flag of /info against what the operations allowed that client. */
import { expect, test } from '@playwright/test';
import { infoFlagsBehaviour, judgeFlagBehaviour } from './flags-behaviour.ts';
import type { InfoBody } from './shape.ts';

const ORG = '3f1c2b4a-5d6e-4f70-8192-a3b4c5d6e7f8';
const INFO: InfoBody = {
  version: 'v1',
  authorizedOrganization: ORG,
  createPermission: false,
  readPermission: true,
  updatePermission: false,
  deletePermission: false,
};

test('a flag matching the behaviour passes; one that contradicts it fails', () => {
  expect(judgeFlagBehaviour(INFO, 'read', true, 'searching projects (200)', 'limited').ok).toBe(true);
  expect(judgeFlagBehaviour(INFO, 'create', false, 'creating a project (403)', 'limited').ok).toBe(true);
  expect(judgeFlagBehaviour(INFO, 'create', true, 'creating a project (200)', 'limited')).toMatchObject({
    ok: false,
    message: 'GET /info for the limited client says createPermission=false, but creating a project (200) was allowed',
  });
});

test('the definition judges what it is given', () => {
  expect(
    infoFlagsBehaviour.judge({
      info: INFO,
      permission: 'read',
      allowed: false,
      probe: 'searching projects (403)',
      client: 'limited',
    }),
  ).toMatchObject({
    ok: false,
    message: 'GET /info for the limited client says readPermission=true, but searching projects (403) was refused',
    expected: 'readPermission=false',
    actual: 'readPermission=true',
  });
  expect(infoFlagsBehaviour).toMatchObject({ id: 'info-flags-behaviour', family: 'info' });
});
