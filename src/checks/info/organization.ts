/** info-organization: `authorizedOrganization` is a UUID, and the same for every client of the organization. */
import type { CheckId, Verdict } from '../types.ts';

export const infoOrganization: CheckId = { id: 'info-organization', family: 'info', title: 'authorizedOrganization is a UUID, the same for all clients' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** @param fullClients the full client's organization, when this is another client */
export function judgeOrganization(organization: string, fullClients: string | undefined, client: string): Verdict {
  if (!UUID.test(organization)) return { ok: false, message: `the ${client} client's authorizedOrganization is not a UUID`, expected: 'a UUID', actual: organization };
  if (fullClients !== undefined && fullClients.toLowerCase() !== organization.toLowerCase()) {
    return { ok: false, message: `the ${client} client's authorizedOrganization differs from the full client's`, expected: fullClients, actual: organization };
  }
  return { ok: true };
}
