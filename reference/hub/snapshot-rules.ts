/**
 * The rules of project snapshots (facts §2.1 "Project snapshots", from the operations' published
 * descriptions): capture (one file version per live file, with its name and place at that
 * moment, ordered by file name), whether a project changed since its latest snapshot,
 * restoration (the current state kept first as a system-authored snapshot unless nothing
 * changed; contents, names and places reset; files added since removed, files deleted since
 * recreated), duplication into another workspace (copy suffix on a name clash), and the
 * external-resource report.
 * *Assumed* where the descriptions are silent: the captured file versions are versions of the
 * files (readable through /versions, `linkedToProcessApplication: true`) named after the
 * snapshot; `contentHash` is the SHA-256 of the content (hex); the automatic snapshot is named
 * `Before restoring "<name>"` and attributed to the system user below; files added since are
 * soft-deleted (recoverable); a file or folder deleted since comes back under its key; the copy
 * suffix is " (copy)", then " (copy 2)", …; the external-resource report reads the BPMN files'
 * Zeebe extension elements (formDefinition formId, calledElement processId, calledDecision
 * decisionId, linkedResource of type RPA) against the forms', processes', decisions' and RPA
 * scripts' ids inside the snapshot. XML is read with @xmldom/xmldom.
 */
import { createHash } from 'node:crypto';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { isJsonObject } from '../../src/core/json.ts';
import { parseJson } from '../simulator/json.ts';
import type { ProjectSnapshotRecord, SnapshotFileEntry } from './records.ts';
import { isLive, type FileRecord, type FolderRecord, type HubStore, type UserRef } from './store.ts';
import type { HubContext } from './types.ts';

/** Who the automatic snapshot before a restoration is attributed to (*assumed* name and email). */
export const SYSTEM_USER: UserRef = { name: 'Camunda system user', email: 'system@camunda.invalid' };

export const MAX_PROJECT_NAME = 255;

export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

function sanitize(segment: string): string {
  return segment.replace(/\//g, '_');
}

/** Captures every live file of the project as a new version of it, with its name and place. */
export function captureFiles(
  ctx: HubContext,
  projectKey: string,
  name: string,
  description: string | null,
  by: UserRef,
): SnapshotFileEntry[] {
  const { store, hub } = ctx.env;
  const files = [...store.files.values()].filter((f) => f.projectKey === projectKey && isLive(f));
  const entries = files.map((file): SnapshotFileEntry => {
    const now = store.now();
    const versionKey = store.newKey();
    store.versions.set(versionKey, {
      key: versionKey,
      fileKey: file.key,
      name,
      description,
      organizationPublic: false,
      content: file.content,
      created: now,
      createdBy: by,
      updated: now,
      updatedBy: by,
    });
    const chain = store.folderChain(file.folderKey);
    return {
      versionKey,
      fileKey: file.key,
      fileName: file.name,
      fileType: file.type,
      folderPath: chain.length === 0 ? null : chain.map((f) => sanitize(f.name)).join('/'),
      folderIdPath: chain.length === 0 ? null : chain.map((f) => f.key).join('/'),
      content: file.content,
      contentHash: contentHash(file.content),
      name,
      description,
      organizationPublic: false,
      created: now,
      createdBy: by,
    };
  });
  return hub.snapshotFilesByName ? sortByName(entries) : entries;
}

export function sortByName(entries: readonly SnapshotFileEntry[]): SnapshotFileEntry[] {
  return [...entries].sort((a, b) =>
    a.fileName < b.fileName
      ? -1
      : a.fileName > b.fileName
        ? 1
        : a.fileKey < b.fileKey
          ? -1
          : a.fileKey > b.fileKey
            ? 1
            : 0,
  );
}

/** What a project holds, in the terms a snapshot records: file, name, place, content. */
function signature(
  entries: readonly { fileKey: string; fileName: string; folderIdPath: string | null; contentHash: string }[],
): string {
  return entries
    .map((e) => `${e.fileKey}\n${e.fileName}\n${e.folderIdPath ?? ''}\n${e.contentHash}`)
    .sort()
    .join('\n\n');
}

function currentSignature(store: HubStore, projectKey: string): string {
  const files = [...store.files.values()].filter((f) => f.projectKey === projectKey && isLive(f));
  return signature(
    files.map((f) => {
      const chain = store.folderChain(f.folderKey);
      return {
        fileKey: f.key,
        fileName: f.name,
        folderIdPath: chain.length === 0 ? null : chain.map((d) => d.key).join('/'),
        contentHash: contentHash(f.content),
      };
    }),
  );
}

export function latestSnapshot(store: HubStore, projectKey: string): ProjectSnapshotRecord | undefined {
  return store
    .snapshotsOf(projectKey)
    .reduce<ProjectSnapshotRecord | undefined>(
      (latest, s) => (latest === undefined || s.created > latest.created ? s : latest),
      undefined,
    );
}

/** Whether the project differs from its most recent snapshot (a project without one has changed). */
export function changedSinceLatest(store: HubStore, projectKey: string): boolean {
  const latest = latestSnapshot(store, projectKey);
  return latest === undefined || signature(latest.files) !== currentSignature(store, projectKey);
}

export function newSnapshot(
  ctx: HubContext,
  projectKey: string,
  name: string,
  description: string | null,
  by: UserRef,
): ProjectSnapshotRecord {
  const { store } = ctx.env;
  const files = captureFiles(ctx, projectKey, name, description, by);
  const now = store.now();
  const record: ProjectSnapshotRecord = {
    key: store.newKey(),
    projectKey,
    name,
    description,
    created: now,
    createdBy: by,
    updated: now,
    updatedBy: by,
    files,
    reviewRequest: null,
    reviews: [],
  };
  store.snapshots.set(record.key, record);
  return record;
}

/** Makes the folder chain of an entry live again in the project (recreating gone folders under their keys); the innermost folder's key. */
function placeFolders(ctx: HubContext, projectKey: string, entry: SnapshotFileEntry): string | null {
  if (entry.folderIdPath === null) return null;
  const { store } = ctx.env;
  const keys = entry.folderIdPath.split('/');
  const names = (entry.folderPath ?? '').split('/');
  let parent: string | null = null;
  keys.forEach((key, i) => {
    const existing = store.folders.get(key);
    if (existing === undefined) {
      const now = store.now();
      const record: FolderRecord = {
        key,
        name: names[i] ?? key,
        projectKey,
        parentFolderKey: parent,
        deletion: null,
        created: now,
        createdBy: ctx.principal.user,
        updated: now,
        updatedBy: ctx.principal.user,
      };
      store.folders.set(key, record);
    } else {
      existing.deletion = null;
      existing.projectKey = projectKey;
      existing.parentFolderKey = parent;
    }
    parent = key;
  });
  return parent;
}

/** Sets the project's files back to the snapshot's. */
export function restoreSnapshot(ctx: HubContext, snapshot: ProjectSnapshotRecord): void {
  const { store, hub } = ctx.env;
  if (hub.restorePreservesCurrentState && changedSinceLatest(store, snapshot.projectKey)) {
    newSnapshot(ctx, snapshot.projectKey, `Before restoring "${snapshot.name}"`, null, SYSTEM_USER);
  }
  const kept = new Set(snapshot.files.map((e) => e.fileKey));
  if (hub.restoreRemovesAddedFiles) {
    for (const file of [...store.files.values()]) {
      if (file.projectKey === snapshot.projectKey && isLive(file) && !kept.has(file.key))
        store.softDelete('file', file.key, ctx.principal.user, false);
    }
  }
  for (const entry of snapshot.files) {
    const folderKey = placeFolders(ctx, snapshot.projectKey, entry);
    const existing = store.files.get(entry.fileKey);
    const now = store.now();
    if (existing === undefined) {
      const record: FileRecord = {
        key: entry.fileKey,
        name: entry.fileName,
        projectKey: snapshot.projectKey,
        folderKey,
        type: entry.fileType,
        content: entry.content,
        revision: 1,
        deletion: null,
        created: now,
        createdBy: ctx.principal.user,
        updated: now,
        updatedBy: ctx.principal.user,
      };
      store.files.set(record.key, record);
      continue;
    }
    const changed =
      !isLive(existing) ||
      existing.content !== entry.content ||
      existing.name !== entry.fileName ||
      existing.folderKey !== folderKey ||
      existing.projectKey !== snapshot.projectKey;
    if (!changed) continue;
    Object.assign(existing, {
      name: entry.fileName,
      content: entry.content,
      folderKey,
      projectKey: snapshot.projectKey,
      deletion: null,
      revision: existing.revision + 1,
      updated: now,
      updatedBy: ctx.principal.user,
    });
  }
}

/** The name a duplicate gets in the target workspace: the project's name, with the copy suffix while it is taken. */
export function duplicateName(ctx: HubContext, base: string, workspaceKey: string): string {
  const { store, hub } = ctx.env;
  const taken = new Set(
    [...store.projects.values()].filter((p) => p.workspaceKey === workspaceKey && isLive(p)).map((p) => p.name),
  );
  if (!taken.has(base) || !hub.duplicateCopySuffix) return base;
  // Every name in the workspace can block at most one candidate: taken.size + 1 candidates suffice.
  for (let n = 1; n <= taken.size + 1; n += 1) {
    const suffix = n === 1 ? hub.copySuffix : numbered(hub.copySuffix, n);
    const candidate = `${base.slice(0, Math.max(0, MAX_PROJECT_NAME - suffix.length))}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
  return base;
}

/** The n-th copy suffix: " (copy)" → " (copy 2)"; one without a closing parenthesis gets " 2" appended. */
function numbered(suffix: string, n: number): string {
  return suffix.endsWith(')') ? `${suffix.slice(0, -1)} ${n})` : `${suffix} ${n}`;
}

/** Copies the snapshot's files into a new project (new keys), with one snapshot carrying the source's name and description. */
export function duplicateInto(ctx: HubContext, snapshot: ProjectSnapshotRecord, projectKey: string): void {
  const { store } = ctx.env;
  const folderKeys = new Map<string, string>();
  for (const entry of snapshot.files) {
    const keys = entry.folderIdPath?.split('/') ?? [];
    const names = entry.folderPath?.split('/') ?? [];
    let parent: string | null = null;
    keys.forEach((oldKey, i) => {
      let key = folderKeys.get(oldKey);
      if (key === undefined) {
        key = store.newKey();
        const now = store.now();
        store.folders.set(key, {
          key,
          name: names[i] ?? 'folder',
          projectKey,
          parentFolderKey: parent,
          deletion: null,
          created: now,
          createdBy: ctx.principal.user,
          updated: now,
          updatedBy: ctx.principal.user,
        });
        folderKeys.set(oldKey, key);
      }
      parent = key;
    });
    const now = store.now();
    const key = store.newKey();
    store.files.set(key, {
      key,
      name: entry.fileName,
      projectKey,
      folderKey: parent,
      type: entry.fileType,
      content: entry.content,
      revision: 1,
      deletion: null,
      created: now,
      createdBy: ctx.principal.user,
      updated: now,
      updatedBy: ctx.principal.user,
    });
  }
  newSnapshot(ctx, projectKey, snapshot.name, snapshot.description, ctx.principal.user);
}

// ── the external-resource report ──

export interface ExternalReferences {
  readonly hasRefToExternalForms: boolean;
  readonly hasRefToExternalCallActivities: boolean;
  readonly hasRefToExternalBusinessRuleTasks: boolean;
  readonly hasRefToExternalRpaResources: boolean;
}

function elements(xml: string, localName: string): Element[] {
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
    return Array.from(doc.getElementsByTagNameNS('*', localName));
  } catch {
    return [];
  }
}

function attributes(
  xml: string,
  localName: string,
  attribute: string,
  filter: (e: Element) => boolean = () => true,
): string[] {
  return elements(xml, localName)
    .filter(filter)
    .map((e) => e.getAttribute(attribute) ?? '')
    .filter((v) => v !== '');
}

function jsonId(content: string): string | null {
  try {
    const parsed = parseJson(content);
    return isJsonObject(parsed) && typeof parsed.id === 'string' ? parsed.id : null;
  } catch {
    return null;
  }
}

export function externalReferences(snapshot: ProjectSnapshotRecord): ExternalReferences {
  const of = (type: string): SnapshotFileEntry[] => snapshot.files.filter((e) => e.fileType === type);
  const bpmn = of('bpmn').map((e) => e.content);
  const forms = new Set(of('form').map((e) => jsonId(e.content)));
  const rpa = new Set(of('rpa').map((e) => jsonId(e.content)));
  const processes = new Set(bpmn.flatMap((x) => attributes(x, 'process', 'id')));
  const decisions = new Set(of('dmn').flatMap((e) => attributes(e.content, 'decision', 'id')));
  const outside = (wanted: readonly string[], inside: ReadonlySet<string | null>): boolean =>
    wanted.some((id) => !inside.has(id));
  return {
    hasRefToExternalForms: outside(
      bpmn.flatMap((x) => attributes(x, 'formDefinition', 'formId')),
      forms,
    ),
    hasRefToExternalCallActivities: outside(
      bpmn.flatMap((x) => attributes(x, 'calledElement', 'processId')),
      processes,
    ),
    hasRefToExternalBusinessRuleTasks: outside(
      bpmn.flatMap((x) => attributes(x, 'calledDecision', 'decisionId')),
      decisions,
    ),
    hasRefToExternalRpaResources: outside(
      bpmn.flatMap((x) =>
        attributes(
          x,
          'linkedResource',
          'resourceId',
          (e) => (e.getAttribute('resourceType') ?? '').toUpperCase() === 'RPA',
        ),
      ),
      rpa,
    ),
  };
}
