/**
 * Folders (facts §2.1 "Folders"): create in a project (at its root or in a parent folder), get
 * with the direct children, rename or move (within the project or to another one, taking the
 * subtree along), soft delete cascading to the descendants, permanent delete, recently-deleted
 * search and restoration (into a wrapper folder when the parent is gone).
 * *Assumed*: a parent folder must be a live folder of the same project (else 400); projectKey
 * alone moves the folder to that project's root; a folder cannot move into its own subtree (400).
 */
import { readText } from '../../simulator/json.ts';
import type { SearchItem } from '../search.ts';
import { isLive, type FolderRecord } from '../store.ts';
import { deletePermanently, restore, softDelete } from '../trash.ts';
import type { HubContext, HubRouteDef } from '../types.ts';
import { deletedFolder, fileResult, folderResult } from '../views.ts';
import { invalid } from '../problem.ts';
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

const KEY = '/folders/{folderKey}';
const REQUIRES = { kind: 'Folder', bind: { folderKey: { from: 'path', name: 'folderKey' } } } as const;

const DELETED_SEARCH: SearchDef = {
  base: 'RecentlyDeletedFolder',
  what: 'recently deleted folders',
  item: 'RecentlyDeletedFolderResult',
  sortFields: ['name', 'deleted'],
  filters: {
    folderKey: { kind: 'basic', description: 'Key of the deleted folder.', semanticType: 'FolderKey' },
    name: { kind: 'string', description: 'The folder name.' },
    projectKey: { kind: 'basic', description: 'The project the folder was in.', semanticType: 'ProjectKey' },
    deleted: { kind: 'date', description: 'When the folder was deleted.' },
  },
};

function schemas(): Components {
  return {
    FolderCreateRequest: objectOf(
      {
        name: name('Name of the new folder.'),
        projectKey: refProp('ProjectKey', 'The project to create it in.'),
        parentFolderKey: nullable(refProp('FolderKey', 'The parent folder; null or left out: the project root.')),
      },
      { strict: true, required: ['name', 'projectKey'] },
    ),
    FolderUpdateRequest: objectOf(
      {
        name: name('New name.'),
        projectKey: refProp('ProjectKey', 'The project to move the folder to.'),
        parentFolderKey: nullable(
          refProp('FolderKey', 'The new parent folder (not the folder itself); null: the project root.'),
        ),
      },
      { strict: true },
    ),
    FolderResult: objectOf(
      {
        folderKey: refProp('FolderKey', 'Key of the folder.'),
        name: text('Name of the folder.'),
        projectKey: refProp('ProjectKey', 'The project of the folder.'),
        parentFolderKey: nullable(refProp('FolderKey', 'The parent folder; null at the project root.')),
        ...auditProperties('folder'),
      },
      {
        required: [
          'folderKey',
          'name',
          'projectKey',
          'parentFolderKey',
          'created',
          'createdBy',
          'updated',
          'updatedBy',
        ],
      },
    ),
    FolderDetailResult: objectOf(
      {
        folder: refProp('FolderResult', 'The folder.'),
        content: refProp('FolderContent', 'What is directly in the folder.'),
      },
      { description: 'A folder and its direct children.', required: ['folder', 'content'] },
    ),
    FolderContent: objectOf(
      {
        folders: arrayOf('Live folders directly in the folder.', ref('FolderResult')),
        files: arrayOf('Live files directly in the folder.', ref('FileResult')),
      },
      { description: 'The direct children of a folder.', required: ['folders', 'files'] },
    ),
    ...searchSchemas(DELETED_SEARCH),
    RecentlyDeletedFolderResult: objectOf(
      {
        folderKey: refProp('FolderKey', 'Key of the deleted folder.'),
        name: text('Name of the folder.'),
        projectKey: refProp('ProjectKey', 'The project the folder was in.'),
        ...deletionProperties('folder'),
      },
      { required: ['folderKey', 'name', 'projectKey', 'deleted', 'deletedBy'] },
    ),
  };
}

function folder(ctx: HubContext, mode: 'get' | 'use'): FolderRecord {
  return liveRecord(ctx, ctx.env.store.folders, pathKey(ctx, 'folderKey'), 'folder', mode);
}

/** The parent folder named in the body, which must be a live folder of the project. */
export function parentIn(ctx: HubContext, projectKey: string, folderKey: string, field: string): FolderRecord {
  const parent = bodyRecord(ctx, ctx.env.store.folders, folderKey, 'folder', field);
  if (parent.projectKey !== projectKey)
    throw invalid(`${field}: the folder ${folderKey} is not in the project ${projectKey}.`);
  return parent;
}

function create(ctx: HubContext): FolderRecord {
  const { store } = ctx.env;
  const project = bodyRecord(ctx, store.projects, readText(ctx.body, 'projectKey') ?? '', 'project', 'projectKey');
  const parentKey = readText(ctx.body, 'parentFolderKey');
  const record: FolderRecord = {
    key: store.newKey(),
    name: readText(ctx.body, 'name') ?? '',
    projectKey: project.key,
    parentFolderKey: parentKey === undefined ? null : parentIn(ctx, project.key, parentKey, 'parentFolderKey').key,
    deletion: null,
    ...newAudit(ctx),
  };
  store.folders.set(record.key, record);
  markCreated(ctx, record.key);
  return record;
}

/** Where an updated folder goes: [project, parent]. */
function destination(ctx: HubContext, record: FolderRecord): [string, string | null] {
  const { store } = ctx.env;
  const projectText = readText(ctx.body, 'projectKey');
  const projectKey =
    projectText === undefined
      ? record.projectKey
      : bodyRecord(ctx, store.projects, projectText, 'project', 'projectKey').key;
  const parentText = readText(ctx.body, 'parentFolderKey');
  if (parentText !== undefined) {
    if (parentText === record.key) throw invalid('parentFolderKey: a folder cannot be its own parent.');
    const parent = bodyRecord(ctx, store.folders, parentText, 'folder', 'parentFolderKey');
    if (projectText !== undefined && parent.projectKey !== projectKey)
      throw invalid(`parentFolderKey: the folder ${parentText} is not in the project ${projectKey}.`);
    if (store.folderSubtree(record.key).some((f) => f.key === parent.key))
      throw invalid('parentFolderKey: a folder cannot move into its own subtree.');
    return [parent.projectKey, parent.key];
  }
  if (ctx.nulls.has('parentFolderKey')) return [projectKey, null];
  return projectKey === record.projectKey ? [projectKey, record.parentFolderKey] : [projectKey, null];
}

function update(ctx: HubContext): FolderRecord {
  const { store } = ctx.env;
  const record = folder(ctx, 'use');
  const [projectKey, parentFolderKey] = destination(ctx, record);
  if (projectKey !== record.projectKey) {
    for (const d of store.descendants('folder', record.key)) {
      if (d.kind === 'folder' || d.kind === 'file') d.record.projectKey = projectKey;
    }
  }
  record.name = readText(ctx.body, 'name') ?? record.name;
  record.projectKey = projectKey;
  record.parentFolderKey = parentFolderKey;
  touch(ctx, record);
  return record;
}

function deletedItems(ctx: HubContext): SearchItem[] {
  return recentlyDeleted(ctx, ctx.env.store.folders).map((f) => ({
    dto: deletedFolder(ctx.env, f),
    values: { folderKey: f.key, name: f.name, projectKey: f.projectKey, deleted: f.deletion?.at ?? null },
  }));
}

function routes(): HubRouteDef[] {
  const params = ['FolderKeyPathParam'];
  return [
    {
      operationId: 'createFolder',
      method: 'post',
      path: '/folders',
      tag: 'Folder',
      summary: 'Create a folder',
      description: 'Creates a folder at the root of a project or in a parent folder of it.',
      addedIn: '0.1.0',
      requestBody: { schema: 'FolderCreateRequest', required: true },
      success: { status: 200, description: 'The new folder.', schema: 'FolderResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'create',
      provides: ['folderKey'],
      handler: (ctx) => ok(folderResult(ctx.env, create(ctx))),
    },
    {
      operationId: 'getFolder',
      method: 'get',
      path: KEY,
      tag: 'Folder',
      summary: 'Get a folder',
      description: 'Answers the folder and the live folders and files directly in it.',
      addedIn: '0.1.0',
      parameters: params,
      success: { status: 200, description: 'The folder.', schema: 'FolderDetailResult' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'read',
      requires: REQUIRES,
      handler: (ctx) => {
        const record = folder(ctx, 'get');
        const { store } = ctx.env;
        return ok({
          folder: folderResult(ctx.env, record),
          content: {
            folders: store
              .foldersIn(record.projectKey, record.key)
              .filter(isLive)
              .map((f) => folderResult(ctx.env, f)),
            files: store
              .filesIn(record.projectKey, record.key)
              .filter((f) => isLive(f) && shownInV2(ctx, f))
              .map((f) => fileResult(ctx.env, f)),
          },
        });
      },
    },
    {
      operationId: 'updateFolder',
      method: 'patch',
      path: KEY,
      tag: 'Folder',
      summary: 'Update a folder',
      description:
        'Renames the folder and/or moves it (with its subtree) to another parent folder, the project root (parentFolderKey null) or another project.',
      addedIn: '0.1.0',
      parameters: params,
      requestBody: { schema: 'FolderUpdateRequest', required: true },
      success: { status: 200, description: 'The changed folder.', schema: 'FolderResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => ok(folderResult(ctx.env, update(ctx))),
    },
    {
      operationId: 'deleteFolder',
      method: 'delete',
      path: KEY,
      tag: 'Folder',
      summary: 'Delete a folder',
      description:
        'Moves the folder and everything below it to the recently deleted items, from where it can be restored until the retention period ends. DELETE /folders/{folderKey}/permanent removes it for good.',
      addedIn: '0.1.0',
      parameters: params,
      success: { status: 204, description: 'The folder is deleted.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'delete',
      requires: REQUIRES,
      handler: (ctx) => {
        softDelete(ctx, 'folder', folder(ctx, 'use').key);
        return noContent();
      },
    },
    {
      operationId: 'permanentlyDeleteFolder',
      method: 'delete',
      path: `${KEY}/permanent`,
      tag: 'Folder',
      summary: 'Permanently delete a folder',
      description:
        'Removes the folder for good. A live folder must hold no live file anywhere below it (its empty folders and soft-deleted items go with it); a soft-deleted folder goes with everything in it if it was deleted itself, and answers 409 if it was deleted with an ancestor.',
      addedIn: '0.1.0',
      parameters: params,
      success: { status: 204, description: 'The folder is gone.' },
      errors: [
        { status: 400 },
        { status: 401 },
        { status: 403 },
        { status: 404 },
        {
          status: 409,
          description:
            'The folder was deleted together with an ancestor folder, its project or its workspace: delete that one permanently instead.',
        },
        { status: 500 },
      ],
      permission: 'delete',
      handler: (ctx) => {
        deletePermanently(ctx, 'folder', pathKey(ctx, 'folderKey'));
        return noContent();
      },
    },
    {
      operationId: 'searchRecentlyDeletedFolders',
      method: 'post',
      path: '/folders/recently-deleted/search',
      tag: 'Folder',
      summary: 'Search recently deleted folders',
      description:
        'Answers the soft-deleted folders of the organization that were deleted themselves; a folder deleted with an ancestor is listed as that ancestor (a folder deleted before its ancestor stays listed).',
      addedIn: '0.4.0',
      requestBody: { schema: 'RecentlyDeletedFolderSearchQuery', required: false },
      success: {
        status: 200,
        description: 'The matching deleted folders.',
        schema: 'RecentlyDeletedFolderSearchQueryResult',
      },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      search: searchSpec(DELETED_SEARCH),
      handler: (ctx) => searchAnswer(ctx, deletedItems(ctx), searchSpec(DELETED_SEARCH)),
    },
    {
      operationId: 'restoreFolder',
      method: 'post',
      path: `${KEY}/restoration`,
      tag: 'Folder',
      summary: 'Restore a deleted folder',
      description:
        'Brings a soft-deleted folder back with what was deleted together with it. If its parent folder is gone, it goes into a new wrapper folder under the nearest surviving ancestor folder, or at the project root.',
      addedIn: '0.4.0',
      parameters: params,
      success: { status: 200, description: 'The restored folder.', schema: 'FolderResult' },
      errors: [
        { status: 401 },
        { status: 403 },
        {
          status: 404,
          description: 'No soft-deleted folder has this key, or it was deleted together with an ancestor.',
        },
        { status: 409, description: 'The project or workspace of the folder is deleted: restore it first.' },
        { status: 500 },
      ],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => {
        restore(ctx, 'folder', pathKey(ctx, 'folderKey'));
        return ok(folderResult(ctx.env, folder(ctx, 'use')));
      },
    },
  ];
}

export const FOLDERS: HubResource = {
  tag: { name: 'Folder', description: 'Folders in projects.' },
  schemas,
  parameters: () => ({ FolderKeyPathParam: keyParameter('folderKey', 'FolderKey') }),
  routes,
};
