/** info-organization: `authorizedOrganization` is a UUID, and the same for every client of the organization. */
import type { CheckDefinition, Verdict } from '../types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** @param fullClients the full client's organization, when this is another client */
export function judgeOrganization(organization: string, fullClients: string | undefined, client: string): Verdict {
  if (!UUID.test(organization))
    return {
      ok: false,
      message: `the ${client} client's authorizedOrganization is not a UUID`,
      expected: 'a UUID',
      actual: organization,
    };
  if (fullClients !== undefined && fullClients.toLowerCase() !== organization.toLowerCase()) {
    return {
      ok: false,
      message: `the ${client} client's authorizedOrganization differs from the full client's`,
      expected: fullClients,
      actual: organization,
    };
  }
  return { ok: true };
}

export interface OrganizationSeen {
  readonly organization: string;
  /** The full client's organization, when this is another client. */
  readonly fullClients: string | undefined;
  readonly client: string;
}

export const infoOrganization: CheckDefinition<OrganizationSeen> = {
  id: 'info-organization',
  family: 'info',
  title: 'authorizedOrganization is a UUID, the same for all clients',
  judge: ({ organization, fullClients, client }) => judgeOrganization(organization, fullClients, client),
};
