/**
 * The simulator's in-memory data: projects, folders, files, snapshots (milestones or versions)
 * and collaborators, with recursive deletes (the routes delete projects and folders only when
 * they hold no file), a monotonic clock and id generation.
 */
import { randomUUID } from 'node:crypto';

export interface UserRef {
  readonly name: string;
  readonly email: string;
}

interface Audited {
  readonly id: string;
  created: number;
  createdBy: UserRef;
  updated: number;
  updatedBy: UserRef;
  deleted: boolean;
}

export interface ProjectRecord extends Audited {
  name: string;
}

export interface FolderRecord extends Audited {
  name: string;
  projectId: string;
  parentId: string | null;
}

export interface FileRecord extends Audited {
  name: string;
  projectId: string;
  folderId: string | null;
  content: string;
  type: string;
  revision: number;
}

/** A milestone (v1, beta) or a version (v1-versions). */
export interface SnapshotRecord extends Audited {
  name: string;
  fileId: string;
  content: string;
  description: string | null;
  organizationPublic: boolean;
}

export interface CollaboratorRecord {
  readonly projectId: string;
  readonly email: string;
  role: string;
}

/** A type alias (not an interface) so that it is assignable to JSON values. */
export type ResourceCounts = {
  projects: number;
  folders: number;
  files: number;
  milestones: number;
  collaborators: number;
};

export type IdStyle = 'uuid' | 'numeric';

export class Store {
  readonly projects = new Map<string, ProjectRecord>();
  readonly folders = new Map<string, FolderRecord>();
  readonly files = new Map<string, FileRecord>();
  readonly snapshots = new Map<string, SnapshotRecord>();
  private readonly collaborators = new Map<string, CollaboratorRecord>();
  /** Ids created but not yet read by id (for the createdNotReadable knob). */
  readonly unread = new Set<string>();
  private lastTime = 0;
  private nextNumericId = 1000;
  private readonly idStyle: IdStyle;

  constructor(idStyle: IdStyle) {
    this.idStyle = idStyle;
  }

  newId(): string {
    if (this.idStyle === 'numeric') return String(this.nextNumericId++);
    return randomUUID();
  }

  /** Milliseconds since the epoch, strictly increasing so that creation order is sortable. */
  now(): number {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return this.lastTime;
  }

  /** Whether any live resource has this id. */
  knows(id: string): boolean {
    for (const table of [this.projects, this.folders, this.files, this.snapshots]) {
      const record = table.get(id);
      if (record !== undefined && !record.deleted) return true;
    }
    return false;
  }

  foldersOf(projectId: string, parentId: string | null): FolderRecord[] {
    return live(this.folders).filter((f) => f.projectId === projectId && f.parentId === parentId);
  }

  filesOf(projectId: string, folderId: string | null): FileRecord[] {
    return live(this.files).filter((f) => f.projectId === projectId && f.folderId === folderId);
  }

  /** The folder and every folder below it. */
  subtree(folderId: string): FolderRecord[] {
    const out: FolderRecord[] = [];
    const pending = [folderId];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      const folder = this.folders.get(id);
      if (folder === undefined || folder.deleted) continue;
      out.push(folder);
      for (const child of live(this.folders)) if (child.parentId === id) pending.push(child.id);
    }
    return out;
  }

  /** Folders from the project root down to (and including) this folder. */
  folderChain(folderId: string | null): FolderRecord[] {
    const chain: FolderRecord[] = [];
    const seen = new Set<string>();
    for (let id = folderId; id !== null && !seen.has(id);) {
      seen.add(id);
      const folder = this.folders.get(id);
      if (folder === undefined) break;
      chain.unshift(folder);
      id = folder.parentId;
    }
    return chain;
  }

  collaborator(projectId: string, email: string): CollaboratorRecord | undefined {
    return this.collaborators.get(collaboratorKey(projectId, email));
  }

  setCollaborator(projectId: string, email: string, role: string): void {
    const existing = this.collaborator(projectId, email);
    if (existing !== undefined) existing.role = role;
    else this.collaborators.set(collaboratorKey(projectId, email), { projectId, email, role });
  }

  removeCollaborator(projectId: string, email: string): void {
    this.collaborators.delete(collaboratorKey(projectId, email));
  }

  allCollaborators(): CollaboratorRecord[] {
    return [...this.collaborators.values()].filter((c) => this.projects.get(c.projectId)?.deleted === false);
  }

  deleteSnapshot(id: string, soft: boolean): void {
    remove(this.snapshots, id, soft);
  }

  deleteFile(id: string, soft: boolean): void {
    for (const s of live(this.snapshots)) if (s.fileId === id) this.deleteSnapshot(s.id, soft);
    remove(this.files, id, soft);
  }

  /** Live files of a project (any folder). */
  filesOfProject(projectId: string): number {
    return live(this.files).filter((f) => f.projectId === projectId).length;
  }

  /** Live files in a folder or any folder below it. */
  filesOfFolder(folderId: string): number {
    const ids = new Set(this.subtree(folderId).map((f) => f.id));
    return live(this.files).filter((f) => f.folderId !== null && ids.has(f.folderId)).length;
  }

  deleteFolder(id: string, soft: boolean): void {
    const folders = this.subtree(id);
    const ids = new Set(folders.map((f) => f.id));
    for (const file of live(this.files))
      if (file.folderId !== null && ids.has(file.folderId)) this.deleteFile(file.id, soft);
    for (const folder of folders) remove(this.folders, folder.id, soft);
  }

  deleteProject(id: string, soft: boolean): void {
    for (const file of live(this.files)) if (file.projectId === id) this.deleteFile(file.id, soft);
    for (const folder of live(this.folders)) if (folder.projectId === id) remove(this.folders, folder.id, soft);
    for (const c of [...this.collaborators.values()]) if (c.projectId === id) this.removeCollaborator(id, c.email);
    remove(this.projects, id, soft);
  }

  counts(): ResourceCounts {
    return {
      projects: live(this.projects).length,
      folders: live(this.folders).length,
      files: live(this.files).length,
      milestones: live(this.snapshots).length,
      collaborators: this.allCollaborators().length,
    };
  }
}

/** Records of a table that are not deleted, in creation order. */
export function live<T extends { deleted: boolean }>(table: ReadonlyMap<string, T>): T[] {
  return [...table.values()].filter((r) => !r.deleted);
}

function remove<T extends { deleted: boolean }>(table: Map<string, T>, id: string, soft: boolean): void {
  const record = table.get(id);
  if (record === undefined) return;
  if (soft) record.deleted = true;
  else table.delete(id);
}

function collaboratorKey(projectId: string, email: string): string {
  return `${projectId}\n${email.toLowerCase()}`;
}
