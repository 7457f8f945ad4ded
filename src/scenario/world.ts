/**
 * The resources one test works on, made through the live document's own operations and
 * chained through the ids the responses return: project → folder → file → version
 * (milestone), collaborators. Every resource lives in a project the test created and whose
 * name carries the run tag; the project is deleted when the test ends (deletion cascades).
 * On the Hub API v2 the chain starts one step higher, workspace → project → folder → file →
 * version, members: what a create needs is read from the document's chaining annotations
 * (src/plan/chains.ts: `createProject` requires a `workspaceKey`, which `createWorkspace`
 * provides), every resource lives in a workspace the test created, and that workspace is deleted
 * permanently when the test ends. In read-only mode nothing is created: resources are found by
 * search instead.
 */
import { randomUUID } from 'node:crypto';
import { SAFE_METHODS } from '../checks/methods/unsupported-method.ts';
import { deleteRootTree, rootKindOf, rootsNamed } from '../ledger/cleanup.ts';
import type { ApiClient, ApiResponse, CallOptions, ProbeResponse } from '../api/client.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { findOperation, type PlannedOperation, type ResourceKind, type Role } from '../plan/classify.ts';
import { TransportError, transportKindText } from '../http/client.ts';
import { contentFor, type FileType } from '../synth/content.ts';
import { synthesize, SynthesisError, type Hints } from '../synth/synthesize.ts';
import { idOf, isSuccess } from '../api/operations.ts';
import { createChains, objectSchema, providerKind, requestBodySchema, type CreateChain } from '../plan/chains.ts';
import type { TargetKind } from '../core/domain.ts';
import { hubGroupOf, kindSkipReason, opShape, organizationSkipReason } from '../plan/hub-groups.ts';
import { multipartMedia, multipartParts, type FormPart, type PartValue } from '../synth/multipart.ts';

/**
 * A prerequisite could not be made; the failing response was already judged by the checks.
 * Its text says all there is to say, so it carries no stack frames (Playwright prints neither a
 * trace into the World nor a code excerpt of it).
 */
export class Blocked extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Blocked';
    withoutStack(this);
  }
}

/** The error with its stack reduced to its first line (name and message). */
function withoutStack<E extends Error>(error: E): E {
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

export interface Resource {
  readonly kind: ResourceKind;
  readonly id: string;
  readonly name: string;
  readonly projectId?: string;
  /** Hub API v2: the workspace the resource lives in. */
  readonly workspaceId?: string;
  readonly fileId?: string;
  readonly fileType?: FileType;
  /** The body the create request sent. */
  readonly sent: JsonObject;
  /** The create response's body. */
  readonly created: JsonObject;
}

export interface WorldDeps {
  readonly api: ApiClient;
  readonly plan: readonly PlannedOperation[];
  readonly runId: string;
  /** Unique within the run, e.g. the worker index and a test counter. */
  readonly label: string;
  readonly ledger: Ledger;
  readonly collaboratorEmails: readonly string[];
  readonly readOnly: boolean;
  /** Ends the test as skipped with the reason (Playwright's testInfo.skip). */
  readonly skip: (reason: string) => never;
  /** Told when a set-up step fails on the target, with the cause (e.g. "createProject answered 307"; fail fast). */
  readonly onSetupFailure?: (cause: string) => void;
  /** Self-Managed or SaaS (WM_TARGET_KIND; the embedded target's kind); default self-managed. */
  readonly targetKind?: TargetKind;
  /** Organization-wide sets may be changed (the embedded target, or WM_ALLOW_ORGANIZATION_CHANGES=true). */
  readonly organizationChanges?: boolean;
}

const KIND_WORD: Record<ResourceKind, string> = {
  workspace: 'workspace',
  member: 'member',
  project: 'project',
  folder: 'folder',
  file: 'file',
  version: 'milestone/version',
  collaborator: 'collaborator',
  info: 'info',
  other: 'resource',
};

export class World {
  readonly deps: WorldDeps;
  #seq = 0;
  /** The test's own resources that others are made in (its project; on the Hub API v2 its workspace too). */
  readonly #homes = new Map<ResourceKind, Promise<Resource>>();
  /** The homes made so far. */
  readonly #madeHomes = new Map<ResourceKind, Resource>();
  readonly #chains: ReadonlyMap<ResourceKind, CreateChain>;
  readonly #rootKind: 'workspace' | 'project';
  #closed = false;
  readonly #inFlight = new Set<Promise<unknown>>();
  readonly #owned: Resource[] = [];
  /** Projects whose create got no answer (timed out, reset): the target may have made them. */
  readonly #unanswered: string[] = [];
  /** Hub API v2: projects that hold the file a snapshot captures. */
  readonly #snapshotFile = new Set<string>();
  #snapshot: Promise<Resource> | undefined;
  /** Hub API v2: cluster ids the test registered, and resource ids of catalog assets it ingested (removed when it ends). */
  readonly #clusters: string[] = [];
  readonly #assets: string[] = [];

  constructor(deps: WorldDeps) {
    this.deps = deps;
    this.#chains = createChains(deps.api.doc.raw, deps.plan);
    this.#rootKind = rootKindOf(deps.plan);
  }

  /** True on the Hub API v2 (a test's resources live in a workspace of its own). */
  get hub(): boolean {
    return this.#rootKind === 'workspace';
  }

  /**
   * Why the suite does not run the operation on this target, or null: an operation of the other
   * kind of deployment (x-availability, src/plan/hub-groups.ts) or one that changes an
   * organization-wide set where that is not allowed; on the Hub API v2 an operation outside the
   * groups the suite knows (the core ones, project snapshots, environments, clusters, catalog).
   */
  outsideCore(p: PlannedOperation): string | null {
    if (!this.hub) return null;
    const prefix = this.api.doc.apiPrefix;
    const byKind = kindSkipReason(this.root, p, prefix, this.targetKind);
    if (byKind !== null) return byKind;
    const group = hubGroupOf(p, prefix);
    if (group !== undefined) return organizationSkipReason(p, prefix, this.deps.organizationChanges ?? false);
    if (p.kind !== 'other' && p.role !== 'other') return null;
    return `Hub API v2: ${p.op.key} is outside the resource groups the suite knows (workspaces, projects, folders, files, versions, members, info, project snapshots, environments, clusters, catalog)`;
  }

  /** Self-Managed or SaaS. */
  get targetKind(): TargetKind {
    return this.deps.targetKind ?? 'self-managed';
  }

  /** Skips the test when the operation is outside the Hub API v2's core (outsideCore). */
  skipOutsideCore(p: PlannedOperation): void {
    const reason = this.outsideCore(p);
    if (reason !== null) this.deps.skip(reason);
  }

  /** The field a kind's create answer carries its key in (`projectKey`, from the annotations), else undefined (`id`). */
  keyField(kind: ResourceKind): string | undefined {
    return this.#chains.get(kind)?.key;
  }

  /** The key of a resource of the kind in a body: its annotated key field, else `id` / `metadata.id`. */
  keyOf(kind: ResourceKind, body: JsonValue | undefined): string | undefined {
    const field = this.keyField(kind);
    if (field === undefined) return idOf(body);
    const value = isJsonObject(body) ? body[field] : undefined;
    return typeof value === 'string' ? value : undefined;
  }

  get api(): ApiClient {
    return this.deps.api;
  }

  get root(): JsonObject {
    return this.deps.api.doc.raw;
  }

  /** A new run-tagged name, unique in the run. */
  name(label: string): string {
    this.#seq++;
    return `wmct-${this.deps.runId}-${this.deps.label}${this.#seq}-${label}`;
  }

  op(kind: ResourceKind, role: Role): PlannedOperation | undefined {
    return findOperation(this.deps.plan, kind, role);
  }

  /** The operation, or the test is skipped saying the document lacks it. */
  need(kind: ResourceKind, role: Role): PlannedOperation {
    const found = this.op(kind, role);
    if (found === undefined)
      return this.deps.skip(`the document has no operation to ${role} ${KIND_WORD[kind]}s, which this scenario needs`);
    return found;
  }

  /** The JSON request schema of an operation as a `$ref` value for synthesis. */
  requestSchema(op: PlannedOperation): JsonValue | undefined {
    const media = op.op.requestBody?.contents.find((c) => /json/i.test(c.mediaType));
    return media?.schemaPointer == null ? undefined : { $ref: media.schemaPointer };
  }

  /**
   * The body of a restore: `{version}` of the v1 versions generation is an integer (minimum 1),
   * the version's own number when its create response carries one; older generations take no body.
   */
  restoreBody(op: PlannedOperation, version: Resource): JsonObject | undefined {
    if (op.op.requestBody === null) return undefined;
    const number = version.created.version;
    return this.body(op, {
      version: typeof number === 'number' && Number.isInteger(number) && number >= 1 ? number : 1,
      name: this.name('restored'),
    });
  }

  /** A valid body for the operation with the domain values given as hints. */
  body(op: PlannedOperation, hints: Hints): JsonObject {
    try {
      const value = synthesize(this.root, this.requestSchema(op), hints);
      return isJsonObject(value) ? value : {};
    } catch (error) {
      if (error instanceof SynthesisError)
        return this.deps.skip(`cannot synthesize a request for ${op.op.key}: ${error.message}`);
      throw error;
    }
  }

  /** Every call of a scenario goes through here; in read-only mode a data-changing one skips the test. */
  async call(op: PlannedOperation, options: CallOptions): Promise<ApiResponse> {
    if (this.deps.readOnly && op.mutating)
      this.deps.skip(`WM_READ_ONLY=true: ${op.op.key} would change data on the target`);
    // An interrupted test's body may still be running while its world is cleaned up: it must not
    // create anything the clean-up can no longer see.
    if (this.#closed) throw new Error(`the test has ended: ${op.op.key} is not sent`);
    const sent = this.deps.api.call(op.op, options);
    this.#inFlight.add(sent);
    try {
      return await sent;
    } catch (error) {
      // The transport check already recorded what happened; where in the suite is no news.
      throw error instanceof TransportError ? withoutStack(error) : error;
    } finally {
      this.#inFlight.delete(sent);
    }
  }

  /**
   * Sends a method the document does not give `op`'s path (unsupported-method), to the path with
   * the given (real) ids and no body. In read-only mode only methods that change nothing.
   */
  async probe(
    op: PlannedOperation,
    method: string,
    options: { readonly path: Readonly<Record<string, string>>; readonly case: string },
  ): Promise<ProbeResponse> {
    if (this.deps.readOnly && !SAFE_METHODS.includes(method))
      throw new Error(`WM_READ_ONLY=true: ${method} ${op.op.path} is not sent`);
    if (this.#closed) throw new Error(`the test has ended: ${method} ${op.op.path} is not sent`);
    const sent = this.deps.api.probe(op.op, method, options);
    this.#inFlight.add(sent);
    try {
      return await sent;
    } catch (error) {
      throw error instanceof TransportError ? withoutStack(error) : error;
    } finally {
      this.#inFlight.delete(sent);
    }
  }

  /** Calls and requires a 2xx answer (a prerequisite): Blocked otherwise, also when the target did not answer. */
  async must(op: PlannedOperation, options: Omit<CallOptions, 'expect'>, what: string): Promise<ApiResponse> {
    let res: ApiResponse;
    try {
      res = await this.call(op, { ...options, expect: 'success' });
    } catch (error) {
      if (error instanceof TransportError) throw this.#blocked(what, `${op.op.key}: ${transportKindText(error.kind)}`);
      throw error;
    }
    if (!isSuccess(res.status)) throw this.#blocked(what, `${op.op.key} answered ${res.status}`);
    return res;
  }

  /** A failed set-up step: told to the fail-fast breaker, and the Blocked error that ends the test. */
  #blocked(what: string, cause: string): Blocked {
    this.deps.onSetupFailure?.(cause);
    return new Blocked(`${what}: ${cause}`);
  }

  #guardWrite(what: string): void {
    if (this.deps.readOnly) this.deps.skip(`WM_READ_ONLY=true: ${what} would change data on the target`);
  }

  /** The keys a create needs from other resources (the annotations' chain), from the test's own ones. */
  async #chainHints(kind: ResourceKind, given: Hints): Promise<Hints> {
    const out: Record<string, JsonValue> = {};
    for (const need of this.#chains.get(kind)?.needs ?? []) {
      if (given[need] !== undefined) continue;
      const provider = providerKind(this.#chains, need);
      if (provider !== undefined) out[need] = (await this.home(provider)).id;
    }
    return out;
  }

  /** The test's own resource of the kind that others are made in, made on first use. */
  async home(kind: ResourceKind): Promise<Resource> {
    const known = this.#homes.get(kind);
    if (known !== undefined) return known;
    const made = this.#make(kind, 'home').then((r) => {
      this.#madeHomes.set(kind, r);
      return r;
    });
    this.#homes.set(kind, made);
    return made;
  }

  #make(kind: ResourceKind, label: string): Promise<Resource> {
    switch (kind) {
      case 'workspace':
        return this.createWorkspace(label);
      case 'project':
        return this.createProject(label);
      case 'folder':
        return this.createFolder(label);
      case 'file':
        return this.createFile(label);
      default:
        return this.ensure(kind);
    }
  }

  async #create(kind: ResourceKind, given: Hints, extra: Partial<Resource>, label: string): Promise<Resource> {
    this.#guardWrite(`creating a ${KIND_WORD[kind]}`);
    const op = this.need(kind, 'create');
    const hints: Hints = { ...(await this.#chainHints(kind, given)), ...given };
    const workspaceId = this.hub && kind !== 'workspace' ? this.#madeHomes.get('workspace')?.id : undefined;
    const sent = this.body(op, hints);
    const name = typeof sent.name === 'string' ? sent.name : '';
    const what = `creating a ${KIND_WORD[kind]} (${label})`;
    // Journalled before it is sent: a worker killed while it is in flight leaves the name behind.
    if (kind === this.#rootKind) this.deps.ledger.creating(kind, name);
    let res: ApiResponse;
    try {
      res = await this.call(op, { body: sent, expect: 'success' });
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      if (kind === this.#rootKind) this.#unanswered.push(name);
      throw this.#blocked(what, `${op.op.key}: ${transportKindText(error.kind)}`);
    }
    if (kind === this.#rootKind) this.deps.ledger.settled(kind, name);
    if (!isSuccess(res.status)) throw this.#blocked(what, `${op.op.key} answered ${res.status}`);
    const id = this.keyOf(kind, res.body);
    if (id === undefined)
      throw this.#blocked(what, `${op.op.key} answered ${res.status} without ${this.keyField(kind) ?? 'an id'}`);
    const resource: Resource = {
      kind,
      id,
      name,
      sent,
      created: isJsonObject(res.body) ? res.body : {},
      ...(workspaceId === undefined ? {} : { workspaceId }),
      ...extra,
    };
    this.deps.ledger.created({
      kind,
      id,
      name,
      ...(resource.projectId === undefined ? {} : { projectId: resource.projectId }),
      ...(resource.workspaceId === undefined ? {} : { workspaceId: resource.workspaceId }),
    });
    this.#owned.push(resource);
    return resource;
  }

  /** Hub API v2: a new workspace (a root: deleted permanently when the test ends). */
  async createWorkspace(label = 'workspace'): Promise<Resource> {
    const workspace = await this.#create('workspace', { name: this.name(label) }, {}, label);
    return { ...workspace, workspaceId: workspace.id };
  }

  async createProject(label = 'project', name?: string): Promise<Resource> {
    const projectName = name ?? this.name(label);
    const project = await this.#create('project', { name: projectName }, {}, label);
    return { ...project, projectId: project.id };
  }

  /** The test's own project, created on first use (on the Hub API v2 in the test's own workspace). */
  async project(): Promise<Resource> {
    return this.home('project');
  }

  async createFolder(label = 'folder', parentId?: string): Promise<Resource> {
    const project = await this.project();
    const hints: Hints = {
      name: this.name(label),
      projectId: project.id,
      projectKey: project.id,
      ...(parentId === undefined ? {} : { parentId, parentFolderKey: parentId }),
    };
    return this.#create('folder', hints, { projectId: project.id }, label);
  }

  async createFile(
    label = 'file',
    options: { folderId?: string; type?: FileType; name?: string; projectId?: string } = {},
  ): Promise<Resource> {
    const projectId = options.projectId ?? (await this.project()).id;
    const type = options.type ?? 'bpmn';
    const name = options.name ?? this.name(label);
    const hints: Hints = {
      name,
      projectId,
      projectKey: projectId,
      ...(options.folderId === undefined ? {} : { folderId: options.folderId, folderKey: options.folderId }),
      fileType: type,
      type,
      content: contentFor(type, name),
    };
    return this.#create('file', hints, { projectId, fileType: type }, label);
  }

  async createVersion(file: Resource, label = 'version', name?: string): Promise<Resource> {
    const hints: Hints = { name: name ?? this.name(label), fileId: file.id, fileKey: file.id };
    return this.#create(
      'version',
      hints,
      { ...(file.projectId === undefined ? {} : { projectId: file.projectId }), fileId: file.id },
      label,
    );
  }

  /** Takes on a resource the target created unasked (e.g. an invalid create it accepted), to clean it up. */
  adopt(kind: ResourceKind, id: string, name: string): void {
    const projectId = kind === 'project' || kind === 'workspace' ? undefined : this.#madeHomes.get('project')?.id;
    const workspaceId = kind === 'workspace' ? undefined : this.#madeHomes.get('workspace')?.id;
    this.deps.ledger.created({
      kind,
      id,
      name,
      ...(projectId === undefined ? {} : { projectId }),
      ...(workspaceId === undefined ? {} : { workspaceId }),
    });
    if (kind === this.#rootKind || (kind === 'project' && workspaceId === undefined))
      this.#owned.push({ kind, id, name, sent: {}, created: {} });
  }

  collaboratorEmail(index = 0): string | undefined {
    return this.deps.collaboratorEmails[index];
  }

  /** Adds a collaborator (PUT) to the test's project. */
  async addCollaborator(email: string, role = 'editor'): Promise<Resource> {
    this.#guardWrite('adding a collaborator');
    const op = this.need('collaborator', 'upsert');
    const project = await this.project();
    const sent = this.body(op, { email, projectId: project.id, role });
    await this.must(op, { body: sent }, 'adding a collaborator');
    const id = `${project.id}/${email}`;
    this.deps.ledger.created({ kind: 'collaborator', id, name: email, projectId: project.id });
    return { kind: 'collaborator', id, name: email, projectId: project.id, sent, created: {} };
  }

  /** The first path parameter of an operation, or the test is skipped saying it has none. */
  #pathParam(op: PlannedOperation, what: string): string {
    const [param] = [...op.op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
    return param ?? this.deps.skip(`${op.op.key} has no path parameter for ${what}`);
  }

  /** Hub API v2: a resource of the kind, made and then deleted (soft: it is in the trash, still the suite's). */
  async deleted(kind: ResourceKind, purpose: string): Promise<Resource> {
    const del = this.need(kind, 'delete');
    const r = await this.ensure(kind);
    await this.must(
      del,
      { path: { [this.#pathParam(del, `the ${kind}`)]: r.id } },
      `deleting the ${kind} to ${purpose}`,
    );
    return r;
  }

  /**
   * Hub API v2: a valid create body for the kind, its parents (the annotations' chain) the test's
   * own resources, without sending it.
   */
  async createBody(op: PlannedOperation, label: string): Promise<JsonObject> {
    const name = this.name(label);
    const given: Hints = op.kind === 'file' ? { name, type: 'bpmn', content: contentFor('bpmn', name) } : { name };
    return this.body(op, { ...(await this.#chainHints(op.kind, given)), ...given });
  }

  /** Hub API v2: adds a member to (or updates their role in) the test's workspace. */
  async addMember(email: string, role = 'editor'): Promise<Resource> {
    this.#guardWrite('adding a member');
    const op = this.need('member', 'upsert');
    const workspace = await this.home('workspace');
    const param = this.#pathParam(op, 'the workspace');
    const sent = this.body(op, { email, role });
    const res = await this.must(op, { path: { [param]: workspace.id }, body: sent }, 'adding a member');
    const id = `${workspace.id}/${email}`;
    this.deps.ledger.created({ kind: 'member', id, name: email, workspaceId: workspace.id });
    return {
      kind: 'member',
      id,
      name: email,
      workspaceId: workspace.id,
      sent,
      created: isJsonObject(res.body) ? res.body : {},
    };
  }

  /** A resource of the kind, made the usual way (read-only: found by search). */
  async ensure(kind: ResourceKind): Promise<Resource> {
    if (this.deps.readOnly) return this.find(kind);
    switch (kind) {
      case 'workspace':
        return this.createWorkspace();
      case 'member': {
        const email = this.collaboratorEmail();
        if (email === undefined)
          return this.deps.skip(
            'no member email is configured (WM_COLLABORATOR_EMAIL: a user of the organization who has logged in)',
          );
        return this.addMember(email);
      }
      case 'project':
        return this.createProject();
      case 'folder':
        return this.createFolder();
      case 'file':
        return this.createFile();
      case 'version':
        return this.createVersion(await this.createFile('versioned'));
      case 'collaborator': {
        const email = this.collaboratorEmail();
        if (email === undefined)
          return this.deps.skip(
            'no collaborator email is configured (WM_COLLABORATOR_EMAIL: a user of the organization who has logged in to Web Modeler)',
          );
        return this.addCollaborator(email);
      }
      default:
        return this.deps.skip(`no scenario knows how to make a ${KIND_WORD[kind]}`);
    }
  }

  /**
   * Hub API v2: the filter of a search (its document's filter schema) that singles out `r`: its
   * name and every key field the filter has and `r`'s create answer (or `r` itself) carries,
   * e.g. `{name, workspaceKey}` for a project, `{name, fileKey}` for a version (a required filter).
   */
  hubFilter(op: PlannedOperation, r: Resource): JsonObject {
    const query = requestBodySchema(this.root, op);
    const fields = isJsonObject(query.properties) ? query.properties : {};
    const properties = objectSchema(this.root, fields.filter).properties;
    const filter: JsonObject = {};
    for (const field of isJsonObject(properties) ? Object.keys(properties) : []) {
      const own = field === this.keyField(r.kind) ? r.id : undefined;
      const value = field === 'name' && r.kind !== 'member' ? r.name : (own ?? r.created[field]);
      if ((field === 'name' || field === 'email' || field.endsWith('Key')) && typeof value === 'string')
        filter[field] = value;
    }
    if (r.kind === 'member' && filter.email === undefined) filter.email = r.name;
    return filter;
  }

  /**
   * Hub API v2: a search body: the filter, the first page as `{from, limit}`, and a sort by name
   * when the document's sort fields have one.
   */
  hubSearchBody(op: PlannedOperation, filter: JsonObject, limit = 10): JsonObject {
    const query = requestBodySchema(this.root, op);
    const properties = isJsonObject(query.properties) ? query.properties : {};
    const sortItem = objectSchema(this.root, objectSchema(this.root, properties.sort).items);
    const sortFields = isJsonObject(sortItem.properties)
      ? objectSchema(this.root, sortItem.properties.field).enum
      : undefined;
    const byName = Array.isArray(sortFields) && sortFields.includes('name');
    return this.body(op, {
      filter,
      page: { from: 0, limit },
      ...(byName ? { sort: [{ field: 'name' }] } : {}),
    });
  }

  /** Read-only mode: an existing resource found by search (never one the suite would change). */
  async find(kind: ResourceKind): Promise<Resource> {
    if (this.hub) return this.#findHub(kind);
    const search = kind === 'folder' ? undefined : this.op(kind, 'search');
    if (search === undefined) {
      if (kind === 'folder') return this.#findFolder();
      return this.deps.skip(`read-only mode: the document has no search for ${KIND_WORD[kind]}s to find one to read`);
    }
    const res = await this.must(search, { body: { page: 0, size: 1 } }, `finding a ${KIND_WORD[kind]} to read`);
    const items = isJsonObject(res.body) && Array.isArray(res.body.items) ? res.body.items : [];
    const first = items[0];
    const id = kind === 'collaborator' ? undefined : idOf(first);
    if (!isJsonObject(first) || (kind !== 'collaborator' && id === undefined)) {
      return this.deps.skip(`read-only mode: the target holds no ${KIND_WORD[kind]} to read`);
    }
    const projectId = typeof first.projectId === 'string' ? first.projectId : undefined;
    const email = typeof first.email === 'string' ? first.email : '';
    return {
      kind,
      id: id ?? `${projectId ?? ''}/${email}`,
      name: typeof first.name === 'string' ? first.name : email,
      ...(projectId === undefined ? {} : { projectId }),
      ...(typeof first.fileId === 'string' ? { fileId: first.fileId } : {}),
      sent: {},
      created: first,
    };
  }

  /**
   * Hub API v2, read-only mode: the first resource a search answers; versions are searched in a
   * file found first (`filter.fileKey` is required), members in a workspace (`filter.workspaceKey`),
   * and a folder is the one a found file is in.
   */
  async #findHub(kind: ResourceKind): Promise<Resource> {
    if (kind === 'folder') {
      const file = await this.find('file');
      const folderKey = file.created.folderKey;
      if (typeof folderKey !== 'string')
        return this.deps.skip('read-only mode: no file found inside a folder, so no folder to read');
      return {
        kind,
        id: folderKey,
        name: '',
        ...(file.projectId === undefined ? {} : { projectId: file.projectId }),
        sent: {},
        created: {},
      };
    }
    const search = this.op(kind, 'search');
    if (search === undefined)
      return this.deps.skip(`read-only mode: the document has no search for ${KIND_WORD[kind]}s to find one to read`);
    const within: JsonObject = {};
    if (kind === 'version') within.fileKey = (await this.find('file')).id;
    if (kind === 'member') within.workspaceKey = (await this.find('workspace')).id;
    const res = await this.must(
      search,
      { body: this.hubSearchBody(search, within, 1) },
      `finding a ${KIND_WORD[kind]} to read`,
    );
    const items = isJsonObject(res.body) && Array.isArray(res.body.items) ? res.body.items : [];
    const first = items[0];
    const email = isJsonObject(first) && typeof first.email === 'string' ? first.email : '';
    const id =
      kind === 'member'
        ? `${typeof within.workspaceKey === 'string' ? within.workspaceKey : ''}/${email}`
        : this.keyOf(kind, first);
    if (!isJsonObject(first) || id === undefined)
      return this.deps.skip(`read-only mode: the target holds no ${KIND_WORD[kind]} to read`);
    const text = (field: string): string | undefined => {
      const value = first[field];
      return typeof value === 'string' ? value : undefined;
    };
    const projectId = text('projectKey');
    const workspaceId = text('workspaceKey');
    const fileId = text('fileKey');
    return {
      kind,
      id,
      name: kind === 'member' ? email : (text('name') ?? ''),
      ...(projectId === undefined ? {} : { projectId }),
      ...(workspaceId === undefined ? {} : { workspaceId }),
      ...(fileId === undefined ? {} : { fileId }),
      sent: {},
      created: first,
    };
  }

  async #findFolder(): Promise<Resource> {
    const file = await this.find('file');
    const folderId = typeof file.created.folderId === 'string' ? file.created.folderId : undefined;
    if (folderId === undefined)
      return this.deps.skip('read-only mode: no file found inside a folder, so no folder to read');
    return {
      kind: 'folder',
      id: folderId,
      name: '',
      ...(file.projectId === undefined ? {} : { projectId: file.projectId }),
      sent: {},
      created: {},
    };
  }

  /** Hub API v2: the operation of the shape (`POST /project-snapshots/{}/reviews`), or the test is skipped saying the document lacks it. */
  hubOp(shape: string): PlannedOperation {
    const found = this.deps.plan.find((p) => opShape(p, this.api.doc.apiPrefix) === shape);
    return found ?? this.deps.skip(`the document has no operation ${shape}, which this scenario needs`);
  }

  /** Whether the document has an operation of the shape. */
  hasHubOp(shape: string): boolean {
    return this.deps.plan.some((p) => opShape(p, this.api.doc.apiPrefix) === shape);
  }

  /**
   * Hub API v2: a new project snapshot of the test's project (holding one file, so the snapshot
   * captures a file version). It lives in the project: gone with the test's workspace.
   */
  async createSnapshot(label = 'snapshot'): Promise<Resource> {
    this.#guardWrite('creating a project snapshot');
    const op = this.hubOp('POST /project-snapshots');
    const project = await this.project();
    if (!this.#snapshotFile.has(project.id)) {
      this.#snapshotFile.add(project.id);
      await this.createFile('captured');
    }
    const name = this.name(label);
    const sent = this.body(op, { projectKey: project.id, name });
    const res = await this.must(op, { body: sent }, `creating a project snapshot (${label})`);
    const key = isJsonObject(res.body) ? res.body.projectSnapshotKey : undefined;
    if (typeof key !== 'string')
      throw this.#blocked('creating a project snapshot', `${op.op.key} answered without projectSnapshotKey`);
    return {
      kind: 'other',
      id: key,
      name,
      projectId: project.id,
      ...(project.workspaceId === undefined ? {} : { workspaceId: project.workspaceId }),
      sent,
      created: isJsonObject(res.body) ? res.body : {},
    };
  }

  /** Hub API v2: the test's snapshot (made on first use). */
  async snapshot(): Promise<Resource> {
    this.#snapshot ??= this.createSnapshot();
    return this.#snapshot;
  }

  /** Hub API v2: asks for a review of the snapshot (a prerequisite of a review). */
  async requestReview(snapshot: Resource): Promise<void> {
    const op = this.hubOp('POST /project-snapshots/{}/review-requests');
    await this.must(
      op,
      { path: { [this.#pathParam(op, 'the snapshot')]: snapshot.id } },
      'requesting a review of the snapshot',
    );
  }

  /** Hub API v2: the ids of the organization's environments (a read). */
  async environmentIds(): Promise<string[]> {
    const op = this.hubOp('GET /environments');
    const res = await this.must(op, {}, "reading the organization's environments");
    const items = isJsonObject(res.body) && Array.isArray(res.body.items) ? res.body.items : [];
    return items.flatMap((item) => (isJsonObject(item) && typeof item.id === 'string' ? [item.id] : []));
  }

  /** Hub API v2: a valid cluster registration body with a run-tagged id and name (never the caller's address, which could name a registered cluster). */
  clusterBody(op: PlannedOperation): JsonObject {
    const id = this.name('cluster');
    return this.body(op, {
      clusterId: id,
      clusterName: id,
      version: '8.10.0',
      license: { validLicense: true, licenseType: 'wm-conformance', isCommercial: false, expiresAt: null },
    });
  }

  /**
   * Hub API v2: a cluster the test registered (organization-wide: only where that is allowed),
   * removed from the registry when the test ends.
   */
  async registerCluster(): Promise<string> {
    this.#guardWrite('registering a cluster');
    const op = this.hubOp('POST /clusters');
    const reason = organizationSkipReason(op, this.api.doc.apiPrefix, this.deps.organizationChanges ?? false);
    if (reason !== null) return this.deps.skip(reason);
    const body = this.clusterBody(op);
    const id = typeof body.clusterId === 'string' ? body.clusterId : '';
    this.registeredCluster(id);
    await this.must(op, { body }, 'registering a cluster');
    return id;
  }

  /** Hub API v2: a registered cluster's id: the test's own where registrations are allowed, else the first registered one (read only). */
  async clusterId(): Promise<string> {
    if ((this.deps.organizationChanges ?? false) && !this.deps.readOnly) return this.registerCluster();
    const op = this.hubOp('GET /clusters');
    const res = await this.must(op, {}, 'reading the cluster registrations');
    const items = isJsonObject(res.body) && Array.isArray(res.body.items) ? res.body.items : [];
    const first = items.find((item) => isJsonObject(item) && typeof item.uuid === 'string');
    const uuid = isJsonObject(first) ? first.uuid : undefined;
    return typeof uuid === 'string'
      ? uuid
      : this.deps.skip(
          'no cluster is registered on the target, and registering one is not allowed here (WM_ALLOW_ORGANIZATION_CHANGES)',
        );
  }

  /**
   * Hub API v2: the parts of a catalog ingestion of one run-tagged element template and its
   * README (front matter naming the template), built from the document's multipart schema and
   * encoding. The resource id is remembered: the test deletes the asset when it ends.
   */
  ingestionParts(op: PlannedOperation, label = 'asset'): { parts: FormPart[]; resourceId: string } {
    const media = multipartMedia(this.root, op.op.pointer);
    if (media === undefined) return this.deps.skip(`${op.op.key} has no multipart/form-data request body`);
    const resourceId = this.name(label);
    const file = `${resourceId}.json`;
    const template: PartValue = {
      filename: file,
      content: JSON.stringify({
        $schema: 'https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json',
        id: resourceId,
        name: resourceId,
        version: 1,
        description: 'Made by wm-conformance; deleted when its test ends.',
        appliesTo: ['bpmn:Task'],
        properties: [],
      }),
    };
    const readme: PartValue = {
      filename: `${resourceId}.md`,
      content: `---\ntemplate: ${file}\ncategory: wm-conformance\ntags: [wm-conformance]\n---\n# ${resourceId}\n`,
    };
    try {
      return { parts: multipartParts(media, { readme: [readme], template: [template] }), resourceId };
    } catch (error) {
      if (error instanceof SynthesisError)
        return this.deps.skip(`cannot build a request for ${op.op.key}: ${error.message}`);
      throw error;
    }
  }

  /** Hub API v2: remembers a cluster id the test registers, to remove it when the test ends. */
  registeredCluster(id: string): void {
    this.#clusters.push(id);
  }

  /** Hub API v2: remembers an ingested asset (by resource id) for deletion when the test ends. */
  ingested(resourceId: string): void {
    this.#assets.push(resourceId);
  }

  /** Hub API v2: the key of the catalog asset with this resource id (a search), or undefined. */
  async assetKeyOf(resourceId: string): Promise<string | undefined> {
    const search = this.hubOp('POST /catalog/assets/search');
    const res = await this.must(
      search,
      { body: this.hubSearchBody(search, { resourceId }) },
      'finding the ingested asset',
    );
    const items = isJsonObject(res.body) && Array.isArray(res.body.items) ? res.body.items : [];
    const found = items.find((item) => isJsonObject(item) && item.resourceId === resourceId);
    const key = isJsonObject(found) ? found.assetKey : undefined;
    return typeof key === 'string' ? key : undefined;
  }

  /**
   * Hub API v2: a catalog asset's key: one the test ingested where organization-wide changes are
   * allowed (the ingestion replaces the whole catalog), else the first the catalog holds (read only).
   */
  async catalogAsset(): Promise<string> {
    if ((this.deps.organizationChanges ?? false) && !this.deps.readOnly) {
      const op = this.hubOp('PUT /catalog/assets/ingestion');
      const { parts, resourceId } = this.ingestionParts(op);
      this.ingested(resourceId);
      await this.must(op, { multipart: parts }, 'ingesting a catalog asset');
      const key = await this.assetKeyOf(resourceId);
      if (key === undefined)
        throw this.#blocked(
          'finding the ingested asset',
          `no asset has the resource id ${resourceId} after the ingestion`,
        );
      return key;
    }
    const search = this.hubOp('POST /catalog/assets/search');
    const res = await this.must(search, { body: this.hubSearchBody(search, {}, 1) }, 'finding a catalog asset to read');
    const items = isJsonObject(res.body) && Array.isArray(res.body.items) ? res.body.items : [];
    const first = items[0];
    const key = isJsonObject(first) ? first.assetKey : undefined;
    return typeof key === 'string'
      ? key
      : this.deps.skip(
          'the catalog holds no asset to read, and ingesting one is not allowed here (WM_ALLOW_ORGANIZATION_CHANGES)',
        );
  }

  /** Hub API v2: removes the clusters the test registered and deletes the catalog assets it ingested. */
  async #cleanUpOrganization(): Promise<void> {
    const prefix = this.api.doc.apiPrefix;
    const remove = this.deps.plan.find((p) => opShape(p, prefix) === 'DELETE /clusters/{}');
    for (const id of this.#clusters.splice(0)) {
      if (remove === undefined) break;
      const [param] = [...remove.op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
      if (param !== undefined)
        await this.api
          .call(remove.op, { path: { [param]: id }, expect: 'any', case: 'clean-up' })
          .catch(() => undefined);
    }
    const del = this.deps.plan.find((p) => opShape(p, prefix) === 'DELETE /catalog/assets/{}');
    const search = this.deps.plan.find((p) => opShape(p, prefix) === 'POST /catalog/assets/search');
    for (const resourceId of this.#assets.splice(0)) {
      if (del === undefined || search === undefined) break;
      const res = await this.api
        .call(search.op, { body: this.hubSearchBody(search, { resourceId }), expect: 'any', case: 'clean-up' })
        .catch(() => undefined);
      const items = isJsonObject(res?.body) && Array.isArray(res.body.items) ? res.body.items : [];
      const [param] = [...del.op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
      for (const item of items) {
        if (
          !isJsonObject(item) ||
          item.resourceId !== resourceId ||
          typeof item.assetKey !== 'string' ||
          param === undefined
        )
          continue;
        await this.api
          .call(del.op, { path: { [param]: item.assetKey }, expect: 'any', case: 'clean-up' })
          .catch(() => undefined);
      }
    }
  }

  /** Deletes the projects this test created (cascading to everything in them). */
  async cleanUp(): Promise<void> {
    this.#closed = true;
    // A request still in flight (an interrupted test) may be creating something: let its answer
    // be recorded (the continuation runs before the next turn of the event loop) before deleting.
    await Promise.allSettled([...this.#inFlight]);
    await new Promise((resolve) => setImmediate(resolve));
    if (this.deps.readOnly) return;
    await this.#cleanUpOrganization();
    for (const resource of this.#owned.filter((r) => r.kind === this.#rootKind)) {
      const status = await deleteRootTree(this.deps.api, this.deps.plan, resource.kind, resource.id, 'clean-up');
      if (status === null) break;
      if (isSuccess(status) || status === 404) this.deps.ledger.deleted(resource.kind, resource.id);
    }
    await this.#cleanUpUnanswered();
  }

  /** Looks for the projects whose create got no answer, by their run-tagged name, and deletes those the target made. */
  async #cleanUpUnanswered(): Promise<void> {
    if (this.#unanswered.length === 0) return;
    try {
      for (const root of await rootsNamed(this.deps.api, this.deps.plan, this.#rootKind, this.#unanswered)) {
        await deleteRootTree(this.deps.api, this.deps.plan, this.#rootKind, root.id, 'clean-up');
      }
    } catch {
      return; // still unsettled in the journal: the run's teardown (or sweep) looks again
    }
    for (const name of new Set(this.#unanswered)) this.deps.ledger.settled(this.#rootKind, name);
  }

  /** An id no resource has. */
  static unknownId(): string {
    return randomUUID();
  }
}
