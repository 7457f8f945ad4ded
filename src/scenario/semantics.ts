/**
 * Semantic scenarios: what an operation does, beyond the shape of its answer. Each judges one
 * or more named semantic checks (src/checks/semantics) on resources the test made itself, so
 * that the expected answer is known for certain whatever else the target holds.
 */
import type { JsonObject } from '../core/json.ts';
import type { PlannedOperation } from '../plan/classify.ts';
import { contentFor } from '../synth/content.ts';
import { availableAfterCreate } from '../checks/semantics/available-after-create.ts';
import { createRoundtrip } from '../checks/semantics/create-roundtrip.ts';
import { restoreVisible } from '../checks/semantics/restore-visible.ts';
import { revisionConflict } from '../checks/semantics/revision-conflict.ts';
import { searchFilter } from '../checks/semantics/search-filter.ts';
import { searchPagePastEnd } from '../checks/semantics/search-page-past-end.ts';
import { searchSizeLimit } from '../checks/semantics/search-size-limit.ts';
import { searchSize } from '../checks/semantics/search-size.ts';
import { searchSort } from '../checks/semantics/search-sort.ts';
import { searchTotal } from '../checks/semantics/search-total.ts';
import { pageOf, type SearchPage } from '../checks/semantics/search.ts';
import { updateVisible } from '../checks/semantics/update-visible.ts';
import { useAfterFree } from '../checks/semantics/use-after-free.ts';
import type { CheckDefinition } from '../checks/types.ts';
import { currentRevision, idPath, updateBody } from './positive.ts';
import { Blocked, World, type Resource } from './world.ts';
import { isSuccess, pathParams } from '../api/operations.ts';
import { hubScenario } from './hub-semantics.ts';

function judge<Input>(world: World, check: CheckDefinition<Input>, p: PlannedOperation, input: Input): void {
  world.api.recorder.judge(check, p.op.key, input);
}

async function getOf(world: World, r: Resource): Promise<{ status: number; body: JsonObject | undefined }> {
  const get = world.need(r.kind, 'get');
  const res = await world.call(get, { path: idPath(get, r.id), expect: 'any' });
  return {
    status: res.status,
    body: typeof res.body === 'object' && res.body !== null && !Array.isArray(res.body) ? res.body : undefined,
  };
}

async function semanticsOfCreate(world: World, p: PlannedOperation): Promise<void> {
  const r = await world.ensure(p.kind);
  const got = await getOf(world, r);
  judge(world, availableAfterCreate, p, { status: got.status, what: `GET right after ${p.op.key}` });
  if (isSuccess(got.status))
    judge(world, createRoundtrip, p, { sent: r.sent, got: got.body, what: `GET after ${p.op.key}` });
}

async function semanticsOfUpdate(world: World, p: PlannedOperation): Promise<void> {
  const r = await world.ensure(p.kind);
  const body = await updateBody(world, p, r);
  await world.must(p, { path: idPath(p, r.id), body }, `updating the ${r.kind}`);
  const got = await getOf(world, r);
  judge(world, updateVisible, p, { sent: body, got: got.body, what: `GET after ${p.op.key}` });
  if (r.kind === 'file' && (typeof body.revision === 'number' || typeof body.revision === 'string')) {
    const stale = { ...(await updateBody(world, p, r)), revision: body.revision };
    const res = await world.call(p, {
      path: idPath(p, r.id),
      body: stale,
      expect: 'rejection',
      case: 'stale revision',
    });
    judge(world, revisionConflict, p, {
      status: res.status,
      what: `${p.op.key} with the stale revision ${body.revision}`,
    });
  }
}

async function semanticsOfDelete(world: World, p: PlannedOperation): Promise<void> {
  const r = await world.ensure(p.kind);
  await world.must(p, { path: idPath(p, r.id) }, `deleting the ${r.kind}`);
  world.deps.ledger.deleted(r.kind, r.id);
  const got = await getOf(world, r);
  judge(world, useAfterFree, p, { status: got.status, what: `GET after ${p.op.key}` });
}

async function collaboratorPage(world: World, projectId: string): Promise<SearchPage> {
  const search = world.need('collaborator', 'search');
  const res = await world.must(
    search,
    { body: world.body(search, { filter: { projectId }, page: 0, size: 50 }) },
    'listing collaborators',
  );
  return pageOf(res.body);
}

function roleOf(page: SearchPage, email: string): string | undefined {
  for (const item of page.items) {
    if (typeof item === 'object' && item !== null && !Array.isArray(item) && item.email === email) {
      return typeof item.role === 'string' ? item.role : '';
    }
  }
  return undefined;
}

async function semanticsOfUpsert(world: World, p: PlannedOperation): Promise<void> {
  const email = world.collaboratorEmail();
  if (email === undefined) return world.deps.skip('no collaborator email is configured (WM_COLLABORATOR_EMAIL)');
  const added = await world.addCollaborator(email, 'editor');
  const projectId = added.projectId ?? '';
  judge(world, createRoundtrip, p, {
    sent: { email, role: 'editor' },
    got: { email, role: roleOf(await collaboratorPage(world, projectId), email) ?? null },
    what: 'collaborator search after PUT',
  });
  await world.must(p, { body: world.body(p, { email, projectId, role: 'viewer' }) }, 'changing the collaborator role');
  judge(world, updateVisible, p, {
    sent: { role: 'viewer' },
    got: { role: roleOf(await collaboratorPage(world, projectId), email) ?? null },
    what: 'collaborator search after changing the role',
  });
}

async function semanticsOfRemove(world: World, p: PlannedOperation): Promise<void> {
  const r = await world.ensure('collaborator');
  const [projectParam, emailParam] = pathParams(p);
  if (projectParam === undefined || emailParam === undefined)
    return world.deps.skip(`${p.op.key} does not have project and email path parameters`);
  await world.must(
    p,
    { path: { [projectParam]: r.projectId ?? '', [emailParam]: r.name } },
    'removing the collaborator',
  );
  world.deps.ledger.deleted('collaborator', r.id);
  const still = roleOf(await collaboratorPage(world, r.projectId ?? ''), r.name) !== undefined;
  judge(world, useAfterFree, p, { collaborator: r.name, listed: still, after: p.op.key });
}

async function semanticsOfRestore(world: World, p: PlannedOperation): Promise<void> {
  const file = await world.createFile('restorable');
  const version = await world.createVersion(file);
  const captured = (await getOf(world, file)).body?.content;
  const patch = world.need('file', 'update');
  const revision = await currentRevision(world, file);
  await world.must(
    patch,
    {
      path: idPath(patch, file.id),
      body: world.body(patch, {
        revision,
        content: contentFor(file.fileType ?? 'bpmn', `${file.name}-changed`, Number(revision) + 1),
      }),
    },
    'changing the file before restoring',
  );
  const body = world.restoreBody(p, version);
  const restoreBody = body === undefined ? {} : { body };
  await world.must(p, { path: idPath(p, version.id), ...restoreBody }, 'restoring');
  const got = await getOf(world, file);
  judge(world, restoreVisible, p, {
    sent: { content: typeof captured === 'string' ? captured : '' },
    got: got.body,
    what: `GET of the file after ${p.op.key}`,
  });
}

/** Items of one kind created for a search test, in the order the sort should return them. */
interface SearchSetup {
  readonly keyField: string;
  /** The filter that matches exactly `inScope`. */
  readonly scope: Readonly<Record<string, string>>;
  readonly inScope: readonly string[];
  readonly outOfScope: readonly string[];
  /** Sort field and the expected ascending order of `inScope` keys; null: sort not checkable. */
  readonly sort: { readonly field: string; readonly ascending: readonly string[] } | { readonly skip: string };
  /** How many items the scope matched before the test added its own (collaborators). */
  readonly baseline: number;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function setupProjects(world: World): Promise<SearchSetup> {
  const shared = world.name('same');
  const made: Resource[] = [];
  for (let i = 0; i < 3; i++) {
    made.push(await world.createProject('same', shared));
    await pause(15); // distinct `created` instants for the sort by creation time
  }
  const other = await world.createProject('other');
  return {
    keyField: 'id',
    scope: { name: shared },
    inScope: made.map((r) => r.id),
    outOfScope: [other.id],
    sort: { field: 'created', ascending: made.map((r) => r.id) },
    baseline: 0,
  };
}

async function setupFiles(world: World): Promise<SearchSetup> {
  const project = await world.project();
  const base = world.name('sorted');
  const made: Resource[] = [];
  for (const suffix of ['b', 'a', 'c']) made.push(await world.createFile(`f${suffix}`, { name: `${base}-${suffix}` }));
  const elsewhere = await world.createProject('elsewhere');
  const outside = await world.createFile('outside', { projectId: elsewhere.id });
  const byName = [...made].sort((x, y) => (x.name < y.name ? -1 : 1));
  return {
    keyField: 'id',
    scope: { projectId: project.id },
    inScope: made.map((r) => r.id),
    outOfScope: [outside.id],
    sort: { field: 'name', ascending: byName.map((r) => r.id) },
    baseline: 0,
  };
}

async function setupVersions(world: World): Promise<SearchSetup> {
  const file = await world.createFile('versioned');
  const base = world.name('sorted');
  const made: Resource[] = [];
  for (const suffix of ['b', 'a', 'c']) made.push(await world.createVersion(file, `v${suffix}`, `${base}-${suffix}`));
  const other = await world.createVersion(await world.createFile('other'), 'other');
  const byName = [...made].sort((x, y) => (x.name < y.name ? -1 : 1));
  return {
    keyField: 'id',
    scope: { fileId: file.id },
    inScope: made.map((r) => r.id),
    outOfScope: [other.id],
    sort: { field: 'name', ascending: byName.map((r) => r.id) },
    baseline: 0,
  };
}

async function setupCollaborators(world: World): Promise<SearchSetup> {
  const emails = world.deps.collaboratorEmails;
  if (emails.length === 0) return world.deps.skip('no collaborator email is configured (WM_COLLABORATOR_EMAIL)');
  const project = await world.project();
  const baseline = (await collaboratorPage(world, project.id)).total ?? 0;
  for (const email of emails) await world.addCollaborator(email);
  const sorted = [...emails].sort();
  return {
    keyField: 'email',
    scope: { projectId: project.id },
    inScope: emails,
    outOfScope: [],
    sort:
      emails.length >= 2
        ? { field: 'email', ascending: sorted }
        : {
            skip: 'only one collaborator email is configured; sorting needs two (WM_COLLABORATOR_EMAIL takes a comma-separated list)',
          },
    baseline,
  };
}

async function searchPage(
  world: World,
  p: PlannedOperation,
  body: JsonObject,
  caseName: string,
  expect: 'success' | 'rejection' = 'success',
): Promise<{ status: number; page: SearchPage }> {
  const res = await world.call(p, { body: world.body(p, body), expect, case: caseName });
  if (expect === 'success' && !isSuccess(res.status))
    throw new Blocked(`${p.op.key} (${caseName}) answered ${res.status}`);
  return { status: res.status, page: pageOf(res.body) };
}

async function semanticsOfSearch(world: World, p: PlannedOperation): Promise<void> {
  if (world.deps.readOnly) return semanticsOfSearchReadOnly(world, p);
  const setups: Partial<Record<string, (w: World) => Promise<SearchSetup>>> = {
    project: setupProjects,
    file: setupFiles,
    version: setupVersions,
    collaborator: setupCollaborators,
  };
  const setup = setups[p.kind];
  if (setup === undefined) return world.deps.skip(`no search scenario for ${p.kind}`);
  const s = await setup(world);
  const scope = s.scope;
  const matching = s.baseline + s.inScope.length;

  const all = await searchPage(world, p, { filter: scope, page: 0, size: 50 }, 'filter');
  judge(world, searchFilter, p, {
    page: all.page,
    filter: scope,
    keyField: s.keyField,
    wanted: s.inScope,
    unwanted: s.outOfScope,
  });

  const order = s.sort;
  if ('skip' in order) {
    world.api.recorder.skip(searchSort, p.op.key, order.skip);
  } else {
    const sort = (direction: string): JsonObject => ({
      filter: scope,
      sort: [{ field: order.field, direction }],
      page: 0,
      size: 50,
    });
    const asc = await searchPage(world, p, sort('ASC'), 'sort ASC');
    const desc = await searchPage(world, p, sort('DESC'), 'sort DESC');
    judge(world, searchSort, p, {
      asc: asc.page,
      desc: desc.page,
      keyField: s.keyField,
      expected: order.ascending,
      field: order.field,
    });
  }

  const one = await searchPage(world, p, { filter: scope, page: 0, size: 1 }, 'size 1');
  judge(world, searchSize, p, { page: one.page, size: 1, matching });
  judge(world, searchTotal, p, { page: one.page, matching });

  const past = await searchPage(world, p, { filter: scope, page: matching + 5, size: 1 }, 'page past the end');
  judge(world, searchPagePastEnd, p, { page: past.page, pageIndex: matching + 5 });

  const tooBig = await searchPage(world, p, { filter: scope, page: 0, size: 51 }, 'size 51', 'rejection');
  judge(world, searchSizeLimit, p, { status: tooBig.status });
}

/** Read-only: only what needs no data of the suite's own. */
async function semanticsOfSearchReadOnly(world: World, p: PlannedOperation): Promise<void> {
  const first = await searchPage(world, p, { page: 0, size: 1 }, 'size 1');
  const total = first.page.total ?? 0;
  judge(world, searchSize, p, { page: first.page, size: 1, matching: total });
  const past = await searchPage(world, p, { page: total + 5, size: 1 }, 'page past the end');
  judge(world, searchPagePastEnd, p, { page: past.page, pageIndex: total + 5 });
  const tooBig = await searchPage(world, p, { page: 0, size: 51 }, 'size 51', 'rejection');
  judge(world, searchSizeLimit, p, { status: tooBig.status });
  for (const check of [searchFilter, searchSort, searchTotal]) {
    world.api.recorder.skip(check, p.op.key, 'WM_READ_ONLY=true: this check needs items the suite creates');
  }
}

/** Whether the operation has a semantic scenario (the plan makes a semantics test for it). */
export function hasSemantics(p: PlannedOperation): boolean {
  return (
    [
      'create',
      'update',
      'delete',
      'search',
      'restore',
      'upsert',
      'remove',
      // Hub API v2: the trash.
      'search-deleted',
      'delete-permanently',
      'purge',
    ].includes(p.role) && p.kind !== 'other'
  );
}

export async function runSemantics(world: World, p: PlannedOperation): Promise<void> {
  if (world.hub) {
    // Hub API v2: searches, the trash and members have scenarios of their own (hub-semantics.ts).
    const scenario = hubScenario(p);
    if (scenario !== undefined) return scenario(world, p);
    if (p.role === 'upsert' || p.role === 'remove')
      return world.deps.skip(`Hub API v2: no ${p.role} scenario for ${p.kind}s (members have one)`);
  }
  switch (p.role) {
    case 'create':
      return semanticsOfCreate(world, p);
    case 'update':
      return semanticsOfUpdate(world, p);
    case 'delete':
      return semanticsOfDelete(world, p);
    case 'search':
      return semanticsOfSearch(world, p);
    case 'restore':
      return semanticsOfRestore(world, p);
    case 'upsert':
      return semanticsOfUpsert(world, p);
    case 'remove':
      return semanticsOfRemove(world, p);
    default:
      return world.deps.skip(`${p.op.key} has no semantic scenario`);
  }
}
