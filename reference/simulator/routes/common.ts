/**
 * Helpers the route handlers share: lookups by id (with the unknown-id, soft-delete and
 * replica-lag knobs), audit fields, updates (with the dropped-update knob), the parent rules of
 * files and folders, and the generic search handler.
 */
import { badRequest, internalError, notFound, type ProblemError } from '../problem.ts';
import { readSearchRequest, runSearch } from '../search.ts';
import type { UserRef } from '../store.ts';
import type { Handler, RequestContext } from '../types.ts';
import type { JsonObject } from '../../../src/core/json.ts';

/** 'get': the resource itself is being read; 'use': it is written, or needed by another resource. */
export type LookupMode = 'get' | 'use';

interface Lookupable {
  readonly id: string;
  deleted: boolean;
}

export function unknownId(ctx: RequestContext): ProblemError {
  return ctx.env.behaviour.unknownIdStatus === 500 ? internalError() : notFound();
}

export function lookup<T extends Lookupable>(
  ctx: RequestContext,
  table: ReadonlyMap<string, T>,
  id: string,
  mode: LookupMode,
): T {
  const { behaviour, store } = ctx.env;
  const record = table.get(id);
  if (record === undefined) throw unknownId(ctx);
  if (record.deleted && !(mode === 'get' && behaviour.softDelete)) throw unknownId(ctx);
  if (mode === 'get' && behaviour.createdNotReadable && store.unread.delete(id)) throw unknownId(ctx);
  return record;
}

export interface AuditFields {
  created: number;
  createdBy: UserRef;
  updated: number;
  updatedBy: UserRef;
  deleted: boolean;
}

export function newAudit(ctx: RequestContext): AuditFields {
  const now = ctx.env.store.now();
  const user = ctx.principal.user;
  return { created: now, createdBy: user, updated: now, updatedBy: user, deleted: false };
}

/** Marks a new resource for the replica-lag knob and returns it. */
export function markCreated<T extends { readonly id: string }>(ctx: RequestContext, record: T): T {
  if (ctx.env.behaviour.createdNotReadable) ctx.env.store.unread.add(record.id);
  return record;
}

/** Applies changes (and the audit update); `store: false` (the dropUpdates knob) only answers them. */
export function update<T extends { updated: number; updatedBy: UserRef }>(
  ctx: RequestContext,
  record: T,
  changes: Partial<T>,
  store = true,
): T {
  const next: T = { ...record, ...changes, updated: ctx.env.store.now(), updatedBy: ctx.principal.user };
  if (store) Object.assign(record, next);
  return next;
}

export interface Placement {
  readonly projectId: string;
  readonly folderId: string | null;
}

/**
 * Where a file or folder goes: into the given folder (its project is derived), else into the
 * root of the given project; when both are given they must agree. Null when neither is given.
 */
export function placement(
  ctx: RequestContext,
  projectId: string | undefined,
  folderId: string | undefined,
): Placement | null {
  const { store } = ctx.env;
  if (folderId !== undefined) {
    const folder = lookup(ctx, store.folders, folderId, 'use');
    if (projectId !== undefined && projectId !== folder.projectId) {
      throw badRequest('The given project and parent folder are inconsistent: the folder is not in the project.');
    }
    return { projectId: folder.projectId, folderId: folder.id };
  }
  if (projectId !== undefined) return { projectId: lookup(ctx, store.projects, projectId, 'use').id, folderId: null };
  return null;
}

export function searchHandler(items: (ctx: RequestContext) => JsonObject[]): Handler {
  return (ctx) => {
    const result = runSearch(items(ctx), readSearchRequest(ctx.body), ctx.env.behaviour);
    return { status: 200, body: { items: result.items, total: result.total } };
  };
}

export function noContent(): { status: 204 } {
  return { status: 204 };
}
