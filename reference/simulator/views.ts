/**
 * Turns stored records into the API's DTOs (the JSON the simulator answers with).
 * `simplePath` escapes "/" inside names as "\/"; `canonicalPath` lists the project and the
 * folders above the file (*assumed*: the file itself is not part of it).
 */
import type { JsonObject } from '../../src/core/json.ts';
import type { CollaboratorRecord, FileRecord, FolderRecord, ProjectRecord, SnapshotRecord, UserRef } from './store.ts';
import type { SimulatorEnv } from './types.ts';

export function formatDate(env: SimulatorEnv, ms: number): string {
  const iso = new Date(ms).toISOString();
  return env.behaviour.datesWithoutZone ? iso.slice(0, -1) : iso;
}

function userDto(user: UserRef): JsonObject {
  return { name: user.name, email: user.email };
}

function auditFields(
  env: SimulatorEnv,
  r: { created: number; createdBy: UserRef; updated: number; updatedBy: UserRef },
): JsonObject {
  return {
    created: formatDate(env, r.created),
    createdBy: userDto(r.createdBy),
    updated: formatDate(env, r.updated),
    updatedBy: userDto(r.updatedBy),
  };
}

export function projectMetadata(env: SimulatorEnv, p: ProjectRecord): JsonObject {
  return { id: p.id, name: p.name, ...auditFields(env, p) };
}

export function folderMetadata(env: SimulatorEnv, f: FolderRecord): JsonObject {
  return { id: f.id, name: f.name, projectId: f.projectId, parentId: f.parentId, ...auditFields(env, f) };
}

function escapeName(name: string): string {
  return name.replace(/\//g, '\\/');
}

export function fileMetadata(env: SimulatorEnv, f: FileRecord): JsonObject {
  const project = env.store.projects.get(f.projectId);
  const folders = env.store.folderChain(f.folderId);
  const projectName = project?.name ?? '';
  const simplePath = [projectName, ...folders.map((d) => d.name), f.name].map(escapeName).join('/');
  const canonicalPath = [{ id: f.projectId, name: projectName }, ...folders.map((d) => ({ id: d.id, name: d.name }))];
  return {
    id: f.id,
    name: f.name,
    projectId: f.projectId,
    folderId: f.folderId,
    simplePath,
    canonicalPath,
    revision: f.revision,
    type: f.type,
    ...auditFields(env, f),
  };
}

export function snapshotMetadata(env: SimulatorEnv, s: SnapshotRecord): JsonObject {
  const base: JsonObject = { id: s.id, name: s.name, fileId: s.fileId };
  if (env.generation === 'v1-versions') {
    base.description = s.description;
    base.organizationPublic = s.organizationPublic;
  }
  return { ...base, ...auditFields(env, s) };
}

export function collaboratorDto(env: SimulatorEnv, c: CollaboratorRecord): JsonObject {
  const user = env.users.find((u) => u.email.toLowerCase() === c.email.toLowerCase());
  return { name: user?.name ?? c.email, email: c.email, projectId: c.projectId, role: c.role };
}

/** Folders and files directly inside a project root or a folder. */
export function contentOf(env: SimulatorEnv, projectId: string, folderId: string | null): JsonObject {
  return {
    folders: env.store.foldersOf(projectId, folderId).map((d) => folderMetadata(env, d)),
    files: env.store.filesOf(projectId, folderId).map((f) => fileMetadata(env, f)),
  };
}
