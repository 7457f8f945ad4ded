/**
 * Sweep: deletes what runs killed without a chance to clean up (SIGKILL, a lost CI machine)
 * left behind — and nothing else. A project is swept only when
 *   - its name carries the run tag (`wmct-<yyyymmddThhmmss>-<6 chars>-…`) and that tag is older
 *     than the minimum age, and its run is not in progress on this machine (a live run folder,
 *     run-folders.ts), so runs still going (other shards, other pipelines) are never touched; and
 *   - everything in it was created by the suite's own clients: the project, its folders, files
 *     and milestones/versions, by their `createdBy` (creators.ts learns the suite's identity from
 *     probe projects). A run-tagged project that anyone else made or added to — a person naming a
 *     project like the suite's, a file a person put into a project the suite made — is kept and
 *     listed with the reason, and so is one whose contents cannot all be read.
 * The files it inspected are deleted one by one, then the project (Web Modeler deletes only empty
 * projects; the folders go with it); a file someone adds meanwhile makes the project's deletion
 * fail, which is reported, never forced.
 *
 * Hub API v2 (a test's root is a workspace): the run-tagged workspaces, live and soft-deleted, are
 * judged the same way — everything in a live one, its members included, must be the suite's; a
 * soft-deleted one must have been deleted by the suite — and deleted for good (sweep-hub.ts); where
 * organization changes are allowed, its run-tagged cluster registrations and catalog assets too.
 */
import type { ApiClient } from '../api/client.ts';
import { findOperation, type PlannedOperation } from '../plan/classify.ts';
import { newRunId } from '../run/context.ts';
import { isSuccess, pathParams } from '../api/operations.ts';
import {
  creatorKey,
  inspectProject,
  learnSuiteIdentity,
  showCreator,
  type Made,
  type SuiteIdentity,
} from './creators.ts';
import { liveRunIds } from './run-folders.ts';
import { allProjects, deleteWorkspaceTree, rootKindOf, type TaggedProject } from './cleanup.ts';
import {
  deletedWorkspaces,
  hasOrganizationOperations,
  hubForeignReason,
  inspectWorkspace,
  learnHubIdentity,
  sweepOrganization,
  type HubIdentity,
  type OrganizationSweep,
  type TagAge,
} from './sweep-hub.ts';

const RUN_TAG = /^wmct-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})-([a-z0-9]{6})-/;

/** When the run that made a resource of this name started (epoch ms), or null when the name carries no run tag. */
export function runTagTime(name: string): number | null {
  const m = RUN_TAG.exec(name);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s] = m;
  const time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isNaN(time) ? null : time;
}

/** The run id in a run-tagged name ("20261128T041512-abc123"), or null. */
export function runIdOf(name: string): string | null {
  const m = RUN_TAG.exec(name);
  return m === null
    ? null
    : `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}T${m[4] ?? ''}${m[5] ?? ''}${m[6] ?? ''}-${m[7] ?? ''}`;
}

export interface SweepOptions {
  readonly minAgeMinutes: number;
  readonly dryRun?: boolean;
  /** The current run's id: never swept, whatever its age. */
  readonly exceptRunId?: string;
  /** Hub API v2: the emails the suite adds as workspace members (WM_COLLABORATOR_EMAIL): such a member is the suite's doing. */
  readonly suiteMembers?: readonly string[];
  /** Runs in progress, whose projects are never swept (default: the live run folders on this machine). */
  readonly liveRunIds?: readonly string[];
  readonly now?: number;
  /** Hub API v2: organization-wide changes are allowed (WM_ALLOW_ORGANIZATION_CHANGES): run-tagged cluster registrations and catalog assets are swept too. */
  readonly organizationChanges?: boolean;
}

/** A run-tagged project old enough to sweep that sweep kept, and why. */
export interface KeptProject {
  readonly name: string;
  readonly reason: string;
}

export interface SweepResult {
  /** What was swept: projects, or workspaces on the Hub API v2 (default: projects). */
  readonly kind?: 'project' | 'workspace';
  /** Run-tagged projects found. */
  readonly tagged: number;
  /** Deleted (or, in a dry run, that would be). */
  readonly swept: readonly string[];
  /** Run-tagged but younger than the minimum age. */
  readonly tooYoung: number;
  /** Run-tagged projects of runs in progress on this machine. */
  readonly inProgress: number;
  /** Old enough, but not wholly the suite's (or not wholly readable): kept, each with its reason. */
  readonly kept: readonly KeptProject[];
  readonly failed: readonly string[];
  /** The creators sweep took for the suite's own clients ("name <email>"), learned from its probe projects. */
  readonly suiteCreators: readonly string[];
  /** Why a client of the suite taught sweep nothing (e.g. a probe project without a creator). */
  readonly notes: readonly string[];
  /** Hub API v2, where organization changes are allowed: the run-tagged cluster registrations and catalog assets (those swept, kept and failed are in the lists above too). */
  readonly organization?: Pick<OrganizationSweep, 'tagged' | 'tooYoung' | 'inProgress'>;
}

/** At most this many of a project's foreign items are named in its reason. */
const NAMED_ITEMS = 3;

/** Why a project is not wholly the suite's, or null when it is. */
function foreignReason(items: readonly Made[], identity: SuiteIdentity): string | null {
  const foreign = items.filter((item) => item.createdBy === null || !identity.creators.has(creatorKey(item.createdBy)));
  if (foreign.length === 0) return null;
  const named = foreign.slice(0, NAMED_ITEMS).map((item) => {
    const by =
      item.createdBy === null ? 'whose creator the target does not name' : `created by ${showCreator(item.createdBy)}`;
    return item.kind === 'project' ? `the project itself ${by}` : `${item.kind} "${item.name}" ${by}`;
  });
  const more = foreign.length > NAMED_ITEMS ? ` and ${foreign.length - NAMED_ITEMS} more` : '';
  return `not the suite's: ${named.join('; ')}${more}`;
}

/** Deletes the inspected files, then the project; the first failing status, or null when all went. */
async function deleteInspected(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  projectId: string,
  fileIds: readonly string[],
): Promise<string | null> {
  const delFile = findOperation(plan, 'file', 'delete');
  const [fileParam] = delFile === undefined ? [] : pathParams(delFile);
  if (fileIds.length > 0 && (delFile === undefined || fileParam === undefined))
    return 'the document has no operation to delete files';
  for (const id of fileIds) {
    if (delFile === undefined || fileParam === undefined) break;
    const gone = await api.call(delFile.op, { path: { [fileParam]: id }, expect: 'any', case: 'sweep' });
    if (!isSuccess(gone.status) && gone.status !== 404) return `deleting its file ${id} answered ${gone.status}`;
  }
  const del = findOperation(plan, 'project', 'delete');
  const [param] = del === undefined ? [] : pathParams(del);
  if (del === undefined || param === undefined) return 'the document has no operation to delete projects';
  const gone = await api.call(del.op, { path: { [param]: projectId }, expect: 'any', case: 'sweep' });
  return isSuccess(gone.status) || gone.status === 404 ? null : String(gone.status);
}

/** The identity probes' names: run-tagged with a run id of their own, so a probe left behind is swept later. */
function probeNamer(): (role: string) => string {
  const runId = newRunId();
  return (role) => `wmct-${runId}-sweep-probe-${role}`;
}

export async function sweep(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  options: SweepOptions,
): Promise<SweepResult> {
  if (rootKindOf(plan) === 'workspace') return sweepHub(api, plan, options);
  const search = findOperation(plan, 'project', 'search');
  const del = findOperation(plan, 'project', 'delete');
  if (search === undefined || del === undefined)
    throw new Error('the document has no operations to search and delete projects; nothing can be swept');
  const [param] = pathParams(del);
  if (param === undefined) throw new Error(`${del.op.key} has no path parameter`);
  const now = options.now ?? Date.now();
  const live = new Set(options.liveRunIds ?? liveRunIds());
  const tagged = (await allProjects(api, search)).filter(
    (p) => runTagTime(p.name) !== null && runIdOf(p.name) !== options.exceptRunId,
  );
  const notLive = tagged.filter((p) => !live.has(runIdOf(p.name) ?? ''));
  const old = notLive.filter((p) => now - (runTagTime(p.name) ?? now) >= options.minAgeMinutes * 60_000);
  const swept: string[] = [];
  const kept: KeptProject[] = [];
  const failed: string[] = [];
  // Only when there is something to judge does sweep make its probe projects.
  const identity: SuiteIdentity =
    old.length === 0
      ? { creators: new Map(), notes: [], leftovers: [] }
      : await learnSuiteIdentity(api, plan, probeNamer());
  failed.push(...identity.leftovers.map((probe) => `its probe project ${probe}`));
  for (const project of old) {
    if (identity.creators.size === 0) {
      kept.push({
        name: project.name,
        reason: `the suite's own identity on this target is unknown (${identity.notes.join('; ') || 'no probe project could be made'})`,
      });
      continue;
    }
    const inspection = await inspectProject(api, plan, project.id);
    if ('unreadable' in inspection) {
      kept.push({ name: project.name, reason: `its contents cannot all be read: ${inspection.unreadable}` });
      continue;
    }
    const reason = foreignReason(inspection.items, identity);
    if (reason !== null) {
      kept.push({ name: project.name, reason });
      continue;
    }
    if (options.dryRun === true) {
      swept.push(project.name);
      continue;
    }
    const problem = await deleteInspected(api, plan, project.id, inspection.fileIds);
    if (problem === null) swept.push(project.name);
    else failed.push(`${project.name} (${problem})`);
  }
  return {
    tagged: tagged.length,
    swept,
    tooYoung: notLive.length - old.length,
    inProgress: tagged.length - notLive.length,
    kept,
    failed,
    suiteCreators: [...identity.creators.values()].map(showCreator),
    notes: identity.notes,
  };
}

/**
 * Hub API v2: the run-tagged workspaces, live and soft-deleted, judged as sweep-hub.ts says; what
 * may go is deleted for good (deleted, then deleted permanently).
 */
async function sweepHub(
  api: ApiClient,
  plan: readonly PlannedOperation[],
  options: SweepOptions,
): Promise<SweepResult> {
  const search = findOperation(plan, 'workspace', 'search');
  if (search === undefined) throw new Error('the document has no operation to search workspaces; nothing can be swept');
  const now = options.now ?? Date.now();
  const live = new Set(options.liveRunIds ?? liveRunIds());
  const ours = (w: TaggedProject): boolean => runTagTime(w.name) !== null && runIdOf(w.name) !== options.exceptRunId;
  const tagged = (await allProjects(api, search)).filter(ours);
  const trashed = (await deletedWorkspaces(api, plan)).filter(ours);
  const all = [...tagged, ...trashed];
  const isOld = (w: TaggedProject): boolean =>
    !live.has(runIdOf(w.name) ?? '') && now - (runTagTime(w.name) ?? now) >= options.minAgeMinutes * 60_000;
  const notLive = all.filter((w) => !live.has(runIdOf(w.name) ?? ''));
  const old = tagged.filter(isOld);
  const oldTrashed = trashed.filter(isOld);
  const swept: string[] = [];
  const kept: KeptProject[] = [];
  const failed: string[] = [];
  // Only when there is something to judge does sweep make its probe workspaces.
  const identity: HubIdentity =
    old.length + oldTrashed.length === 0
      ? { creators: new Map(), deleters: new Map(), notes: [], leftovers: [] }
      : await learnHubIdentity(api, plan, probeNamer());
  failed.push(...identity.leftovers.map((probe) => `its probe workspace ${probe}`));
  const unknown = `the suite's own identity on this target is unknown (${identity.notes.join('; ') || 'no probe workspace could be made'})`;
  const remove = async (w: TaggedProject, shown: string): Promise<void> => {
    if (options.dryRun === true) {
      swept.push(shown);
      return;
    }
    const status = await deleteWorkspaceTree(api, plan, w.id, 'sweep');
    if (status === null) failed.push(`${w.name} (the document has no operation to delete workspaces permanently)`);
    else if (isSuccess(status) || status === 404) swept.push(shown);
    else failed.push(`${w.name} (${status})`);
  };
  for (const workspace of old) {
    if (identity.creators.size === 0) {
      kept.push({ name: workspace.name, reason: unknown });
      continue;
    }
    const inspection = await inspectWorkspace(api, plan, workspace.id, identity, options.suiteMembers ?? []);
    if ('unreadable' in inspection) {
      kept.push({ name: workspace.name, reason: `its contents cannot all be read: ${inspection.unreadable}` });
      continue;
    }
    const reason = hubForeignReason(inspection.items);
    if (reason !== null) kept.push({ name: workspace.name, reason });
    else await remove(workspace, workspace.name);
  }
  for (const workspace of oldTrashed) {
    const shown = `${workspace.name} (deleted, in the trash)`;
    if (identity.deleters.size === 0) kept.push({ name: shown, reason: unknown });
    else if (workspace.deletedBy === null || !identity.deleters.has(creatorKey(workspace.deletedBy)))
      kept.push({
        name: shown,
        reason: `deleted by ${workspace.deletedBy === null ? 'someone the target does not name' : showCreator(workspace.deletedBy)}, not by the suite, and what was deleted with it cannot be looked into`,
      });
    else await remove(workspace, shown);
  }
  const ageOf = (name: string): TagAge => {
    const runId = runIdOf(name);
    if (runId === null || runId === options.exceptRunId) return null;
    if (live.has(runId)) return 'live';
    return now - (runTagTime(name) ?? now) >= options.minAgeMinutes * 60_000 ? 'old' : 'young';
  };
  const organization =
    options.organizationChanges === true
      ? await sweepOrganization(api, plan, ageOf, options.dryRun === true)
      : undefined;
  const notes = [...identity.notes];
  if (organization === undefined && hasOrganizationOperations(plan))
    notes.push(
      'cluster registrations and catalog assets are not swept: organization-wide changes are not allowed here (WM_ALLOW_ORGANIZATION_CHANGES=true allows them)',
    );
  swept.push(...(organization?.swept ?? []));
  kept.push(...(organization?.kept ?? []));
  failed.push(...(organization?.failed ?? []));
  return {
    kind: 'workspace',
    tagged: all.length,
    swept,
    tooYoung: notLive.length - old.length - oldTrashed.length,
    inProgress: all.length - notLive.length,
    kept,
    failed,
    suiteCreators: [...identity.creators.values()].map(showCreator),
    notes,
    ...(organization === undefined
      ? {}
      : {
          organization: {
            tagged: organization.tagged,
            tooYoung: organization.tooYoung,
            inProgress: organization.inProgress,
          },
        }),
  };
}
