/**
 * Collaborators: add or change (PUT, 204), search, remove (204). Only users of the organization
 * can be added (*assumed*: an unknown email answers 404, as the documented statuses suggest).
 */
import { readText } from '../json.ts';
import { notFound } from '../problem.ts';
import type { RequestContext, RouteDef } from '../types.ts';
import { collaboratorDto } from '../views.ts';
import { lookup, noContent, searchHandler } from './common.ts';

function modifyCollaborator(ctx: RequestContext): void {
  const project = lookup(ctx, ctx.env.store.projects, readText(ctx.body, 'projectId') ?? '', 'use');
  const email = readText(ctx.body, 'email') ?? '';
  const user = ctx.env.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
  if (user === undefined) throw notFound('User not found in the authorized organization.');
  ctx.env.store.setCollaborator(project.id, user.email, readText(ctx.body, 'role') ?? '');
}

function deleteCollaborator(ctx: RequestContext): void {
  const project = lookup(ctx, ctx.env.store.projects, ctx.params.projectId ?? '', 'use');
  const email = ctx.params.email ?? '';
  if (ctx.env.store.collaborator(project.id, email) === undefined) throw notFound('Collaborator not found.');
  ctx.env.store.removeCollaborator(project.id, email);
}

export function collaboratorRoutes(): RouteDef[] {
  return [
    {
      operationId: 'modifyCollaborator',
      method: 'put',
      path: '/collaborators',
      tag: 'Collaborators',
      description:
        'Adds a collaborator to a project or changes its role. Only users of the authorized organization (see GET /info) who have logged in once can be added.',
      requestBody: 'CreateCollaboratorDto',
      success: { status: 204 },
      errors: [400, 404, 500],
      permission: 'update',
      handler: (ctx) => {
        modifyCollaborator(ctx);
        return noContent();
      },
    },
    {
      operationId: 'searchCollaborators',
      method: 'post',
      path: '/collaborators/search',
      tag: 'Collaborators',
      description: 'Searches collaborators: filter, sort (not by role), page and size (default 10).',
      requestBody: 'PubSearchDtoProjectCollaboratorDto',
      success: { status: 200, schema: 'PubSearchResultDtoProjectCollaboratorDto' },
      errors: [400, 404, 500],
      permission: 'read',
      search: { itemSchema: 'ProjectCollaboratorDto', unsortable: ['role'] },
      handler: searchHandler((ctx) => ctx.env.store.allCollaborators().map((c) => collaboratorDto(ctx.env, c))),
    },
    {
      operationId: 'deleteCollaborator',
      method: 'delete',
      path: '/projects/{projectId}/collaborators/{email}',
      tag: 'Collaborators',
      description: 'Removes a collaborator from a project. Cannot be undone.',
      textParams: ['email'],
      success: { status: 204 },
      errors: [404, 500],
      permission: 'delete',
      handler: (ctx) => {
        deleteCollaborator(ctx);
        return noContent();
      },
    },
  ];
}
