/** Files: create, read (with content), update/move with revision check, delete (with snapshots), search. */
import { readInteger, readText } from '../json.ts';
import { badRequest, DETAIL, ProblemError } from '../problem.ts';
import { live, type FileRecord } from '../store.ts';
import type { RequestContext, RouteDef } from '../types.ts';
import { fileMetadata } from '../views.ts';
import { lookup, markCreated, newAudit, noContent, placement, searchHandler, update } from './common.ts';

const ID = '/files/{fileId}';

function fileId(ctx: RequestContext): string {
  return ctx.params.fileId ?? '';
}

function createFile(ctx: RequestContext): FileRecord {
  const where = placement(ctx, readText(ctx.body, 'projectId'), readText(ctx.body, 'folderId'));
  if (where === null) throw badRequest('Either projectId or folderId must be given.');
  const record: FileRecord = {
    id: ctx.env.store.newId(),
    name: readText(ctx.body, 'name') ?? '',
    projectId: where.projectId,
    folderId: where.folderId,
    content: ctx.env.behaviour.trimContentOnCreate
      ? (readText(ctx.body, 'content') ?? '').trimEnd()
      : (readText(ctx.body, 'content') ?? ''),
    type: readText(ctx.body, 'fileType') ?? '',
    revision: 1,
    ...newAudit(ctx),
  };
  ctx.env.store.files.set(record.id, markCreated(ctx, record));
  return record;
}

function patchFile(ctx: RequestContext): FileRecord {
  const file = lookup(ctx, ctx.env.store.files, fileId(ctx), 'use');
  const revision = readInteger(ctx.body, 'revision');
  if (ctx.env.behaviour.checkRevision && revision !== file.revision) throw new ProblemError(409, DETAIL.conflict);
  const where = placement(ctx, readText(ctx.body, 'projectId'), readText(ctx.body, 'folderId'));
  return update(ctx, file, {
    name: readText(ctx.body, 'name') ?? file.name,
    content: readText(ctx.body, 'content') ?? file.content,
    projectId: where?.projectId ?? file.projectId,
    folderId: where === null ? file.folderId : where.folderId,
    revision: file.revision + 1,
  });
}

export function fileRoutes(): RouteDef[] {
  return [
    {
      operationId: 'createFile',
      method: 'post',
      path: '/files',
      tag: 'Files',
      description:
        'Creates a file in the folder folderId, else in the root of projectId (both given: they must agree). simplePath writes "/" inside names as "\\/".',
      requestBody: 'CreateFileDto',
      success: { status: 200, schema: 'FileMetadataDto' },
      errors: [400, 404, 500],
      permission: 'create',
      handler: (ctx) => ({ status: 200, body: fileMetadata(ctx.env, createFile(ctx)) }),
    },
    {
      operationId: 'searchFiles',
      method: 'post',
      path: '/files/search',
      tag: 'Files',
      description: 'Searches files: filter, sort (not by simplePath or canonicalPath), page and size (default 10).',
      requestBody: 'PubSearchDtoFileMetadataDto',
      success: { status: 200, schema: 'PubSearchResultDtoFileMetadataDto' },
      errors: [400, 404, 500],
      permission: 'read',
      search: { itemSchema: 'FileMetadataDto', unsortable: ['simplePath', 'canonicalPath'] },
      handler: searchHandler((ctx) => live(ctx.env.store.files).map((f) => fileMetadata(ctx.env, f))),
    },
    {
      operationId: 'getFile',
      method: 'get',
      path: ID,
      tag: 'Files',
      description: 'Reads a file with its content. simplePath writes "/" inside names as "\\/".',
      success: { status: 200, schema: 'FileDto' },
      errors: [404, 500],
      permission: 'read',
      handler: (ctx) => {
        const file = lookup(ctx, ctx.env.store.files, fileId(ctx), 'get');
        return { status: 200, body: { metadata: fileMetadata(ctx.env, file), content: file.content } };
      },
    },
    {
      operationId: 'patchFile',
      method: 'patch',
      path: ID,
      tag: 'Files',
      description:
        'Changes content, name or place of a file. revision must be the current revision (else 409). folderId alone moves the file into that folder; projectId alone moves it to the project root; both must agree.',
      requestBody: 'UpdateFileDto',
      success: { status: 200, schema: 'FileMetadataDto' },
      errors: [400, 403, 404, 409, 500],
      permission: 'update',
      handler: (ctx) => ({ status: 200, body: fileMetadata(ctx.env, patchFile(ctx)) }),
    },
    {
      operationId: 'deleteFile',
      method: 'delete',
      path: ID,
      tag: 'Files',
      description: 'Deletes a file and what hangs on it (its milestones). Cannot be undone.',
      success: { status: 204 },
      errors: [404, 500],
      permission: 'delete',
      handler: (ctx) => {
        const file = lookup(ctx, ctx.env.store.files, fileId(ctx), 'use');
        ctx.env.store.deleteFile(file.id, ctx.env.behaviour.softDelete);
        return noContent();
      },
    },
  ];
}
