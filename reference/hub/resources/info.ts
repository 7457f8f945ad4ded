/**
 * GET /info (facts §1.3, §4.3): the API version ("v2") and the organization the caller's
 * credentials belong to; unlike v1, no permission flags (a client learns what it may do from a
 * 403 naming the missing permission). Any valid token may ask.
 */
import { createHash } from 'node:crypto';
import type { HubContext, HubRouteDef } from '../types.ts';
import { objectOf, text, type Components } from '../schema.ts';
import type { HubResource } from './shared.ts';
import { ok } from './support.ts';

/** The organization; with the shared infoOrganizationPerClient knob, a UUID made from it and the client id. */
function organization(ctx: HubContext): string {
  if (!ctx.env.behaviour.infoOrganizationPerClient) return ctx.env.organizationId;
  const hex = createHash('sha256').update(`${ctx.env.organizationId}/${ctx.principal.clientId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function schemas(): Components {
  return {
    InfoResult: objectOf(
      {
        version: text('Version of the API: "v2".'),
        authorizedOrganization: text('The organization the credentials of the caller belong to.'),
      },
      { required: ['version', 'authorizedOrganization'] },
    ),
  };
}

function routes(): HubRouteDef[] {
  return [
    {
      operationId: 'getInfo',
      method: 'get',
      path: '/info',
      tag: 'Info',
      summary: 'Get API information',
      description: 'Answers the API version and the organization the credentials of the caller belong to.',
      addedIn: '0.1.0',
      success: { status: 200, description: 'The API information.', schema: 'InfoResult' },
      errors: [{ status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'any',
      handler: (ctx) =>
        ok({ version: ctx.env.behaviour.infoVersion ?? 'v2', authorizedOrganization: organization(ctx) }),
    },
  ];
}

export const INFO: HubResource = {
  tag: { name: 'Info', description: 'About the API.' },
  schemas,
  routes,
};
