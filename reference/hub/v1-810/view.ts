/**
 * Generation v1-8.10: the Web Modeler API v1 as Camunda 8.10 serves it, a VIEW onto the Hub's
 * store (facts hub-api-v2.md §4.1, §4.3): a v1 project is a v2 workspace, a v1 process
 * application a v2 project, v1 folders and files are v2 folders and files, a v1 collaborator a v2
 * member (role `project_admin` ↔ `workspace_admin`), v1 versions are v2 versions (the 8.9 shape
 * of v1-versions: milestones were dropped before 8.10). What one API changes the other reads.
 * 8.10 adds `/process-applications/{processApplicationId}` (GET, PATCH, DELETE),
 * `processApplicationId` on folders and files and as a file search filter,
 * `content.processApplications` on a project; a folder's or file's parent is null at a process
 * application's root; paths leave the process application out; a process application's id given
 * as `folderId`/`parentId` is 404 (it is no folder). Every operation is `deprecated: true`.
 * *Assumed* where the sources are silent:
 * - a v1 create (or move) of a folder or file with a project but no process application or folder
 *   goes to the workspace's catch-all project ("Files and folders can no longer be created at the
 *   workspace level": v2 keeps such content in a migration-created catch-all project, whose files
 *   v1 shows at the project root with `processApplicationId: null`; the catch-all is created when
 *   first needed, named after the workspace, and is no process application in v1); knob
 *   v1WorkspaceLevelCreate 'reject' answers 400 instead;
 * - v1 deletes are the Hub's soft deletes (v2 lists the item among the recently deleted); as
 *   before, a project, process application or folder that holds files is refused (400);
 * - file types keep v1's names (`connector_template` ↔ v2 `element-template`), in lower case as
 *   the other v1 generations of this target answer them;
 * - the revision rule is the Hub's (knob revisionBump); v1's version restoration answers the
 *   restored version (as v1-versions), v2's the new one.
 * Cross-API disagreements for faults (knobs, default off): crossApiStaleNames (a v1 rename that
 * v2 does not see), crossApiRoleMapping false (v1's `project_admin` stored as is),
 * crossApiHideV1Files (v1-made files missing from v2's searches and content lists).
 */
import { readBoolean, readInteger, readText } from '../../simulator/json.ts';
import { type JsonObject } from '../../../src/core/json.ts';
import { badRequest, internalError, notFound, ProblemError } from '../../simulator/problem.ts';
import { searchHandler, noContent } from '../../simulator/routes/common.ts';
import { infoRoutes } from '../../simulator/routes/info.ts';
import { Store, type ResourceCounts } from '../../simulator/store.ts';
import type { RequestContext, RouteDef } from '../../simulator/types.ts';
import type { HubBehaviour } from '../knobs.ts';
import {
  isLive,
  type DeletionMark,
  type FileRecord,
  type FolderRecord,
  type HubStore,
  type ProjectRecord,
  type UserRef,
  type VersionRecord,
  type WorkspaceRecord,
} from '../store.ts';
import { SYSTEM_USER } from '../snapshot-rules.ts';

/** v1 file types ↔ v2 file types. */
const TYPE_TO_V2: Readonly<Record<string, string>> = { connector_template: 'element-template' };
const TYPE_TO_V1: Readonly<Record<string, string>> = { 'element-template': 'connector_template' };

/** v1 collaborator roles ↔ v2 member roles. */
export function roleToV2(role: string, hub: HubBehaviour): string {
  return role === 'project_admin' && hub.crossApiRoleMapping ? 'workspace_admin' : role;
}

export function roleToV1(role: string): string {
  return role === 'workspace_admin' ? 'project_admin' : role;
}

/** The v1 simulator machinery's store for this view: existence and counts come from the Hub's store. */
export class HubBackedStore extends Store {
  private readonly hub: HubStore;

  constructor(hub: HubStore, idStyle: 'uuid' | 'numeric') {
    super(idStyle);
    this.hub = hub;
  }

  override knows(id: string): boolean {
    return this.hub.knows(id);
  }

  override counts(): ResourceCounts {
    const counts = this.hub.counts();
    return {
      projects: counts.workspaces,
      folders: counts.folders,
      files: counts.files,
      milestones: counts.versions,
      collaborators: counts.members,
    };
  }
}

interface Keyed {
  readonly key: string;
  readonly deletion: DeletionMark | null;
}

class View {
  readonly store: HubStore;
  readonly hub: HubBehaviour;

  constructor(store: HubStore, hub: HubBehaviour) {
    this.store = store;
    this.hub = hub;
  }

  // ── lookups ──

  unknown(ctx: RequestContext): ProblemError {
    return ctx.env.behaviour.unknownIdStatus === 500 ? internalError() : notFound();
  }

  lookup<T extends Keyed>(ctx: RequestContext, table: ReadonlyMap<string, T>, id: string, mode: 'get' | 'use'): T {
    const record = table.get(id);
    if (record === undefined) throw this.unknown(ctx);
    if (!isLive(record) && !(mode === 'get' && ctx.env.behaviour.softDelete)) throw this.unknown(ctx);
    if (mode === 'get' && ctx.env.behaviour.createdNotReadable && this.store.unread.delete(id)) throw this.unknown(ctx);
    return record;
  }

  /** A process application: a project that is not its workspace's catch-all. */
  processApplication(ctx: RequestContext, id: string, mode: 'get' | 'use'): ProjectRecord {
    const project = this.lookup(ctx, this.store.projects, id, mode);
    if (project.catchAll) throw this.unknown(ctx);
    return project;
  }

  /** The workspace's catch-all project (the workspace level of v1), made when first needed. */
  catchAll(ctx: RequestContext, workspace: WorkspaceRecord): ProjectRecord {
    const found = this.store.projectsOf(workspace.key).find((p) => p.catchAll && isLive(p));
    if (found !== undefined) return found;
    const now = this.store.now();
    const record: ProjectRecord = {
      key: this.store.newKey(),
      name: workspace.name,
      workspaceKey: workspace.key,
      catchAll: true,
      deletion: null,
      created: now,
      createdBy: ctx.principal.user,
      updated: now,
      updatedBy: ctx.principal.user,
    };
    this.store.projects.set(record.key, record);
    return record;
  }

  markCreated(ctx: RequestContext, key: string): void {
    if (ctx.env.behaviour.createdNotReadable) this.store.unread.add(key);
  }

  audit(ctx: RequestContext): { created: number; createdBy: UserRef; updated: number; updatedBy: UserRef } {
    const now = this.store.now();
    return { created: now, createdBy: ctx.principal.user, updated: now, updatedBy: ctx.principal.user };
  }

  touch(ctx: RequestContext, record: { updated: number; updatedBy: UserRef | null }): void {
    record.updated = this.store.now();
    record.updatedBy = ctx.principal.user;
  }

  /** A rename through v1: into the store, or (knob crossApiStaleNames) only into v1's own names. */
  rename(record: { readonly key: string; name: string }, name: string | undefined): void {
    if (name === undefined) return;
    if (this.hub.crossApiStaleNames) this.store.v1Names.set(record.key, name);
    else record.name = name;
  }

  nameOf(record: { readonly key: string; readonly name: string }): string {
    return this.store.v1Names.get(record.key) ?? record.name;
  }

  // ── DTOs ──

  date(ctx: RequestContext, ms: number): string {
    const iso = new Date(ms).toISOString();
    return ctx.env.behaviour.datesWithoutZone ? iso.slice(0, -1) : iso;
  }

  auditDto(
    ctx: RequestContext,
    r: { created: number; createdBy: UserRef | null; updated: number; updatedBy: UserRef | null },
  ): JsonObject {
    const user = (u: UserRef | null): JsonObject => ({
      name: (u ?? SYSTEM_USER).name,
      email: (u ?? SYSTEM_USER).email,
    });
    return {
      created: this.date(ctx, r.created),
      createdBy: user(r.createdBy),
      updated: this.date(ctx, r.updated),
      updatedBy: user(r.updatedBy),
    };
  }

  projectDto(ctx: RequestContext, w: WorkspaceRecord): JsonObject {
    return { id: w.key, name: this.nameOf(w), ...this.auditDto(ctx, w) };
  }

  processApplicationDto(ctx: RequestContext, p: ProjectRecord): JsonObject {
    return { id: p.key, name: this.nameOf(p), projectId: p.workspaceKey, ...this.auditDto(ctx, p) };
  }

  /** The v1 project (= workspace) of a v2 project. */
  workspaceOf(projectKey: string): WorkspaceRecord | undefined {
    const project = this.store.projects.get(projectKey);
    return project === undefined ? undefined : this.store.workspaces.get(project.workspaceKey);
  }

  processApplicationIdOf(projectKey: string): string | null {
    const project = this.store.projects.get(projectKey);
    return project === undefined || project.catchAll ? null : project.key;
  }

  folderDto(ctx: RequestContext, f: FolderRecord): JsonObject {
    return {
      id: f.key,
      name: this.nameOf(f),
      projectId: this.workspaceOf(f.projectKey)?.key ?? '',
      processApplicationId: this.processApplicationIdOf(f.projectKey),
      parentId: f.parentFolderKey,
      ...this.auditDto(ctx, f),
    };
  }

  fileDto(ctx: RequestContext, f: FileRecord): JsonObject {
    const workspace = this.workspaceOf(f.projectKey);
    const folders = this.store.folderChain(f.folderKey);
    const workspaceName = workspace === undefined ? '' : this.nameOf(workspace);
    const escape = (name: string): string => name.replace(/\//g, '\\/');
    return {
      id: f.key,
      name: this.nameOf(f),
      projectId: workspace?.key ?? '',
      processApplicationId: this.processApplicationIdOf(f.projectKey),
      folderId: f.folderKey,
      simplePath: [workspaceName, ...folders.map((d) => this.nameOf(d)), this.nameOf(f)].map(escape).join('/'),
      canonicalPath: [
        { id: workspace?.key ?? '', name: workspaceName },
        ...folders.map((d) => ({ id: d.key, name: this.nameOf(d) })),
      ],
      revision: f.revision,
      type: TYPE_TO_V1[f.type] ?? f.type,
      ...this.auditDto(ctx, f),
    };
  }

  versionDto(ctx: RequestContext, v: VersionRecord): JsonObject {
    return {
      id: v.key,
      name: v.name,
      fileId: v.fileKey,
      description: v.description,
      organizationPublic: v.organizationPublic,
      ...this.auditDto(ctx, v),
    };
  }

  /** Live folders and files directly in a project root (null) or a folder. */
  content(ctx: RequestContext, projectKey: string | undefined, folderKey: string | null): JsonObject {
    if (projectKey === undefined) return { folders: [], files: [] };
    return {
      folders: this.store
        .foldersIn(projectKey, folderKey)
        .filter(isLive)
        .map((d) => this.folderDto(ctx, d)),
      files: this.store
        .filesIn(projectKey, folderKey)
        .filter(isLive)
        .map((f) => this.fileDto(ctx, f)),
    };
  }

  // ── placement ──

  /**
   * Where a created or moved folder/file goes: [project, folder]. A folder (folderId/parentId)
   * wins; else a process application; else the workspace level (the catch-all). Given together
   * they must agree (400). Null when nothing is given.
   */
  placement(
    ctx: RequestContext,
    projectId: string | undefined,
    processApplicationId: string | undefined,
    folderId: string | undefined,
  ): [string, string | null] | null {
    const inconsistent = (): ProblemError =>
      badRequest('The given project, process application and folder are inconsistent.');
    if (folderId !== undefined) {
      const folder = this.lookup(ctx, this.store.folders, folderId, 'use');
      const project = this.store.projects.get(folder.projectKey);
      if (projectId !== undefined && project?.workspaceKey !== projectId) throw inconsistent();
      if (processApplicationId !== undefined && folder.projectKey !== processApplicationId) throw inconsistent();
      return [folder.projectKey, folder.key];
    }
    if (processApplicationId !== undefined) {
      const pa = this.processApplication(ctx, processApplicationId, 'use');
      if (projectId !== undefined && pa.workspaceKey !== projectId) throw inconsistent();
      return [pa.key, null];
    }
    if (projectId === undefined) return null;
    const workspace = this.lookup(ctx, this.store.workspaces, projectId, 'use');
    if (this.hub.v1WorkspaceLevelCreate === 'reject') {
      throw badRequest(
        'Files and folders can no longer be created at the project level: give a processApplicationId or a folder.',
      );
    }
    return [this.catchAll(ctx, workspace).key, null];
  }

  liveFilesIn(kind: 'workspace' | 'project' | 'folder', key: string): number {
    return this.store.liveFilesBelow(kind, key);
  }

  softDelete(ctx: RequestContext, kind: 'workspace' | 'project' | 'folder' | 'file', key: string): void {
    this.store.softDelete(kind, key, ctx.principal.user, true);
  }
}

// ── operations ──

function projectRoutes(v: View): RouteDef[] {
  const workspace = (ctx: RequestContext, mode: 'get' | 'use'): WorkspaceRecord =>
    v.lookup(ctx, v.store.workspaces, ctx.params.projectId ?? '', mode);
  return [
    {
      operationId: 'createProject',
      method: 'post',
      path: '/projects',
      tag: 'Projects',
      description:
        'Creates a project (a workspace of the Camunda Hub). It has no collaborators yet; add them with PUT /collaborators.',
      requestBody: 'CreateProjectDto',
      success: { status: 200, schema: 'ProjectMetadataDto' },
      errors: [400, 404, 500],
      permission: 'create',
      handler: (ctx) => {
        const record: WorkspaceRecord = {
          key: v.store.newKey(),
          name: readText(ctx.body, 'name') ?? '',
          description: null,
          deletion: null,
          ...v.audit(ctx),
        };
        v.store.workspaces.set(record.key, record);
        v.markCreated(ctx, record.key);
        return { status: 200, body: v.projectDto(ctx, record) };
      },
    },
    {
      operationId: 'searchProjects',
      method: 'post',
      path: '/projects/search',
      tag: 'Projects',
      description:
        'Searches projects: filter (fields to match; dates take <, <=, >, >= and ||/y…||/s), sort, page and size (default 10).',
      requestBody: 'PubSearchDtoProjectMetadataDto',
      success: { status: 200, schema: 'PubSearchResultDtoProjectMetadataDto' },
      errors: [400, 404, 500],
      permission: 'read',
      search: { itemSchema: 'ProjectMetadataDto', unsortable: [] },
      handler: searchHandler((ctx) => [...v.store.workspaces.values()].filter(isLive).map((w) => v.projectDto(ctx, w))),
    },
    {
      operationId: 'getProject',
      method: 'get',
      path: '/projects/{projectId}',
      tag: 'Projects',
      description: 'Reads a project: the folders and files at its level, and its process applications.',
      success: { status: 200, schema: 'ProjectDto' },
      errors: [404, 500],
      permission: 'read',
      handler: (ctx) => {
        const record = workspace(ctx, 'get');
        const catchAll = v.store.projectsOf(record.key).find((p) => p.catchAll && isLive(p));
        const processApplications = v.store.projectsOf(record.key).filter((p) => !p.catchAll && isLive(p));
        return {
          status: 200,
          body: {
            metadata: v.projectDto(ctx, record),
            content: {
              ...v.content(ctx, catchAll?.key, null),
              processApplications: processApplications.map((p) => v.processApplicationDto(ctx, p)),
            },
          },
        };
      },
    },
    {
      operationId: 'updateProject',
      method: 'patch',
      path: '/projects/{projectId}',
      tag: 'Projects',
      requestBody: 'UpdateProjectDto',
      success: { status: 200, schema: 'ProjectMetadataDto' },
      errors: [400, 404, 500],
      permission: 'update',
      handler: (ctx) => {
        const record = workspace(ctx, 'use');
        const name = readText(ctx.body, 'name');
        if (ctx.env.behaviour.dropUpdates)
          return { status: 200, body: v.projectDto(ctx, { ...record, name: name ?? record.name }) };
        v.rename(record, name);
        v.touch(ctx, record);
        return { status: 200, body: v.projectDto(ctx, record) };
      },
    },
    {
      operationId: 'deleteProject',
      method: 'delete',
      path: '/projects/{projectId}',
      tag: 'Projects',
      description:
        'Deletes an empty project (no files in it) with its folders and process applications (the Hub keeps it among the recently deleted workspaces).',
      success: { status: 204 },
      errors: [404, 500],
      permission: 'delete',
      handler: (ctx) => {
        const record = workspace(ctx, 'use');
        if (v.liveFilesIn('workspace', record.key) > 0)
          throw new ProblemError(400, 'The project is not empty: delete its files first.');
        v.softDelete(ctx, 'workspace', record.key);
        return noContent();
      },
    },
  ];
}

function processApplicationRoutes(v: View): RouteDef[] {
  const path = '/process-applications/{processApplicationId}';
  const pa = (ctx: RequestContext, mode: 'get' | 'use'): ProjectRecord =>
    v.processApplication(ctx, ctx.params.processApplicationId ?? '', mode);
  return [
    {
      operationId: 'getProcessApplication',
      method: 'get',
      path,
      tag: 'Process Applications',
      description: 'Reads a process application (a project of the Camunda Hub) with the folders and files at its root.',
      success: { status: 200, schema: 'ProcessApplicationDto' },
      errors: [404, 500],
      permission: 'read',
      handler: (ctx) => {
        const record = pa(ctx, 'get');
        return {
          status: 200,
          body: { metadata: v.processApplicationDto(ctx, record), content: v.content(ctx, record.key, null) },
        };
      },
    },
    {
      operationId: 'patchProcessApplication',
      method: 'patch',
      path,
      tag: 'Process Applications',
      description: 'Renames a process application.',
      requestBody: 'UpdateProcessApplicationDto',
      success: { status: 200, schema: 'ProcessApplicationMetadataDto' },
      errors: [400, 404, 500],
      permission: 'update',
      handler: (ctx) => {
        const record = pa(ctx, 'use');
        v.rename(record, readText(ctx.body, 'name'));
        v.touch(ctx, record);
        return { status: 200, body: v.processApplicationDto(ctx, record) };
      },
    },
    {
      operationId: 'deleteProcessApplication',
      method: 'delete',
      path,
      tag: 'Process Applications',
      description: 'Deletes an empty process application (no files in it) with its folders.',
      success: { status: 204 },
      errors: [400, 404, 500],
      permission: 'delete',
      handler: (ctx) => {
        const record = pa(ctx, 'use');
        if (v.liveFilesIn('project', record.key) > 0)
          throw new ProblemError(400, 'The process application is not empty: delete its files first.');
        v.softDelete(ctx, 'project', record.key);
        return noContent();
      },
    },
  ];
}

/** Moves a folder's subtree (folders and files) into another project. */
function moveSubtree(v: View, folder: FolderRecord, projectKey: string): void {
  if (folder.projectKey === projectKey) return;
  const folders = v.store.folderSubtree(folder.key);
  const keys = new Set(folders.map((f) => f.key));
  for (const f of folders) f.projectKey = projectKey;
  for (const file of v.store.files.values())
    if (file.folderKey !== null && keys.has(file.folderKey)) file.projectKey = projectKey;
}

function folderRoutes(v: View): RouteDef[] {
  const folder = (ctx: RequestContext, mode: 'get' | 'use'): FolderRecord =>
    v.lookup(ctx, v.store.folders, ctx.params.folderId ?? '', mode);
  const where = (ctx: RequestContext): [string, string | null] | null =>
    v.placement(
      ctx,
      readText(ctx.body, 'projectId'),
      readText(ctx.body, 'processApplicationId'),
      readText(ctx.body, 'parentId'),
    );
  return [
    {
      operationId: 'createFolder',
      method: 'post',
      path: '/folders',
      tag: 'Folders',
      description:
        'Creates a folder: in the folder parentId, else at the root of the process application processApplicationId, else at the level of projectId. Given together they must agree.',
      requestBody: 'CreateFolderDto',
      success: { status: 200, schema: 'FolderMetadataDto' },
      errors: [400, 404, 500],
      permission: 'create',
      handler: (ctx) => {
        const place = where(ctx);
        if (place === null) throw badRequest('Either projectId, processApplicationId or parentId must be given.');
        const record: FolderRecord = {
          key: v.store.newKey(),
          name: readText(ctx.body, 'name') ?? '',
          projectKey: place[0],
          parentFolderKey: place[1],
          deletion: null,
          ...v.audit(ctx),
        };
        v.store.folders.set(record.key, record);
        v.markCreated(ctx, record.key);
        return { status: 200, body: v.folderDto(ctx, record) };
      },
    },
    {
      operationId: 'getFolder',
      method: 'get',
      path: '/folders/{folderId}',
      tag: 'Folders',
      success: { status: 200, schema: 'FolderDto' },
      errors: [404, 500],
      permission: 'read',
      handler: (ctx) => {
        const record = folder(ctx, 'get');
        return {
          status: 200,
          body: { metadata: v.folderDto(ctx, record), content: v.content(ctx, record.projectKey, record.key) },
        };
      },
    },
    {
      operationId: 'patchFolder',
      method: 'patch',
      path: '/folders/{folderId}',
      tag: 'Folders',
      description:
        'Renames or moves a folder (parentId, processApplicationId or projectId as for creating one), with everything in it.',
      requestBody: 'UpdateFolderDto',
      success: { status: 200, schema: 'FolderMetadataDto' },
      errors: [400, 404, 500],
      permission: 'update',
      handler: (ctx) => {
        const record = folder(ctx, 'use');
        const place = where(ctx);
        if (place !== null && place[1] !== null && v.store.folderSubtree(record.key).some((f) => f.key === place[1])) {
          throw badRequest('A folder cannot be moved into itself or one of its subfolders.');
        }
        if (place !== null) {
          moveSubtree(v, record, place[0]);
          record.projectKey = place[0];
          record.parentFolderKey = place[1];
        }
        v.rename(record, readText(ctx.body, 'name'));
        v.touch(ctx, record);
        return { status: 200, body: v.folderDto(ctx, record) };
      },
    },
    {
      operationId: 'deleteFolder',
      method: 'delete',
      path: '/folders/{folderId}',
      tag: 'Folders',
      description: 'Deletes an empty folder (no files in it or below it) with its subfolders.',
      success: { status: 204 },
      errors: [404, 500],
      permission: 'delete',
      handler: (ctx) => {
        const record = folder(ctx, 'use');
        if (v.liveFilesIn('folder', record.key) > 0)
          throw new ProblemError(400, 'The folder is not empty: delete its files first.');
        v.softDelete(ctx, 'folder', record.key);
        return noContent();
      },
    },
  ];
}

function fileRoutes(v: View): RouteDef[] {
  const file = (ctx: RequestContext, mode: 'get' | 'use'): FileRecord =>
    v.lookup(ctx, v.store.files, ctx.params.fileId ?? '', mode);
  const where = (ctx: RequestContext): [string, string | null] | null =>
    v.placement(
      ctx,
      readText(ctx.body, 'projectId'),
      readText(ctx.body, 'processApplicationId'),
      readText(ctx.body, 'folderId'),
    );
  return [
    {
      operationId: 'createFile',
      method: 'post',
      path: '/files',
      tag: 'Files',
      description:
        'Creates a file in the folder folderId, else at the root of the process application processApplicationId, else at the level of projectId (given together they must agree). simplePath writes "/" inside names as "\\/".',
      requestBody: 'CreateFileDto',
      success: { status: 200, schema: 'FileMetadataDto' },
      errors: [400, 404, 500],
      permission: 'create',
      handler: (ctx) => {
        const place = where(ctx);
        if (place === null) throw badRequest('Either projectId, processApplicationId or folderId must be given.');
        const content = readText(ctx.body, 'content') ?? '';
        const type = readText(ctx.body, 'fileType') ?? '';
        const record: FileRecord = {
          key: v.store.newKey(),
          name: readText(ctx.body, 'name') ?? '',
          projectKey: place[0],
          folderKey: place[1],
          type: TYPE_TO_V2[type] ?? type,
          content: ctx.env.behaviour.trimContentOnCreate ? content.trimEnd() : content,
          revision: 1,
          deletion: null,
          ...v.audit(ctx),
        };
        v.store.files.set(record.key, record);
        v.store.v1Made.add(record.key);
        v.markCreated(ctx, record.key);
        return { status: 200, body: v.fileDto(ctx, record) };
      },
    },
    {
      operationId: 'searchFiles',
      method: 'post',
      path: '/files/search',
      tag: 'Files',
      description:
        'Searches files: filter (processApplicationId too), sort (not by simplePath or canonicalPath), page and size (default 10).',
      requestBody: 'PubSearchDtoFileMetadataDto',
      success: { status: 200, schema: 'PubSearchResultDtoFileMetadataDto' },
      errors: [400, 404, 500],
      permission: 'read',
      search: { itemSchema: 'FileMetadataDto', unsortable: ['simplePath', 'canonicalPath'] },
      handler: searchHandler((ctx) => [...v.store.files.values()].filter(isLive).map((f) => v.fileDto(ctx, f))),
    },
    {
      operationId: 'getFile',
      method: 'get',
      path: '/files/{fileId}',
      tag: 'Files',
      description: 'Reads a file with its content. simplePath writes "/" inside names as "\\/".',
      success: { status: 200, schema: 'FileDto' },
      errors: [404, 500],
      permission: 'read',
      handler: (ctx) => {
        const record = file(ctx, 'get');
        return { status: 200, body: { metadata: v.fileDto(ctx, record), content: record.content } };
      },
    },
    {
      operationId: 'patchFile',
      method: 'patch',
      path: '/files/{fileId}',
      tag: 'Files',
      description:
        'Changes content, name or place of a file. revision must be the current revision (else 409). folderId, processApplicationId or projectId place it as for creating one.',
      requestBody: 'UpdateFileDto',
      success: { status: 200, schema: 'FileMetadataDto' },
      errors: [400, 403, 404, 409, 500],
      permission: 'update',
      handler: (ctx) => {
        const record = file(ctx, 'use');
        if (ctx.env.behaviour.checkRevision && readInteger(ctx.body, 'revision') !== record.revision) {
          throw new ProblemError(409, 'The file was changed in the meantime (revision conflict).');
        }
        const place = where(ctx);
        const content = readText(ctx.body, 'content');
        const bump = v.hub.revisionBump === 'every-update' || (content !== undefined && content !== record.content);
        if (place !== null) [record.projectKey, record.folderKey] = place;
        record.content = content ?? record.content;
        v.rename(record, readText(ctx.body, 'name'));
        if (bump) record.revision += 1;
        v.touch(ctx, record);
        return { status: 200, body: v.fileDto(ctx, record) };
      },
    },
    {
      operationId: 'deleteFile',
      method: 'delete',
      path: '/files/{fileId}',
      tag: 'Files',
      description: 'Deletes a file (the Hub keeps it among the recently deleted files, with its versions).',
      success: { status: 204 },
      errors: [404, 500],
      permission: 'delete',
      handler: (ctx) => {
        v.softDelete(ctx, 'file', file(ctx, 'use').key);
        return noContent();
      },
    },
  ];
}

function versionRoutes(v: View): RouteDef[] {
  const version = (ctx: RequestContext, param = 'versionId'): VersionRecord => {
    const id = ctx.params[param] ?? '';
    const record = v.store.versions.get(id);
    if (record === undefined || !v.store.versionVisible(id)) throw v.unknown(ctx);
    if (ctx.env.behaviour.createdNotReadable && v.store.unread.delete(id)) throw v.unknown(ctx);
    return record;
  };
  return [
    {
      operationId: 'createVersion',
      method: 'post',
      path: '/versions',
      tag: 'Versions',
      description: "Creates a version: a snapshot of the file's current content.",
      requestBody: 'CreateVersionDto',
      success: { status: 200, schema: 'VersionMetadataDto' },
      errors: [400, 404, 500],
      permission: 'create',
      handler: (ctx) => {
        const file = v.lookup(ctx, v.store.files, readText(ctx.body, 'fileId') ?? '', 'use');
        const now = v.store.now();
        const record: VersionRecord = {
          key: v.store.newKey(),
          fileKey: file.key,
          name: readText(ctx.body, 'name') ?? `Version ${v.store.versionsOf(file.key).length + 1}`,
          description: readText(ctx.body, 'description') ?? null,
          organizationPublic: readBoolean(ctx.body, 'organizationPublic') ?? false,
          content: file.content,
          created: now,
          createdBy: ctx.principal.user,
          updated: now,
          updatedBy: ctx.principal.user,
        };
        v.store.versions.set(record.key, record);
        v.markCreated(ctx, record.key);
        return { status: 200, body: v.versionDto(ctx, record) };
      },
    },
    {
      operationId: 'searchVersions',
      method: 'post',
      path: '/versions/search',
      tag: 'Versions',
      description: 'Searches versions: filter, sort, page and size (default 10).',
      requestBody: 'PubSearchDtoVersionMetadataDto',
      success: { status: 200, schema: 'PubSearchResultDtoVersionMetadataDto' },
      errors: [400, 404, 500],
      permission: 'read',
      search: { itemSchema: 'VersionMetadataDto', unsortable: [] },
      handler: searchHandler((ctx) =>
        [...v.store.versions.values()].filter((r) => v.store.versionVisible(r.key)).map((r) => v.versionDto(ctx, r)),
      ),
    },
    {
      operationId: 'getVersion',
      method: 'get',
      path: '/versions/{versionId}',
      tag: 'Versions',
      success: { status: 200, schema: 'VersionDto' },
      errors: [404, 500],
      permission: 'read',
      handler: (ctx) => {
        const record = version(ctx);
        return { status: 200, body: { metadata: v.versionDto(ctx, record), content: record.content } };
      },
    },
    {
      operationId: 'patchVersion',
      method: 'patch',
      path: '/versions/{versionId}',
      tag: 'Versions',
      requestBody: 'UpdateVersionDto',
      success: { status: 200, schema: 'VersionMetadataDto' },
      errors: [400, 404, 500],
      permission: 'update',
      handler: (ctx) => {
        const record = version(ctx);
        record.name = readText(ctx.body, 'name') ?? record.name;
        record.description = readText(ctx.body, 'description') ?? record.description;
        record.organizationPublic = readBoolean(ctx.body, 'organizationPublic') ?? record.organizationPublic;
        v.touch(ctx, record);
        return { status: 200, body: v.versionDto(ctx, record) };
      },
    },
    {
      operationId: 'deleteVersion',
      method: 'delete',
      path: '/versions/{versionId}',
      tag: 'Versions',
      description: 'Deletes it. Cannot be undone.',
      success: { status: 204 },
      errors: [404, 500],
      permission: 'delete',
      handler: (ctx) => {
        v.store.versions.delete(version(ctx).key);
        return noContent();
      },
    },
    {
      operationId: 'restoreVersion',
      method: 'post',
      path: '/versions/{versionId}/restore',
      tag: 'Versions',
      description: "Sets the file's content back to this version (the file gets a new revision).",
      requestBody: 'RestoreVersionDto',
      success: { status: 200, schema: 'VersionMetadataDto' },
      errors: [400, 403, 404, 500],
      permission: 'update',
      handler: (ctx) => {
        const record = version(ctx);
        const file = v.lookup(ctx, v.store.files, record.fileKey, 'use');
        file.content = record.content;
        file.revision += 1;
        v.touch(ctx, file);
        return { status: 200, body: v.versionDto(ctx, record) };
      },
    },
    {
      operationId: 'compareVersions',
      method: 'get',
      path: '/versions/compare/{version1Id}...{version2Id}',
      tag: 'Versions',
      description: 'Links to a visual comparison of two versions; the first is the baseline.',
      success: { status: 200, schema: 'VersionComparisonDto' },
      errors: [404, 500],
      permission: 'read',
      handler: (ctx) => {
        const first = version(ctx, 'version1Id');
        const second = version(ctx, 'version2Id');
        return { status: 200, body: { url: `${ctx.env.baseUrl}/diagrams/compare/${first.key}...${second.key}` } };
      },
    },
  ];
}

function collaboratorRoutes(v: View): RouteDef[] {
  return [
    {
      operationId: 'modifyCollaborator',
      method: 'put',
      path: '/collaborators',
      tag: 'Collaborators',
      description:
        'Adds a collaborator to a project (a member of the workspace) or changes its role. Only users of the authorized organization (see GET /info) who have logged in once can be added.',
      requestBody: 'CreateCollaboratorDto',
      success: { status: 204 },
      errors: [400, 404, 500],
      permission: 'update',
      handler: (ctx) => {
        const workspace = v.lookup(ctx, v.store.workspaces, readText(ctx.body, 'projectId') ?? '', 'use');
        const email = readText(ctx.body, 'email') ?? '';
        const user = ctx.env.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
        if (user === undefined) throw notFound('User not found in the authorized organization.');
        v.store.setMember(workspace.key, user.email, roleToV2(readText(ctx.body, 'role') ?? '', v.hub));
        return noContent();
      },
    },
    {
      operationId: 'searchCollaborators',
      method: 'post',
      path: '/collaborators/search',
      tag: 'Collaborators',
      description: 'Searches collaborators: filter, sort (not by role), page and size (default 10).',
      requestBody: 'PubSearchDtoProjectCollaboratorDto',
      success: { status: 200, schema: 'PubSearchResultDtoProjectCollaboratorDto' },
      errors: [400, 404, 500],
      permission: 'read',
      search: { itemSchema: 'ProjectCollaboratorDto', unsortable: ['role'] },
      handler: searchHandler((ctx) =>
        [...v.store.workspaces.values()].filter(isLive).flatMap((w) =>
          v.store.membersOf(w.key).map((m) => {
            const user = ctx.env.users.find((u) => u.email.toLowerCase() === m.email.toLowerCase());
            return { name: user?.name ?? m.email, email: m.email, projectId: w.key, role: roleToV1(m.role) };
          }),
        ),
      ),
    },
    {
      operationId: 'deleteCollaborator',
      method: 'delete',
      path: '/projects/{projectId}/collaborators/{email}',
      tag: 'Collaborators',
      description: 'Removes a collaborator from a project. Cannot be undone.',
      textParams: ['email'],
      success: { status: 204 },
      errors: [404, 500],
      permission: 'delete',
      handler: (ctx) => {
        const workspace = v.lookup(ctx, v.store.workspaces, ctx.params.projectId ?? '', 'use');
        if (!v.store.removeMember(workspace.key, ctx.params.email ?? '')) throw notFound('Collaborator not found.');
        return noContent();
      },
    },
  ];
}

/** The 28 operations of v1 on 8.10, every one deprecated, over the Hub's store. */
export function v1810Routes(store: HubStore, hub: HubBehaviour): RouteDef[] {
  const v = new View(store, hub);
  return [
    ...collaboratorRoutes(v),
    ...projectRoutes(v),
    ...processApplicationRoutes(v),
    ...versionRoutes(v),
    ...folderRoutes(v),
    ...fileRoutes(v),
    ...infoRoutes(),
  ].map((route) => ({ ...route, deprecated: true }));
}
