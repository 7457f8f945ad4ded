/** Tests for info-flags-token: the four flags of /info against the permissions the token was granted. */
import { expect, test } from '@playwright/test';
import { grantedFlags } from './flags.ts';
import { infoFlagsToken, judgeFlags } from './flags-token.ts';
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

test('the flags equal to the granted permissions pass; a flag that differs fails, naming the source', () => {
  expect(grantedFlags(INFO)).toEqual(['read']);
  expect(judgeFlags(INFO, ['read'], "the token's claims", 'limited').ok).toBe(true);
  expect(judgeFlags(INFO, ['read', 'delete'], "the token's claims", 'limited')).toEqual({
    ok: false,
    message:
      "GET /info for the limited client reports deletePermission=false, but the token's claims grant read, delete",
    expected: 'read, delete',
    actual: 'read',
  });
});

test('the definition judges what it is given', () => {
  expect(
    infoFlagsToken.judge({ info: INFO, expected: ['read'], source: 'WM_EXPECT_PERMISSIONS_LIMITED', client: 'limited' })
      .ok,
  ).toBe(true);
  expect(
    infoFlagsToken.judge({ info: INFO, expected: [], source: 'WM_EXPECT_PERMISSIONS_LIMITED', client: 'limited' }),
  ).toMatchObject({ ok: false, expected: 'none', actual: 'read' });
  expect(infoFlagsToken).toMatchObject({ id: 'info-flags-token', family: 'info' });
});
