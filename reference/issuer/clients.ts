/**
 * The token issuer's clients: who they are, what audience and Web Modeler permissions their
 * tokens carry and how long those live. Secrets are random per start, never constants.
 */
import { randomBytes } from 'node:crypto';
import type { ClientRole } from '../../src/core/domain.ts';

export const WEB_MODELER_AUDIENCE = 'web-modeler-public-api';
export const FOREIGN_AUDIENCE = 'zeebe-api';

export interface ClientSpec {
  readonly role: ClientRole;
  readonly id: string;
  readonly secret: string;
  readonly audience: string;
  /** Entries of the `permissions` claim for the Web Modeler API; null: no such claim. */
  readonly permissions: readonly string[] | null;
  readonly lifetimeSeconds: number;
}

export type ClientSet = Readonly<Record<ClientRole, ClientSpec>>;

export interface LifetimeOptions {
  readonly tokenLifetimeSeconds: number;
  readonly shortLivedTokenLifetimeSeconds: number;
}

const ALL_PERMISSIONS = ['create:*', 'read:*', 'update:*', 'delete:*'] as const;

function secret(): string {
  return randomBytes(24).toString('base64url');
}

export function makeClients(lifetimes: LifetimeOptions): ClientSet {
  const normal = lifetimes.tokenLifetimeSeconds;
  return {
    full: {
      role: 'full',
      id: 'wmct-full',
      secret: secret(),
      audience: WEB_MODELER_AUDIENCE,
      permissions: ALL_PERMISSIONS,
      lifetimeSeconds: normal,
    },
    limited: {
      role: 'limited',
      id: 'wmct-limited',
      secret: secret(),
      audience: WEB_MODELER_AUDIENCE,
      permissions: ['read:*'],
      lifetimeSeconds: normal,
    },
    foreign: {
      role: 'foreign',
      id: 'wmct-foreign',
      secret: secret(),
      audience: FOREIGN_AUDIENCE,
      permissions: null,
      lifetimeSeconds: normal,
    },
    shortLived: {
      role: 'shortLived',
      id: 'wmct-short-lived',
      secret: secret(),
      audience: WEB_MODELER_AUDIENCE,
      permissions: ALL_PERMISSIONS,
      lifetimeSeconds: lifetimes.shortLivedTokenLifetimeSeconds,
    },
  };
}

/** The client a person's tokens come from: Web Modeler's own UI (*assumed* name). */
export const UI_CLIENT_ID = 'web-modeler';

/**
 * The claims of a person's token (besides iss, iat, exp, nbf), as Keycloak issues them to Web
 * Modeler's UI: the person's name and email, all four permissions. For the project's tests that
 * need resources made by someone other than the suite's clients (sweep).
 */
export function userClaims(user: { readonly name: string; readonly email: string }): Record<string, unknown> {
  return {
    sub: `user-${user.email}`,
    azp: UI_CLIENT_ID,
    aud: WEB_MODELER_AUDIENCE,
    typ: 'Bearer',
    scope: 'openid profile email',
    name: user.name,
    email: user.email,
    preferred_username: user.email,
    permissions: { [WEB_MODELER_AUDIENCE]: [...ALL_PERMISSIONS] },
  };
}

/** The claims a client's tokens carry (besides iss, iat, exp, nbf). */
export function claimsFor(client: ClientSpec): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    sub: `service-account-${client.id}`,
    azp: client.id,
    client_id: client.id,
    aud: client.audience,
    typ: 'Bearer',
    scope: 'profile email',
  };
  if (client.permissions !== null) claims.permissions = { [WEB_MODELER_AUDIENCE]: [...client.permissions] };
  return claims;
}
