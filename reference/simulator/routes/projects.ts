/** Projects: create, read (with root content), rename, delete (only when empty: no files) and search. */
import { readText } from '../json.ts';
import { DETAIL, ProblemError } from '../problem.ts';
import { live } from '../store.ts';
import type { RequestContext, RouteDef } from '../types.ts';
import { contentOf, projectMetadata } from '../views.ts';
import { lookup, markCreated, newAudit, noContent, searchHandler, update } from './common.ts';

const ID = '/projects/{projectId}';

function projectId(ctx: RequestContext): string {
  return ctx.params.projectId ?? '';
}

export function projectRoutes(): RouteDef[] {
  return [
    {
      operationId: 'createProject',
      method: 'post',
      path: '/projects',
      tag: 'Projects',
      description: 'Creates a project. It has no collaborators yet; add them with PUT /collaborators.',
      requestBody: 'CreateProjectDto',
      success: { status: 200, schema: 'ProjectMetadataDto' },
      errors: [400, 404, 500],
      permission: 'create',
      handler: (ctx) => {
        const record = { id: ctx.env.store.newId(), name: readText(ctx.body, 'name') ?? '', ...newAudit(ctx) };
        ctx.env.store.projects.set(record.id, markCreated(ctx, record));
        return { status: 200, body: projectMetadata(ctx.env, record) };
      },
    },
    {
      operationId: 'searchProjects',
      method: 'post',
      path: '/projects/search',
      tag: 'Projects',
      description:
        'Searches projects: filter (fields to match; dates take <, <=, >, >= and ||/y…||/s), sort, page and size (default 10).',
      requestBody: 'PubSearchDtoProjectMetadataDto',
      success: { status: 200, schema: 'PubSearchResultDtoProjectMetadataDto' },
      errors: [400, 404, 500],
      permission: 'read',
      search: { itemSchema: 'ProjectMetadataDto', unsortable: [] },
      handler: searchHandler((ctx) => live(ctx.env.store.projects).map((p) => projectMetadata(ctx.env, p))),
    },
    {
      operationId: 'getProject',
      method: 'get',
      path: ID,
      tag: 'Projects',
      success: { status: 200, schema: 'ProjectDto' },
      errors: [404, 500],
      permission: 'read',
      handler: (ctx) => {
        const project = lookup(ctx, ctx.env.store.projects, projectId(ctx), 'get');
        return {
          status: 200,
          body: { metadata: projectMetadata(ctx.env, project), content: contentOf(ctx.env, project.id, null) },
        };
      },
    },
    {
      operationId: 'updateProject',
      method: 'patch',
      path: ID,
      tag: 'Projects',
      requestBody: 'UpdateProjectDto',
      success: { status: 200, schema: 'ProjectMetadataDto' },
      errors: [400, 404, 500],
      permission: 'update',
      handler: (ctx) => {
        const project = lookup(ctx, ctx.env.store.projects, projectId(ctx), 'use');
        const next = update(
          ctx,
          project,
          { name: readText(ctx.body, 'name') ?? project.name },
          !ctx.env.behaviour.dropUpdates,
        );
        return { status: 200, body: projectMetadata(ctx.env, next) };
      },
    },
    {
      operationId: 'deleteProject',
      method: 'delete',
      path: ID,
      tag: 'Projects',
      description: 'Deletes an empty project (no files in it) with its folders and collaborators. Cannot be undone.',
      success: { status: 204 },
      errors: [404, 500],
      permission: 'delete',
      handler: (ctx) => {
        const project = lookup(ctx, ctx.env.store.projects, projectId(ctx), 'use');
        // The published description: "deletes an empty project. A project is considered empty if
        // there are no files in it." The status of a refusal is not documented: 400 is *assumed*.
        if (ctx.env.store.filesOfProject(project.id) > 0) throw new ProblemError(400, DETAIL.projectNotEmpty);
        ctx.env.store.deleteProject(project.id, ctx.env.behaviour.softDelete);
        return noContent();
      },
    },
  ];
}
