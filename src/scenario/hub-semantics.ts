/**
 * Hub API v2 semantic scenarios: what differs from Web Modeler v1 — searches paged with
 * `{from, limit}` and answered with `page: {totalItems, hasMoreTotalItems}`, filter operators
 * (`$like` with the specification's `*`/`?` wildcards), sort arrays of `{field, order}`, required
 * filters, the trash (soft delete, recently-deleted searches, restoration, permanent delete,
 * purge) and members. Everything happens on resources the test made itself in its own
 * run-tagged workspace (the World deletes it permanently when the test ends, trash included).
 * Creates, updates, soft deletes and version restoration keep their v1 scenarios
 * (src/scenario/semantics.ts): their meaning is the same.
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import type { PlannedOperation, ResourceKind } from '../plan/classify.ts';
import { requestBodySchema } from '../plan/chains.ts';
import { createRoundtrip } from '../checks/semantics/create-roundtrip.ts';
import { hubPageOf, type HubSearchPage } from '../checks/semantics/hub-page.ts';
import type { FilterCase } from '../checks/semantics/filter-cases.ts';
import { purgeIdempotent } from '../checks/semantics/purge-idempotent.ts';
import { restoreConflict } from '../checks/semantics/restore-conflict.ts';
import { restoreOnlyRoot } from '../checks/semantics/restore-only-root.ts';
import { restoreSubtree } from '../checks/semantics/restore-subtree.ts';
import { keyOf } from '../checks/semantics/search.ts';
import { searchFilter } from '../checks/semantics/search-filter.ts';
import { searchHasMore } from '../checks/semantics/search-has-more.ts';
import { searchLike } from '../checks/semantics/search-like.ts';
import { searchOffset } from '../checks/semantics/search-offset.ts';
import { searchOperators } from '../checks/semantics/search-operators.ts';
import { searchPagePastEnd } from '../checks/semantics/search-page-past-end.ts';
import { searchRequiredFilter } from '../checks/semantics/search-required-filter.ts';
import { searchSizeLimit } from '../checks/semantics/search-size-limit.ts';
import { searchSize } from '../checks/semantics/search-size.ts';
import { searchSort } from '../checks/semantics/search-sort.ts';
import { searchTotal } from '../checks/semantics/search-total.ts';
import type { StatusSeen } from '../checks/semantics/lifecycle.ts';
import { trashCascade } from '../checks/semantics/trash-cascade.ts';
import { trashListedRoot, type Listing } from '../checks/semantics/trash-listed-root.ts';
import { updateVisible } from '../checks/semantics/update-visible.ts';
import { useAfterFree } from '../checks/semantics/use-after-free.ts';
import type { CheckDefinition } from '../checks/types.ts';
import { isSuccess } from '../api/operations.ts';
import { idPath } from './positive.ts';
import { Blocked, World, type Resource } from './world.ts';

type Scenario = (world: World, p: PlannedOperation) => Promise<void>;

function judge<Input>(world: World, check: CheckDefinition<Input>, p: PlannedOperation, input: Input): void {
  world.api.recorder.judge(check, p.op.key, input);
}

function skipCheck(world: World, check: CheckDefinition<never>, p: PlannedOperation, reason: string): void {
  world.api.recorder.skip(check, p.op.key, reason);
}

/** The status of a GET of the resource (404 when gone). */
async function getStatus(world: World, r: Resource): Promise<number> {
  const get = world.need(r.kind, 'get');
  return (await world.call(get, { path: idPath(get, r.id), expect: 'any' })).status;
}

async function softDelete(world: World, r: Resource, why: string): Promise<void> {
  const del = world.need(r.kind, 'delete');
  await world.must(del, { path: idPath(del, r.id) }, `deleting the ${r.kind} ${why}`);
}

// ── searches ──────────────────────────────────────────────────────────────────────────────

/** The test's own items of one kind for a search, and how to single them out. */
interface HubSearchSetup {
  /** The field that names an item in the answer (`projectKey`, `email`). */
  readonly keyField: string;
  /** The plain filter that matches exactly the test's items (and `baseline` others). */
  readonly scope: JsonObject;
  /** The scope as the field values every returned item must carry (search-filter); empty when the items do not carry it. */
  readonly carried: Readonly<Record<string, string>>;
  /** The keys of the items made, in ascending order of `sortField`. */
  readonly ascending: readonly string[];
  /** Their names in the same order (unique: the cases and windows name the items by them); null: members, named by `keyField`. */
  readonly names: readonly string[] | null;
  /** The common start of the names (`names` are `<base>-a`, `<base>-b`, `<base>-c`). */
  readonly base: string;
  readonly outOfScope: readonly string[];
  readonly sortField: string;
  /** How many other items the scope matches (a workspace's own members). */
  readonly baseline: number;
}

const SUFFIXES = ['b', 'a', 'c'] as const;

/** Items made in the order b, a, c: the keys sorted by their names a < b < c. */
function byName(made: readonly Resource[]): string[] {
  return [...made].sort((x, y) => (x.name < y.name ? -1 : 1)).map((r) => r.id);
}

async function setupWorkspaces(world: World): Promise<HubSearchSetup> {
  const made: Resource[] = [];
  for (const s of SUFFIXES) made.push(await world.createWorkspace(`w${s}`));
  const names = [...made].sort((x, y) => (x.name < y.name ? -1 : 1)).map((r) => r.name);
  const home = await world.home('workspace');
  return {
    keyField: world.keyField('workspace') ?? 'id',
    scope: { name: { $in: made.map((r) => r.name) } },
    carried: {},
    ascending: byName(made),
    names,
    base: '',
    outOfScope: [home.id],
    sortField: 'name',
    baseline: 0,
  };
}

async function setupProjects(world: World): Promise<HubSearchSetup> {
  const workspace = await world.home('workspace');
  const base = world.name('sorted');
  const made: Resource[] = [];
  for (const s of SUFFIXES) made.push(await world.createProject(`p${s}`, `${base}-${s}`));
  return {
    keyField: world.keyField('project') ?? 'id',
    scope: { workspaceKey: workspace.id },
    carried: { workspaceKey: workspace.id },
    ascending: byName(made),
    names: made.map((r) => r.name).sort(),
    base,
    outOfScope: [],
    sortField: 'name',
    baseline: 0,
  };
}

async function setupFiles(world: World): Promise<HubSearchSetup> {
  const project = await world.project();
  const base = world.name('sorted');
  const made: Resource[] = [];
  for (const s of SUFFIXES) made.push(await world.createFile(`f${s}`, { name: `${base}-${s}` }));
  const elsewhere = await world.createProject('elsewhere');
  const outside = await world.createFile('outside', { projectId: elsewhere.id });
  return {
    keyField: world.keyField('file') ?? 'id',
    scope: { projectKey: project.id },
    carried: { projectKey: project.id },
    ascending: byName(made),
    names: made.map((r) => r.name).sort(),
    base,
    outOfScope: [outside.id],
    sortField: 'name',
    baseline: 0,
  };
}

async function setupVersions(world: World): Promise<HubSearchSetup> {
  const file = await world.createFile('versioned');
  const base = world.name('sorted');
  const made: Resource[] = [];
  for (const s of SUFFIXES) made.push(await world.createVersion(file, `v${s}`, `${base}-${s}`));
  const other = await world.createVersion(await world.createFile('other'), 'other');
  return {
    keyField: world.keyField('version') ?? 'id',
    scope: { fileKey: file.id },
    carried: { fileKey: file.id },
    ascending: byName(made),
    names: made.map((r) => r.name).sort(),
    base,
    outOfScope: [other.id],
    sortField: 'name',
    baseline: 0,
  };
}

async function setupMembers(world: World, p: PlannedOperation): Promise<HubSearchSetup> {
  const emails = world.deps.collaboratorEmails;
  if (emails.length === 0) return world.deps.skip('no member email is configured (WM_COLLABORATOR_EMAIL)');
  const workspace = await world.home('workspace');
  const scope = { workspaceKey: workspace.id };
  const before = await search(world, p, { filter: scope, page: { from: 0, limit: 50 } }, 'members before');
  for (const email of emails) await world.addMember(email);
  return {
    keyField: 'email',
    scope,
    carried: { workspaceKey: workspace.id },
    ascending: [...emails].sort(),
    names: null,
    base: '',
    outOfScope: [],
    sortField: 'email',
    baseline: before.total ?? 0,
  };
}

async function search(world: World, p: PlannedOperation, body: JsonObject, caseName: string): Promise<HubSearchPage> {
  const res = await world.call(p, { body, expect: 'success', case: caseName });
  if (!isSuccess(res.status)) throw new Blocked(`${p.op.key} (${caseName}) answered ${res.status}`);
  return hubPageOf(res.body);
}

function keysOf(page: HubSearchPage, keyField: string): string[] {
  return page.items.map((i) => keyOf(i, keyField) ?? '?');
}

/** Whether the search query of the operation requires `filter` (versions, members). */
function requiresFilter(world: World, p: PlannedOperation): boolean {
  const required = requestBodySchema(world.root, p).required;
  return Array.isArray(required) && required.includes('filter');
}

const LONG_AGO = '2000-01-01T00:00:00Z';

/** The operator cases on the test's items named `<base>-a/b/c` (named by their names, in order). */
function operatorCases(names: readonly string[], k: readonly string[]): { filter: JsonObject; want: string[] }[] {
  const [na = '', nb = '', nc = ''] = names;
  const [ka = '', kb = '', kc = ''] = k;
  return [
    { filter: { name: na }, want: [ka] },
    { filter: { name: { $eq: nb } }, want: [kb] },
    { filter: { name: { $neq: na } }, want: [kb, kc] },
    { filter: { name: { $in: [na, nc] } }, want: [ka, kc] },
    { filter: { name: { $notIn: [na, nc] } }, want: [kb] },
    { filter: { name: { $exists: true } }, want: [ka, kb, kc] },
    { filter: { name: { $exists: false } }, want: [] },
    { filter: { created: { $gt: LONG_AGO } }, want: [ka, kb, kc] },
    { filter: { created: { $gte: LONG_AGO } }, want: [ka, kb, kc] },
    { filter: { created: { $lt: LONG_AGO } }, want: [] },
    { filter: { created: { $lte: LONG_AGO } }, want: [] },
  ];
}

/** `$like` cases: the specification's wildcards match, the SQL ones (`%`, `_`) only themselves. */
function likeCases(base: string, k: readonly string[]): { filter: JsonObject; want: string[] }[] {
  const [ka = '', kb = '', kc = ''] = k;
  return [
    { filter: { name: { $like: `${base}-*` } }, want: [ka, kb, kc] },
    { filter: { name: { $like: `${base}-?` } }, want: [ka, kb, kc] },
    { filter: { name: { $like: `*${base.slice(-6)}-a` } }, want: [ka] },
    { filter: { name: { $like: `${base}-%` } }, want: [] },
    { filter: { name: { $like: `${base}-_` } }, want: [] },
    { filter: { name: { $like: `%${base.slice(-6)}-a` } }, want: [] },
  ];
}

async function filterCases(
  world: World,
  p: PlannedOperation,
  s: HubSearchSetup,
  cases: readonly { filter: JsonObject; want: string[] }[],
): Promise<FilterCase[]> {
  const out: FilterCase[] = [];
  // Workspaces have no key to scope a search to the test's own: the case alone, at the largest
  // limit, and of the answer only the test's own workspaces count.
  const own = s.scope.name === undefined ? undefined : new Set(s.names);
  for (const c of cases) {
    const page = await search(
      world,
      p,
      own === undefined
        ? { filter: { ...s.scope, ...c.filter }, page: { from: 0, limit: 50 } }
        : { filter: c.filter, page: { from: 0, limit: 10_000 } },
      `filter ${JSON.stringify(c.filter)}`,
    );
    const got = keysOf(page, 'name');
    out.push({ filter: c.filter, want: c.want, got: own === undefined ? got : got.filter((k) => own.has(k)) });
  }
  return out;
}

async function hubSearch(world: World, p: PlannedOperation): Promise<void> {
  if (world.deps.readOnly) return hubSearchReadOnly(world, p);
  const setups: Partial<Record<ResourceKind, (w: World, p: PlannedOperation) => Promise<HubSearchSetup>>> = {
    workspace: setupWorkspaces,
    project: setupProjects,
    file: setupFiles,
    version: setupVersions,
    member: setupMembers,
  };
  const setup = setups[p.kind];
  if (setup === undefined) return world.deps.skip(`no search scenario for ${p.kind}`);
  const s = await setup(world, p);
  const matching = s.baseline + s.ascending.length;
  const page = (from: number, limit: number): JsonObject => ({ from, limit });

  const all = await search(world, p, { filter: s.scope, page: page(0, 50) }, 'filter');
  judge(world, searchFilter, p, {
    page: all,
    filter: s.carried,
    keyField: s.keyField,
    wanted: s.ascending,
    unwanted: s.outOfScope,
  });

  // A sort array: by the field, then by a second criterion (only the first decides here).
  const sorted = async (order: string): Promise<HubSearchPage> =>
    search(
      world,
      p,
      {
        filter: s.scope,
        sort: [
          { field: s.sortField, order },
          { field: s.sortField === 'name' ? 'created' : 'role', order: 'DESC' },
        ],
        page: page(0, 50),
      },
      `sort ${s.sortField} ${order}`,
    );
  if (s.ascending.length >= 2) {
    judge(world, searchSort, p, {
      asc: await sorted('ASC'),
      desc: await sorted('DESC'),
      keyField: s.keyField,
      expected: s.ascending,
      field: s.sortField,
    });
  } else {
    skipCheck(
      world,
      searchSort,
      p,
      'only one member email is configured; sorting needs two (WM_COLLABORATOR_EMAIL takes a comma-separated list)',
    );
  }

  if (s.baseline === 0 && s.ascending.length >= 2) {
    for (const [from, limit] of [
      [1, 1],
      [0, 2],
      [1, 5],
    ] as const) {
      const window = await search(
        world,
        p,
        { filter: s.scope, sort: [{ field: s.sortField, order: 'ASC' }], page: page(from, limit) },
        `from ${from} limit ${limit}`,
      );
      judge(world, searchOffset, p, {
        page: window,
        keyField: s.names === null ? s.keyField : 'name',
        from,
        limit,
        ordered: s.names ?? s.ascending,
      });
    }
  } else {
    skipCheck(
      world,
      searchOffset,
      p,
      `the ${p.kind} search also answers items the test did not make (the workspace's own members), whose order it does not know`,
    );
  }

  const one = await search(world, p, { filter: s.scope, page: page(0, 1) }, 'limit 1');
  judge(world, searchSize, p, { page: one, size: 1, matching });
  judge(world, searchTotal, p, { page: one, matching });
  judge(world, searchHasMore, p, { page: one, matching });

  const past = await search(world, p, { filter: s.scope, page: page(matching + 5, 1) }, 'from past the end');
  judge(world, searchPagePastEnd, p, { page: past, pageIndex: matching + 5 });
  skipCheck(
    world,
    searchSizeLimit,
    p,
    'Hub API v2: the page limit (1–10,000) is a schema range, checked by the negative family (reject-range)',
  );

  if (s.names === null) {
    const reason = `Hub API v2: the ${p.kind} search filters the test's items by email or role only; the operators are checked on the searches of workspaces, projects, files and versions`;
    skipCheck(world, searchOperators, p, reason);
    skipCheck(world, searchLike, p, reason);
  } else {
    const names = s.names;
    judge(world, searchOperators, p, { cases: await filterCases(world, p, s, operatorCases(names, names)) });
    if (s.base === '') {
      skipCheck(
        world,
        searchLike,
        p,
        'the workspace search is scoped by `$in` over names; `$like` is checked on projects, files and versions',
      );
    } else {
      judge(world, searchLike, p, { cases: await filterCases(world, p, s, likeCases(s.base, names)) });
    }
  }

  if (requiresFilter(world, p)) {
    const answers: StatusSeen[] = [];
    for (const [what, body] of [
      ['no filter', { page: page(0, 1) }],
      ['an empty filter', { filter: {}, page: page(0, 1) }],
    ] as const) {
      const res = await world.call(p, { body, expect: 'rejection', case: `required filter: ${what}` });
      answers.push({ status: res.status, what: `${p.op.key} with ${what}` });
    }
    judge(world, searchRequiredFilter, p, { answers });
  } else {
    skipCheck(world, searchRequiredFilter, p, `${p.op.key} has no required filter`);
  }
}

/** Read-only: paging on whatever the target holds; what needs the test's own items is skipped. */
async function hubSearchReadOnly(world: World, p: PlannedOperation): Promise<void> {
  const within: JsonObject = {};
  if (p.kind === 'version') within.fileKey = (await world.find('file')).id;
  if (p.kind === 'member') within.workspaceKey = (await world.find('workspace')).id;
  const body = (from: number): JsonObject => ({
    ...(Object.keys(within).length === 0 ? {} : { filter: within }),
    page: { from, limit: 1 },
  });
  const first = await search(world, p, body(0), 'limit 1');
  const total = first.total ?? 0;
  judge(world, searchSize, p, { page: first, size: 1, matching: total });
  const past = await search(world, p, body(total + 5), 'from past the end');
  judge(world, searchPagePastEnd, p, { page: past, pageIndex: total + 5 });
  const reason = 'WM_READ_ONLY=true: this check needs items the suite creates';
  for (const check of [
    searchFilter,
    searchSort,
    searchTotal,
    searchHasMore,
    searchOffset,
    searchOperators,
    searchLike,
    searchRequiredFilter,
    searchSizeLimit,
  ])
    skipCheck(world, check, p, reason);
}

// ── the trash ─────────────────────────────────────────────────────────────────────────────

/** A soft-deletable item with something below it that its deletion takes along. */
interface Tree {
  readonly root: Resource;
  /** Taken along by the root's deletion; undefined for a file. */
  readonly child: Resource | undefined;
}

/** A tree rooted at a resource of the kind: workspace → project, project → file, folder → file, file alone. */
async function tree(world: World, kind: ResourceKind): Promise<Tree> {
  switch (kind) {
    case 'workspace': {
      // The test's own workspace: a project of another workspace cannot be made (createProject takes the home one).
      const child = await world.project();
      return { root: await world.home('workspace'), child };
    }
    case 'project': {
      const root = await world.createProject('trash-root');
      return { root, child: await world.createFile('trash-child', { projectId: root.id }) };
    }
    case 'folder': {
      const root = await world.createFolder('trash-root');
      return { root, child: await world.createFile('trash-child', { folderId: root.id }) };
    }
    case 'file':
      return { root: await world.createFile('trash-root'), child: undefined };
    default:
      return world.deps.skip(`no trash scenario for a ${kind}`);
  }
}

/** How often the recently-deleted search of the resource's kind lists it (filtered to it). */
async function listedCount(world: World, r: Resource): Promise<number> {
  const op = world.need(r.kind, 'search-deleted');
  const page = await search(
    world,
    op,
    world.hubSearchBody(op, world.hubFilter(op, r), 50),
    `recently deleted ${r.kind}`,
  );
  return keysOf(page, world.keyField(r.kind) ?? 'id').filter((k) => k === r.id).length;
}

/** searchRecentlyDeleted*: the root of a deletion listed once, an earlier deletion once, what was taken along not at all. */
async function hubSearchDeleted(world: World, p: PlannedOperation): Promise<void> {
  const { root, child } = await tree(world, p.kind);
  // Deleted on its own before its ancestor: still listed in its own right.
  const early = p.kind === 'workspace' ? await world.createProject('trash-early') : undefined;
  if (early !== undefined) await softDelete(world, early, 'before its workspace');
  await softDelete(world, root, 'to search the trash');
  const listings: Listing[] = [
    { what: `the deleted ${root.kind} in ${p.op.key}`, count: await listedCount(world, root), want: 1 },
  ];
  if (child !== undefined && world.op(child.kind, 'search-deleted') !== undefined) {
    const status = await getStatus(world, child);
    judge(world, trashCascade, p, { status, what: `GET of a ${child.kind} inside the deleted ${root.kind}` });
    listings.push({
      what: `a ${child.kind} deleted with its ${root.kind}`,
      count: await listedCount(world, child),
      want: 0,
    });
  } else {
    skipCheck(world, trashCascade, p, `a ${root.kind} has nothing below it that its deletion takes along`);
  }
  if (early !== undefined)
    listings.push({
      what: `a ${early.kind} deleted before its ${root.kind}`,
      count: await listedCount(world, early),
      want: 1,
    });
  judge(world, trashListedRoot, p, { listings });
}

/** restore*: not a taken-along item alone (404), the root with its subtree (200s), not while the container is deleted (409). */
async function hubRestore(world: World, p: PlannedOperation): Promise<void> {
  const { root, child } = await tree(world, p.kind);
  await softDelete(world, root, 'to restore it');
  if (child !== undefined) {
    const restoreChild = world.op(child.kind, 'restore');
    if (restoreChild === undefined) {
      skipCheck(world, restoreOnlyRoot, p, `the document cannot restore a ${child.kind} on its own`);
    } else {
      const res = await world.call(restoreChild, {
        path: idPath(restoreChild, child.id),
        expect: 'rejection',
        case: 'taken along by its ancestor',
      });
      judge(world, restoreOnlyRoot, p, {
        status: res.status,
        what: `${restoreChild.op.key} of a ${child.kind} deleted with its ${root.kind}`,
      });
    }
  } else {
    skipCheck(world, restoreOnlyRoot, p, 'a file has nothing below it that its deletion takes along');
  }
  await world.must(p, { path: idPath(p, root.id) }, `restoring the ${root.kind}`);
  const answers: StatusSeen[] = [{ status: await getStatus(world, root), what: `GET of the restored ${root.kind}` }];
  if (child !== undefined)
    answers.push({
      status: await getStatus(world, child),
      what: `GET of a ${child.kind} restored with its ${root.kind}`,
    });
  judge(world, restoreSubtree, p, { answers });
  await restoreWhileContainerDeleted(world, p);
}

/** The item deleted on its own, then its container; restoring the item answers 409. The test's last step (it deletes a home). */
async function restoreWhileContainerDeleted(world: World, p: PlannedOperation): Promise<void> {
  let item: Resource;
  let container: Resource;
  switch (p.kind) {
    case 'file':
      container = await world.createProject('container');
      item = await world.createFile('contained', { projectId: container.id });
      break;
    case 'folder':
      container = await world.project();
      item = await world.createFolder('contained');
      break;
    case 'project':
      container = await world.home('workspace');
      item = await world.createProject('contained');
      break;
    default:
      skipCheck(world, restoreConflict, p, `a ${p.kind} has no container whose deletion could block its restoration`);
      return;
  }
  await softDelete(world, item, 'before its container');
  await softDelete(world, container, 'that contains it');
  const res = await world.call(p, { path: idPath(p, item.id), expect: 'rejection', case: 'container deleted' });
  judge(world, restoreConflict, p, {
    status: res.status,
    what: `${p.op.key} of a ${item.kind} while its ${container.kind} is deleted`,
  });
}

/** permanentlyDelete*: a soft-deleted item deleted for good is gone: GET 404, restore 404. */
async function hubDeletePermanently(world: World, p: PlannedOperation): Promise<void> {
  const r = p.kind === 'workspace' ? await world.createWorkspace('doomed') : (await tree(world, p.kind)).root;
  await softDelete(world, r, 'before deleting it permanently');
  await world.must(p, { path: idPath(p, r.id) }, `deleting the ${r.kind} permanently`);
  world.deps.ledger.deleted(r.kind, r.id);
  judge(world, useAfterFree, p, { status: await getStatus(world, r), what: `GET after ${p.op.key}` });
  const restore = world.op(r.kind, 'restore');
  if (restore !== undefined) {
    const res = await world.call(restore, {
      path: idPath(restore, r.id),
      expect: 'rejection',
      case: 'deleted permanently',
    });
    judge(world, useAfterFree, p, { status: res.status, what: `${restore.op.key} after ${p.op.key}` });
  }
}

/** purgeFile: the file is gone (404), and purging it again, or a file that never was, answers 204 too. */
async function hubPurge(world: World, p: PlannedOperation): Promise<void> {
  const file = await world.createFile('purged');
  const answers: StatusSeen[] = [];
  const purge = async (id: string, what: string): Promise<void> => {
    const res = await world.call(p, { path: idPath(p, id), expect: 'any', case: what });
    answers.push({ status: res.status, what: `${p.op.key} of ${what}` });
  };
  await purge(file.id, 'a live file');
  if (answers.every((a) => isSuccess(a.status))) world.deps.ledger.deleted('file', file.id);
  judge(world, useAfterFree, p, { status: await getStatus(world, file), what: `GET after ${p.op.key}` });
  await purge(file.id, 'the file purged before');
  await purge(World.unknownId(), 'a file that never existed');
  judge(world, purgeIdempotent, p, { answers });
}

// ── members ───────────────────────────────────────────────────────────────────────────────

async function roleOfMember(world: World, workspaceId: string, email: string): Promise<JsonValue | undefined> {
  const op = world.need('member', 'search');
  const page = await search(
    world,
    op,
    { filter: { workspaceKey: workspaceId }, page: { from: 0, limit: 50 } },
    'members',
  );
  const item = page.items.find((i) => isJsonObject(i) && i.email === email);
  return isJsonObject(item) ? (item.role ?? null) : undefined;
}

/** addMember: a new member is listed with the role given; a second call changes the role. */
async function hubAddMember(world: World, p: PlannedOperation): Promise<void> {
  const email = world.collaboratorEmail();
  if (email === undefined) return world.deps.skip('no member email is configured (WM_COLLABORATOR_EMAIL)');
  const added = await world.addMember(email, 'editor');
  const workspaceId = added.workspaceId ?? '';
  judge(world, createRoundtrip, p, {
    sent: { email, role: 'editor' },
    got: { email, role: (await roleOfMember(world, workspaceId, email)) ?? null },
    what: 'member search after addMember',
  });
  await world.addMember(email, 'viewer');
  judge(world, updateVisible, p, {
    sent: { role: 'viewer' },
    got: { role: (await roleOfMember(world, workspaceId, email)) ?? null },
    what: 'member search after changing the role',
  });
}

/** removeMember: the member is no longer listed. */
async function hubRemoveMember(world: World, p: PlannedOperation): Promise<void> {
  const r = await world.ensure('member');
  const [workspaceParam, emailParam] = [...p.op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  if (workspaceParam === undefined || emailParam === undefined)
    return world.deps.skip(`${p.op.key} does not have workspace and email path parameters`);
  const workspaceId = r.workspaceId ?? '';
  await world.must(p, { path: { [workspaceParam]: workspaceId, [emailParam]: r.name } }, 'removing the member');
  world.deps.ledger.deleted('member', r.id);
  const listed = (await roleOfMember(world, workspaceId, r.name)) !== undefined;
  judge(world, useAfterFree, p, { collaborator: r.name, listed, after: p.op.key });
}

/** The Hub API v2 scenario of the operation, or undefined when the v1 scenario applies (create, update, delete, version restoration). */
export function hubScenario(p: PlannedOperation): Scenario | undefined {
  switch (p.role) {
    case 'search':
      return hubSearch;
    case 'search-deleted':
      return hubSearchDeleted;
    case 'restore':
      return p.kind === 'version' ? undefined : hubRestore;
    case 'delete-permanently':
      return hubDeletePermanently;
    case 'purge':
      return hubPurge;
    case 'upsert':
      return p.kind === 'member' ? hubAddMember : undefined;
    case 'remove':
      return p.kind === 'member' ? hubRemoveMember : undefined;
    default:
      return undefined;
  }
}
