/**
 * The hub-v2 simulator's in-memory data, in the Hub's own terms: organization → workspace →
 * project → folder → file, versions of files and workspace members. It knows nothing of any API
 * representation, so that a second view can be put on the same data later (the v1 API on Camunda
 * 8.10 shows a workspace as a v1 project, a project as a process application, a member as a
 * collaborator), and further resource groups add their own tables beside these.
 *
 * Soft deletion is an event: the item asked for is the *root* of the event, its live descendants
 * are marked with the same event (not roots); an item deleted earlier keeps its own event.
 * Restoring a root brings back exactly what its event took.
 */
import { randomUUID } from 'node:crypto';
import type { UserRef } from '../simulator/store.ts';
import type { CatalogAssetRecord, ClusterRecord, EnvironmentRecord, ProjectSnapshotRecord } from './records.ts';

export type { UserRef };

export interface Audit {
  created: number;
  createdBy: UserRef;
  updated: number;
  updatedBy: UserRef;
}

export interface DeletionMark {
  readonly event: number;
  /** When (ms since the epoch). */
  readonly at: number;
  readonly by: UserRef | null;
  /** The item was the target of the deletion (not taken along by an ancestor's). */
  readonly root: boolean;
}

interface Trashable extends Audit {
  readonly key: string;
  deletion: DeletionMark | null;
}

export interface WorkspaceRecord extends Trashable {
  name: string;
  description: string | null;
}

export interface ProjectRecord extends Trashable {
  name: string;
  workspaceKey: string;
  /** The workspace's migration-created catch-all project (cannot move to another workspace). */
  readonly catchAll: boolean;
}

export interface FolderRecord extends Trashable {
  name: string;
  projectKey: string;
  parentFolderKey: string | null;
}

export interface FileRecord extends Trashable {
  name: string;
  projectKey: string;
  folderKey: string | null;
  readonly type: string;
  content: string;
  revision: number;
}

export interface VersionRecord {
  readonly key: string;
  readonly fileKey: string;
  name: string;
  description: string | null;
  organizationPublic: boolean;
  readonly content: string;
  readonly created: number;
  readonly createdBy: UserRef | null;
  updated: number;
  updatedBy: UserRef | null;
}

export interface MemberRecord {
  readonly workspaceKey: string;
  readonly email: string;
  role: string;
}

export type TrashKind = 'workspace' | 'project' | 'folder' | 'file';

export type TrashRecord =
  | { readonly kind: 'workspace'; readonly record: WorkspaceRecord }
  | { readonly kind: 'project'; readonly record: ProjectRecord }
  | { readonly kind: 'folder'; readonly record: FolderRecord }
  | { readonly kind: 'file'; readonly record: FileRecord };

/** Live counts, a type alias (not an interface) so that it is assignable to JSON values. */
export type HubResourceCounts = {
  workspaces: number;
  projects: number;
  folders: number;
  files: number;
  versions: number;
  members: number;
  /** Soft-deleted workspaces, projects, folders and files. */
  softDeleted: number;
  projectSnapshots: number;
  clusters: number;
  catalogAssets: number;
};

export function isLive(record: { readonly deletion: DeletionMark | null }): boolean {
  return record.deletion === null;
}

export class HubStore {
  readonly workspaces = new Map<string, WorkspaceRecord>();
  readonly projects = new Map<string, ProjectRecord>();
  readonly folders = new Map<string, FolderRecord>();
  readonly files = new Map<string, FileRecord>();
  readonly versions = new Map<string, VersionRecord>();
  private readonly members = new Map<string, MemberRecord>();
  readonly snapshots = new Map<string, ProjectSnapshotRecord>();
  /** The organization's environments (the reference target has no Console: a fixed set, see resources/environments.ts). */
  readonly environments = new Map<string, EnvironmentRecord>();
  /** Workspace key → ids of the environments assigned to it. */
  readonly workspaceEnvironments = new Map<string, Set<string>>();
  /** Project key → ids of the environments selected for it (a subset of its workspace's). */
  readonly projectEnvironments = new Map<string, Set<string>>();
  readonly clusters = new Map<string, ClusterRecord>();
  /** Catalog assets by key. */
  readonly catalog = new Map<string, CatalogAssetRecord>();
  /** Keys created but not yet read (for the createdNotReadable knob). */
  readonly unread = new Set<string>();
  /** Names given through the v1 API that only v1 sees (knob crossApiStaleNames): key → name. */
  readonly v1Names = new Map<string, string>();
  /** Keys of the files created through the v1 API (knob crossApiHideV1Files). */
  readonly v1Made = new Set<string>();
  private lastTime = 0;
  private lastEvent = 0;
  private nextNumericKey = 1000;
  private readonly keyStyle: 'uuid' | 'numeric';

  constructor(keyStyle: 'uuid' | 'numeric') {
    this.keyStyle = keyStyle;
  }

  newKey(): string {
    return this.keyStyle === 'numeric' ? String(this.nextNumericKey++) : randomUUID();
  }

  /** Milliseconds since the epoch, strictly increasing so that creation order is sortable. */
  now(): number {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return this.lastTime;
  }

  /** Whether any live resource has this key. */
  knows(key: string): boolean {
    for (const table of [this.workspaces, this.projects, this.folders, this.files]) {
      const record = table.get(key);
      if (record !== undefined && isLive(record)) return true;
    }
    if (this.snapshots.has(key) || this.catalog.has(key)) return true;
    return this.versions.has(key) && this.versionVisible(key);
  }

  trashRecord(kind: TrashKind, key: string): TrashRecord | undefined {
    switch (kind) {
      case 'workspace': {
        const record = this.workspaces.get(key);
        return record === undefined ? undefined : { kind, record };
      }
      case 'project': {
        const record = this.projects.get(key);
        return record === undefined ? undefined : { kind, record };
      }
      case 'folder': {
        const record = this.folders.get(key);
        return record === undefined ? undefined : { kind, record };
      }
      case 'file': {
        const record = this.files.get(key);
        return record === undefined ? undefined : { kind, record };
      }
    }
  }

  // ── the tree ──

  projectsOf(workspaceKey: string): ProjectRecord[] {
    return [...this.projects.values()].filter((p) => p.workspaceKey === workspaceKey);
  }

  /** Folders directly in a project root (parent null) or a folder. */
  foldersIn(projectKey: string, parentFolderKey: string | null): FolderRecord[] {
    return [...this.folders.values()].filter(
      (f) => f.projectKey === projectKey && f.parentFolderKey === parentFolderKey,
    );
  }

  /** Files directly in a project root (folder null) or a folder. */
  filesIn(projectKey: string, folderKey: string | null): FileRecord[] {
    return [...this.files.values()].filter((f) => f.projectKey === projectKey && f.folderKey === folderKey);
  }

  /** The folder and every folder below it, whatever their state. */
  folderSubtree(folderKey: string): FolderRecord[] {
    const out: FolderRecord[] = [];
    const pending = [folderKey];
    const seen = new Set<string>();
    for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
      const folder = this.folders.get(key);
      if (folder === undefined || seen.has(key)) continue;
      seen.add(key);
      out.push(folder);
      for (const child of this.folders.values()) if (child.parentFolderKey === key) pending.push(child.key);
    }
    return out;
  }

  /** Folders from the project root down to (and including) this one, whatever their state. */
  folderChain(folderKey: string | null): FolderRecord[] {
    const chain: FolderRecord[] = [];
    const seen = new Set<string>();
    for (let key = folderKey; key !== null && !seen.has(key);) {
      seen.add(key);
      const folder = this.folders.get(key);
      if (folder === undefined) break;
      chain.unshift(folder);
      key = folder.parentFolderKey;
    }
    return chain;
  }

  /** Everything below an item (not the item itself), whatever its state. */
  descendants(kind: TrashKind, key: string): TrashRecord[] {
    switch (kind) {
      case 'workspace':
        return this.projectsOf(key).flatMap((p): TrashRecord[] => [
          { kind: 'project', record: p },
          ...this.descendants('project', p.key),
        ]);
      case 'project':
        return [
          ...[...this.folders.values()]
            .filter((f) => f.projectKey === key)
            .map((record): TrashRecord => ({ kind: 'folder', record })),
          ...[...this.files.values()]
            .filter((f) => f.projectKey === key)
            .map((record): TrashRecord => ({ kind: 'file', record })),
        ];
      case 'folder': {
        const folders = this.folderSubtree(key).filter((f) => f.key !== key);
        const inside = new Set([key, ...folders.map((f) => f.key)]);
        return [
          ...folders.map((record): TrashRecord => ({ kind: 'folder', record })),
          ...[...this.files.values()]
            .filter((f) => f.folderKey !== null && inside.has(f.folderKey))
            .map((record): TrashRecord => ({ kind: 'file', record })),
        ];
      }
      case 'file':
        return [];
    }
  }

  /** Live files anywhere below an item. */
  liveFilesBelow(kind: TrashKind, key: string): number {
    return this.descendants(kind, key).filter((d) => d.kind === 'file' && isLive(d.record)).length;
  }

  // ── soft deletion ──

  /** Marks the item as the root of a new deletion event (and, with `cascade`, its live descendants). */
  softDelete(kind: TrashKind, key: string, by: UserRef, cascade: boolean): void {
    const target = this.trashRecord(kind, key);
    if (target === undefined) return;
    const event = ++this.lastEvent;
    const at = this.now();
    target.record.deletion = { event, at, by, root: true };
    if (!cascade) return;
    for (const d of this.descendants(kind, key)) {
      if (isLive(d.record)) d.record.deletion = { event, at, by, root: false };
    }
  }

  /** Brings back the item and everything its deletion event took along (with `subtree` false: the item alone). */
  undelete(kind: TrashKind, key: string, subtree = true): void {
    const target = this.trashRecord(kind, key);
    const event = target?.record.deletion?.event;
    if (target === undefined || event === undefined) return;
    target.record.deletion = null;
    if (!subtree) return;
    for (const d of this.descendants(kind, key)) {
      if (d.record.deletion?.event === event) d.record.deletion = null;
    }
  }

  /** Removes the item, everything below it and what hangs on it (versions, members), for good. */
  removeForever(kind: TrashKind, key: string): void {
    for (const d of [...this.descendants(kind, key), this.trashRecord(kind, key)]) {
      if (d === undefined) continue;
      if (d.kind === 'file') this.removeFile(d.record.key);
      if (d.kind === 'folder') this.folders.delete(d.record.key);
      if (d.kind === 'project') {
        this.projects.delete(d.record.key);
        this.projectEnvironments.delete(d.record.key);
        for (const s of [...this.snapshots.values()]) if (s.projectKey === d.record.key) this.snapshots.delete(s.key);
      }
      if (d.kind === 'workspace') {
        this.workspaces.delete(d.record.key);
        this.workspaceEnvironments.delete(d.record.key);
        for (const m of this.membersOf(d.record.key)) this.removeMember(m.workspaceKey, m.email);
      }
    }
  }

  /** Removes a file and its versions; true when there was such a file or a version of it. */
  removeFile(fileKey: string): boolean {
    let found = this.files.delete(fileKey);
    for (const v of [...this.versions.values()]) {
      if (v.fileKey === fileKey) found = this.versions.delete(v.key) || found;
    }
    return found;
  }

  // ── versions ──

  /** A version is visible while its file is live. */
  versionVisible(versionKey: string): boolean {
    const version = this.versions.get(versionKey);
    const file = version === undefined ? undefined : this.files.get(version.fileKey);
    return file !== undefined && isLive(file);
  }

  versionsOf(fileKey: string): VersionRecord[] {
    return [...this.versions.values()].filter((v) => v.fileKey === fileKey);
  }

  /** Whether a project snapshot captured this version. */
  versionLinked(versionKey: string): boolean {
    for (const s of this.snapshots.values()) if (s.files.some((f) => f.versionKey === versionKey)) return true;
    return false;
  }

  /** Drops a file from every project snapshot (purge: the references across all snapshots go). */
  dropFromSnapshots(fileKey: string): void {
    for (const s of this.snapshots.values()) s.files = s.files.filter((f) => f.fileKey !== fileKey);
  }

  // ── project snapshots ──

  snapshotsOf(projectKey: string): ProjectSnapshotRecord[] {
    return [...this.snapshots.values()].filter((s) => s.projectKey === projectKey);
  }

  /** A snapshot is visible while its project is live. */
  snapshotVisible(snapshot: ProjectSnapshotRecord): boolean {
    const project = this.projects.get(snapshot.projectKey);
    return project !== undefined && isLive(project);
  }

  // ── members ──

  member(workspaceKey: string, email: string): MemberRecord | undefined {
    return this.members.get(memberId(workspaceKey, email));
  }

  setMember(workspaceKey: string, email: string, role: string): MemberRecord {
    const existing = this.member(workspaceKey, email);
    if (existing !== undefined) {
      existing.role = role;
      return existing;
    }
    const record: MemberRecord = { workspaceKey, email, role };
    this.members.set(memberId(workspaceKey, email), record);
    return record;
  }

  removeMember(workspaceKey: string, email: string): boolean {
    return this.members.delete(memberId(workspaceKey, email));
  }

  membersOf(workspaceKey: string): MemberRecord[] {
    return [...this.members.values()].filter((m) => m.workspaceKey === workspaceKey);
  }

  counts(): HubResourceCounts {
    const live = <T extends { deletion: DeletionMark | null }>(table: ReadonlyMap<string, T>): number =>
      [...table.values()].filter(isLive).length;
    const deleted = [this.workspaces, this.projects, this.folders, this.files].reduce(
      (n, table: ReadonlyMap<string, { deletion: DeletionMark | null }>) =>
        n + [...table.values()].filter((r) => !isLive(r)).length,
      0,
    );
    const liveWorkspaces = new Set([...this.workspaces.values()].filter(isLive).map((w) => w.key));
    return {
      workspaces: live(this.workspaces),
      projects: live(this.projects),
      folders: live(this.folders),
      files: live(this.files),
      versions: [...this.versions.keys()].filter((k) => this.versionVisible(k)).length,
      members: [...this.members.values()].filter((m) => liveWorkspaces.has(m.workspaceKey)).length,
      softDeleted: deleted,
      projectSnapshots: [...this.snapshots.values()].filter((s) => this.snapshotVisible(s)).length,
      clusters: this.clusters.size,
      catalogAssets: this.catalog.size,
    };
  }
}

/** Member emails compare without letter case. */
function memberId(workspaceKey: string, email: string): string {
  return `${workspaceKey}\n${email.toLowerCase()}`;
}
