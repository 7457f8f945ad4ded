/**
 * Web Modeler v1 as Camunda 8.10 serves it: `/api/v1/process-applications/{processApplicationId}`
 * (GET, PATCH, DELETE; facts hub-api-v2.md §4.1 "v1 on 8.10"). v1 has no operation that creates a
 * process application (8.10 adds only these three; they are made in the Hub), so:
 * - GET reads one that exists: the first a project the full client sees lists in its
 *   `content.processApplications` (the test's own project first; a read changes nothing; a
 *   project the search found that is gone when read is passed over);
 * - PATCH and DELETE would change a process application the suite did not make: never sent, each
 *   test skipped saying so.
 */
import type { JsonObject } from '../core/json.ts';
import { isJsonObject } from '../core/json.ts';
import type { PlannedOperation } from '../plan/classify.ts';
import { isSuccess, pathParams } from '../api/operations.ts';
import type { World } from './world.ts';

/** True for the operations of `/process-applications/{id}`. */
export function isProcessApplicationOp(world: World, p: PlannedOperation): boolean {
  return !world.hub && /^\/process-applications\/\{[^}]+\}$/.test(p.op.path.slice(world.api.doc.apiPrefix.length));
}

/** `{ [the operation's first path parameter]: id }`. */
function idPath(p: PlannedOperation, id: string): Record<string, string> {
  const [param] = pathParams(p);
  if (param === undefined) throw new Error(`${p.op.key} has no path parameter`);
  return { [param]: id };
}

/** How many projects are read, at most, looking for a process application. */
const PROJECTS_READ = 10;

function processApplicationsOf(body: unknown): JsonObject[] {
  const content = isJsonObject(body) && isJsonObject(body.content) ? body.content : undefined;
  const list = content?.processApplications;
  return Array.isArray(list) ? list.filter(isJsonObject) : [];
}

/** The id of a process application the full client can read, or the test is skipped saying none was found. */
async function existingProcessApplication(world: World): Promise<string> {
  const get = world.need('project', 'get');
  const search = world.op('project', 'search');
  const ids: string[] = [];
  const own = world.deps.readOnly ? undefined : (await world.project()).id;
  if (own !== undefined) ids.push(own);
  if (search !== undefined) {
    const res = await world.must(
      search,
      { body: world.body(search, { page: 0, size: PROJECTS_READ }) },
      'finding projects with process applications',
    );
    const items = isJsonObject(res.body) && Array.isArray(res.body.items) ? res.body.items : [];
    for (const item of items) {
      const id = isJsonObject(item) && typeof item.id === 'string' ? item.id : undefined;
      if (id !== undefined && !ids.includes(id)) ids.push(id);
    }
  }
  for (const id of ids.slice(0, PROJECTS_READ)) {
    const what = 'reading a project for its process applications';
    // A project the search found may be deleted before it is read (by another test of the run, on
    // a shared target, or by anyone): its 404 is one project fewer, not a failure of the target.
    const found = id === own ? undefined : await world.call(get, { path: idPath(get, id), expect: 'any', case: what });
    if (found?.status === 404) continue;
    const res =
      found !== undefined && isSuccess(found.status) ? found : await world.must(get, { path: idPath(get, id) }, what);
    const first = processApplicationsOf(res.body).find((pa) => typeof pa.id === 'string');
    if (first !== undefined && typeof first.id === 'string') return first.id;
  }
  return world.deps.skip(
    `no process application found in the ${Math.min(ids.length, PROJECTS_READ)} project(s) read, and v1 has no operation that creates one (8.10 adds only get, patch and delete)`,
  );
}

/**
 * A valid request of a process-application operation: GET of an existing one; PATCH and DELETE
 * skip the test (they would change a process application the suite did not make).
 */
export async function processApplicationRequest(
  world: World,
  p: PlannedOperation,
): Promise<{ path: Record<string, string>; body: JsonObject | undefined; references: readonly string[] }> {
  if (p.op.method !== 'get')
    return world.deps.skip(
      `${p.op.key} would change a process application the suite did not make (v1 cannot create one: 8.10 adds only get, patch and delete): not sent`,
    );
  return { path: idPath(p, await existingProcessApplication(world)), body: undefined, references: [] };
}
