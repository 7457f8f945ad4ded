/**
 * Who made what, for sweep: the suite's own identity on the target, and everything inside a
 * project with its `createdBy`.
 *
 * The suite's identity. What `createdBy` (a `UserDto {name, email}`) holds for a resource an M2M
 * client made is not documented, so it is learned, never guessed: each of the suite's clients
 * that may create projects creates a run-tagged probe project, its `createdBy` is read (from the
 * create response, else from reading the project), and the probe is deleted. *Assumed*: a client
 * gets the same `createdBy` for every kind of resource it makes (projects, folders, files,
 * milestones/versions), so its probe project stands for all of them. The suite's clients are the
 * full client and, where configured and allowed to create, the others (the `/info` flag probes
 * create projects as them).
 *
 * A project's contents. Its folders are read from the project and folder reads (`content.folders`,
 * recursively), its files from the file search by project (and the reads' `content.files`), the
 * milestones or versions of each file from their search by file. Whatever cannot be read makes
 * the inspection fail with the reason: sweep keeps what it cannot see.
 */
import type { ApiClient, ApiResponse } from '../api/client.ts';
import { CLIENT_ROLES, type ClientRole } from '../core/domain.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import { findOperation, type PlannedOperation, type ResourceKind } from '../plan/classify.ts';
import { idOf, isSuccess, metadataOf, pathParams } from '../api/operations.ts';

/** A `createdBy` value: the `UserDto`'s name and email (null where the target leaves one out). */
export interface Creator {
  readonly name: string | null;
  readonly email: string | null;
}

/** The creator a `UserDto` value names, or null when it names none. */
export function creatorOf(value: JsonValue | undefined): Creator | null {
  if (!isJsonObject(value)) return null;
  const name = typeof value.name === 'string' ? value.name : null;
  const email = typeof value.email === 'string' ? value.email : null;
  return name === null && email === null ? null : { name, email };
}

/** Two creators are the same when name and email both are. */
export function creatorKey(creator: Creator): string {
  return JSON.stringify([creator.name, creator.email]);
}

/** "Alice Example <alice@example.com>". */
export function showCreator(creator: Creator): string {
  if (creator.name !== null && creator.email !== null) return `${creator.name} <${creator.email}>`;
  return creator.name ?? `<${creator.email ?? ''}>`;
}

export interface SuiteIdentity {
  /** The creators that are the suite's own clients, by creatorKey. */
  readonly creators: ReadonlyMap<string, Creator>;
  /** Why a client taught nothing (not configured, refused, no `createdBy`), for the output. */
  readonly notes: readonly string[];
  /** Probe projects that could not be deleted ("name (status)"); run-tagged, so a later sweep removes them. */
  readonly leftovers: readonly string[];
}

function need(
  plan: readonly PlannedOperation[],
  kind: ResourceKind,
  role: 'create' | 'get' | 'delete' | 'search',
): PlannedOperation | undefined {
  return findOperation(plan, kind, role);
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/** The probe's creator: from the create response, else from reading the project. */
async function probeCreator(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  created: JsonValue | undefined,
  id: string,
): Promise<Creator | null> {
  const fromCreate = creatorOf(metadataOf(created).createdBy);
  if (fromCreate !== null) return fromCreate;
  const get = need(plan, 'project', 'get');
  const [param] = get === undefined ? [] : pathParams(get);
  if (get === undefined || param === undefined) return null;
  const read = await api.call(get.op, { path: { [param]: id }, expect: 'success', case: 'sweep (identity probe)' });
  return read.status === 200 ? creatorOf(metadataOf(read.body).createdBy) : null;
}

/** A kind of probe the suite makes as each of its clients to learn who it is (a project, a workspace). */
export interface ClientProbe {
  /** What it is, for the notes ("project", "workspace"). */
  readonly thing: string;
  /** The operation that makes it (the client's own request). */
  readonly create: PlannedOperation;
  /** The made probe's key in the create response, undefined when there is none. */
  keyOf(body: JsonValue | undefined): string | undefined;
  /** What the made probe teaches (its creator, …); what it cannot teach goes into `notes`. */
  learn(role: ClientRole, body: JsonValue | undefined, key: string, notes: string[]): Promise<void>;
  /** Removes the probe again; its status (null: nothing was sent). */
  remove(key: string): Promise<number | null>;
}

/**
 * One probe a client (`probeName(role)`, run-tagged): made as the client, learned from, and
 * removed again, whatever the learning did. A client that is not configured (or whose token
 * cannot be had) teaches nothing; for the full client that, and a refused probe, is noted. A
 * probe that could not be removed (other than 404) is a leftover, "name (status)".
 */
export async function probeEachClient(
  api: ApiClient,
  probe: ClientProbe,
  probeName: (role: ClientRole) => string,
): Promise<{ notes: string[]; leftovers: string[] }> {
  const notes: string[] = [];
  const leftovers: string[] = [];
  for (const role of CLIENT_ROLES) {
    const name = probeName(role);
    let created: ApiResponse;
    try {
      created = await api.call(probe.create.op, {
        body: { name },
        auth: { kind: 'client', role },
        expect: 'any',
        case: 'sweep (identity probe)',
      });
    } catch (error) {
      if (role === 'full') notes.push(`the full client could not create a probe ${probe.thing}: ${errorText(error)}`);
      continue;
    }
    const key = probe.keyOf(created.body);
    if (!isSuccess(created.status) || key === undefined) {
      if (role === 'full') notes.push(`the full client's probe ${probe.thing} was refused (${created.status})`);
      continue;
    }
    try {
      await probe.learn(role, created.body, key, notes);
    } finally {
      const status = await probe.remove(key);
      if (status !== null && !isSuccess(status) && status !== 404) leftovers.push(`${name} (${status})`);
    }
  }
  return { notes, leftovers };
}

/**
 * Learns which `createdBy` values are the suite's: one probe project per client (`probeName(role)`,
 * run-tagged), read and deleted again (by the full client).
 */
export async function learnSuiteIdentity(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  probeName: (role: ClientRole) => string,
): Promise<SuiteIdentity> {
  const create = need(plan, 'project', 'create');
  const del = need(plan, 'project', 'delete');
  const [param] = del === undefined ? [] : pathParams(del);
  const creators = new Map<string, Creator>();
  if (create === undefined || del === undefined || param === undefined) {
    return {
      creators,
      notes: [
        'the document has no operations to create and delete a project, so the suite cannot learn who it is on this target',
      ],
      leftovers: [],
    };
  }
  const { notes, leftovers } = await probeEachClient(
    api,
    {
      thing: 'project',
      create,
      keyOf: idOf,
      learn: async (role, body, id, said) => {
        const creator = await probeCreator(api, plan, body, id);
        if (creator === null) said.push(`the target named no creator of the ${role} client's probe project`);
        else creators.set(creatorKey(creator), creator);
      },
      remove: async (id) =>
        (await api.call(del.op, { path: { [param]: id }, expect: 'any', case: 'sweep (identity probe)' })).status,
    },
    probeName,
  );
  return { creators, notes, leftovers };
}

/** One thing inside a project (the project itself included), with who made it. */
export interface Made {
  readonly kind: 'project' | 'folder' | 'file' | 'milestone/version';
  readonly id: string;
  readonly name: string;
  readonly createdBy: Creator | null;
}

export type Inspection =
  { readonly items: readonly Made[]; readonly fileIds: readonly string[] } | { readonly unreadable: string };

function made(kind: Made['kind'], value: JsonValue): Made | null {
  const meta = metadataOf(value);
  if (typeof meta.id !== 'string') return null;
  return {
    kind,
    id: meta.id,
    name: typeof meta.name === 'string' ? meta.name : meta.id,
    createdBy: creatorOf(meta.createdBy),
  };
}

/** The array under `key` of a JSON object (a search's `items`), empty when there is none. */
export function listOf(value: JsonValue | undefined, key: string): JsonValue[] {
  return isJsonObject(value) && Array.isArray(value[key]) ? value[key] : [];
}

/** Every item of a search (all pages of 50), or the status that stopped it. */
async function searchAll(api: ApiClient, search: PlannedOperation, filter: JsonObject): Promise<JsonValue[] | number> {
  const found: JsonValue[] = [];
  for (let page = 0; page < 1_000; page++) {
    const res = await api.call(search.op, {
      body: { filter, page, size: 50 },
      expect: 'success',
      case: 'sweep (inspection)',
    });
    if (res.status !== 200 || !isJsonObject(res.body) || !Array.isArray(res.body.items)) return res.status;
    found.push(...res.body.items);
    if (res.body.items.length < 50) break;
  }
  return found;
}

/** Reads `{id}` (a v1 id or a v2 key) with the kind's get operation; the body, or why not. */
export async function readForSweep(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  kind: 'workspace' | 'project' | 'folder',
  id: string,
): Promise<JsonValue | string> {
  const get = need(plan, kind, 'get');
  const [param] = get === undefined ? [] : pathParams(get);
  if (get === undefined || param === undefined) return `the document has no operation to read a ${kind}`;
  const res = await api.call(get.op, { path: { [param]: id }, expect: 'success', case: 'sweep (inspection)' });
  return res.status === 200 && res.body !== undefined ? res.body : `reading ${kind} ${id} answered ${res.status}`;
}

/** Everything in the project and who made it, or why it cannot all be seen. */
export async function inspectProject(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  projectId: string,
): Promise<Inspection> {
  const items = new Map<string, Made>();
  const add = (kind: Made['kind'], value: JsonValue): void => {
    const item = made(kind, value);
    if (item !== null) items.set(`${kind}:${item.id}`, item);
  };
  const project = await readForSweep(api, plan, 'project', projectId);
  if (typeof project === 'string') return { unreadable: project };
  add('project', project);
  const root = isJsonObject(project) ? project.content : undefined;
  const folders = listOf(root, 'folders');
  for (const file of listOf(root, 'files')) add('file', file);
  while (folders.length > 0) {
    const folder = folders.shift();
    const id = folder === undefined ? undefined : metadataOf(folder).id;
    if (folder === undefined || typeof id !== 'string' || items.has(`folder:${id}`)) continue;
    add('folder', folder);
    const inside = await readForSweep(api, plan, 'folder', id);
    if (typeof inside === 'string') return { unreadable: `its folders cannot be looked into: ${inside}` };
    const content = isJsonObject(inside) ? inside.content : undefined;
    folders.push(...listOf(content, 'folders'));
    for (const file of listOf(content, 'files')) add('file', file);
  }
  const fileSearch = need(plan, 'file', 'search');
  if (fileSearch !== undefined) {
    const files = await searchAll(api, fileSearch, { projectId });
    if (typeof files === 'number') return { unreadable: `searching its files answered ${files}` };
    for (const file of files) add('file', file);
  }
  const fileIds = [...items.values()].filter((item) => item.kind === 'file').map((item) => item.id);
  const versionSearch = need(plan, 'version', 'search');
  if (versionSearch !== undefined) {
    for (const fileId of fileIds) {
      const versions = await searchAll(api, versionSearch, { fileId });
      if (typeof versions === 'number')
        return { unreadable: `searching the milestones/versions of file ${fileId} answered ${versions}` };
      for (const version of versions) add('milestone/version', version);
    }
  }
  return { items: [...items.values()], fileIds };
}
