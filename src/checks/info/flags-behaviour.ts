/** info-flags-behaviour: the permission flags of /info match what the operations actually allow that client. */
import type { CheckDefinition, Verdict } from '../types.ts';
import { FLAG_OF, type InfoBody } from './shape.ts';
import type { Permission } from '../../core/domain.ts';

/** @param allowed whether the probe of the permission was served (2xx) or refused (401/403) */
export function judgeFlagBehaviour(
  info: InfoBody,
  permission: Permission,
  allowed: boolean,
  probe: string,
  client: string,
): Verdict {
  const flag = info[FLAG_OF[permission]];
  if (flag === allowed) return { ok: true };
  return {
    ok: false,
    message: `GET /info for the ${client} client says ${FLAG_OF[permission]}=${flag}, but ${probe} was ${allowed ? 'allowed' : 'refused'}`,
    expected: `${FLAG_OF[permission]}=${allowed}`,
    actual: `${FLAG_OF[permission]}=${flag}`,
  };
}

export interface FlagBehaviourSeen {
  readonly info: InfoBody;
  readonly permission: Permission;
  /** Whether the probe of the permission was served (2xx) or refused (401/403). */
  readonly allowed: boolean;
  /** The probe, e.g. "searching projects (200)". */
  readonly probe: string;
  readonly client: string;
}

export const infoFlagsBehaviour: CheckDefinition<FlagBehaviourSeen> = {
  id: 'info-flags-behaviour',
  family: 'info',
  title: 'The permission flags of /info match what the operations allow',
  judge: ({ info, permission, allowed, probe, client }) => judgeFlagBehaviour(info, permission, allowed, probe, client),
};
