/**
 * Deletes what a ledger says the run created and did not delete yet: its projects. Web Modeler
 * deletes only empty projects — "a project is considered empty if there are no files in it";
 * otherwise deletion is recursive (folders, collaborators) — so a project's files are deleted
 * first (found by search; a file's deletion takes its milestones along), then the project.
 * Used by the test's world, the worker's teardown, the global teardown after an interruption,
 * and by sweep. On the Hub API v2 the root of what a test makes is a workspace: it is deleted
 * (soft, cascading) and then deleted permanently, which removes it with all its content — a
 * soft-deleted leftover is still a leftover.
 */
import type { ApiClient } from '../api/client.ts';
import { findOperation, type PlannedOperation } from '../plan/classify.ts';
import { pathParams } from '../api/operations.ts';
import { isJsonObject, type JsonObject } from '../core/json.ts';
import type { ResourceKind } from '../plan/classify.ts';
import { deletionOrder, isRootKind, type Ledger, type LedgerEntry } from './ledger.ts';

/** At most this many rounds of "search the first 50 files, delete them" while emptying a project. */
const MAX_EMPTYING_ROUNDS = 200;

/**
 * Deletes every file of a project (files the run made, and any the target made on its own) so
 * that the project is empty; a file already gone (404) counts as deleted. Without a file search
 * and delete in the document there is nothing to do. Returns the files that could not be deleted.
 */
async function emptyProject(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  projectId: string,
  purpose: string,
): Promise<string[]> {
  const search = findOperation(plan, 'file', 'search');
  const del = findOperation(plan, 'file', 'delete');
  const [param] = del === undefined ? [] : pathParams(del);
  if (search === undefined || del === undefined || param === undefined) return [];
  const stuck = new Set<string>();
  // Deleted files leave the search, so every round reads the first page again.
  for (let round = 0; round < MAX_EMPTYING_ROUNDS; round++) {
    const res = await api.call(search.op, {
      body: { filter: { projectId }, page: 0, size: 50 },
      expect: 'any',
      case: purpose,
    });
    const items = isJsonObject(res.body) && Array.isArray(res.body.items) ? res.body.items : [];
    const ids = items.flatMap((item) =>
      isJsonObject(item) && typeof item.id === 'string' && !stuck.has(item.id) ? [item.id] : [],
    );
    if (ids.length === 0) break;
    for (const id of ids) {
      const gone = await api.call(del.op, { path: { [param]: id }, expect: 'any', case: purpose });
      if (!(gone.status >= 200 && gone.status < 300) && gone.status !== 404) stuck.add(id);
    }
  }
  return [...stuck];
}

/**
 * Deletes one project: its files first, then the project. Returns the project delete's status,
 * or null when the document has no operation to delete projects.
 */
export async function deleteProjectTree(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  projectId: string,
  purpose: string,
): Promise<number | null> {
  const del = findOperation(plan, 'project', 'delete');
  const [param] = del === undefined ? [] : pathParams(del);
  if (del === undefined || param === undefined) return null;
  await emptyProject(api, plan, projectId, purpose);
  return (await api.call(del.op, { path: { [param]: projectId }, expect: 'any', case: purpose })).status;
}

/**
 * The kind whose deletion takes everything a test made along: a workspace when the document can
 * create and permanently delete workspaces (Hub API v2), else a project.
 */
export function rootKindOf(plan: readonly PlannedOperation[]): 'workspace' | 'project' {
  return findOperation(plan, 'workspace', 'create') !== undefined &&
    findOperation(plan, 'workspace', 'delete-permanently') !== undefined
    ? 'workspace'
    : 'project';
}

/**
 * Deletes one workspace for good: first deleted (cascading to its projects, folders and files),
 * then deleted permanently, which removes a deleted workspace with all its content (a 404 of the
 * first step is one already deleted). Returns the permanent delete's status, or null when the
 * document has no operation to delete workspaces permanently.
 */
export async function deleteWorkspaceTree(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  workspaceId: string,
  purpose: string,
): Promise<number | null> {
  const permanent = findOperation(plan, 'workspace', 'delete-permanently');
  const [param] = permanent === undefined ? [] : pathParams(permanent);
  if (permanent === undefined || param === undefined) return null;
  const soft = findOperation(plan, 'workspace', 'delete');
  const [softParam] = soft === undefined ? [] : pathParams(soft);
  if (soft !== undefined && softParam !== undefined)
    await api.call(soft.op, { path: { [softParam]: workspaceId }, expect: 'any', case: purpose });
  return (await api.call(permanent.op, { path: { [param]: workspaceId }, expect: 'any', case: purpose })).status;
}

/** Deletes a root resource (project or workspace) with everything in it; null when the document cannot. */
export async function deleteRootTree(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  kind: ResourceKind,
  id: string,
  purpose: string,
): Promise<number | null> {
  return kind === 'workspace' ? deleteWorkspaceTree(api, plan, id, purpose) : deleteProjectTree(api, plan, id, purpose);
}

export interface TaggedProject {
  readonly id: string;
  readonly name: string;
}

/**
 * Every project the full client can list (id and name), page by page; on the Hub API v2 (a search
 * of workspaces) every workspace, paged with `page: {from, limit}` and identified by its key.
 */
export async function allProjects(api: ApiClient, search: PlannedOperation): Promise<TaggedProject[]> {
  const found: TaggedProject[] = [];
  const hub = search.kind === 'workspace';
  const idField = hub ? 'workspaceKey' : 'id';
  for (let page = 0; page < 10_000; page++) {
    const body: JsonObject = hub ? { page: { from: page * 50, limit: 50 } } : { page, size: 50 };
    const res = await api.call(search.op, { body, expect: 'success', case: 'sweep' });
    if (res.status !== 200 || !isJsonObject(res.body) || !Array.isArray(res.body.items)) {
      throw new Error(
        `${search.op.key} answered ${res.status} while listing ${hub ? 'workspaces' : 'projects'} to sweep`,
      );
    }
    for (const item of res.body.items) {
      const id = isJsonObject(item) ? item[idField] : undefined;
      if (isJsonObject(item) && typeof id === 'string' && typeof item.name === 'string')
        found.push({ id, name: item.name });
    }
    if (res.body.items.length < 50) break;
  }
  return found;
}

/**
 * The roots (projects, or workspaces on the Hub API v2) of the given run-tagged names: the ones a
 * create made whose answer never arrived. Empty without names or without a search to list them by.
 */
export async function rootsNamed(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  kind: ResourceKind,
  names: readonly string[],
): Promise<TaggedProject[]> {
  const search = findOperation(plan, kind, 'search');
  if (names.length === 0 || search === undefined) return [];
  const wanted = new Set(names);
  return (await allProjects(api, search)).filter((p) => wanted.has(p.name));
}

export interface CleanUpResult {
  readonly deleted: number;
  readonly gone: number;
  readonly failed: readonly string[];
}

/** Deletes the pending projects (Hub API v2: workspaces, for good); 404 counts as already gone. */
export async function deletePending(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  entries: readonly LedgerEntry[],
  ledger?: Ledger,
): Promise<CleanUpResult> {
  let deleted = 0;
  let gone = 0;
  const failed: string[] = [];
  for (const entry of deletionOrder(entries).filter((e) => isRootKind(e.kind))) {
    try {
      const status = await deleteRootTree(api, plan, entry.kind, entry.id, 'clean-up');
      if (status === null) {
        failed.push(`${entry.id} (the document has no operation to delete ${entry.kind}s)`);
        continue;
      }
      if (status >= 200 && status < 300) deleted++;
      else if (status === 404) gone++;
      else {
        failed.push(`${entry.id} (${status})`);
        continue;
      }
      ledger?.deleted(entry.kind, entry.id);
    } catch (error) {
      failed.push(`${entry.id} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { deleted, gone, failed };
}
