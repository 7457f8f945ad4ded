/** GET /info: the API version, the organization and what the caller's token allows. */
import { createHash } from 'node:crypto';
import type { Permission } from '../../../src/core/domain.ts';
import type { RequestContext, RouteDef } from '../types.ts';

function flag(ctx: RequestContext, permission: Permission): boolean {
  const granted = ctx.principal.permissions.has(permission);
  return ctx.env.behaviour.infoFlagLie === permission ? !granted : granted;
}

/** The organization; with infoOrganizationPerClient, a UUID made from it and the client id instead. */
function organization(ctx: RequestContext): string {
  if (!ctx.env.behaviour.infoOrganizationPerClient) return ctx.env.organizationId;
  const hex = createHash('sha256').update(`${ctx.env.organizationId}/${ctx.principal.clientId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function infoRoutes(): RouteDef[] {
  return [
    {
      operationId: 'getInfo',
      method: 'get',
      path: '/info',
      tag: 'Info',
      description: 'Tells which API version answers, which organization the token belongs to and what it may do.',
      success: { status: 200, schema: 'InfoDto' },
      errors: [500],
      permission: 'any',
      handler: (ctx) => ({
        status: 200,
        body: {
          version: ctx.env.behaviour.infoVersion ?? (ctx.env.generation === 'beta' ? 'beta' : 'v1'),
          authorizedOrganization: organization(ctx),
          createPermission: flag(ctx, 'create'),
          readPermission: flag(ctx, 'read'),
          updatePermission: flag(ctx, 'update'),
          deletePermission: flag(ctx, 'delete'),
        },
      }),
    },
  ];
}
