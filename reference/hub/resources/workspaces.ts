/**
 * Workspaces (facts §2.1 "Workspaces"): create, get with `content.projects`, update with merge
 * semantics (an explicit null description clears it), soft delete cascading to projects,
 * folders and files, permanent delete, search, recently-deleted search and restoration.
 * *Assumed*: a new workspace has no members (an API client is not a user).
 */
import { readText } from '../../simulator/json.ts';
import type { SearchItem } from '../search.ts';
import { isLive, type WorkspaceRecord } from '../store.ts';
import { deletePermanently, restore, softDelete } from '../trash.ts';
import type { HubContext, HubRouteDef } from '../types.ts';
import { deletedWorkspace, projectResult, workspaceResult } from '../views.ts';
import { arrayOf, name, nullable, objectOf, ref, refProp, text, type Components } from '../schema.ts';
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
  liveRecord,
  markCreated,
  newAudit,
  noContent,
  ok,
  pathKey,
  recentlyDeleted,
  searchAnswer,
  touch,
} from './support.ts';

const KEY = '/workspaces/{workspaceKey}';
const REQUIRES = { kind: 'Workspace', bind: { workspaceKey: { from: 'path', name: 'workspaceKey' } } } as const;

const SEARCH: SearchDef = {
  base: 'Workspace',
  what: 'workspaces',
  item: 'WorkspaceResult',
  sortFields: ['name', 'created', 'updated'],
  filters: {
    name: { kind: 'string', description: 'The workspace name.' },
    created: { kind: 'date', description: 'When the workspace was created.' },
    updated: { kind: 'date', description: 'When the workspace was last changed.' },
    createdBy: { kind: 'basic', description: 'Email address of who created the workspace.' },
    updatedBy: { kind: 'basic', description: 'Email address of who last changed the workspace.' },
  },
};

const DELETED_SEARCH: SearchDef = {
  base: 'RecentlyDeletedWorkspace',
  what: 'recently deleted workspaces',
  item: 'RecentlyDeletedWorkspaceResult',
  sortFields: ['name', 'deleted'],
  filters: {
    workspaceKey: { kind: 'basic', description: 'Key of the deleted workspace.', semanticType: 'WorkspaceKey' },
    name: { kind: 'string', description: 'The workspace name.' },
    deleted: { kind: 'date', description: 'When the workspace was deleted.' },
  },
};

function schemas(): Components {
  const description = text('What the workspace is for.', { min: 1, max: 500 });
  return {
    WorkspaceCreateRequest: objectOf(
      { name: name('Name of the new workspace.'), description },
      { strict: true, required: ['name'] },
    ),
    WorkspaceUpdateRequest: objectOf(
      {
        name: name('New name.'),
        description: nullable(text('New description; null clears it, leaving it out keeps it.', { min: 1, max: 500 })),
      },
      { strict: true },
    ),
    WorkspaceResult: objectOf(
      {
        workspaceKey: refProp('WorkspaceKey', 'Key of the workspace.'),
        name: text('Name of the workspace.'),
        description: nullable(
          text('What the workspace is for; null when it has no description.', { min: 1, max: 500 }),
        ),
        ...auditProperties('workspace'),
      },
      { required: ['workspaceKey', 'name', 'description', 'created', 'createdBy', 'updated', 'updatedBy'] },
    ),
    WorkspaceDetailResult: objectOf(
      {
        workspace: refProp('WorkspaceResult', 'The workspace.'),
        content: refProp('WorkspaceContent', 'What the workspace holds.'),
      },
      { description: 'A workspace and its projects.', required: ['workspace', 'content'] },
    ),
    WorkspaceContent: objectOf(
      { projects: arrayOf('The live projects of the workspace.', ref('ProjectResult')) },
      { required: ['projects'] },
    ),
    ...searchSchemas(SEARCH),
    ...searchSchemas(DELETED_SEARCH),
    RecentlyDeletedWorkspaceResult: objectOf(
      {
        workspaceKey: refProp('WorkspaceKey', 'Key of the deleted workspace.'),
        name: text('Name of the workspace.'),
        ...deletionProperties('workspace'),
      },
      { required: ['workspaceKey', 'name', 'deleted', 'deletedBy'] },
    ),
  };
}

function workspace(ctx: HubContext, mode: 'get' | 'use'): WorkspaceRecord {
  return liveRecord(ctx, ctx.env.store.workspaces, pathKey(ctx, 'workspaceKey'), 'workspace', mode);
}

function create(ctx: HubContext): WorkspaceRecord {
  const record: WorkspaceRecord = {
    key: ctx.env.store.newKey(),
    name: readText(ctx.body, 'name') ?? '',
    description: readText(ctx.body, 'description') ?? null,
    deletion: null,
    ...newAudit(ctx),
  };
  ctx.env.store.workspaces.set(record.key, record);
  markCreated(ctx, record.key);
  return record;
}

function update(ctx: HubContext): WorkspaceRecord {
  const record = workspace(ctx, 'use');
  const next: WorkspaceRecord = { ...record };
  next.name = readText(ctx.body, 'name') ?? record.name;
  const description = readText(ctx.body, 'description');
  if (description !== undefined) next.description = description;
  else if (ctx.nulls.has('description') && ctx.env.hub.nullClears) next.description = null;
  touch(ctx, next);
  if (!ctx.env.behaviour.dropUpdates) Object.assign(record, next);
  return next;
}

function searchItems(ctx: HubContext): SearchItem[] {
  return [...ctx.env.store.workspaces.values()].filter(isLive).map((w) => ({
    dto: workspaceResult(ctx.env, w),
    values: {
      name: w.name,
      created: w.created,
      updated: w.updated,
      createdBy: w.createdBy.email,
      updatedBy: w.updatedBy.email,
    },
  }));
}

function deletedItems(ctx: HubContext): SearchItem[] {
  return recentlyDeleted(ctx, ctx.env.store.workspaces).map((w) => ({
    dto: deletedWorkspace(ctx.env, w),
    values: { workspaceKey: w.key, name: w.name, deleted: w.deletion?.at ?? null },
  }));
}

function routes(): HubRouteDef[] {
  return [
    {
      operationId: 'createWorkspace',
      method: 'post',
      path: '/workspaces',
      tag: 'Workspace',
      summary: 'Create a workspace',
      description: 'Creates a workspace in the organization of the caller.',
      addedIn: '0.1.0',
      requestBody: { schema: 'WorkspaceCreateRequest', required: true },
      success: { status: 200, description: 'The new workspace.', schema: 'WorkspaceResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'create',
      provides: ['workspaceKey'],
      handler: (ctx) => ok(workspaceResult(ctx.env, create(ctx))),
    },
    {
      operationId: 'getWorkspace',
      method: 'get',
      path: KEY,
      tag: 'Workspace',
      summary: 'Get a workspace',
      description: 'Answers the workspace and its live projects.',
      addedIn: '0.1.0',
      parameters: ['WorkspaceKeyPathParam'],
      success: { status: 200, description: 'The workspace.', schema: 'WorkspaceDetailResult' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'read',
      requires: REQUIRES,
      handler: (ctx) => {
        const record = workspace(ctx, 'get');
        const projects = ctx.env.store
          .projectsOf(record.key)
          .filter(isLive)
          .map((p) => projectResult(ctx.env, p));
        return ok({ workspace: workspaceResult(ctx.env, record), content: { projects } });
      },
    },
    {
      operationId: 'updateWorkspace',
      method: 'patch',
      path: KEY,
      tag: 'Workspace',
      summary: 'Update a workspace',
      description: 'Changes the properties given; description null clears it, a property left out stays as it is.',
      addedIn: '0.1.0',
      parameters: ['WorkspaceKeyPathParam'],
      requestBody: { schema: 'WorkspaceUpdateRequest', required: true },
      success: { status: 200, description: 'The changed workspace.', schema: 'WorkspaceResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => ok(workspaceResult(ctx.env, update(ctx))),
    },
    {
      operationId: 'deleteWorkspace',
      method: 'delete',
      path: KEY,
      tag: 'Workspace',
      summary: 'Delete a workspace',
      description:
        'Moves the workspace, with its projects, folders and files, to the recently deleted items, from where it can be restored until the retention period ends. DELETE /workspaces/{workspaceKey}/permanent removes it for good.',
      addedIn: '0.1.0',
      parameters: ['WorkspaceKeyPathParam'],
      success: { status: 204, description: 'The workspace is deleted.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'delete',
      requires: REQUIRES,
      handler: (ctx) => {
        softDelete(ctx, 'workspace', workspace(ctx, 'use').key);
        return noContent();
      },
    },
    {
      operationId: 'permanentlyDeleteWorkspace',
      method: 'delete',
      path: `${KEY}/permanent`,
      tag: 'Workspace',
      summary: 'Permanently delete a workspace',
      description:
        'Removes the workspace for good, in one step. A soft-deleted workspace goes with everything in it; a live one must hold no live files, and its soft-deleted items go with it.',
      addedIn: '0.1.0',
      parameters: ['WorkspaceKeyPathParam'],
      success: { status: 204, description: 'The workspace is gone.' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'delete',
      handler: (ctx) => {
        deletePermanently(ctx, 'workspace', pathKey(ctx, 'workspaceKey'));
        return noContent();
      },
    },
    {
      operationId: 'searchWorkspaces',
      method: 'post',
      path: '/workspaces/search',
      tag: 'Workspace',
      summary: 'Search workspaces',
      description: 'Answers the live workspaces of the organization that match the filter.',
      addedIn: '0.1.0',
      requestBody: { schema: 'WorkspaceSearchQuery', required: false },
      success: { status: 200, description: 'The matching workspaces.', schema: 'WorkspaceSearchQueryResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      search: searchSpec(SEARCH),
      handler: (ctx) => searchAnswer(ctx, searchItems(ctx), searchSpec(SEARCH)),
    },
    {
      operationId: 'searchRecentlyDeletedWorkspaces',
      method: 'post',
      path: '/workspaces/recently-deleted/search',
      tag: 'Workspace',
      summary: 'Search recently deleted workspaces',
      description:
        'Answers the soft-deleted workspaces of the organization, until the retention period ends; POST /workspaces/{workspaceKey}/restoration restores one, DELETE /workspaces/{workspaceKey}/permanent removes it.',
      addedIn: '0.4.0',
      requestBody: { schema: 'RecentlyDeletedWorkspaceSearchQuery', required: false },
      success: {
        status: 200,
        description: 'The matching deleted workspaces.',
        schema: 'RecentlyDeletedWorkspaceSearchQueryResult',
      },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      search: searchSpec(DELETED_SEARCH),
      handler: (ctx) => searchAnswer(ctx, deletedItems(ctx), searchSpec(DELETED_SEARCH)),
    },
    {
      operationId: 'restoreWorkspace',
      method: 'post',
      path: `${KEY}/restoration`,
      tag: 'Workspace',
      summary: 'Restore a deleted workspace',
      description: 'Brings a soft-deleted workspace back, with everything that was deleted together with it.',
      addedIn: '0.4.0',
      parameters: ['WorkspaceKeyPathParam'],
      success: { status: 200, description: 'The restored workspace.', schema: 'WorkspaceResult' },
      errors: [
        { status: 401 },
        { status: 403 },
        { status: 404, description: 'No soft-deleted workspace has this key.' },
        { status: 500 },
      ],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => {
        restore(ctx, 'workspace', pathKey(ctx, 'workspaceKey'));
        return ok(workspaceResult(ctx.env, workspace(ctx, 'use')));
      },
    },
  ];
}

export const WORKSPACES: HubResource = {
  tag: { name: 'Workspace', description: 'Workspaces of the organization.' },
  schemas,
  parameters: () => ({ WorkspaceKeyPathParam: keyParameter('workspaceKey', 'WorkspaceKey') }),
  routes,
};
