/**
 * The positive scenario of each operation: valid input against resources the test made (or,
 * read-only, found), so that every operation of the document is called and its answer judged
 * by the response checks. What each role needs is built through the World. On the Hub API v2
 * searches page with `{from, limit}` and filter by the keys the document's filter has, and the
 * trash roles (delete, search of the recently deleted, restore, delete permanently, purge) work
 * on resources the test made and deleted.
 */
import type { ApiResponse } from '../api/client.ts';
import type { JsonObject } from '../core/json.ts';
import type { PlannedOperation } from '../plan/classify.ts';
import { contentFor } from '../synth/content.ts';
import { Blocked, World, type Resource } from './world.ts';
import { isSuccess, metadataOf, pathParams } from '../api/operations.ts';
import { runHubOpPositive } from './hub-ops.ts';
import { isProcessApplicationOp, processApplicationRequest } from './process-applications.ts';

/** The path parameters of a single-resource operation (`/files/{fileId}` → { fileId: id }). */
export function idPath(op: PlannedOperation, id: string): Record<string, string> {
  const [param] = pathParams(op);
  if (param === undefined) throw new Error(`${op.op.key} has no path parameter`);
  return { [param]: id };
}

/** The filter that singles out `r` in a search of its kind. */
export function filterFor(r: Resource): JsonObject {
  switch (r.kind) {
    case 'project':
      return { name: r.name };
    case 'file':
      return { projectId: r.projectId ?? '', name: r.name };
    case 'version':
      return { fileId: r.fileId ?? '', name: r.name };
    case 'collaborator':
      return { projectId: r.projectId ?? '', email: r.name };
    default:
      return { id: r.id };
  }
}

/** The current revision of a file (read with a GET), sent back as the target gave it. */
export async function currentRevision(world: World, file: Resource): Promise<number | string> {
  const get = world.need('file', 'get');
  const res = await world.must(get, { path: idPath(get, file.id) }, 'reading the file revision');
  const revision = metadataOf(res.body).revision;
  if (typeof revision !== 'number' && typeof revision !== 'string')
    throw new Blocked(`${get.op.key} returned no revision`);
  return revision;
}

/** A valid update body for the resource: a new name, and for files new content and the revision. */
export async function updateBody(world: World, op: PlannedOperation, r: Resource): Promise<JsonObject> {
  const name = world.name('renamed');
  if (r.kind !== 'file') return world.body(op, { name });
  const revision = await currentRevision(world, r);
  return world.body(op, { name, revision, content: contentFor(r.fileType ?? 'bpmn', name, Number(revision) + 1) });
}

/** A search body that finds `r`: Hub API v2 or Web Modeler's `{filter, page, size}`. */
export function searchBody(world: World, p: PlannedOperation, r: Resource): JsonObject {
  if (world.hub) return world.hubSearchBody(p, world.hubFilter(p, r));
  return world.body(p, { filter: filterFor(r), page: 0, size: 10 });
}

/** Hub API v2: the roles of the trash and of members. */
async function runHubRole(world: World, p: PlannedOperation): Promise<ApiResponse | undefined> {
  switch (p.role) {
    case 'search-deleted': {
      const r = await world.deleted(p.kind, p.role);
      return world.call(p, { body: world.hubSearchBody(p, world.hubFilter(p, r)), expect: 'success' });
    }
    case 'restore': {
      if (p.kind === 'version') return undefined;
      const r = await world.deleted(p.kind, p.role);
      return world.call(p, { path: idPath(p, r.id), expect: 'success' });
    }
    case 'delete-permanently':
    case 'purge': {
      const r = await world.ensure(p.kind);
      const res = await world.call(p, { path: idPath(p, r.id), expect: 'success' });
      if (isSuccess(res.status)) world.deps.ledger.deleted(r.kind, r.id);
      return res;
    }
    case 'upsert':
      if (p.kind === 'member') await world.ensure('member');
      return undefined;
    default:
      return undefined;
  }
}

async function runRole(world: World, p: PlannedOperation): Promise<ApiResponse | undefined> {
  if (world.hub && ['search-deleted', 'delete-permanently', 'purge'].includes(p.role)) return runHubRole(world, p);
  if (world.hub && p.role === 'restore' && p.kind !== 'version') return runHubRole(world, p);
  if (world.hub && p.role === 'upsert' && p.kind === 'member') return runHubRole(world, p);
  switch (p.role) {
    case 'create':
      await world.ensure(p.kind);
      return undefined;
    case 'get': {
      const r = await world.ensure(p.kind);
      return world.call(p, { path: idPath(p, r.id), expect: 'success' });
    }
    case 'update': {
      const r = await world.ensure(p.kind);
      return world.call(p, { path: idPath(p, r.id), body: await updateBody(world, p, r), expect: 'success' });
    }
    case 'delete': {
      const r = await world.ensure(p.kind);
      const res = await world.call(p, { path: idPath(p, r.id), expect: 'success' });
      // Hub API v2: a deleted resource is in the trash, still the suite's to delete permanently.
      if (isSuccess(res.status) && !world.hub) world.deps.ledger.deleted(r.kind, r.id);
      return res;
    }
    case 'search': {
      const r = await world.ensure(p.kind);
      return world.call(p, { body: searchBody(world, p, r), expect: 'success' });
    }
    case 'restore': {
      const file = await world.createFile('restorable');
      const version = await world.createVersion(file);
      const body = world.restoreBody(p, version);
      return world.call(p, { path: idPath(p, version.id), ...(body === undefined ? {} : { body }), expect: 'success' });
    }
    case 'compare': {
      const file = await world.createFile('compared');
      const first = await world.createVersion(file, 'first');
      const second = await world.createVersion(file, 'second');
      const [a, b] = pathParams(p);
      if (a === undefined || b === undefined) return world.deps.skip(`${p.op.key} does not have two path parameters`);
      return world.call(p, { path: { [a]: first.id, [b]: second.id }, expect: 'success' });
    }
    case 'upsert': {
      const email = world.collaboratorEmail();
      if (email === undefined) return world.deps.skip('no collaborator email is configured (WM_COLLABORATOR_EMAIL)');
      if (world.deps.readOnly)
        return world.deps.skip('WM_READ_ONLY=true: adding a collaborator would change data on the target');
      const project = await world.project();
      return world.call(p, {
        body: world.body(p, { email, projectId: project.id, role: 'editor' }),
        expect: 'success',
      });
    }
    case 'remove': {
      const kind = p.kind === 'member' ? 'member' : 'collaborator';
      const r = await world.ensure(kind);
      const [projectParam, emailParam] = pathParams(p);
      if (projectParam === undefined || emailParam === undefined)
        return world.deps.skip(
          `${p.op.key} does not have ${kind === 'member' ? 'workspace' : 'project'} and email path parameters`,
        );
      const res = await world.call(p, {
        path: { [projectParam]: (kind === 'member' ? r.workspaceId : r.projectId) ?? '', [emailParam]: r.name },
        expect: 'success',
      });
      if (isSuccess(res.status)) world.deps.ledger.deleted(kind, r.id);
      return res;
    }
    case 'info':
      return world.call(p, { expect: 'success' });
    case 'other':
      return runOther(world, p);
  }
}

async function runOther(world: World, p: PlannedOperation): Promise<ApiResponse | undefined> {
  if (pathParams(p).length > 0)
    return world.deps.skip(`no scenario knows how to obtain valid path parameters for ${p.op.key}`);
  if (p.mutating && world.deps.readOnly) return world.deps.skip(`WM_READ_ONLY=true: ${p.op.key} may change data`);
  if (p.mutating)
    return world.deps.skip(
      `${p.op.key} is not a known Web Modeler operation; the suite does not call unknown operations that may change data`,
    );
  return world.call(p, { expect: 'success' });
}

/** Runs the positive scenario of one operation. */
export async function runPositive(world: World, p: PlannedOperation): Promise<void> {
  world.skipOutsideCore(p);
  if (world.hub && (await runHubOpPositive(world, p))) return;
  if (isProcessApplicationOp(world, p)) {
    const target = await processApplicationRequest(world, p);
    await world.call(p, { path: target.path, expect: 'success' });
    return;
  }
  await runRole(world, p);
}
