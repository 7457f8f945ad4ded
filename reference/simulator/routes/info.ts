/** GET /info: the API version, the organization and what the caller's token allows. */
import type { Permission } from '../../../src/config/load.ts';
import type { RequestContext, RouteDef } from '../types.ts';

function flag(ctx: RequestContext, permission: Permission): boolean {
  const granted = ctx.principal.permissions.has(permission);
  return ctx.env.behaviour.infoFlagLie === permission ? !granted : granted;
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
          authorizedOrganization: ctx.env.organizationId,
          createPermission: flag(ctx, 'create'),
          readPermission: flag(ctx, 'read'),
          updatePermission: flag(ctx, 'update'),
          deletePermission: flag(ctx, 'delete'),
        },
      }),
    },
  ];
}
