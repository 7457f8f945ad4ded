/** Tests for info-flags-token and info-flags-behaviour: the four flags against the token's permissions and against behaviour. */
import { expect, test } from '@playwright/test';
import { infoFlagsBehaviour, judgeFlagBehaviour } from './flags-behaviour.ts';
import { infoFlagsToken, judgeFlags } from './flags-token.ts';
import { grantedFlags } from './flags.ts';
import type { InfoBody } from './shape.ts';

const ORG = '3f1c2b4a-5d6e-4f70-8192-a3b4c5d6e7f8';
const INFO: InfoBody = { version: 'v1', authorizedOrganization: ORG, createPermission: false, readPermission: true, updatePermission: false, deletePermission: false };

test('info-flags-token and info-flags-behaviour compare the four flags', () => {
  expect(grantedFlags(INFO)).toEqual(['read']);
  expect(judgeFlags(INFO, ['read'], "the token's claims", 'limited').ok).toBe(true);
  expect(judgeFlags(INFO, ['read', 'delete'], "the token's claims", 'limited')).toEqual({
    ok: false,
    message: "GET /info for the limited client reports deletePermission=false, but the token's claims grant read, delete",
    expected: 'read, delete',
    actual: 'read',
  });
  expect(judgeFlagBehaviour(INFO, 'read', true, 'searching projects (200)', 'limited').ok).toBe(true);
  expect(judgeFlagBehaviour(INFO, 'create', true, 'creating a project (200)', 'limited')).toMatchObject({ ok: false, message: 'GET /info for the limited client says createPermission=false, but creating a project (200) was allowed' });
});

test('the definitions judge what they are given', () => {
  expect(infoFlagsToken.judge({ info: INFO, expected: ['read'], source: 'WM_EXPECT_PERMISSIONS_LIMITED', client: 'limited' }).ok).toBe(true);
  expect(infoFlagsToken.judge({ info: INFO, expected: [], source: 'WM_EXPECT_PERMISSIONS_LIMITED', client: 'limited' })).toMatchObject({ ok: false, expected: 'none', actual: 'read' });
  expect(infoFlagsBehaviour.judge({ info: INFO, permission: 'read', allowed: false, probe: 'searching projects (403)', client: 'limited' })).toMatchObject({ ok: false, message: 'GET /info for the limited client says readPermission=true, but searching projects (403) was refused' });
  expect([infoFlagsToken.family, infoFlagsBehaviour.family]).toEqual(['info', 'info']);
});
