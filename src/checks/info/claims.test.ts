/** Tests for reading the permissions a token was granted from its claims. */
import { expect, test } from '@playwright/test';
import { UnsecuredJWT } from 'jose';
import { permissionsInToken } from './claims.ts';

test("permissions are read from the claim for the API's audience, or a plain list", () => {
  const jwt = (claims: Record<string, unknown>): string => new UnsecuredJWT(claims).encode();
  expect(
    permissionsInToken(
      jwt({ permissions: { 'web-modeler-public-api': ['read:*', 'delete:*'], zeebe: ['create:*'] } }),
      'web-modeler-public-api',
    ),
  ).toEqual({ permissions: ['read', 'delete'] });
  expect(permissionsInToken(jwt({ permissions: { zeebe: ['create:*'] } }), 'web-modeler-public-api')).toEqual({
    permissions: [],
  });
  expect(permissionsInToken(jwt({ permissions: { only: ['update:*'] } }), null)).toEqual({ permissions: ['update'] });
  expect(permissionsInToken(jwt({ permissions: ['create:*', 'read'] }), null)).toEqual({
    permissions: ['create', 'read'],
  });
  expect(permissionsInToken(jwt({ permissions: { a: [], b: [] } }), null)).toMatchObject({
    reason: expect.stringContaining('WM_OAUTH_AUDIENCE'),
  });
  expect(permissionsInToken(jwt({ sub: 'x' }), null)).toEqual({ reason: 'the token carries no `permissions` claim' });
  expect(permissionsInToken('opaque-token', null)).toEqual({
    reason: 'the token is not a JWT, so its permissions cannot be read from it',
  });
});
