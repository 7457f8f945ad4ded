/**
 * Deletes what a ledger says the run created and did not delete yet: its projects. Web Modeler
 * deletes only empty projects — "a project is considered empty if there are no files in it";
 * otherwise deletion is recursive (folders, collaborators) — so a project's files are deleted
 * first (found by search; a file's deletion takes its milestones along), then the project.
 * Used by the test's world, the worker's teardown, the global teardown after an interruption,
 * and by sweep.
 */
import type { ApiClient } from '../api/client.ts';
import { findOperation, type PlannedOperation } from '../plan/classify.ts';
import { pathParams } from '../api/operations.ts';
import { isJsonObject } from '../core/json.ts';
import { deletionOrder, type Ledger, type LedgerEntry } from './ledger.ts';

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

export interface TaggedProject {
  readonly id: string;
  readonly name: string;
}

/** Every project the full client can list (id and name), page by page. */
export async function allProjects(api: ApiClient, search: PlannedOperation): Promise<TaggedProject[]> {
  const found: TaggedProject[] = [];
  for (let page = 0; page < 10_000; page++) {
    const res = await api.call(search.op, { body: { page, size: 50 }, expect: 'success', case: 'sweep' });
    if (res.status !== 200 || !isJsonObject(res.body) || !Array.isArray(res.body.items)) {
      throw new Error(`${search.op.key} answered ${res.status} while listing projects to sweep`);
    }
    for (const item of res.body.items) {
      if (isJsonObject(item) && typeof item.id === 'string' && typeof item.name === 'string')
        found.push({ id: item.id, name: item.name });
    }
    if (res.body.items.length < 50) break;
  }
  return found;
}

export interface CleanUpResult {
  readonly deleted: number;
  readonly gone: number;
  readonly failed: readonly string[];
}

/** Deletes the pending projects; 404 counts as already gone. */
export async function deletePending(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  entries: readonly LedgerEntry[],
  ledger?: Ledger,
): Promise<CleanUpResult> {
  let deleted = 0;
  let gone = 0;
  const failed: string[] = [];
  for (const entry of deletionOrder(entries).filter((e) => e.kind === 'project')) {
    try {
      const status = await deleteProjectTree(api, plan, entry.id, 'clean-up');
      if (status === null) {
        failed.push(`${entry.id} (the document has no operation to delete projects)`);
        continue;
      }
      if (status >= 200 && status < 300) deleted++;
      else if (status === 404) gone++;
      else {
        failed.push(`${entry.id} (${status})`);
        continue;
      }
      ledger?.deleted('project', entry.id);
    } catch (error) {
      failed.push(`${entry.id} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { deleted, gone, failed };
}
