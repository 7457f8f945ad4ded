/**
 * Stored hub records → the Hub API v2's DTOs (facts §2.2, §3.6).
 * - `simplePath`: the folder names and the file name with its type's extension, joined by "/"
 *   ("/" inside a name written "\/"); `canonicalPath`: the keys of the folders above the file,
 *   joined by "/", "" at the project root. *Assumed*: the extensions of types other than bpmn
 *   (dmn .dmn, form .form, element-template .json, rpa .rpa, markdown .md, tests .json), no
 *   extension added to a name that already ends with it, and the root-level values.
 * - dates are RFC 3339 UTC with milliseconds (datesWithoutZone knob drops the zone).
 */
import type { JsonObject } from '../../src/core/json.ts';
import type { HubEnv } from './types.ts';
import type {
  Audit,
  DeletionMark,
  FileRecord,
  FolderRecord,
  MemberRecord,
  ProjectRecord,
  UserRef,
  VersionRecord,
  WorkspaceRecord,
} from './store.ts';

export const EXTENSIONS: Readonly<Record<string, string>> = {
  bpmn: '.bpmn',
  dmn: '.dmn',
  form: '.form',
  'element-template': '.json',
  rpa: '.rpa',
  markdown: '.md',
  tests: '.json',
};

export function formatDate(env: HubEnv, ms: number): string {
  const iso = new Date(ms).toISOString();
  return env.behaviour.datesWithoutZone ? iso.slice(0, -1) : iso;
}

function user(u: UserRef | null): JsonObject | null {
  return u === null ? null : { name: u.name, email: u.email };
}

function audit(env: HubEnv, r: Audit): JsonObject {
  return {
    created: formatDate(env, r.created),
    createdBy: user(r.createdBy),
    updated: formatDate(env, r.updated),
    updatedBy: user(r.updatedBy),
  };
}

function deletion(env: HubEnv, mark: DeletionMark | null): JsonObject {
  return { deleted: formatDate(env, mark?.at ?? 0), deletedBy: user(mark?.by ?? null) };
}

export function workspaceResult(env: HubEnv, w: WorkspaceRecord): JsonObject {
  return { workspaceKey: w.key, name: w.name, description: w.description, ...audit(env, w) };
}

export function projectResult(env: HubEnv, p: ProjectRecord): JsonObject {
  return { projectKey: p.key, name: p.name, workspaceKey: p.workspaceKey, ...audit(env, p) };
}

export function folderResult(env: HubEnv, f: FolderRecord): JsonObject {
  return {
    folderKey: f.key,
    name: f.name,
    projectKey: f.projectKey,
    parentFolderKey: f.parentFolderKey,
    ...audit(env, f),
  };
}

function escapeName(name: string): string {
  return name.replace(/\//g, '\\/');
}

export function simplePathOf(env: HubEnv, f: FileRecord): string {
  const extension = EXTENSIONS[f.type] ?? '';
  const fileName = f.name.endsWith(extension) ? f.name : `${f.name}${extension}`;
  return [...env.store.folderChain(f.folderKey).map((d) => d.name), fileName].map(escapeName).join('/');
}

export function canonicalPathOf(env: HubEnv, f: FileRecord): string {
  return env.store
    .folderChain(f.folderKey)
    .map((d) => d.key)
    .join('/');
}

/** A file; `withContent: false` (searches) answers `content: null`. */
export function fileResult(env: HubEnv, f: FileRecord, withContent = true): JsonObject {
  return {
    fileKey: f.key,
    name: f.name,
    projectKey: f.projectKey,
    folderKey: f.folderKey,
    simplePath: simplePathOf(env, f),
    canonicalPath: canonicalPathOf(env, f),
    revision: f.revision,
    type: f.type,
    content: withContent ? f.content : null,
    ...audit(env, f),
  };
}

export function versionResult(env: HubEnv, v: VersionRecord): JsonObject {
  return {
    versionKey: v.key,
    name: v.name,
    description: v.description,
    fileKey: v.fileKey,
    organizationPublic: v.organizationPublic,
    // Linked when a project snapshot (a process application version, in v1's terms) captured it.
    linkedToProcessApplication: env.store.versionLinked(v.key),
    created: formatDate(env, v.created),
    createdBy: user(v.createdBy),
    updated: formatDate(env, v.updated),
    updatedBy: user(v.updatedBy),
  };
}

export function versionDetail(env: HubEnv, v: VersionRecord): JsonObject {
  return { ...versionResult(env, v), content: v.content };
}

export function memberResult(env: HubEnv, m: MemberRecord): JsonObject {
  const known = env.users.find((u) => u.email.toLowerCase() === m.email.toLowerCase());
  return { workspaceKey: m.workspaceKey, email: m.email, name: known?.name ?? null, role: m.role };
}

export function deletedWorkspace(env: HubEnv, w: WorkspaceRecord): JsonObject {
  return { workspaceKey: w.key, name: w.name, ...deletion(env, w.deletion) };
}

export function deletedProject(env: HubEnv, p: ProjectRecord): JsonObject {
  return { projectKey: p.key, name: p.name, workspaceKey: p.workspaceKey, ...deletion(env, p.deletion) };
}

export function deletedFolder(env: HubEnv, f: FolderRecord): JsonObject {
  return { folderKey: f.key, name: f.name, projectKey: f.projectKey, ...deletion(env, f.deletion) };
}

export function deletedFile(env: HubEnv, f: FileRecord): JsonObject {
  return { fileKey: f.key, name: f.name, type: f.type, projectKey: f.projectKey, ...deletion(env, f.deletion) };
}
