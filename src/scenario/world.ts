/**
 * The resources one test works on, made through the live document's own operations and
 * chained through the ids the responses return: project → folder → file → version
 * (milestone), collaborators. Every resource lives in a project the test created and whose
 * name carries the run tag; the project is deleted when the test ends (deletion cascades).
 * In read-only mode nothing is created: resources are found by search instead.
 */
import { randomUUID } from 'node:crypto';
import { SAFE_METHODS } from '../checks/methods/unsupported-method.ts';
import { allProjects, deleteProjectTree } from '../ledger/cleanup.ts';
import type { ApiClient, ApiResponse, CallOptions, ProbeResponse } from '../api/client.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { findOperation, type PlannedOperation, type ResourceKind, type Role } from '../plan/classify.ts';
import { TransportError, transportKindText } from '../http/client.ts';
import { contentFor, type FileType } from '../synth/content.ts';
import { synthesize, SynthesisError, type Hints } from '../synth/synthesize.ts';
import { idOf, isSuccess } from '../api/operations.ts';

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
}

const KIND_WORD: Record<ResourceKind, string> = {
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
  #project: Resource | undefined;
  #closed = false;
  readonly #inFlight = new Set<Promise<unknown>>();
  readonly #owned: Resource[] = [];
  /** Projects whose create got no answer (timed out, reset): the target may have made them. */
  readonly #unanswered: string[] = [];

  constructor(deps: WorldDeps) {
    this.deps = deps;
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

  async #create(kind: ResourceKind, hints: Hints, extra: Partial<Resource>, label: string): Promise<Resource> {
    this.#guardWrite(`creating a ${KIND_WORD[kind]}`);
    const op = this.need(kind, 'create');
    const sent = this.body(op, hints);
    const name = typeof sent.name === 'string' ? sent.name : '';
    const what = `creating a ${KIND_WORD[kind]} (${label})`;
    // Journalled before it is sent: a worker killed while it is in flight leaves the name behind.
    this.deps.ledger.creating(kind, name);
    let res: ApiResponse;
    try {
      res = await this.call(op, { body: sent, expect: 'success' });
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      if (kind === 'project') this.#unanswered.push(name);
      throw this.#blocked(what, `${op.op.key}: ${transportKindText(error.kind)}`);
    }
    this.deps.ledger.settled(kind, name);
    if (!isSuccess(res.status)) throw this.#blocked(what, `${op.op.key} answered ${res.status}`);
    const id = idOf(res.body);
    if (id === undefined) throw this.#blocked(what, `${op.op.key} answered ${res.status} without an id`);
    const resource: Resource = { kind, id, name, sent, created: isJsonObject(res.body) ? res.body : {}, ...extra };
    this.deps.ledger.created({
      kind,
      id,
      name,
      ...(resource.projectId === undefined ? {} : { projectId: resource.projectId }),
    });
    this.#owned.push(resource);
    return resource;
  }

  async createProject(label = 'project', name?: string): Promise<Resource> {
    const projectName = name ?? this.name(label);
    const project = await this.#create('project', { name: projectName }, {}, label);
    return { ...project, projectId: project.id };
  }

  /** The test's own project, created on first use. */
  async project(): Promise<Resource> {
    this.#project ??= await this.createProject('home');
    return this.#project;
  }

  async createFolder(label = 'folder', parentId?: string): Promise<Resource> {
    const project = await this.project();
    const hints: Hints = {
      name: this.name(label),
      projectId: project.id,
      ...(parentId === undefined ? {} : { parentId }),
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
      ...(options.folderId === undefined ? {} : { folderId: options.folderId }),
      fileType: type,
      content: contentFor(type, name),
    };
    return this.#create('file', hints, { projectId, fileType: type }, label);
  }

  async createVersion(file: Resource, label = 'version', name?: string): Promise<Resource> {
    const hints: Hints = { name: name ?? this.name(label), fileId: file.id };
    return this.#create(
      'version',
      hints,
      { ...(file.projectId === undefined ? {} : { projectId: file.projectId }), fileId: file.id },
      label,
    );
  }

  /** Takes on a resource the target created unasked (e.g. an invalid create it accepted), to clean it up. */
  adopt(kind: ResourceKind, id: string, name: string): void {
    const project = this.#project;
    const projectId = kind === 'project' ? undefined : project?.id;
    this.deps.ledger.created({ kind, id, name, ...(projectId === undefined ? {} : { projectId }) });
    if (kind === 'project') this.#owned.push({ kind, id, name, sent: {}, created: {} });
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

  /** A resource of the kind, made the usual way (read-only: found by search). */
  async ensure(kind: ResourceKind): Promise<Resource> {
    if (this.deps.readOnly) return this.find(kind);
    switch (kind) {
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

  /** Read-only mode: an existing resource found by search (never one the suite would change). */
  async find(kind: ResourceKind): Promise<Resource> {
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

  /** Deletes the projects this test created (cascading to everything in them). */
  async cleanUp(): Promise<void> {
    this.#closed = true;
    // A request still in flight (an interrupted test) may be creating something: let its answer
    // be recorded (the continuation runs before the next turn of the event loop) before deleting.
    await Promise.allSettled([...this.#inFlight]);
    await new Promise((resolve) => setImmediate(resolve));
    if (this.deps.readOnly) return;
    for (const resource of this.#owned.filter((r) => r.kind === 'project')) {
      const status = await deleteProjectTree(this.deps.api, this.deps.plan, resource.id, 'clean-up');
      if (status === null) break;
      if (isSuccess(status) || status === 404) this.deps.ledger.deleted('project', resource.id);
    }
    await this.#cleanUpUnanswered();
  }

  /** Looks for the projects whose create got no answer, by their run-tagged name, and deletes those the target made. */
  async #cleanUpUnanswered(): Promise<void> {
    const search = findOperation(this.deps.plan, 'project', 'search');
    if (this.#unanswered.length === 0 || search === undefined) return;
    const names = new Set(this.#unanswered);
    try {
      for (const project of (await allProjects(this.deps.api, search)).filter((p) => names.has(p.name))) {
        await deleteProjectTree(this.deps.api, this.deps.plan, project.id, 'clean-up');
      }
    } catch {
      return; // still unsettled in the journal: the run's teardown (or sweep) looks again
    }
    for (const name of names) this.deps.ledger.settled('project', name);
  }

  /** An id no resource has. */
  static unknownId(): string {
    return randomUUID();
  }
}
