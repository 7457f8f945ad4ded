/**
 * Deletes what a ledger says the run created and did not delete yet: projects (deletion
 * cascades to their folders, files, milestones and collaborators). Used by the worker's
 * teardown, by the global teardown after an interruption, and by sweep.
 */
import type { ApiClient } from '../api/client.ts';
import { findOperation, type PlannedOperation } from '../plan/classify.ts';
import { pathParams } from '../scenario/world.ts';
import { deletionOrder, type Ledger, type LedgerEntry } from './ledger.ts';

export interface CleanUpResult {
  readonly deleted: number;
  readonly gone: number;
  readonly failed: readonly string[];
}

/** Deletes the pending projects; 404 counts as already gone. */
export async function deletePending(api: ApiClient, plan: readonly PlannedOperation[], entries: readonly LedgerEntry[], ledger?: Ledger): Promise<CleanUpResult> {
  const del = findOperation(plan, 'project', 'delete');
  const [param] = del === undefined ? [] : pathParams(del);
  let deleted = 0;
  let gone = 0;
  const failed: string[] = [];
  for (const entry of deletionOrder(entries).filter((e) => e.kind === 'project')) {
    if (del === undefined || param === undefined) {
      failed.push(`${entry.id} (the document has no operation to delete projects)`);
      continue;
    }
    try {
      const res = await api.call(del.op, { path: { [param]: entry.id }, expect: 'any', case: 'clean-up' });
      if (res.status >= 200 && res.status < 300) deleted++;
      else if (res.status === 404) gone++;
      else {
        failed.push(`${entry.id} (${res.status})`);
        continue;
      }
      ledger?.deleted('project', entry.id);
    } catch (error) {
      failed.push(`${entry.id} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { deleted, gone, failed };
}
