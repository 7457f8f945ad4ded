/**
 * Project snapshots (facts §2.1 "Project snapshots"; v1's process application versions): create
 * (one file version per file), get (the file versions ordered by file name), update, delete
 * (the file versions stay; 403 when one of them is published to shared resources: API clients
 * never hold elevated organization access here, *assumed* for Self-Managed as documented for
 * SaaS), search (required body; `fileVersionKey` over the set of captured versions — the knob
 * snapshotVersionFilterOverSet tests each version on its own instead —, `hasPendingReviewRequest`), restoration (204), review requests (at most one per snapshot ever
 * → 409; it supersedes the project's other pending request), reviews (403 without a request, or
 * once superseded, *assumed*), duplication into another workspace and the external-resource
 * report. Rules: snapshot-rules.ts.
 * *Assumed*: permissions — create and duplication `create`; reads and searches `read`; update,
 * restoration, review requests and reviews `update`; delete `delete`. A snapshot is gone with its
 * project (404 while the project is deleted). The system-authored comment a review request adds
 * to the project's BPMN files has no operation to read it and is not modelled.
 */
import { readText } from '../../simulator/json.ts';
import { ProblemError } from '../../simulator/problem.ts';
import { invalid } from '../problem.ts';
import type { ProjectSnapshotRecord, ReviewRecord, ReviewRequestRecord, SnapshotFileEntry } from '../records.ts';
import {
  arrayOf,
  boolean,
  dateTime,
  name,
  nullable,
  objectOf,
  oneOfValues,
  ref,
  refProp,
  text,
  type Components,
} from '../schema.ts';
import type { SearchItem } from '../search.ts';
import {
  duplicateInto,
  duplicateName,
  externalReferences,
  newSnapshot,
  restoreSnapshot,
  sortByName,
} from '../snapshot-rules.ts';
import type { ProjectRecord } from '../store.ts';
import type { HubBehaviour } from '../knobs.ts';
import type { HubContext, HubEnv, HubRouteDef, HubSearchSpec } from '../types.ts';
import { formatDate, projectResult } from '../views.ts';
import { FILE_TYPES, keyParameter, searchSchemas, searchSpec, type HubResource, type SearchDef } from './shared.ts';
import { bodyRecord, markCreated, noContent, ok, pathKey, searchAnswer, touch, unknownKey } from './support.ts';
import type { JsonObject } from '../../../src/core/json.ts';

const KEY = '/project-snapshots/{projectSnapshotKey}';
const REQUIRES = {
  kind: 'ProjectSnapshot',
  bind: { projectSnapshotKey: { from: 'path', name: 'projectSnapshotKey' } },
} as const;
const ADDED = '8.10';
const TAG = 'Project Snapshot';
const REVIEW_STATUSES = ['APPROVED', 'CHANGES_REQUESTED'] as const;

const SEARCH: SearchDef = {
  base: 'ProjectSnapshot',
  what: 'project snapshots',
  item: 'ProjectSnapshotResult',
  sortFields: ['name', 'created', 'updated'],
  filters: {
    projectKey: { kind: 'basic', description: 'The project of the snapshot.', semanticType: 'ProjectKey' },
    fileVersionKey: {
      kind: 'set',
      description:
        'A file version the snapshot captured. The operators apply to the set of its file versions: $exists asks whether it captured any; $eq and $in whether one of them matches; $neq and $notIn whether none does (so they match empty snapshots too).',
      semanticType: 'VersionKey',
    },
    name: { kind: 'string', description: 'The snapshot name.' },
    created: { kind: 'date', description: 'When the snapshot was created.' },
    updated: { kind: 'date', description: 'When the snapshot was last changed.' },
    createdBy: { kind: 'basic', description: 'Email address of who created the snapshot.' },
    updatedBy: { kind: 'basic', description: 'Email address of who last changed the snapshot.' },
    hasPendingReviewRequest: {
      kind: 'boolean',
      description: 'Whether a review request of the snapshot awaits a decision (a review ends that).',
    },
  },
};

function schemas(): Components {
  const user = (what: string): JsonObject => refProp('UserReference', what);
  return {
    ProjectSnapshotCreateRequest: objectOf(
      {
        projectKey: refProp('ProjectKey', 'The project whose files the snapshot captures.'),
        name: name('Name of the snapshot.'),
        description: text('Description of the snapshot.', { max: 255 }),
      },
      { strict: true, required: ['projectKey', 'name'] },
    ),
    ProjectSnapshotUpdateRequest: objectOf(
      { name: name('New name.'), description: nullable(text('New description; null clears it.', { max: 255 })) },
      { strict: true },
    ),
    ProjectSnapshotReviewCreateRequest: objectOf(
      {
        status: oneOfValues('The decision.', REVIEW_STATUSES),
        comment: nullable(text('A comment on the decision; not blank when given.')),
      },
      { strict: true, required: ['status'] },
    ),
    ProjectSnapshotDuplicationRequest: objectOf(
      {
        targetWorkspaceKey: refProp(
          'WorkspaceKey',
          'The workspace (of the same organization) to create the duplicate in.',
        ),
      },
      { strict: true, required: ['targetWorkspaceKey'] },
    ),
    ProjectSnapshotResult: objectOf(
      {
        projectSnapshotKey: refProp('ProjectSnapshotKey', 'Key of the snapshot.'),
        projectKey: refProp('ProjectKey', 'The project of the snapshot.'),
        name: text('Name of the snapshot.'),
        description: nullable(text('Description of the snapshot.')),
        created: dateTime('When the snapshot was created.'),
        createdBy: user('Who created the snapshot (the system user for the one kept before a restoration).'),
        updated: dateTime('When the snapshot was last changed.'),
        updatedBy: user('Who last changed the snapshot.'),
        reviewRequest: nullable(
          refProp('ProjectSnapshotReviewRequest', 'The review request awaiting a decision; null when none does.'),
        ),
        latestReview: nullable(refProp('ProjectSnapshotReview', 'The latest review; null when there is none.')),
      },
      {
        description: 'A project snapshot and its review state.',
        required: [
          'projectSnapshotKey',
          'projectKey',
          'name',
          'description',
          'created',
          'createdBy',
          'updated',
          'updatedBy',
          'reviewRequest',
          'latestReview',
        ],
      },
    ),
    ProjectSnapshotReviewRequest: objectOf(
      {
        reviewRequestKey: text('Key of the review request.'),
        projectSnapshotKey: refProp('ProjectSnapshotKey', 'The snapshot under review.'),
        created: dateTime('When the review was requested.'),
        createdBy: user('Who requested the review.'),
      },
      { required: ['reviewRequestKey', 'projectSnapshotKey', 'created', 'createdBy'] },
    ),
    ProjectSnapshotReview: objectOf(
      {
        reviewKey: text('Key of the review.'),
        projectSnapshotKey: refProp('ProjectSnapshotKey', 'The reviewed snapshot.'),
        status: oneOfValues('The decision.', REVIEW_STATUSES),
        comment: nullable(text('The comment on the decision, if any.')),
        created: dateTime('When the review was given.'),
        createdBy: user('Who reviewed.'),
      },
      { required: ['reviewKey', 'projectSnapshotKey', 'status', 'comment', 'created', 'createdBy'] },
    ),
    ProjectSnapshotDetailResult: objectOf(
      {
        projectSnapshot: refProp('ProjectSnapshotResult', 'The snapshot.'),
        fileVersions: arrayOf(
          'The file versions it captured, one per file, ordered by file name.',
          ref('ProjectSnapshotFileVersion'),
        ),
      },
      { description: 'A project snapshot with its file versions.', required: ['projectSnapshot', 'fileVersions'] },
    ),
    ProjectSnapshotFileVersion: objectOf(
      {
        versionKey: refProp('VersionKey', 'Key of the file version (readable through /versions).'),
        fileKey: refProp('FileKey', 'The file the version belongs to (kept when the file is gone).'),
        fileName: text('Name of the file when the snapshot was taken.'),
        fileType: oneOfValues('Type of the file.', FILE_TYPES),
        folderPath: nullable(text('Folder names from the project root ("/" in a name written "_"); null at the root.')),
        folderIdPath: nullable(text('Folder keys parallel to folderPath; null at the root.')),
        contentHash: text('Hash of the content: equal hashes, equal content.'),
        name: text('Name of the file version.'),
        description: nullable(text('Description of the file version.')),
        organizationPublic: boolean('Whether the file version is published to shared resources.'),
        created: dateTime('When the file version was created.'),
        createdBy: nullable(user('Who created the file version; null for legacy or system versions.')),
      },
      {
        description: 'A file version a snapshot captured, with the file name and place of that moment.',
        required: [
          'versionKey',
          'fileKey',
          'fileName',
          'fileType',
          'folderPath',
          'folderIdPath',
          'contentHash',
          'name',
          'description',
          'organizationPublic',
          'created',
          'createdBy',
        ],
      },
    ),
    ProjectSnapshotExternalResourcesResult: objectOf(
      {
        hasRefToExternalForms: boolean('A BPMN process of the snapshot uses a form the snapshot does not hold.'),
        hasRefToExternalCallActivities: boolean('A call activity calls a process the snapshot does not hold.'),
        hasRefToExternalBusinessRuleTasks: boolean('A business rule task calls a decision the snapshot does not hold.'),
        hasRefToExternalRpaResources: boolean('A BPMN process uses an RPA script the snapshot does not hold.'),
      },
      {
        description: 'Whether a snapshot refers to resources outside itself.',
        required: [
          'hasRefToExternalForms',
          'hasRefToExternalCallActivities',
          'hasRefToExternalBusinessRuleTasks',
          'hasRefToExternalRpaResources',
        ],
      },
    ),
    ...searchSchemas(SEARCH),
  };
}

// ── views ──

function userRef(u: { name: string; email: string } | null): JsonObject | null {
  return u === null ? null : { name: u.name, email: u.email };
}

function pending(s: ProjectSnapshotRecord): ReviewRequestRecord | null {
  const request = s.reviewRequest;
  return request !== null && !request.superseded && s.reviews.length === 0 ? request : null;
}

function requestView(env: HubEnv, s: ProjectSnapshotRecord, r: ReviewRequestRecord): JsonObject {
  return {
    reviewRequestKey: r.key,
    projectSnapshotKey: s.key,
    created: formatDate(env, r.created),
    createdBy: userRef(r.createdBy),
  };
}

function reviewView(env: HubEnv, s: ProjectSnapshotRecord, r: ReviewRecord): JsonObject {
  return {
    reviewKey: r.key,
    projectSnapshotKey: s.key,
    status: r.status,
    comment: r.comment,
    created: formatDate(env, r.created),
    createdBy: userRef(r.createdBy),
  };
}

export function snapshotResult(env: HubEnv, s: ProjectSnapshotRecord): JsonObject {
  const request = pending(s);
  const latest = s.reviews.at(-1);
  return {
    projectSnapshotKey: s.key,
    projectKey: s.projectKey,
    name: s.name,
    description: s.description,
    created: formatDate(env, s.created),
    createdBy: userRef(s.createdBy),
    updated: formatDate(env, s.updated),
    updatedBy: userRef(s.updatedBy),
    reviewRequest: request === null ? null : requestView(env, s, request),
    latestReview: latest === undefined ? null : reviewView(env, s, latest),
  };
}

function fileVersionView(env: HubEnv, e: SnapshotFileEntry): JsonObject {
  const version = env.store.versions.get(e.versionKey);
  return {
    versionKey: e.versionKey,
    fileKey: e.fileKey,
    fileName: e.fileName,
    fileType: e.fileType,
    folderPath: e.folderPath,
    folderIdPath: e.folderIdPath,
    contentHash: e.contentHash,
    name: version?.name ?? e.name,
    description: version === undefined ? e.description : version.description,
    organizationPublic: version?.organizationPublic ?? e.organizationPublic,
    created: formatDate(env, e.created),
    createdBy: userRef(e.createdBy),
  };
}

// ── handlers ──

function snapshot(ctx: HubContext): ProjectSnapshotRecord {
  const key = pathKey(ctx, 'projectSnapshotKey');
  const { store, behaviour } = ctx.env;
  const record = store.snapshots.get(key);
  if (record === undefined || !store.snapshotVisible(record)) throw unknownKey(ctx, 'project snapshot', key);
  if (behaviour.createdNotReadable && store.unread.delete(key)) throw unknownKey(ctx, 'project snapshot', key);
  return record;
}

function create(ctx: HubContext): ProjectSnapshotRecord {
  const project = bodyRecord(
    ctx,
    ctx.env.store.projects,
    readText(ctx.body, 'projectKey') ?? '',
    'project',
    'projectKey',
  );
  const record = newSnapshot(
    ctx,
    project.key,
    readText(ctx.body, 'name') ?? '',
    readText(ctx.body, 'description') ?? null,
    ctx.principal.user,
  );
  markCreated(ctx, record.key);
  return record;
}

function update(ctx: HubContext): ProjectSnapshotRecord {
  const record = snapshot(ctx);
  record.name = readText(ctx.body, 'name') ?? record.name;
  const description = readText(ctx.body, 'description');
  if (description !== undefined) record.description = description;
  else if (ctx.nulls.has('description') && ctx.env.hub.nullClears) record.description = null;
  touch(ctx, record);
  return record;
}

function remove(ctx: HubContext): void {
  const record = snapshot(ctx);
  const { store } = ctx.env;
  const published = record.files.some(
    (e) => store.versions.get(e.versionKey)?.organizationPublic ?? e.organizationPublic,
  );
  if (published) {
    throw new ProblemError(
      403,
      `The project snapshot ${record.key} captured a file version published to shared resources: deleting it needs elevated organization access, which API clients do not hold.`,
    );
  }
  store.snapshots.delete(record.key);
}

function requestReview(ctx: HubContext): { snapshot: ProjectSnapshotRecord; request: ReviewRequestRecord } {
  const record = snapshot(ctx);
  const { store, hub } = ctx.env;
  if (record.reviewRequest !== null && hub.reviewRequestOncePerSnapshot) {
    throw new ProblemError(
      409,
      `The project snapshot ${record.key} already had a review request: create a new snapshot for another review round.`,
    );
  }
  if (hub.reviewRequestSupersedes) {
    for (const other of store.snapshotsOf(record.projectKey)) {
      const open = other.key === record.key ? null : pending(other);
      if (open !== null) open.superseded = true;
    }
  }
  const request: ReviewRequestRecord = {
    key: store.newKey(),
    created: store.now(),
    createdBy: ctx.principal.user,
    superseded: false,
  };
  record.reviewRequest = request;
  record.reviews.length = 0;
  return { snapshot: record, request };
}

function submitReview(ctx: HubContext): { snapshot: ProjectSnapshotRecord; review: ReviewRecord } {
  const record = snapshot(ctx);
  const { store, hub } = ctx.env;
  if (hub.reviewNeedsRequest && record.reviewRequest === null) {
    throw new ProblemError(403, `The project snapshot ${record.key} has no review request: request a review first.`);
  }
  if (hub.reviewNeedsRequest && record.reviewRequest?.superseded === true) {
    throw new ProblemError(
      403,
      `The review request of the project snapshot ${record.key} was superseded by a request on another snapshot of the project.`,
    );
  }
  const comment = readText(ctx.body, 'comment') ?? null;
  if (comment !== null && comment.trim() === '' && ctx.env.behaviour.validateLengths)
    throw invalid("Validation failed for request body: 'comment' must not be blank.");
  const status = readText(ctx.body, 'status') === 'CHANGES_REQUESTED' ? 'CHANGES_REQUESTED' : 'APPROVED';
  const review: ReviewRecord = {
    key: store.newKey(),
    status,
    comment,
    created: store.now(),
    createdBy: ctx.principal.user,
  };
  record.reviews.push(review);
  return { snapshot: record, review };
}

function duplicate(ctx: HubContext): ProjectRecord {
  const record = snapshot(ctx);
  const { store } = ctx.env;
  const workspace = bodyRecord(
    ctx,
    store.workspaces,
    readText(ctx.body, 'targetWorkspaceKey') ?? '',
    'workspace',
    'targetWorkspaceKey',
  );
  const source = store.projects.get(record.projectKey);
  const now = store.now();
  const project: ProjectRecord = {
    key: store.newKey(),
    name: duplicateName(ctx, source?.name ?? record.name, workspace.key),
    workspaceKey: workspace.key,
    catchAll: false,
    deletion: null,
    created: now,
    createdBy: ctx.principal.user,
    updated: now,
    updatedBy: ctx.principal.user,
  };
  store.projects.set(project.key, project);
  duplicateInto(ctx, record, project.key);
  markCreated(ctx, project.key);
  return project;
}

/** The search's filter kinds; with the knob snapshotVersionFilterOverSet off, fileVersionKey's operators test each captured version on its own. */
function searchSpecFor(hub: HubBehaviour): HubSearchSpec {
  const spec = searchSpec(SEARCH);
  return hub.snapshotVersionFilterOverSet ? spec : { ...spec, filters: { ...spec.filters, fileVersionKey: 'each' } };
}

function searchItems(ctx: HubContext): SearchItem[] {
  const { store } = ctx.env;
  return [...store.snapshots.values()]
    .filter((s) => store.snapshotVisible(s))
    .map((s) => ({
      dto: snapshotResult(ctx.env, s),
      values: {
        projectKey: s.projectKey,
        fileVersionKey: s.files.map((e) => e.versionKey),
        name: s.name,
        created: s.created,
        updated: s.updated,
        createdBy: s.createdBy.email,
        updatedBy: s.updatedBy.email,
        hasPendingReviewRequest: pending(s) !== null,
      },
    }));
}

function routes(): HubRouteDef[] {
  const params = ['ProjectSnapshotKeyPathParam'];
  const common = { tag: TAG, addedIn: ADDED } as const;
  return [
    {
      ...common,
      operationId: 'createProjectSnapshot',
      method: 'post',
      path: '/project-snapshots',
      summary: 'Create a project snapshot',
      description:
        'Captures every file of the project: one file version per file, with the file name and folder of this moment.',
      requestBody: { schema: 'ProjectSnapshotCreateRequest', required: true },
      success: { status: 200, description: 'The new project snapshot.', schema: 'ProjectSnapshotResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'create',
      provides: ['projectSnapshotKey'],
      handler: (ctx) => ok(snapshotResult(ctx.env, create(ctx))),
    },
    {
      ...common,
      operationId: 'getProjectSnapshot',
      method: 'get',
      path: KEY,
      summary: 'Get a project snapshot',
      description:
        'Answers the snapshot and the file versions it captured, ordered by file name; compare two snapshots by fileKey and contentHash.',
      parameters: params,
      success: { status: 200, description: 'The project snapshot.', schema: 'ProjectSnapshotDetailResult' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'read',
      requires: REQUIRES,
      handler: (ctx) => {
        const record = snapshot(ctx);
        const files = ctx.env.hub.snapshotFilesByName ? sortByName(record.files) : record.files;
        return ok({
          projectSnapshot: snapshotResult(ctx.env, record),
          fileVersions: files.map((e) => fileVersionView(ctx.env, e)),
        });
      },
    },
    {
      ...common,
      operationId: 'updateProjectSnapshot',
      method: 'patch',
      path: KEY,
      summary: 'Update a project snapshot',
      description: 'Renames the snapshot and/or changes its description (null clears it).',
      parameters: params,
      requestBody: { schema: 'ProjectSnapshotUpdateRequest', required: true },
      success: { status: 200, description: 'The changed project snapshot.', schema: 'ProjectSnapshotResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => ok(snapshotResult(ctx.env, update(ctx))),
    },
    {
      ...common,
      operationId: 'deleteProjectSnapshot',
      method: 'delete',
      path: KEY,
      summary: 'Delete a project snapshot',
      description:
        'Deletes the snapshot; the file versions it captured stay (other snapshots may share them). A snapshot that captured a file version published to shared resources needs elevated organization access (403 otherwise).',
      parameters: params,
      success: { status: 204, description: 'The project snapshot is deleted.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'delete',
      requires: REQUIRES,
      handler: (ctx) => {
        remove(ctx);
        return noContent();
      },
    },
    {
      ...common,
      operationId: 'searchProjectSnapshots',
      method: 'post',
      path: '/project-snapshots/search',
      summary: 'Search project snapshots',
      description:
        'Answers the project snapshots of the organization that match the filter (the automatic ones kept before a restoration too).',
      requestBody: { schema: 'ProjectSnapshotSearchQuery', required: true },
      success: {
        status: 200,
        description: 'The matching project snapshots.',
        schema: 'ProjectSnapshotSearchQueryResult',
      },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 500 }],
      permission: 'read',
      search: searchSpec(SEARCH),
      handler: (ctx) => searchAnswer(ctx, searchItems(ctx), searchSpecFor(ctx.env.hub)),
    },
    {
      ...common,
      operationId: 'restoreProjectSnapshot',
      method: 'post',
      path: `${KEY}/restoration`,
      summary: 'Restore a project snapshot',
      description:
        'Sets the project back to the snapshot: contents, names and folders reset, files added since removed, files deleted since recreated. The current state is kept first as an automatic snapshot, unless the project has not changed since its latest snapshot.',
      parameters: params,
      success: { status: 204, description: 'The project is restored.' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => {
        restoreSnapshot(ctx, snapshot(ctx));
        return noContent();
      },
    },
    {
      ...common,
      operationId: 'requestProjectSnapshotReview',
      method: 'post',
      path: `${KEY}/review-requests`,
      summary: 'Request a review of a project snapshot',
      description:
        'Asks for a review of the snapshot. A snapshot has at most one review request ever (409 for a second one, even after a review); a request supersedes the pending request of any other snapshot of the project.',
      parameters: params,
      success: { status: 200, description: 'The review request.', schema: 'ProjectSnapshotReviewRequest' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 409 }, { status: 500 }],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => {
        const { snapshot: s, request } = requestReview(ctx);
        return ok(requestView(ctx.env, s, request));
      },
    },
    {
      ...common,
      operationId: 'submitProjectSnapshotReview',
      method: 'post',
      path: `${KEY}/reviews`,
      summary: 'Review a project snapshot',
      description:
        'Records a decision (and a comment) for a snapshot with a review request; follow-up reviews are accepted until the request is superseded. A snapshot without a review request answers 403.',
      parameters: params,
      requestBody: { schema: 'ProjectSnapshotReviewCreateRequest', required: true },
      success: { status: 200, description: 'The review.', schema: 'ProjectSnapshotReview' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'update',
      requires: REQUIRES,
      handler: (ctx) => {
        const { snapshot: s, review } = submitReview(ctx);
        return ok(reviewView(ctx.env, s, review));
      },
    },
    {
      ...common,
      operationId: 'duplicateProjectSnapshot',
      method: 'post',
      path: `${KEY}/duplication`,
      summary: 'Duplicate a project snapshot',
      description:
        "Creates a new project in the target workspace from the snapshot, named after the snapshot's project (with a copy suffix when that name is taken there, the name shortened to fit), with one snapshot carrying the source snapshot's name and description.",
      parameters: params,
      requestBody: { schema: 'ProjectSnapshotDuplicationRequest', required: true },
      success: { status: 200, description: 'The new project.', schema: 'ProjectResult' },
      errors: [{ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'create',
      requires: REQUIRES,
      provides: ['projectKey'],
      handler: (ctx) => ok(projectResult(ctx.env, duplicate(ctx))),
    },
    {
      ...common,
      operationId: 'getProjectSnapshotExternalResources',
      method: 'get',
      path: `${KEY}/external-resources`,
      summary: 'Check a project snapshot for external references',
      description:
        'Tells whether the BPMN processes of the snapshot use forms, processes, decisions or RPA scripts the snapshot does not hold.',
      parameters: params,
      success: { status: 200, description: 'The report.', schema: 'ProjectSnapshotExternalResourcesResult' },
      errors: [{ status: 401 }, { status: 403 }, { status: 404 }, { status: 500 }],
      permission: 'read',
      requires: REQUIRES,
      handler: (ctx) => ok({ ...externalReferences(snapshot(ctx)) }),
    },
  ];
}

export const SNAPSHOTS: HubResource = {
  tag: { name: TAG, description: 'Project snapshots: the files of a project at one moment, with reviews.' },
  schemas,
  parameters: () => ({ ProjectSnapshotKeyPathParam: keyParameter('projectSnapshotKey', 'ProjectSnapshotKey') }),
  routes,
};
