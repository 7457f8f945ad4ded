/**
 * The permission flags of /info:
 *   info-flags-token      — they equal the permissions the token was granted (its claims, and/or
 *                           WM_EXPECT_PERMISSIONS_<CLIENT>);
 *   info-flags-behaviour  — they match what the operations actually allow that client.
 */
import { PERMISSIONS, type Permission } from '../../core/domain.ts';
import type { CheckId, Verdict } from '../types.ts';
import { FLAG_OF, type InfoBody } from './shape.ts';

export const infoFlagsToken: CheckId = { id: 'info-flags-token', family: 'info', title: "The permission flags of /info equal the token's permissions" };
export const infoFlagsBehaviour: CheckId = { id: 'info-flags-behaviour', family: 'info', title: 'The permission flags of /info match what the operations allow' };

export function grantedFlags(info: InfoBody): Permission[] {
  return PERMISSIONS.filter((p) => info[FLAG_OF[p]]);
}

function list(permissions: readonly Permission[]): string {
  return permissions.length === 0 ? 'none' : permissions.join(', ');
}

/** @param source where the expected permissions come from, e.g. "the token's claims" */
export function judgeFlags(info: InfoBody, expected: readonly Permission[], source: string, client: string): Verdict {
  const wrong = PERMISSIONS.filter((p) => info[FLAG_OF[p]] !== expected.includes(p));
  if (wrong.length === 0) return { ok: true };
  return {
    ok: false,
    message: `GET /info for the ${client} client reports ${wrong.map((p) => `${FLAG_OF[p]}=${info[FLAG_OF[p]]}`).join(', ')}, but ${source} grant ${list(expected)}`,
    expected: list(expected),
    actual: list(grantedFlags(info)),
  };
}

/** @param allowed whether the probe of the permission was served (2xx) or refused (401/403) */
export function judgeFlagBehaviour(info: InfoBody, permission: Permission, allowed: boolean, probe: string, client: string): Verdict {
  const flag = info[FLAG_OF[permission]];
  if (flag === allowed) return { ok: true };
  return {
    ok: false,
    message: `GET /info for the ${client} client says ${FLAG_OF[permission]}=${flag}, but ${probe} was ${allowed ? 'allowed' : 'refused'}`,
    expected: `${FLAG_OF[permission]}=${allowed}`,
    actual: `${FLAG_OF[permission]}=${flag}`,
  };
}
