/**
 * Projects (facts §2.1 "Projects"; Web Modeler v1's process applications): create in a
 * workspace, get with the folders and files at its root, rename or move to another workspace
 * (409 for the workspace's migration-created catch-all project), soft delete cascading to its
 * folders and files, permanent delete, search across the organization, recently-deleted search
 * and restoration.
 */
import { readText } from '../../simulator/json.ts';
import { ProblemError } from '../../simulator/problem.ts';
import type { SearchItem } from '../search.ts';
import { isLive, type ProjectRecord } from '../store.ts';
import { deletePermanently, restore, softDelete } from '../trash.ts';
import type { HubContext, HubRouteDef } from '../types.ts';
import { deletedProject, fileResult, folderResult, projectResult } from '../views.ts';
import { arrayOf, name, objectOf, ref, refProp, text, type Components } from '../schema.ts';
import {
  auditProperties,
  deletionProperties,
  keyParameter,
  searchSchemas,
  searchSpec,
  type HubResource,
  type SearchDef,
} from './shared.ts';
import {
  bodyRecord,
  liveRecord,
  markCreated,
  newAudit,
  noContent,
  ok,
  pathKey,
  recentlyDeleted,
  searchAnswer,
  touch,
  shownInV2,
} from './support.ts';

const KEY = '/projects/{projectKey}';
const REQUIRES = { kind: 'Project', bind: { projectKey: { from: 'path', name: 'projectKey' } } } as const;
const ADDED = '8.10';

const SEARCH: SearchDef = {
  base: 'Project',
  what: 'projects',
  item: 'ProjectResult',
  sortFields: ['name', 'created', 'updated'],
  filters: {
    workspaceKey: { kind: 'basic', description: 'The workspace of the project.', semanticType: 'WorkspaceKey' },
    name: { kind: 'string', description: 'The project name.' },
    created: { kind: 'date', description: 'When the project was created.' },
    updated: { kind: 'date', description: 'When the project was last changed.' },
    createdBy: { kind: 'basic', description: 'Email address of who created the project.' },
    updatedBy: { kind: 'basic', description: 'Email address of who last changed the project.' },
  },
};

const DELETED_SEARCH: SearchDef = {
  base: 'RecentlyDeletedProject',
  what: 'recently deleted projects',
  item: 'RecentlyDeletedProjectResult',
  sortFields: ['name', 'deleted'],
  filters: {
    projectKey: { kind: 'basic', description: 'Key of the deleted project.', semanticType: 'ProjectKey' },
    name: { kind: 'string', description: 'The project name.' },
    workspaceKey: { kind: 'basic', description: 'The workspace the project was in.', semanticType: 'WorkspaceKey' },
    deleted: { kind: 'date', description: 'When the project was deleted.' },
  },
};

function schemas(): Components {
  return {
    ProjectCreateRequest: objectOf(
      {
        name: name('Name of the new project.'),
        workspaceKey: refProp('WorkspaceKey', 'The workspace to create it in.'),
      },
      { strict: true, required: ['name', 'workspaceKey'] },
    ),
    ProjectUpdateRequest: objectOf(
      { name: name('New name.'), workspaceKey: refProp('WorkspaceKey', 'The workspace to move the project to.') },
      { strict: true },
    ),
    ProjectResult: objectOf(
      {
        projectKey: refProp('ProjectKey', 'Key of the project.'),
        name: text('Name of the project.'),
        workspaceKey: refProp('WorkspaceKey', 'The workspace of the project.'),
        ...auditProperties('project'),
      },
      { required: ['projectKey', 'name', 'workspaceKey', 'created', 'createdBy', 'updated', 'updatedBy'] },
    ),
    ProjectDetailResult: objectOf(
      {
        project: refProp('ProjectResult', 'The project.'),
        content: refProp('ProjectContent', 'What is at the project root.'),
      },
      { description: 'A project and what is at its root.', required: ['project', 'content'] },
    ),
    ProjectContent: objectOf(
      {
        folders: arrayOf('Live folders at the project root.', ref('FolderResult')),
        files: arrayOf('Live files at the project root.', ref('FileResult')),
      },
      { description: 'The direct children of a project.', required: ['folders', 'files'] },
    ),
    ...searchSchemas(SEARCH),
    ...searchSchemas(DELETED_SEARCH),
    RecentlyDeletedProjectResult: objectOf(
      {
        projectKey: refProp('ProjectKey', 'Key of the deleted project.'),
        name: text('Name of the project.'),
        workspaceKey: refProp('WorkspaceKey', 'The workspace the project was in.'),
        ...deletionProperties('project'),
      },
      { required: ['projectKey', 'name', 'workspaceKey', 'deleted', 'deletedBy'] },
    ),
  };
}

function project(ctx: HubContext, mode: 'get' | 'use'): ProjectRecord {
  return liveRecord(ctx, ctx.env.store.projects, pathKey(ctx, 'projectKey'), 'project', mode);
}

function create(ctx: HubContext): ProjectRecord {
  const { store } = ctx.env;
  const workspace = bodyRecord(
    ctx,
    store.workspaces,
    readText(ctx.body, 'workspaceKey') ?? '',
    'workspace',
    'workspaceKey',
  );
  const record: ProjectRecord = {
    key: store.newKey(),
    name: readText(ctx.body, 'name') ?? '',
    workspaceKey: workspace.key,
    catchAll: false,
    deletion: null,
    ...newAudit(ctx),
  };
  store.projects.set(record.key, record);
  markCreated(ctx, record.key);
  return record;
}

function update(ctx: HubContext): ProjectRecord {
  const record = project(ctx, 'use');
  const target = readText(ctx.body, 'workspaceKey');
  const workspaceKey =
    target === undefined
      ? record.workspaceKey
      : bodyRecord(ctx, ctx.env.store.workspaces, target, 'workspace', 'workspaceKey').key;
  if (workspaceKey !== record.workspaceKey && record.catchAll) {
    throw new ProblemError(
      409,
      `The project ${record.key} is its workspace's catch-all project and cannot move to another workspace.`,
    );
  }
  const next: ProjectRecord = { ...record, name: readText(ctx.body, 'name') ?? record.name, workspaceKey };
  touch(ctx, next);
  if (!ctx.env.behaviour.dropUpdates) Object.assign(record, next);
  return next;
}

function searchItems(ctx: HubContext): SearchItem[] {
  return [...ctx.env.store.projects.values()].filter(isLive).map((p) => ({
    dto: projectResult(ctx.env, p),
    values: {
      workspaceKey: p.workspaceKey,
      name: p.name,
      created: p.created,
      updated: p.updated,
      createdBy: p.createdBy.email,
      updatedBy: p.updatedBy.email,
    },
  }));
}

function deletedItems(ctx: HubContext): SearchItem[] {
  return recentlyDeleted(ctx, ctx.env.store.projects).map((p) => ({
    dto: deletedProject(ctx.env, p),
    values: { projectKey: p.key, name: p.name, workspaceKey: p.workspaceKey, deleted: p.deletion?.at ?? null },
  }));
}

function routes(): HubRouteDef[] {
  const params = ['ProjectKeyPathParam'];
  return [
    {
      operationId: 'createProject',
      method: 'post',
      path: '/projects',
      tag: 'Project',
      summary: 'Create a project',
      description: 'Creates an empty project in the given workspace.',
      addedIn: ADDED,
      requestBody: { schema: 'ProjectCreateRequest', required: true },
      success: { status: 200, description: 'The new project.', schema: 'ProjectResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'create',
      provides: ['projectKey'],
      handler: (ctx) => ok(projectResult(ctx.env, create(ctx))),
    },
    {
      operationId: 'getProject',
      method: 'get',
      path: KEY,
      tag: 'Project',
      summary: 'Get a project',
      description: 'Answers the project and the live folders and files at its root.',
      addedIn: ADDED,
      parameters: params,
      success: { status: 200, description: 'The project.', schema: 'ProjectDetailResult' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'read',
      requires: REQUIRES,
      handler: (ctx) => {
        const record = project(ctx, 'get');
        const { store } = ctx.env;
        return ok({
          project: projectResult(ctx.env, record),
          content: {
            folders: store
              .foldersIn(record.key, null)
              .filter(isLive)
              .map((f) => folderResult(ctx.env, f)),
            files: store
              .filesIn(record.key, null)
              .filter((f) => isLive(f) && shownInV2(ctx, f))
              .map((f) => fileResult(ctx.env, f)),
          },
        });
      },
    },
    {
      operationId: 'updateProject',
      method: 'patch',
      path: KEY,
      tag: 'Project',
      summary: 'Update a project',
      description: 'Renames the project and/or moves it to another workspace.',
      addedIn: ADDED,
      parameters: params,
      requestBody: { schema: 'ProjectUpdateRequest', required: true },
      success: { status: 200, description: 'The changed project.', schema: 'ProjectResult' },
      errors: [
        { status: 400 },
        { status: 401 },
        { status: 403 },
        { status: 404 },
        {
          status: 409,
          description:
            "The project is its workspace's catch-all project from the migration and cannot move to another workspace.",
        },
        { status: 500 },
      ],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => ok(projectResult(ctx.env, update(ctx))),
    },
    {
      operationId: 'deleteProject',
      method: 'delete',
      path: KEY,
      tag: 'Project',
      summary: 'Delete a project',
      description:
        'Moves the project, with its folders and files, to the recently deleted items, from where it can be restored until the retention period ends. DELETE /projects/{projectKey}/permanent removes it for good.',
      addedIn: ADDED,
      parameters: params,
      success: { status: 204, description: 'The project is deleted.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'delete',
      requires: REQUIRES,
      handler: (ctx) => {
        softDelete(ctx, 'project', project(ctx, 'use').key);
        return noContent();
      },
    },
    {
      operationId: 'permanentlyDeleteProject',
      method: 'delete',
      path: `${KEY}/permanent`,
      tag: 'Project',
      summary: 'Permanently delete a project',
      description:
        'Removes the project for good, with its empty folders and version history. A live project must hold no live files (its soft-deleted items go with it); a soft-deleted project goes with everything in it if it was deleted itself, and answers 409 if it was deleted with its workspace.',
      addedIn: ADDED,
      parameters: params,
      success: { status: 204, description: 'The project is gone.' },
      errors: [
        { status: 400 },
        { status: 401 },
        { status: 403 },
        { status: 404 },
        {
          status: 409,
          description: 'The project was deleted together with its workspace: delete the workspace permanently instead.',
        },
        { status: 500 },
      ],
      permission: 'delete',
      handler: (ctx) => {
        deletePermanently(ctx, 'project', pathKey(ctx, 'projectKey'));
        return noContent();
      },
    },
    {
      operationId: 'searchProjects',
      method: 'post',
      path: '/projects/search',
      tag: 'Project',
      summary: 'Search projects',
      description: 'Answers the live projects of all workspaces of the organization that match the filter.',
      addedIn: ADDED,
      requestBody: { schema: 'ProjectSearchQuery', required: false },
      success: { status: 200, description: 'The matching projects.', schema: 'ProjectSearchQueryResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      search: searchSpec(SEARCH),
      handler: (ctx) => searchAnswer(ctx, searchItems(ctx), searchSpec(SEARCH)),
    },
    {
      operationId: 'searchRecentlyDeletedProjects',
      method: 'post',
      path: '/projects/recently-deleted/search',
      tag: 'Project',
      summary: 'Search recently deleted projects',
      description:
        'Answers the soft-deleted projects of the organization that were deleted themselves; a project deleted with its workspace is listed as that workspace (a project deleted before its workspace stays listed).',
      addedIn: ADDED,
      requestBody: { schema: 'RecentlyDeletedProjectSearchQuery', required: false },
      success: {
        status: 200,
        description: 'The matching deleted projects.',
        schema: 'RecentlyDeletedProjectSearchQueryResult',
      },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      search: searchSpec(DELETED_SEARCH),
      handler: (ctx) => searchAnswer(ctx, deletedItems(ctx), searchSpec(DELETED_SEARCH)),
    },
    {
      operationId: 'restoreProject',
      method: 'post',
      path: `${KEY}/restoration`,
      tag: 'Project',
      summary: 'Restore a deleted project',
      description:
        'Brings a soft-deleted project back to its workspace, with everything deleted together with it. Only a project that was deleted itself can be restored here, and not while its workspace is deleted.',
      addedIn: ADDED,
      parameters: params,
      success: { status: 200, description: 'The restored project.', schema: 'ProjectResult' },
      errors: [
        { status: 401 },
        { status: 403 },
        {
          status: 404,
          description: 'No soft-deleted project has this key, or it was deleted together with its workspace.',
        },
        { status: 409, description: 'The workspace of the project is deleted: restore it first.' },
        { status: 500 },
      ],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => {
        restore(ctx, 'project', pathKey(ctx, 'projectKey'));
        return ok(projectResult(ctx.env, project(ctx, 'use')));
      },
    },
  ];
}

export const PROJECTS: HubResource = {
  tag: { name: 'Project', description: 'Projects in workspaces.' },
  schemas,
  parameters: () => ({ ProjectKeyPathParam: keyParameter('projectKey', 'ProjectKey') }),
  routes,
};
