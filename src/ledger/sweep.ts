/**
 * Sweep: deletes what runs killed without a chance to clean up (SIGKILL, a lost CI machine)
 * left behind — and nothing else. A project is swept only when its name carries the run tag
 * (`wmct-<yyyymmddThhmmss>-<6 chars>-…`) and that tag is older than the minimum age, so runs
 * still in progress (other shards, other pipelines) are never touched.
 */
import type { ApiClient } from '../api/client.ts';
import { isJsonObject } from '../document/resolve.ts';
import { findOperation, type PlannedOperation } from '../plan/classify.ts';
import { pathParams } from '../scenario/world.ts';
import { deleteProjectTree } from './cleanup.ts';

const RUN_TAG = /^wmct-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})-([a-z0-9]{6})-/;

/** When the run that made a resource of this name started (epoch ms), or null when the name carries no run tag. */
export function runTagTime(name: string): number | null {
  const m = RUN_TAG.exec(name);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s] = m;
  const time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isNaN(time) ? null : time;
}

/** The run id in a run-tagged name ("20261128T041512-abc123"), or null. */
export function runIdOf(name: string): string | null {
  const m = RUN_TAG.exec(name);
  return m === null ? null : `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}T${m[4] ?? ''}${m[5] ?? ''}${m[6] ?? ''}-${m[7] ?? ''}`;
}

export interface SweepOptions {
  readonly minAgeMinutes: number;
  readonly dryRun?: boolean;
  /** The current run's id: never swept, whatever its age. */
  readonly exceptRunId?: string;
  readonly now?: number;
}

export interface SweepResult {
  /** Run-tagged projects found. */
  readonly tagged: number;
  /** Deleted (or, in a dry run, that would be). */
  readonly swept: readonly string[];
  /** Run-tagged but younger than the minimum age. */
  readonly tooYoung: number;
  readonly failed: readonly string[];
}

async function allProjects(api: ApiClient, search: PlannedOperation): Promise<{ id: string; name: string }[]> {
  const found: { id: string; name: string }[] = [];
  for (let page = 0; page < 10_000; page++) {
    const res = await api.call(search.op, { body: { page, size: 50 }, expect: 'success', case: 'sweep' });
    if (res.status !== 200 || !isJsonObject(res.body) || !Array.isArray(res.body.items)) {
      throw new Error(`${search.op.key} answered ${res.status} while listing projects to sweep`);
    }
    for (const item of res.body.items) {
      if (isJsonObject(item) && typeof item.id === 'string' && typeof item.name === 'string') found.push({ id: item.id, name: item.name });
    }
    if (res.body.items.length < 50) break;
  }
  return found;
}

export async function sweep(api: ApiClient, plan: readonly PlannedOperation[], options: SweepOptions): Promise<SweepResult> {
  const search = findOperation(plan, 'project', 'search');
  const del = findOperation(plan, 'project', 'delete');
  if (search === undefined || del === undefined) throw new Error('the document has no operations to search and delete projects; nothing can be swept');
  const [param] = pathParams(del);
  if (param === undefined) throw new Error(`${del.op.key} has no path parameter`);
  const now = options.now ?? Date.now();
  const tagged = (await allProjects(api, search)).filter((p) => runTagTime(p.name) !== null && runIdOf(p.name) !== options.exceptRunId);
  const old = tagged.filter((p) => now - (runTagTime(p.name) ?? now) >= options.minAgeMinutes * 60_000);
  const swept: string[] = [];
  const failed: string[] = [];
  for (const project of old) {
    if (options.dryRun === true) {
      swept.push(project.name);
      continue;
    }
    const status = (await deleteProjectTree(api, plan, project.id, 'sweep')) ?? 0;
    if ((status >= 200 && status < 300) || status === 404) swept.push(project.name);
    else failed.push(`${project.name} (${status})`);
  }
  return { tagged: tagged.length, swept, tooYoung: tagged.length - old.length, failed };
}
