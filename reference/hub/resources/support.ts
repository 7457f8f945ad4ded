/**
 * Helpers the hub-v2 handlers share: lookups by key (path keys answer 404; keys inside a body
 * the unknownBodyKeyStatus knob's status), with the shared knobs for unknown keys, soft-deleted
 * reads and replica lag; audit fields; the search answer.
 */
import type { JsonObject } from '../../../src/core/json.ts';
import { ProblemError } from '../../simulator/problem.ts';
import { HUB_DETAIL } from '../problem.ts';
import { runHubSearch, type SearchItem } from '../search.ts';
import { isLive, type Audit, type DeletionMark } from '../store.ts';
import type { HubContext, HubResult, HubSearchSpec } from '../types.ts';

interface Keyed {
  readonly key: string;
  readonly deletion: DeletionMark | null;
}

export function pathKey(ctx: HubContext, name: string): string {
  return ctx.params[name] ?? '';
}

/** The answer to a path key that names nothing (shared knob unknownIdStatus: 404 or 500). */
export function unknownKey(ctx: HubContext, what: string, key: string): ProblemError {
  if (ctx.env.behaviour.unknownIdStatus === 500) return new ProblemError(500, HUB_DETAIL.internal);
  return new ProblemError(404, `No ${what} with key ${key} was found.`);
}

/**
 * A live record named by a path key. 'get': the record itself is read (a soft-deleted one stays
 * readable under the shared softDelete knob; the first read of a new one fails under
 * createdNotReadable); 'use': it is changed or needed.
 */
export function liveRecord<T extends Keyed>(
  ctx: HubContext,
  table: ReadonlyMap<string, T>,
  key: string,
  what: string,
  mode: 'get' | 'use',
): T {
  const { behaviour, store } = ctx.env;
  const record = table.get(key);
  if (record === undefined) throw unknownKey(ctx, what, key);
  if (!isLive(record) && !(mode === 'get' && behaviour.softDelete)) throw unknownKey(ctx, what, key);
  if (mode === 'get' && behaviour.createdNotReadable && store.unread.delete(key)) throw unknownKey(ctx, what, key);
  return record;
}

/** A live record named by a key inside the request body. */
export function bodyRecord<T extends Keyed>(
  ctx: HubContext,
  table: ReadonlyMap<string, T>,
  key: string,
  what: string,
  field: string,
): T {
  const record = table.get(key);
  if (record !== undefined && isLive(record)) return record;
  throw new ProblemError(ctx.env.hub.unknownBodyKeyStatus, `${field}: no ${what} with key ${key} was found.`);
}

/** Whether v2 shows a file (knob crossApiHideV1Files hides the files made through the v1 API beside it). */
export function shownInV2(ctx: HubContext, file: { readonly key: string }): boolean {
  return !(ctx.env.hub.crossApiHideV1Files && ctx.env.store.v1Made.has(file.key));
}

export function newAudit(ctx: HubContext): Audit {
  const now = ctx.env.store.now();
  return { created: now, createdBy: ctx.principal.user, updated: now, updatedBy: ctx.principal.user };
}

export function touch(ctx: HubContext, record: { updated: number; updatedBy: Audit['updatedBy'] | null }): void {
  record.updated = ctx.env.store.now();
  record.updatedBy = ctx.principal.user;
}

/** Remembers a new key for the replica-lag knob. */
export function markCreated(ctx: HubContext, key: string): void {
  if (ctx.env.behaviour.createdNotReadable) ctx.env.store.unread.add(key);
}

export function ok(body: JsonObject): HubResult {
  return { status: 200, body };
}

export function noContent(): HubResult {
  return { status: 204 };
}

export function searchAnswer(ctx: HubContext, items: readonly SearchItem[], spec: HubSearchSpec): HubResult {
  const page = runHubSearch(items, ctx.body, spec, ctx.env.behaviour, ctx.env.hub);
  return ok({ items: page.items, page: { ...page.page } });
}

/**
 * Soft-deleted records for a recently-deleted search, in deletion order: the roots of their own
 * deletion only (the listOnlyDeletionRoots knob lists every soft-deleted one).
 */
export function recentlyDeleted<T extends Keyed>(ctx: HubContext, table: ReadonlyMap<string, T>): T[] {
  return [...table.values()]
    .filter((r) => r.deletion !== null && (r.deletion.root || !ctx.env.hub.listOnlyDeletionRoots))
    .sort((a, b) => (a.deletion?.at ?? 0) - (b.deletion?.at ?? 0));
}
