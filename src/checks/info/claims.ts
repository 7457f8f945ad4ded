/**
 * The Web Modeler permissions a token was granted, read from its claims when it is a JWT:
 * Camunda Identity writes them as `permissions: { "<audience>": ["create:*", "read:*", …] }`;
 * a plain array under `permissions` is read too. The token is decoded, never verified (the
 * target verifies it); nothing of it is ever printed.
 */
import { decodeJwt } from 'jose';
import { PERMISSIONS, type Permission } from '../../core/domain.ts';

export type TokenPermissions = { readonly permissions: readonly Permission[] } | { readonly reason: string };

function namesOf(entries: unknown): Permission[] | null {
  if (!Array.isArray(entries)) return null;
  const names = entries.map((e) => (typeof e === 'string' ? e.split(':')[0] : undefined));
  return PERMISSIONS.filter((p) => names.includes(p));
}

function entriesFor(claim: unknown, audience: string | null): unknown {
  if (Array.isArray(claim) || claim === null || typeof claim !== 'object') return claim;
  const entries = Object.entries(claim);
  if (audience !== null) return entries.find(([k]) => k === audience)?.[1] ?? [];
  return entries.length === 1 ? entries[0]?.[1] : undefined;
}

/** @param audience the Web Modeler API audience (WM_OAUTH_AUDIENCE), null when not configured */
export function permissionsInToken(token: string, audience: string | null): TokenPermissions {
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(token);
  } catch {
    return { reason: 'the token is not a JWT, so its permissions cannot be read from it' };
  }
  if (!('permissions' in claims)) return { reason: 'the token carries no `permissions` claim' };
  const permissions = namesOf(entriesFor(claims.permissions, audience));
  if (permissions === null)
    return {
      reason: `the token's \`permissions\` claim does not say which apply to ${audience ?? 'the Web Modeler API'} (set WM_OAUTH_AUDIENCE)`,
    };
  return { permissions };
}
