import { CLIENT_ROLES } from '../../core/domain.ts';
/** The order clients are shown in: by role (full, limited, foreign, shortLived), then by name. */

function rank(client: string): number {
  const i = CLIENT_ROLES.findIndex((r) => r === client);
  return i === -1 ? CLIENT_ROLES.length : i;
}

export function compareClients(a: string, b: string): number {
  return rank(a) - rank(b) || a.localeCompare(b);
}
