/**
 * Sweep on the Hub API v2, where the root of what a test makes is a workspace. The same rule as
 * on v1 (sweep.ts): a run-tagged workspace older than the minimum age, not of a run in progress,
 * is deleted only when everything in it is the suite's — and deleted for good (deleted, then
 * deleted permanently: a soft-deleted leftover is still a leftover).
 *
 * Who the suite is: each of its clients that may create workspaces makes a run-tagged probe
 * workspace; its `createdBy` is read, the probe is deleted, its `deletedBy` read from the
 * recently-deleted search (the full client deletes), and the probe is deleted permanently.
 *
 * What is in a live workspace (facts: every result below carries `createdBy`, a `UserReference`):
 * the workspace itself; its projects (the workspace read's `content.projects`); their folders at
 * any depth and their files (the project and folder reads' `content`); each file's versions
 * (`createdBy` may be null for legacy ones: kept, as the creator is not named); each project's
 * snapshots where the document has the snapshot search; its members, judged by email (a member
 * has no creator): a member is the suite's when it is a collaborator the suite adds
 * (`WM_COLLABORATOR_EMAIL`) or one of the suite's own identities; and what was deleted inside it
 * and still lies in the trash (projects, folders, files: the recently-deleted searches by
 * workspace and by project), judged by `deletedBy` — someone else deleting there worked there.
 *
 * A soft-deleted run-tagged workspace (the recently-deleted search) cannot be looked into: the
 * Hub lists nothing of what was deleted with it. It is deleted permanently when the suite deleted
 * it (`deletedBy` is the suite's full client: the suite deletes only workspaces it made, and its
 * clean-up deletes them permanently right after — sweep finishes what a killed run began), and
 * kept with the reason otherwise.
 *
 * Organization-wide leftovers (only where organization changes are allowed,
 * `WM_ALLOW_ORGANIZATION_CHANGES=true`: the suite makes them only there): a cluster registration
 * whose id carries the run tag (the suite registers `wmct-…` ids, never the caller's address) and
 * whose name carries one too, and a catalog asset whose resource id carries the run tag and that
 * no project uses, old enough and not of a run in progress, are removed (sweepOrganization).
 * Neither names who made it: the tag is all there is to go by; a registration renamed to an
 * untagged name, or an asset in use, is kept and listed with why.
 *
 * Hand-written: this is the suite's own rule of what it may delete; no library knows it.
 */
import type { ApiClient } from '../api/client.ts';
import type { ClientRole } from '../core/domain.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.ts';
import { findOperation, type PlannedOperation } from '../plan/classify.ts';
import { isSuccess, pathParams } from '../api/operations.ts';
import { creatorKey, creatorOf, listOf, probeEachClient, readForSweep, showCreator, type Creator } from './creators.ts';
import { deleteWorkspaceTree, type TaggedProject } from './cleanup.ts';

/** The suite's identities on a Hub: who its clients are as creators, and as the deleter. */
export interface HubIdentity {
  /** The creators that are the suite's clients, by creatorKey. */
  readonly creators: ReadonlyMap<string, Creator>;
  /** Who deletes for the suite (the full client's `deletedBy`; its `createdBy` when the trash does not say). */
  readonly deleters: ReadonlyMap<string, Creator>;
  readonly notes: readonly string[];
  /** Probe workspaces that could not be deleted for good ("name (status)"). */
  readonly leftovers: readonly string[];
}

/** One thing in a workspace, the suite's or not, and how it reads in a reason. */
interface Seen {
  /** e.g. `project "Orders"`, `member bob@example.com (editor)`. */
  readonly what: string;
  /** Null when it is the suite's; else why not, e.g. `created by Alice <alice@…>`. */
  readonly foreign: string | null;
}

const PAGE = 50;
/** At most this many of a workspace's foreign items are named in its reason. */
const NAMED_ITEMS = 3;

function keyOf(value: JsonValue | undefined, field: string): string | undefined {
  return isJsonObject(value) && typeof value[field] === 'string' ? value[field] : undefined;
}

function nameOf(value: JsonValue, fallback: string): string {
  return isJsonObject(value) && typeof value.name === 'string' ? value.name : fallback;
}

function byWhom(who: Creator | null, verb: 'created' | 'deleted'): string {
  return who === null
    ? `whose ${verb === 'created' ? 'creator' : 'deleter'} the target does not name`
    : `${verb} by ${showCreator(who)}`;
}

/** `foreign` of an item made (or deleted) by `who`: null when `who` is one of `ours`. */
function judged(who: Creator | null, ours: ReadonlyMap<string, Creator>, verb: 'created' | 'deleted'): string | null {
  return who !== null && ours.has(creatorKey(who)) ? null : byWhom(who, verb);
}

/** Every item of a v2 search (pages of `{from, limit}`), or the status that stopped it. */
async function searchAll(
  api: ApiClient,
  search: PlannedOperation,
  filter: JsonObject | null,
): Promise<JsonValue[] | number> {
  const found: JsonValue[] = [];
  for (let from = 0; from < 100_000; from += PAGE) {
    const body: JsonObject = { ...(filter === null ? {} : { filter }), page: { from, limit: PAGE } };
    const res = await api.call(search.op, { body, expect: 'success', case: 'sweep (inspection)' });
    if (res.status !== 200 || !isJsonObject(res.body) || !Array.isArray(res.body.items)) return res.status;
    found.push(...res.body.items);
    if (res.body.items.length < PAGE) break;
  }
  return found;
}

/** The run-tagged soft-deleted workspaces' search, when the document has one. */
export async function deletedWorkspaces(
  api: ApiClient,
  plan: readonly PlannedOperation[],
): Promise<(TaggedProject & { readonly deletedBy: Creator | null })[]> {
  const search = findOperation(plan, 'workspace', 'search-deleted');
  if (search === undefined) return [];
  const found = await searchAll(api, search, null);
  if (typeof found === 'number')
    throw new Error(`${search.op.key} answered ${found} while listing deleted workspaces to sweep`);
  return found.flatMap((item) => {
    const id = keyOf(item, 'workspaceKey');
    const name = keyOf(item, 'name');
    if (!isJsonObject(item) || id === undefined || name === undefined) return [];
    return [{ id, name, deletedBy: creatorOf(item.deletedBy) }];
  });
}

/** The full client's `deletedBy`, read from the trash right after it deleted the probe. */
async function probeDeleter(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  workspaceKey: string,
): Promise<Creator | null> {
  const soft = findOperation(plan, 'workspace', 'delete');
  const search = findOperation(plan, 'workspace', 'search-deleted');
  const [param] = soft === undefined ? [] : pathParams(soft);
  if (soft === undefined || search === undefined || param === undefined) return null;
  const gone = await api.call(soft.op, {
    path: { [param]: workspaceKey },
    expect: 'any',
    case: 'sweep (identity probe)',
  });
  if (!isSuccess(gone.status)) return null;
  const found = await api.call(search.op, {
    body: { filter: { workspaceKey }, page: { from: 0, limit: PAGE } },
    expect: 'success',
    case: 'sweep (identity probe)',
  });
  const item = listOf(found.body, 'items').find((w) => keyOf(w, 'workspaceKey') === workspaceKey);
  return isJsonObject(item) ? creatorOf(item.deletedBy) : null;
}

/**
 * Learns which `createdBy` (and `deletedBy`) values are the suite's: one probe workspace per
 * client (`probeName(role)`, run-tagged), deleted for good again by the full client.
 */
export async function learnHubIdentity(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  probeName: (role: ClientRole) => string,
): Promise<HubIdentity> {
  const create = findOperation(plan, 'workspace', 'create');
  const creators = new Map<string, Creator>();
  const deleters = new Map<string, Creator>();
  if (create === undefined || findOperation(plan, 'workspace', 'delete-permanently') === undefined) {
    const note =
      'the document has no operations to create and permanently delete a workspace, so the suite cannot learn who it is on this target';
    return { creators, deleters, notes: [note], leftovers: [] };
  }
  const { notes, leftovers } = await probeEachClient(
    api,
    {
      thing: 'workspace',
      create,
      keyOf: (body) => keyOf(body, 'workspaceKey'),
      learn: async (role, body, key, said) => {
        const creator = isJsonObject(body) ? creatorOf(body.createdBy) : null;
        if (creator === null) said.push(`the target named no creator of the ${role} client's probe workspace`);
        else creators.set(creatorKey(creator), creator);
        if (role !== 'full') return;
        const deleter = await probeDeleter(api, plan, key);
        if (deleter !== null) deleters.set(creatorKey(deleter), deleter);
        else if (creator !== null) {
          deleters.set(creatorKey(creator), creator);
          said.push("the trash named no deleter of the full client's probe workspace: taken to be its creator");
        }
      },
      remove: (key) => deleteWorkspaceTree(api, plan, key, 'sweep (identity probe)'),
    },
    probeName,
  );
  return { creators, deleters, notes, leftovers };
}

export type HubInspection = { readonly items: readonly Seen[] } | { readonly unreadable: string };

/** Everything in a live workspace with who made (or deleted) it, or why it cannot all be seen. */
export async function inspectWorkspace(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  workspaceKey: string,
  identity: HubIdentity,
  suiteMembers: readonly string[],
): Promise<HubInspection> {
  const items: Seen[] = [];
  const made = (what: string, value: JsonValue): void => {
    items.push({
      what,
      foreign: judged(isJsonObject(value) ? creatorOf(value.createdBy) : null, identity.creators, 'created'),
    });
  };
  const trashed = (what: string, value: JsonValue): void => {
    items.push({
      what,
      foreign: judged(isJsonObject(value) ? creatorOf(value.deletedBy) : null, identity.deleters, 'deleted'),
    });
  };
  const workspace = await readForSweep(api, plan, 'workspace', workspaceKey);
  if (typeof workspace === 'string') return { unreadable: workspace };
  made(
    'the workspace itself',
    isJsonObject(workspace) && isJsonObject(workspace.workspace) ? workspace.workspace : workspace,
  );
  const projects = listOf(isJsonObject(workspace) ? workspace.content : undefined, 'projects');
  const fileKeys: string[] = [];
  const projectKeys: string[] = [];
  const seenFolders = new Set<string>();
  for (const project of projects) {
    const projectKey = keyOf(project, 'projectKey');
    if (projectKey === undefined) return { unreadable: 'a project of it names no projectKey' };
    projectKeys.push(projectKey);
    made(`project "${nameOf(project, projectKey)}"`, project);
    const inside = await readForSweep(api, plan, 'project', projectKey);
    if (typeof inside === 'string') return { unreadable: inside };
    const content = isJsonObject(inside) ? inside.content : undefined;
    const folders = listOf(content, 'folders');
    const files = listOf(content, 'files');
    while (folders.length > 0) {
      const folder = folders.shift();
      const folderKey = keyOf(folder, 'folderKey');
      if (folder === undefined || folderKey === undefined || seenFolders.has(folderKey)) continue;
      seenFolders.add(folderKey);
      made(`folder "${nameOf(folder, folderKey)}"`, folder);
      const below = await readForSweep(api, plan, 'folder', folderKey);
      if (typeof below === 'string') return { unreadable: `its folders cannot be looked into: ${below}` };
      const belowContent = isJsonObject(below) ? below.content : undefined;
      folders.push(...listOf(belowContent, 'folders'));
      files.push(...listOf(belowContent, 'files'));
    }
    for (const file of files) {
      const fileKey = keyOf(file, 'fileKey');
      if (fileKey === undefined || fileKeys.includes(fileKey)) continue;
      fileKeys.push(fileKey);
      made(`file "${nameOf(file, fileKey)}"`, file);
    }
  }
  const versionSearch = findOperation(plan, 'version', 'search');
  for (const fileKey of versionSearch === undefined ? [] : fileKeys) {
    if (versionSearch === undefined) break;
    const versions = await searchAll(api, versionSearch, { fileKey });
    if (typeof versions === 'number')
      return { unreadable: `searching the versions of file ${fileKey} answered ${versions}` };
    for (const version of versions) made(`version "${nameOf(version, keyOf(version, 'versionKey') ?? '?')}"`, version);
  }
  const snapshots = operationAt(plan, 'post', /\/project-snapshots\/search$/);
  for (const projectKey of snapshots === undefined ? [] : projectKeys) {
    if (snapshots === undefined) break;
    const found = await searchAll(api, snapshots, { projectKey });
    if (typeof found === 'number')
      return { unreadable: `searching the snapshots of project ${projectKey} answered ${found}` };
    for (const snapshot of found) made(`project snapshot "${nameOf(snapshot, '?')}"`, snapshot);
  }
  const memberSearch = findOperation(plan, 'member', 'search');
  if (memberSearch !== undefined) {
    const members = await searchAll(api, memberSearch, { workspaceKey });
    if (typeof members === 'number') return { unreadable: `searching its members answered ${members}` };
    const ours = new Set(
      [...suiteMembers, ...[...identity.creators.values()].flatMap((c) => (c.email === null ? [] : [c.email]))].map(
        (email) => email.toLowerCase(),
      ),
    );
    for (const member of members) {
      const email = keyOf(member, 'email') ?? '?';
      const role = keyOf(member, 'role');
      items.push({
        what: `member ${email}${role === undefined ? '' : ` (${role})`}`,
        foreign: ours.has(email.toLowerCase()) ? null : 'not a collaborator the suite adds',
      });
    }
  }
  const trash: [kind: 'project' | 'folder' | 'file', filters: JsonObject[]][] = [
    ['project', [{ workspaceKey }]],
    ['folder', projectKeys.map((projectKey) => ({ projectKey }))],
    ['file', projectKeys.map((projectKey) => ({ projectKey }))],
  ];
  for (const [kind, filters] of trash) {
    const search = findOperation(plan, kind, 'search-deleted');
    if (search === undefined) continue;
    for (const filter of filters) {
      const found = await searchAll(api, search, filter);
      if (typeof found === 'number') return { unreadable: `searching its deleted ${kind}s answered ${found}` };
      for (const item of found) trashed(`deleted ${kind} "${nameOf(item, '?')}"`, item);
    }
  }
  return { items };
}

/** Why a workspace is not wholly the suite's, or null when it is. */
export function hubForeignReason(items: readonly Seen[]): string | null {
  const foreign = items.filter((item) => item.foreign !== null);
  if (foreign.length === 0) return null;
  const named = foreign.slice(0, NAMED_ITEMS).map((item) => `${item.what} ${item.foreign ?? ''}`);
  const more = foreign.length > NAMED_ITEMS ? ` and ${foreign.length - NAMED_ITEMS} more` : '';
  return `not the suite's: ${named.join('; ')}${more}`;
}

// ── organization-wide leftovers: cluster registrations and catalog assets ──

/** How sweep sees a name: 'old' (may go), 'young', 'live' (a run in progress here), or null (no run tag, or the current run's). */
export type TagAge = 'old' | 'young' | 'live' | null;

export interface OrganizationSweep {
  /** Run-tagged cluster registrations and catalog assets found (not of the current run). */
  readonly tagged: number;
  readonly tooYoung: number;
  readonly inProgress: number;
  /** Deleted (or, in a dry run, that would be), as shown: `cluster registration "wmct-…"`. */
  readonly swept: readonly string[];
  readonly kept: readonly { readonly name: string; readonly reason: string }[];
  readonly failed: readonly string[];
}

/** The document's operation of this method whose path ends so, if it has one. */
function operationAt(plan: readonly PlannedOperation[], method: string, path: RegExp): PlannedOperation | undefined {
  return plan.find((p) => p.op.method === method && path.test(p.op.path));
}

/** Whether the document has the operations of organization-wide things the suite makes (cluster registrations, catalog assets). */
export function hasOrganizationOperations(plan: readonly PlannedOperation[]): boolean {
  return (
    operationAt(plan, 'post', /\/clusters$/) !== undefined ||
    operationAt(plan, 'put', /\/catalog\/assets\/ingestion$/) !== undefined
  );
}

interface Candidate {
  /** As shown in sweep's output. */
  readonly shown: string;
  /** The run-tagged id that dates it. */
  readonly tagged: string;
  /** Why it is kept although tagged, or null. */
  readonly keep: string | null;
  /** Removes it: the status. */
  readonly remove: () => Promise<number>;
}

function numberAt(value: JsonValue | undefined, ...path: readonly string[]): number {
  let current = value;
  for (const key of path) current = isJsonObject(current) ? current[key] : undefined;
  return typeof current === 'number' ? current : 0;
}

/** The run-tagged cluster registrations, or the status that stopped their listing. */
async function clusterCandidates(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  ageOf: (name: string) => TagAge,
): Promise<Candidate[] | string> {
  const list = operationAt(plan, 'get', /\/clusters$/);
  const del = operationAt(plan, 'delete', /\/clusters\/\{[^}]+\}$/);
  const [param] = del === undefined ? [] : pathParams(del);
  if (list === undefined || del === undefined || param === undefined) return [];
  const res = await api.call(list.op, { expect: 'success', case: 'sweep (organization)' });
  if (res.status !== 200) return `${list.op.key} answered ${res.status} while listing cluster registrations to sweep`;
  return listOf(res.body, 'items').flatMap((item): Candidate[] => {
    const id = keyOf(item, 'uuid');
    if (id === undefined || ageOf(id) === null) return [];
    const name = keyOf(item, 'name') ?? '';
    return [
      {
        shown: `cluster registration "${id}"`,
        tagged: id,
        keep:
          ageOf(name) === null ? `its name "${name}" carries no run tag: someone registered the id again since` : null,
        remove: async () =>
          (await api.call(del.op, { path: { [param]: id }, expect: 'any', case: 'sweep (organization)' })).status,
      },
    ];
  });
}

/** The run-tagged catalog assets, or the status that stopped their search. */
async function assetCandidates(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  ageOf: (name: string) => TagAge,
): Promise<Candidate[] | string> {
  const search = operationAt(plan, 'post', /\/catalog\/assets\/search$/);
  const del = operationAt(plan, 'delete', /\/catalog\/assets\/\{[^}]+\}$/);
  const [param] = del === undefined ? [] : pathParams(del);
  if (search === undefined || del === undefined || param === undefined) return [];
  const found = await searchAll(api, search, null);
  if (typeof found === 'number') return `${search.op.key} answered ${found} while listing catalog assets to sweep`;
  return found.flatMap((item): Candidate[] => {
    const resourceId = keyOf(item, 'resourceId');
    const assetKey = keyOf(item, 'assetKey');
    if (resourceId === undefined || assetKey === undefined || ageOf(resourceId) === null) return [];
    const projects = numberAt(item, 'usage', 'projectCount');
    return [
      {
        shown: `catalog asset "${resourceId}"`,
        tagged: resourceId,
        keep: projects > 0 ? `${projects} project(s) use it` : null,
        remove: async () =>
          (await api.call(del.op, { path: { [param]: assetKey }, expect: 'any', case: 'sweep (organization)' })).status,
      },
    ];
  });
}

/**
 * Removes the run-tagged cluster registrations and catalog assets old enough and not of a run in
 * progress (the caller allows organization-wide changes); `ageOf` is sweep's judgement of a name.
 */
export async function sweepOrganization(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  ageOf: (name: string) => TagAge,
  dryRun: boolean,
): Promise<OrganizationSweep> {
  const swept: string[] = [];
  const kept: { name: string; reason: string }[] = [];
  const failed: string[] = [];
  let tagged = 0;
  let tooYoung = 0;
  let inProgress = 0;
  for (const found of [await clusterCandidates(api, plan, ageOf), await assetCandidates(api, plan, ageOf)]) {
    if (typeof found === 'string') {
      failed.push(found);
      continue;
    }
    for (const candidate of found) {
      tagged += 1;
      const age = ageOf(candidate.tagged);
      if (age === 'live') inProgress += 1;
      else if (age === 'young') tooYoung += 1;
      else if (candidate.keep !== null) kept.push({ name: candidate.shown, reason: candidate.keep });
      else if (dryRun) swept.push(candidate.shown);
      else {
        const status = await candidate.remove();
        if (isSuccess(status) || status === 404) swept.push(candidate.shown);
        else failed.push(`${candidate.shown} (${status})`);
      }
    }
  }
  return { tagged, tooYoung, inProgress, swept, kept, failed };
}
