/**
 * Negative scenarios: for each operation, every kind of invalid request its schema and
 * parameters allow (src/synth/negative.ts), plus ids that name nothing or are not UUIDs.
 * Each must be refused with the documented 4xx and a problem body (the response checks judge
 * the body), and refusing must change nothing (no-side-effect, checked with the full client).
 */
import { randomUUID } from 'node:crypto';
import { refusalCheckNamed } from '../checks/negative/index.ts';
import { noSideEffect } from '../checks/negative/no-side-effect.ts';
import type { RefusalSeen } from '../checks/negative/refusal.ts';
import { rejectInvalidId } from '../checks/negative/reject-invalid-id.ts';
import { rejectUnknownId } from '../checks/negative/reject-unknown-id.ts';
import type { CheckDefinition } from '../checks/types.ts';
import { schemaAt } from '../document/resolve.ts';
import type { PlannedOperation } from '../plan/classify.ts';
import { negativeVariants } from '../synth/negative.ts';
import { pageOf } from '../checks/semantics/search.ts';
import { filterFor, idPath, updateBody } from './positive.ts';
import { contentFor } from '../synth/content.ts';
import { isSuccess, pathParams } from '../api/operations.ts';
import { World, type Resource } from './world.ts';
import { hubValidRequestOf } from './hub-requests.ts';
import { runHubOpNegatives } from './hub-ops.ts';
import { isProcessApplicationOp, processApplicationRequest } from './process-applications.ts';
import type { FormPart } from '../synth/multipart.ts';
import type { JsonObject } from '../core/json.ts';
import { isJsonObject } from '../core/json.ts';

/** What a valid request of the operation looks like, and how to see whether refusals changed anything. */
export interface ValidRequest {
  readonly path: Readonly<Record<string, string>>;
  readonly body: JsonObject | undefined;
  /** A canonical text of the state the operation would change; undefined: nothing to compare. */
  readonly snapshot?: () => Promise<string>;
  /** For body fields that refer to other resources: the field and the case name. */
  readonly references: readonly string[];
  /** Hub API v2: query parameters, sent with every variant. */
  readonly query?: Readonly<Record<string, string>>;
  /** Hub API v2: a multipart body (its invalid variants: src/scenario/hub-ops.ts). */
  readonly multipart?: readonly FormPart[];
}

async function searchTotal(
  world: World,
  kind: 'file' | 'version' | 'collaborator' | 'project',
  filter: JsonObject,
): Promise<string> {
  const search = world.need(kind, 'search');
  const res = await world.call(search, {
    body: world.body(search, { filter, page: 0, size: 50 }),
    expect: 'success',
    case: 'side-effect probe',
  });
  const page = pageOf(res.body);
  return JSON.stringify({ total: page.total, items: page.items.length });
}

async function getSnapshot(world: World, r: Resource): Promise<string> {
  const get = world.need(r.kind, 'get');
  const res = await world.call(get, { path: idPath(get, r.id), expect: 'success', case: 'side-effect probe' });
  return res.bodyText;
}

/** A valid request of the operation against resources the test made (read-only: found); undefined when no scenario knows one. */
export async function validRequestOf(world: World, p: PlannedOperation): Promise<ValidRequest | undefined> {
  if (world.hub) {
    const hub = await hubValidRequestOf(world, p);
    if (hub !== null) return hub;
  }
  // v1 on 8.10: the process applications (src/scenario/process-applications.ts).
  if (isProcessApplicationOp(world, p)) return processApplicationRequest(world, p);
  switch (p.role) {
    case 'create':
      return createValidRequest(world, p);
    case 'update': {
      const r = await world.ensure(p.kind);
      return {
        path: idPath(p, r.id),
        body: await updateBody(world, p, r),
        snapshot: () => getSnapshot(world, r),
        references: ['projectId', 'folderId', 'parentId'],
      };
    }
    case 'get': {
      const r = await world.ensure(p.kind);
      return { path: idPath(p, r.id), body: undefined, references: [] };
    }
    case 'delete': {
      const r = await world.ensure(p.kind);
      return { path: idPath(p, r.id), body: undefined, snapshot: () => getSnapshot(world, r), references: [] };
    }
    case 'search': {
      const r = await world.ensure(p.kind);
      const sortField = p.kind === 'collaborator' ? 'email' : 'name';
      return {
        path: {},
        body: world.body(p, {
          filter: filterFor(r),
          sort: [{ field: sortField, direction: 'ASC' }],
          page: 0,
          size: 10,
        }),
        references: [],
      };
    }
    case 'upsert': {
      const email = world.collaboratorEmail();
      if (email === undefined) return world.deps.skip('no collaborator email is configured (WM_COLLABORATOR_EMAIL)');
      const project = await world.project();
      return {
        path: {},
        body: world.body(p, { email, projectId: project.id, role: 'editor' }),
        snapshot: () => searchTotal(world, 'collaborator', { projectId: project.id }),
        references: ['projectId', 'email'],
      };
    }
    case 'remove': {
      const r = await world.ensure('collaborator');
      const [projectParam, emailParam] = pathParams(p);
      if (projectParam === undefined || emailParam === undefined) return undefined;
      const projectId = r.projectId ?? '';
      return {
        path: { [projectParam]: projectId, [emailParam]: r.name },
        body: undefined,
        snapshot: () => searchTotal(world, 'collaborator', { projectId }),
        references: [],
      };
    }
    case 'restore': {
      const file = await world.createFile('restorable');
      const version = await world.createVersion(file);
      return {
        path: idPath(p, version.id),
        body: world.restoreBody(p, version),
        snapshot: () => getSnapshot(world, file),
        references: [],
      };
    }
    case 'compare': {
      const file = await world.createFile('compared');
      const [a, b] = pathParams(p);
      const first = await world.createVersion(file, 'first');
      const second = await world.createVersion(file, 'second');
      if (a === undefined || b === undefined) return undefined;
      return { path: { [a]: first.id, [b]: second.id }, body: undefined, references: [] };
    }
    default:
      return undefined;
  }
}

async function createValidRequest(world: World, p: PlannedOperation): Promise<ValidRequest | undefined> {
  const name = world.name('refused');
  switch (p.kind) {
    case 'project':
      return {
        path: {},
        body: world.body(p, { name }),
        snapshot: () => searchTotal(world, 'project', { name }),
        references: [],
      };
    case 'folder': {
      const project = await world.project();
      const get = world.need('project', 'get');
      return {
        path: {},
        body: world.body(p, { name, projectId: project.id }),
        snapshot: async () => {
          const res = await world.call(get, {
            path: idPath(get, project.id),
            expect: 'success',
            case: 'side-effect probe',
          });
          return JSON.stringify(
            isJsonObject(res.body) && isJsonObject(res.body.content) ? res.body.content.folders : null,
          );
        },
        references: ['projectId', 'parentId'],
      };
    }
    case 'file': {
      const project = await world.project();
      return {
        path: {},
        body: world.body(p, { name, projectId: project.id, fileType: 'bpmn', content: contentFor('bpmn', name) }),
        snapshot: () => searchTotal(world, 'file', { projectId: project.id }),
        references: ['projectId', 'folderId'],
      };
    }
    case 'version': {
      const file = await world.createFile('versioned');
      return {
        path: {},
        body: world.body(p, { name, fileId: file.id }),
        snapshot: () => searchTotal(world, 'version', { fileId: file.id }),
        references: ['fileId'],
      };
    }
    default:
      return undefined;
  }
}

function bodySchema(p: PlannedOperation): { pointer: string; required: boolean } | undefined {
  const media = p.op.requestBody?.contents.find((c) => /json/i.test(c.mediaType));
  if (media?.schemaPointer == null) return undefined;
  return { pointer: media.schemaPointer, required: p.op.requestBody?.required ?? false };
}

export function uuidParams(world: World, p: PlannedOperation): string[] {
  return p.op.parameters
    .filter(
      (param) =>
        param.in === 'path' &&
        param.schemaPointer !== null &&
        schemaAt(world.root, param.schemaPointer).format === 'uuid',
    )
    .map((param) => param.name);
}

/** Sends one invalid request; true when it was refused (4xx). */
async function refuse(
  world: World,
  p: PlannedOperation,
  check: CheckDefinition<RefusalSeen>,
  caseName: string,
  path: Readonly<Record<string, string>>,
  raw: string | null | undefined,
  query?: Readonly<Record<string, string>>,
): Promise<boolean> {
  const res = await world.call(p, {
    path,
    ...(raw === undefined ? {} : { raw }),
    ...(query === undefined ? {} : { query }),
    expect: 'rejection',
    case: caseName,
  });
  world.api.recorder.judge(
    check,
    p.op.key,
    { status: res.status, op: p.op, what: caseName },
    { case: caseName, exchange: res.record },
  );
  const id = world.keyOf(p.kind, res.body);
  // Accepted although invalid: what it created is still the suite's to clean up.
  if (isSuccess(res.status) && p.role === 'create' && id !== undefined) world.adopt(p.kind, id, caseName);
  return res.status >= 400 && res.status < 500;
}

/**
 * Judges no-side-effect around each refused request: the state the operation would change is
 * read before and after it. Requests the target accepted are the reject-* checks' findings; the
 * state after them is the new baseline.
 */
class SideEffects {
  readonly #world: World;
  readonly #p: PlannedOperation;
  readonly #snapshot: () => Promise<string>;
  #before = '';

  constructor(world: World, p: PlannedOperation, snapshot: () => Promise<string>) {
    this.#world = world;
    this.#p = p;
    this.#snapshot = snapshot;
  }

  async start(): Promise<void> {
    this.#before = await this.#snapshot();
  }

  async after(refused: boolean, caseName: string): Promise<void> {
    const after = await this.#snapshot();
    if (refused)
      this.#world.api.recorder.judge(
        noSideEffect,
        this.#p.op.key,
        { before: this.#before, after, what: `${this.#p.op.key}, ${caseName}` },
        { case: caseName },
      );
    this.#before = after;
  }
}

export function hasNegatives(p: PlannedOperation): boolean {
  return (
    p.op.requestBody !== null ||
    pathParams(p).length > 0 ||
    p.op.parameters.some((param) => param.in === 'query' && param.required)
  );
}

export async function runNegative(world: World, p: PlannedOperation): Promise<void> {
  world.skipOutsideCore(p);
  const target = await validRequestOf(world, p);
  if (target === undefined)
    return world.deps.skip(`no scenario knows valid input for ${p.op.key}, so none can be made invalid`);
  const effects = target.snapshot === undefined ? undefined : new SideEffects(world, p, target.snapshot);
  await effects?.start();
  const send = async (
    check: CheckDefinition<RefusalSeen>,
    caseName: string,
    path: Readonly<Record<string, string>>,
    raw: string | null | undefined,
  ): Promise<void> => {
    const refused = await refuse(world, p, check, caseName, path, raw, target.query);
    await effects?.after(refused, caseName);
  };
  const schema = bodySchema(p);
  if (schema !== undefined && target.body !== undefined) {
    for (const v of negativeVariants(world.root, { $ref: schema.pointer }, target.body, schema.required)) {
      await send(refusalCheckNamed(v.check), v.description, target.path, v.raw ?? null);
    }
    for (const field of target.references.filter(
      (f) => target.body !== undefined && typeof target.body[f] === 'string',
    )) {
      const raw = JSON.stringify({
        ...target.body,
        [field]: field === 'email' ? `wmct-nobody-${randomUUID()}@example.com` : randomUUID(),
      });
      await send(rejectUnknownId, `${field} names nothing`, target.path, raw);
    }
  }
  const body = target.body === undefined ? undefined : JSON.stringify(target.body);
  const uuids = uuidParams(world, p);
  for (const param of pathParams(p)) {
    if (!uuids.includes(param) && p.role !== 'remove') continue;
    await send(
      rejectUnknownId,
      `path ${param} names nothing`,
      { ...target.path, [param]: uuids.includes(param) ? randomUUID() : `wmct-nobody-${randomUUID()}@example.com` },
      body,
    );
    if (uuids.includes(param))
      await send(rejectInvalidId, `path ${param} is not a UUID`, { ...target.path, [param]: 'not-a-uuid' }, body);
  }
  await runHubOpNegatives(world, p, target);
  if (effects === undefined && p.mutating)
    world.api.recorder.skip(noSideEffect, p.op.key, `no way to observe what ${p.op.key} would change`);
}
