/** Folders: create (in a project root or a folder), read (with content), rename/move, delete (subtree). */
import { readText } from '../json.ts';
import { badRequest, DETAIL, ProblemError } from '../problem.ts';
import type { FolderRecord } from '../store.ts';
import type { RequestContext, RouteDef } from '../types.ts';
import { contentOf, folderMetadata } from '../views.ts';
import { lookup, markCreated, newAudit, noContent, placement, update, type Placement } from './common.ts';

const ID = '/folders/{folderId}';

function folderId(ctx: RequestContext): string {
  return ctx.params.folderId ?? '';
}

function createFolder(ctx: RequestContext): FolderRecord {
  const where = placement(ctx, readText(ctx.body, 'projectId'), readText(ctx.body, 'parentId'));
  if (where === null) throw badRequest('Either projectId or parentId must be given.');
  const record: FolderRecord = {
    id: ctx.env.store.newId(),
    name: readText(ctx.body, 'name') ?? '',
    projectId: where.projectId,
    parentId: where.folderId,
    ...newAudit(ctx),
  };
  ctx.env.store.folders.set(record.id, markCreated(ctx, record));
  return record;
}

/** Moves the folder's subtree (folders and files) into another project. */
function moveSubtree(ctx: RequestContext, folder: FolderRecord, projectId: string): void {
  if (folder.projectId === projectId) return;
  const { store } = ctx.env;
  const folders = store.subtree(folder.id);
  const ids = new Set(folders.map((f) => f.id));
  for (const f of folders) f.projectId = projectId;
  for (const file of store.files.values())
    if (file.folderId !== null && ids.has(file.folderId)) file.projectId = projectId;
}

function target(ctx: RequestContext, folder: FolderRecord): Placement {
  const where = placement(ctx, readText(ctx.body, 'projectId'), readText(ctx.body, 'parentId'));
  if (where === null) return { projectId: folder.projectId, folderId: folder.parentId };
  if (where.folderId !== null && ctx.env.store.subtree(folder.id).some((f) => f.id === where.folderId)) {
    throw badRequest('A folder cannot be moved into itself or one of its subfolders.');
  }
  return where;
}

function patchFolder(ctx: RequestContext): FolderRecord {
  const folder = lookup(ctx, ctx.env.store.folders, folderId(ctx), 'use');
  const where = target(ctx, folder);
  moveSubtree(ctx, folder, where.projectId);
  return update(ctx, folder, {
    name: readText(ctx.body, 'name') ?? folder.name,
    projectId: where.projectId,
    parentId: where.folderId,
  });
}

export function folderRoutes(): RouteDef[] {
  return [
    {
      operationId: 'createFolder',
      method: 'post',
      path: '/folders',
      tag: 'Folders',
      description:
        'Creates a folder: in the folder parentId (any project of the organization), else in the root of projectId. When both are given the parent must be in the project.',
      requestBody: 'CreateFolderDto',
      success: { status: 200, schema: 'FolderMetadataDto' },
      errors: [400, 404, 500],
      permission: 'create',
      handler: (ctx) => ({ status: 200, body: folderMetadata(ctx.env, createFolder(ctx)) }),
    },
    {
      operationId: 'getFolder',
      method: 'get',
      path: ID,
      tag: 'Folders',
      success: { status: 200, schema: 'FolderDto' },
      errors: [404, 500],
      permission: 'read',
      handler: (ctx) => {
        const folder = lookup(ctx, ctx.env.store.folders, folderId(ctx), 'get');
        return {
          status: 200,
          body: { metadata: folderMetadata(ctx.env, folder), content: contentOf(ctx.env, folder.projectId, folder.id) },
        };
      },
    },
    {
      operationId: 'patchFolder',
      method: 'patch',
      path: ID,
      tag: 'Folders',
      description:
        'Renames or moves a folder. parentId alone moves it into that folder; projectId alone (parentId null or absent) moves it to the project root; both must agree.',
      requestBody: 'UpdateFolderDto',
      success: { status: 200, schema: 'FolderMetadataDto' },
      errors: [400, 404, 500],
      permission: 'update',
      handler: (ctx) => ({ status: 200, body: folderMetadata(ctx.env, patchFolder(ctx)) }),
    },
    {
      operationId: 'deleteFolder',
      method: 'delete',
      path: ID,
      tag: 'Folders',
      description: 'Deletes an empty folder (no files in it or below it) with its subfolders. Cannot be undone.',
      success: { status: 204 },
      errors: [404, 500],
      permission: 'delete',
      handler: (ctx) => {
        const folder = lookup(ctx, ctx.env.store.folders, folderId(ctx), 'use');
        // As for projects: only an empty folder is deleted (400 otherwise, *assumed*).
        if (ctx.env.store.filesOfFolder(folder.id) > 0) throw new ProblemError(400, DETAIL.folderNotEmpty);
        ctx.env.store.deleteFolder(folder.id, ctx.env.behaviour.softDelete);
        return noContent();
      },
    },
  ];
}
