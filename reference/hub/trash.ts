/**
 * The rules of soft deletion, restoration, permanent deletion and purging in the Hub API v2
 * (facts §2.1, from the operations' published descriptions), shared by workspaces, projects,
 * folders and files:
 * - soft delete cascades to the live descendants (one deletion event);
 * - restoration: 404 unless the item is soft-deleted and the root of its own deletion; 409 while
 *   its project or workspace is deleted; it brings back what its event took; a file or folder
 *   whose parent folder is gone goes into a new wrapper folder (files: at the project root;
 *   folders: under the nearest surviving ancestor folder, else at the project root);
 * - permanent delete: a live item must hold no live file below it (400, knob); a soft-deleted
 *   one must be the root of its deletion (409); then it goes with everything below it.
 * *Assumed*: the wrapper folder is named after the parent folder it replaces ("Restored items"
 * when that one is gone for good); a restored item keeps its `updated`; a file soft-deleted with
 * an ancestor may still be deleted permanently (no 409 is documented for files).
 */
import { ProblemError } from '../simulator/problem.ts';
import { conflict } from './problem.ts';
import { isLive, type FileRecord, type FolderRecord, type TrashKind, type TrashRecord } from './store.ts';
import type { HubContext } from './types.ts';
import { newAudit } from './resources/support.ts';

const NOUN: Readonly<Record<TrashKind, string>> = {
  workspace: 'workspace',
  project: 'project',
  folder: 'folder',
  file: 'file',
};

export const WRAPPER_FALLBACK_NAME = 'Restored items';

export function softDelete(ctx: HubContext, kind: TrashKind, key: string): void {
  ctx.env.store.softDelete(kind, key, ctx.principal.user, ctx.env.hub.cascadeSoftDelete);
}

/** The project and workspace that contain an item (whatever their state). */
function containers(ctx: HubContext, item: TrashRecord): { project?: string; workspace?: string } {
  const { store } = ctx.env;
  if (item.kind === 'workspace') return {};
  if (item.kind === 'project') return { workspace: item.record.workspaceKey };
  const project = store.projects.get(item.record.projectKey);
  return { project: item.record.projectKey, ...(project === undefined ? {} : { workspace: project.workspaceKey }) };
}

/** The deleted container that blocks restoring the item, if any. */
function deletedContainer(ctx: HubContext, item: TrashRecord): string | null {
  const { store } = ctx.env;
  const { project, workspace } = containers(ctx, item);
  const p = project === undefined ? undefined : store.projects.get(project);
  if (project !== undefined && (p === undefined || !isLive(p))) return `its project ${project}`;
  const w = workspace === undefined ? undefined : store.workspaces.get(workspace);
  if (workspace !== undefined && (w === undefined || !isLive(w))) return `its workspace ${workspace}`;
  return null;
}

function wrapperFolder(
  ctx: HubContext,
  projectKey: string,
  parentFolderKey: string | null,
  replaces: string | null,
): FolderRecord {
  const { store } = ctx.env;
  const replaced = replaces === null ? undefined : store.folders.get(replaces);
  const record: FolderRecord = {
    key: store.newKey(),
    name: replaced?.name ?? WRAPPER_FALLBACK_NAME,
    projectKey,
    parentFolderKey,
    deletion: null,
    ...newAudit(ctx),
  };
  store.folders.set(record.key, record);
  return record;
}

function liveFolder(ctx: HubContext, key: string | null): boolean {
  const folder = key === null ? undefined : ctx.env.store.folders.get(key);
  return folder !== undefined && isLive(folder);
}

/** The nearest live folder above `folderKey` (itself included), or null for the project root. */
function nearestLiveFolder(ctx: HubContext, folderKey: string | null): string | null {
  const chain = ctx.env.store.folderChain(folderKey);
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const folder = chain[i];
    if (folder !== undefined && isLive(folder)) return folder.key;
  }
  return null;
}

function rehouse(ctx: HubContext, item: TrashRecord): void {
  if (!ctx.env.hub.wrapperFolderOnRestore) return;
  if (item.kind === 'file') rehouseFile(ctx, item.record);
  if (item.kind === 'folder') {
    const folder = item.record;
    if (folder.parentFolderKey === null || liveFolder(ctx, folder.parentFolderKey)) return;
    folder.parentFolderKey = wrapperFolder(
      ctx,
      folder.projectKey,
      nearestLiveFolder(ctx, folder.parentFolderKey),
      folder.parentFolderKey,
    ).key;
  }
}

function rehouseFile(ctx: HubContext, file: FileRecord): void {
  if (file.folderKey === null || liveFolder(ctx, file.folderKey)) return;
  file.folderKey = wrapperFolder(ctx, file.projectKey, null, file.folderKey).key;
}

/** Restores a soft-deleted item that is the root of its own deletion (else 404; 409 while its container is deleted). */
export function restore(ctx: HubContext, kind: TrashKind, key: string): TrashRecord {
  const { store, hub } = ctx.env;
  const item = store.trashRecord(kind, key);
  const mark = item?.record.deletion ?? null;
  if (item === undefined || mark === null)
    throw new ProblemError(404, `No recently deleted ${NOUN[kind]} with key ${key} was found.`);
  if (!mark.root && hub.restoreOnlyDeletionRoots) {
    throw new ProblemError(
      404,
      `The ${NOUN[kind]} ${key} was deleted together with an ancestor: restore that ancestor instead.`,
    );
  }
  const blocker = deletedContainer(ctx, item);
  if (blocker !== null && hub.restoreConflictWhileAncestorDeleted) {
    throw conflict(`The ${NOUN[kind]} ${key} cannot be restored while ${blocker} is deleted: restore that first.`);
  }
  store.undelete(kind, key, hub.restoreSubtree);
  rehouse(ctx, item);
  return item;
}

/** Removes an item for good, with the rules of live and soft-deleted items. */
export function deletePermanently(ctx: HubContext, kind: TrashKind, key: string): void {
  const { store, hub } = ctx.env;
  const item = store.trashRecord(kind, key);
  if (item === undefined)
    throw new ProblemError(
      ctx.env.behaviour.unknownIdStatus === 500 ? 500 : 404,
      `No ${NOUN[kind]} with key ${key} was found.`,
    );
  const mark = item.record.deletion;
  if (mark !== null && !mark.root && kind !== 'file' && hub.permanentDeleteOnlyDeletionRoots) {
    throw conflict(
      `The ${NOUN[kind]} ${key} was deleted together with an ancestor: delete that ancestor permanently instead.`,
    );
  }
  if (mark === null && kind !== 'file' && hub.permanentDeleteChecksLiveFiles) {
    const files = store.liveFilesBelow(kind, key);
    if (files > 0) {
      throw new ProblemError(
        hub.permanentDeleteNotEmptyStatus,
        `The ${NOUN[kind]} ${key} still holds ${files} live file${files === 1 ? '' : 's'}: delete them first.`,
      );
    }
  }
  store.removeForever(kind, key);
}

/** Purges a file and its versions, live or soft-deleted; idempotent (the purgeIdempotent knob makes an absent file 404). */
export function purge(ctx: HubContext, key: string): void {
  const found = ctx.env.store.removeFile(key);
  ctx.env.store.dropFromSnapshots(key);
  if (!found && !ctx.env.hub.purgeIdempotent) throw new ProblemError(404, `No file with key ${key} was found.`);
}
