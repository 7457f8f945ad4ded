/** Tests for the info checks: shape, organization, version, and the flags against claims, expectations and behaviour. */
import { expect, test } from '@playwright/test';
import { UnsecuredJWT } from 'jose';
import { permissionsInToken } from './claims.ts';
import { grantedFlags, judgeFlagBehaviour, judgeFlags } from './flags.ts';
import { judgeOrganization } from './organization.ts';
import { isInfoBody, judgeInfoShape, type InfoBody } from './shape.ts';
import { expectedVersion, judgeVersion } from './version.ts';

const ORG = '3f1c2b4a-5d6e-4f70-8192-a3b4c5d6e7f8';
const INFO: InfoBody = { version: 'v1', authorizedOrganization: ORG, createPermission: false, readPermission: true, updatePermission: false, deletePermission: false };

test('info-shape: 200 with six rightly typed fields', () => {
  expect(judgeInfoShape(200, { ...INFO }, 'full').ok).toBe(true);
  expect(isInfoBody({ ...INFO })).toBe(true);
  expect(judgeInfoShape(401, undefined, 'full')).toMatchObject({ ok: false, actual: '401' });
  const { deletePermission: _dropped, ...five } = INFO;
  expect(judgeInfoShape(200, five, 'limited')).toMatchObject({ ok: false, message: 'GET /info with the limited client: `deletePermission` is missing' });
  expect(judgeInfoShape(200, { ...INFO, readPermission: 'true', version: 1 }, 'x')).toMatchObject({ ok: false, message: 'GET /info with the x client: `version` is not a string; `readPermission` is not a boolean' });
  expect(judgeInfoShape(200, [], 'x').ok).toBe(false);
});

test("info-organization: a UUID, and the full client's", () => {
  expect(judgeOrganization(ORG, undefined, 'full').ok).toBe(true);
  expect(judgeOrganization(ORG, ORG.toUpperCase(), 'limited').ok).toBe(true);
  expect(judgeOrganization('org-1', undefined, 'full')).toMatchObject({ ok: false, expected: 'a UUID' });
  expect(judgeOrganization(ORG, '00000000-0000-4000-8000-000000000000', 'limited')).toMatchObject({ ok: false, message: "the limited client's authorizedOrganization differs from the full client's" });
});

test('info-version: beta under /api/beta, v1 under /api/v1, nothing known elsewhere', () => {
  expect(expectedVersion('/api/beta')).toBe('beta');
  expect(expectedVersion('/api/v1')).toBe('v1');
  expect(expectedVersion('/api/v2')).toBeNull();
  expect(judgeVersion('v1', 'v1', '/api/v1').ok).toBe(true);
  expect(judgeVersion('v2', 'v1', '/api/v1')).toMatchObject({ ok: false, message: 'GET /api/v1/info reports version "v2"' });
});

test("permissions are read from the claim for the API's audience, or a plain list", () => {
  const jwt = (claims: Record<string, unknown>): string => new UnsecuredJWT(claims).encode();
  expect(permissionsInToken(jwt({ permissions: { 'web-modeler-public-api': ['read:*', 'delete:*'], zeebe: ['create:*'] } }), 'web-modeler-public-api')).toEqual({ permissions: ['read', 'delete'] });
  expect(permissionsInToken(jwt({ permissions: { zeebe: ['create:*'] } }), 'web-modeler-public-api')).toEqual({ permissions: [] });
  expect(permissionsInToken(jwt({ permissions: { only: ['update:*'] } }), null)).toEqual({ permissions: ['update'] });
  expect(permissionsInToken(jwt({ permissions: ['create:*', 'read'] }), null)).toEqual({ permissions: ['create', 'read'] });
  expect(permissionsInToken(jwt({ permissions: { a: [], b: [] } }), null)).toMatchObject({ reason: expect.stringContaining('WM_OAUTH_AUDIENCE') });
  expect(permissionsInToken(jwt({ sub: 'x' }), null)).toEqual({ reason: 'the token carries no `permissions` claim' });
  expect(permissionsInToken('opaque-token', null)).toEqual({ reason: 'the token is not a JWT, so its permissions cannot be read from it' });
});

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
