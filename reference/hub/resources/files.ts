/**
 * Files (facts §2.1 "Files"): create in a project (at its root or in a folder), get with content,
 * update content, name or place with the required `revision` (a stale one answers 409), soft
 * delete, permanent delete, purge (idempotent: 204 also for files that never existed), search
 * (`content: null` in the results), recently-deleted search and restoration (into a wrapper folder
 * at the project root when the folder is gone; 409 while the project is deleted).
 * *Assumed*: revision starts at 1 and every successful update adds 1 (knob revisionBump); a
 * folderKey alone moves the file into that folder (and its project), a projectKey alone to that
 * project's root, both must agree; a folder must be a live folder of the file's project.
 */
import { readInteger, readText } from '../../simulator/json.ts';
import { ProblemError } from '../../simulator/problem.ts';
import type { SearchItem } from '../search.ts';
import { isLive, type FileRecord } from '../store.ts';
import { deletePermanently, purge, restore, softDelete } from '../trash.ts';
import type { HubContext, HubRouteDef } from '../types.ts';
import { deletedFile, fileResult } from '../views.ts';
import { integer, name, nullable, objectOf, oneOfValues, refProp, text, type Components } from '../schema.ts';
import {
  auditProperties,
  deletionProperties,
  FILE_TYPES,
  keyParameter,
  searchSchemas,
  searchSpec,
  type HubResource,
  type SearchDef,
} from './shared.ts';
import { parentIn } from './folders.ts';
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

const KEY = '/files/{fileKey}';
const REQUIRES = { kind: 'File', bind: { fileKey: { from: 'path', name: 'fileKey' } } } as const;

const SEARCH: SearchDef = {
  base: 'File',
  what: 'files',
  item: 'FileResult',
  sortFields: ['name', 'type', 'created', 'updated'],
  filters: {
    name: { kind: 'string', description: 'The file name.' },
    projectKey: { kind: 'basic', description: 'The project of the file.', semanticType: 'ProjectKey' },
    folderKey: { kind: 'basic', description: 'The folder of the file.', semanticType: 'FolderKey' },
    type: { kind: 'basic', description: 'The file type.' },
    created: { kind: 'date', description: 'When the file was created.' },
    updated: { kind: 'date', description: 'When the file was last changed.' },
    createdBy: { kind: 'basic', description: 'Email address of who created the file.' },
    updatedBy: { kind: 'basic', description: 'Email address of who last changed the file.' },
  },
};

const DELETED_SEARCH: SearchDef = {
  base: 'RecentlyDeletedFile',
  what: 'recently deleted files',
  item: 'RecentlyDeletedFileResult',
  sortFields: ['name', 'type', 'deleted'],
  filters: {
    fileKey: { kind: 'basic', description: 'Key of the deleted file.', semanticType: 'FileKey' },
    name: { kind: 'string', description: 'The file name.' },
    projectKey: { kind: 'basic', description: 'The project the file was in.', semanticType: 'ProjectKey' },
    type: { kind: 'basic', description: 'The file type.' },
    deleted: { kind: 'date', description: 'When the file was deleted.' },
  },
};

function fileType(description: string): ReturnType<typeof oneOfValues> {
  return oneOfValues(description, FILE_TYPES);
}

function schemas(): Components {
  return {
    FileRevision: {
      ...integer('Revision of a file, for optimistic locking.', 'int32'),
      'x-semantic-type': 'FileRevision',
    },
    FileCreateRequest: objectOf(
      {
        name: name('Name of the new file.'),
        projectKey: refProp('ProjectKey', 'The project to create it in.'),
        folderKey: nullable(refProp('FolderKey', 'The folder to create it in; null or left out: the project root.')),
        type: fileType('Type of the file.'),
        content: text('Content of the file.', { min: 1 }),
      },
      { strict: true, required: ['name', 'projectKey', 'type', 'content'] },
    ),
    FileUpdateRequest: objectOf(
      {
        name: name('New name.'),
        projectKey: refProp('ProjectKey', 'The project to move the file to.'),
        folderKey: nullable(refProp('FolderKey', 'The folder to move the file to; null: the project root.')),
        content: text('New content.'),
        revision: refProp('FileRevision', 'The revision the change is based on (the current one, else 409).'),
      },
      { strict: true, required: ['revision'] },
    ),
    FileResult: objectOf(
      {
        fileKey: refProp('FileKey', 'Key of the file.'),
        name: text('Name of the file.'),
        projectKey: nullable(
          refProp('ProjectKey', 'The project of the file; null only for a file that belongs to no project.'),
        ),
        folderKey: nullable(refProp('FolderKey', 'The folder of the file; null at the project root.')),
        simplePath: text('Folder names and file name, joined by "/".'),
        canonicalPath: text('Keys of the folders above the file, joined by "/".'),
        revision: refProp('FileRevision', 'Current revision.'),
        type: fileType('Type of the file.'),
        content: nullable(text('Content of the file; null in search results.')),
        ...auditProperties('file'),
      },
      {
        required: [
          'fileKey',
          'name',
          'projectKey',
          'folderKey',
          'simplePath',
          'canonicalPath',
          'revision',
          'type',
          'content',
          'created',
          'createdBy',
          'updated',
          'updatedBy',
        ],
      },
    ),
    ...searchSchemas(SEARCH),
    ...searchSchemas(DELETED_SEARCH),
    RecentlyDeletedFileResult: objectOf(
      {
        fileKey: refProp('FileKey', 'Key of the deleted file.'),
        name: text('Name of the file.'),
        type: fileType('Type of the file.'),
        projectKey: refProp('ProjectKey', 'The project the file was in.'),
        ...deletionProperties('file'),
      },
      { required: ['fileKey', 'name', 'type', 'projectKey', 'deleted', 'deletedBy'] },
    ),
  };
}

function file(ctx: HubContext, mode: 'get' | 'use'): FileRecord {
  return liveRecord(ctx, ctx.env.store.files, pathKey(ctx, 'fileKey'), 'file', mode);
}

function create(ctx: HubContext): FileRecord {
  const { store, behaviour } = ctx.env;
  const project = bodyRecord(ctx, store.projects, readText(ctx.body, 'projectKey') ?? '', 'project', 'projectKey');
  const folderKey = readText(ctx.body, 'folderKey');
  const content = readText(ctx.body, 'content') ?? '';
  const record: FileRecord = {
    key: store.newKey(),
    name: readText(ctx.body, 'name') ?? '',
    projectKey: project.key,
    folderKey: folderKey === undefined ? null : parentIn(ctx, project.key, folderKey, 'folderKey').key,
    type: readText(ctx.body, 'type') ?? '',
    content: behaviour.trimContentOnCreate ? content.trimEnd() : content,
    revision: 1,
    deletion: null,
    ...newAudit(ctx),
  };
  store.files.set(record.key, record);
  markCreated(ctx, record.key);
  return record;
}

/** Where an updated file goes: [project, folder]. */
function destination(ctx: HubContext, record: FileRecord): [string, string | null] {
  const { store } = ctx.env;
  const projectText = readText(ctx.body, 'projectKey');
  const projectKey =
    projectText === undefined
      ? record.projectKey
      : bodyRecord(ctx, store.projects, projectText, 'project', 'projectKey').key;
  const folderText = readText(ctx.body, 'folderKey');
  if (folderText !== undefined) {
    const folder =
      projectText === undefined
        ? bodyRecord(ctx, store.folders, folderText, 'folder', 'folderKey')
        : parentIn(ctx, projectKey, folderText, 'folderKey');
    return [folder.projectKey, folder.key];
  }
  if (ctx.nulls.has('folderKey')) return [projectKey, null];
  return projectKey === record.projectKey ? [projectKey, record.folderKey] : [projectKey, null];
}

function update(ctx: HubContext): FileRecord {
  const record = file(ctx, 'use');
  const revision = readInteger(ctx.body, 'revision');
  if (ctx.env.behaviour.checkRevision && revision !== record.revision) {
    throw new ProblemError(
      409,
      `The file ${record.key} has revision ${record.revision}, not ${String(revision)}: read it again and reapply the change.`,
    );
  }
  const [projectKey, folderKey] = destination(ctx, record);
  const content = readText(ctx.body, 'content');
  const bump = ctx.env.hub.revisionBump === 'every-update' || (content !== undefined && content !== record.content);
  record.name = readText(ctx.body, 'name') ?? record.name;
  record.content = content ?? record.content;
  record.projectKey = projectKey;
  record.folderKey = folderKey;
  if (bump) record.revision += 1;
  touch(ctx, record);
  return record;
}

function searchItems(ctx: HubContext): SearchItem[] {
  const withContent = !ctx.env.hub.searchContentNull;
  return [...ctx.env.store.files.values()]
    .filter((f) => isLive(f) && shownInV2(ctx, f))
    .map((f) => ({
      dto: fileResult(ctx.env, f, withContent),
      values: {
        name: f.name,
        projectKey: f.projectKey,
        folderKey: f.folderKey,
        type: f.type,
        created: f.created,
        updated: f.updated,
        createdBy: f.createdBy.email,
        updatedBy: f.updatedBy.email,
      },
    }));
}

function deletedItems(ctx: HubContext): SearchItem[] {
  return recentlyDeleted(ctx, ctx.env.store.files).map((f) => ({
    dto: deletedFile(ctx.env, f),
    values: { fileKey: f.key, name: f.name, projectKey: f.projectKey, type: f.type, deleted: f.deletion?.at ?? null },
  }));
}

function routes(): HubRouteDef[] {
  const params = ['FileKeyPathParam'];
  return [
    {
      operationId: 'createFile',
      method: 'post',
      path: '/files',
      tag: 'File',
      summary: 'Create a file',
      description: 'Creates a file at the root of a project or in a folder of it. Its revision starts at 1.',
      addedIn: '0.1.0',
      requestBody: { schema: 'FileCreateRequest', required: true },
      success: { status: 200, description: 'The new file.', schema: 'FileResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'create',
      provides: ['fileKey', 'revision'],
      handler: (ctx) => ok(fileResult(ctx.env, create(ctx))),
    },
    {
      operationId: 'getFile',
      method: 'get',
      path: KEY,
      tag: 'File',
      summary: 'Get a file',
      description: 'Answers the file with its content.',
      addedIn: '0.1.0',
      parameters: params,
      success: { status: 200, description: 'The file.', schema: 'FileResult' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'read',
      requires: REQUIRES,
      handler: (ctx) => ok(fileResult(ctx.env, file(ctx, 'get'))),
    },
    {
      operationId: 'updateFile',
      method: 'patch',
      path: KEY,
      tag: 'File',
      summary: 'Update a file',
      description:
        'Changes content, name or place of the file. revision must be the current revision (else 409); folderKey null moves the file to the project root, projectKey to another project.',
      addedIn: '0.1.0',
      parameters: params,
      requestBody: { schema: 'FileUpdateRequest', required: true },
      success: { status: 200, description: 'The changed file.', schema: 'FileResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 409 }, { status: 500 }],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => ok(fileResult(ctx.env, update(ctx))),
    },
    {
      operationId: 'deleteFile',
      method: 'delete',
      path: KEY,
      tag: 'File',
      summary: 'Delete a file',
      description:
        'Moves the file to the recently deleted items, from where it can be restored until the retention period ends. DELETE /files/{fileKey}/permanent removes it for good.',
      addedIn: '0.1.0',
      parameters: params,
      success: { status: 204, description: 'The file is deleted.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'delete',
      requires: REQUIRES,
      handler: (ctx) => {
        softDelete(ctx, 'file', file(ctx, 'use').key);
        return noContent();
      },
    },
    {
      operationId: 'permanentlyDeleteFile',
      method: 'delete',
      path: `${KEY}/permanent`,
      tag: 'File',
      summary: 'Permanently delete a file',
      description:
        'Removes the file for good, in one step, live or soft-deleted; snapshots that refer to it keep their data.',
      addedIn: '0.1.0',
      parameters: params,
      success: { status: 204, description: 'The file is gone.' },
      errors: [
        { status: 401 },
        { status: 403 },
        { status: 404, description: 'No file has this key.' },
        { status: 500 },
      ],
      permission: 'delete',
      handler: (ctx) => {
        deletePermanently(ctx, 'file', pathKey(ctx, 'fileKey'));
        return noContent();
      },
    },
    {
      operationId: 'searchFiles',
      method: 'post',
      path: '/files/search',
      tag: 'File',
      summary: 'Search files',
      description: 'Answers the live files that match the filter; content is null in the results (get a file for it).',
      addedIn: '0.1.0',
      requestBody: { schema: 'FileSearchQuery', required: false },
      success: { status: 200, description: 'The matching files.', schema: 'FileSearchQueryResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      search: searchSpec(SEARCH),
      handler: (ctx) => searchAnswer(ctx, searchItems(ctx), searchSpec(SEARCH)),
    },
    {
      operationId: 'searchRecentlyDeletedFiles',
      method: 'post',
      path: '/files/recently-deleted/search',
      tag: 'File',
      summary: 'Search recently deleted files',
      description:
        'Answers the soft-deleted files of the organization that were deleted themselves; a file deleted with a folder, project or workspace is listed as that ancestor (a file deleted before its ancestor stays listed).',
      addedIn: '0.1.0',
      requestBody: { schema: 'RecentlyDeletedFileSearchQuery', required: false },
      success: {
        status: 200,
        description: 'The matching deleted files.',
        schema: 'RecentlyDeletedFileSearchQueryResult',
      },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      search: searchSpec(DELETED_SEARCH),
      handler: (ctx) => searchAnswer(ctx, deletedItems(ctx), searchSpec(DELETED_SEARCH)),
    },
    {
      operationId: 'restoreFile',
      method: 'post',
      path: `${KEY}/restoration`,
      tag: 'File',
      summary: 'Restore a deleted file',
      description:
        'Brings a soft-deleted file back to its project; if its folder is gone, into a new wrapper folder at the project root. Only a file that was deleted itself can be restored here, and not while its project is deleted.',
      addedIn: '0.1.0',
      parameters: params,
      success: { status: 200, description: 'The restored file.', schema: 'FileResult' },
      errors: [
        { status: 401 },
        { status: 403 },
        { status: 404, description: 'No soft-deleted file has this key, or it was deleted together with an ancestor.' },
        { status: 409, description: 'The project of the file is deleted: restore it first.' },
        { status: 500 },
      ],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => {
        restore(ctx, 'file', pathKey(ctx, 'fileKey'));
        return ok(fileResult(ctx.env, file(ctx, 'use')));
      },
    },
    {
      operationId: 'purgeFile',
      method: 'delete',
      path: `${KEY}/purge`,
      tag: 'File',
      summary: 'Purge a file',
      description:
        'Removes the file, live or soft-deleted, and every reference to it in version history for good. Idempotent: a file purged before, or that never existed, answers 204 too.',
      addedIn: '0.1.0',
      parameters: params,
      success: { status: 204, description: 'The file is purged, or was not there.' },
      errors: [
        { status: 401 },
        { status: 403 },
        { status: 404, description: 'The file belongs to another organization.' },
        { status: 500 },
      ],
      permission: 'delete',
      handler: (ctx) => {
        purge(ctx, pathKey(ctx, 'fileKey'));
        return noContent();
      },
    },
  ];
}

export const FILES: HubResource = {
  tag: { name: 'File', description: 'Files in projects.' },
  schemas,
  parameters: () => ({ FileKeyPathParam: keyParameter('fileKey', 'FileKey') }),
  routes,
};
