/**
 * info-flags-token: the permission flags of /info equal the permissions the token was granted
 * (its claims, and/or WM_EXPECT_PERMISSIONS_<CLIENT>).
 */
import type { CheckDefinition, Verdict } from '../types.ts';
import { grantedFlags, listOf } from './flags.ts';
import { FLAG_OF, type InfoBody } from './shape.ts';
import { PERMISSIONS, type Permission } from '../../core/domain.ts';

/** @param source where the expected permissions come from, e.g. "the token's claims" */
export function judgeFlags(info: InfoBody, expected: readonly Permission[], source: string, client: string): Verdict {
  const wrong = PERMISSIONS.filter((p) => info[FLAG_OF[p]] !== expected.includes(p));
  if (wrong.length === 0) return { ok: true };
  return {
    ok: false,
    message: `GET /info for the ${client} client reports ${wrong.map((p) => `${FLAG_OF[p]}=${info[FLAG_OF[p]]}`).join(', ')}, but ${source} grant ${listOf(expected)}`,
    expected: listOf(expected),
    actual: listOf(grantedFlags(info)),
  };
}

export interface FlagsSeen {
  readonly info: InfoBody;
  /** The permissions the token was granted. */
  readonly expected: readonly Permission[];
  /** Where they come from, e.g. "the token's claims". */
  readonly source: string;
  readonly client: string;
}

export const infoFlagsToken: CheckDefinition<FlagsSeen> = {
  id: 'info-flags-token',
  family: 'info',
  title: "The permission flags of /info equal the token's permissions",
  judge: ({ info, expected, source, client }) => judgeFlags(info, expected, source, client),
};
