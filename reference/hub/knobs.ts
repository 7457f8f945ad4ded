/**
 * The hub-v2 simulator's own knobs (Hub API v2, `/api/v2`). Two kinds, both with the faithful or
 * *assumed* behaviour as default:
 * - choices where the public sources are silent or contradict each other (facts file §5): a real
 *   Hub may answer the other way, and a test can start the target with the other choice;
 * - switches of documented behaviour, so that faults can turn one rule into a named misbehaviour.
 * The knobs the generations share (authentication, permissions, validation kinds, search lies,
 * revision check, representation) stay in simulator/behaviour.ts and are honoured here too.
 */

export interface HubBehaviour {
  // ── filters, sorting, paging (facts §3.2, §3.3, §5.5, §5.9) ──
  /** `$like` compares letter case (*assumed* true). */
  readonly likeCaseSensitive: boolean;
  /** Plain values, `$eq`, `$neq`, `$in`, `$notIn` compare letter case (*assumed* true). */
  readonly equalityCaseSensitive: boolean;
  /** `$like` wildcards: 'glob' = `*` and `?` with backslash escapes (the specification); 'sql' = `%` and `_` (the migration guide). */
  readonly likeSyntax: 'glob' | 'sql';
  /** Order without `sort` (*assumed* 'natural': creation order; recently deleted: deletion order). */
  readonly defaultSort: 'natural' | 'name';
  /** A page starts at its `from` offset (documented); false: `from` is ignored, every page starts at the first match. */
  readonly offsetPaging: boolean;
  /** `$neq` and `$notIn` exclude what they name (documented); false: they are ignored, every item satisfies them. */
  readonly negationOperators: boolean;
  /** `totalItems` is capped at this number and `hasMoreTotalItems` set when it is (*assumed* null: never capped). */
  readonly totalItemsCap: number | null;
  /** An operator the property does not offer (`$like` on a key, anything but `$eq` on members' workspaceKey) → 400 (*assumed* true). */
  readonly rejectUnsupportedOperators: boolean;
  /** `sort` as a single object (the migration guide's examples) is taken as a one-element array (*assumed* false: the schema wants an array → 400). */
  readonly acceptSortObject: boolean;
  /** Searches whose filter is required (members: workspaceKey, versions: fileKey) refuse a missing one with 400 (documented). */
  readonly requireSearchFilters: boolean;
  /** Files in search results carry `content: null` (documented); false: the content. */
  readonly searchContentNull: boolean;
  // ── request bodies (facts §3.8) ──
  /** Unknown properties of create/update bodies (`additionalProperties: false`) → 400 (documented). */
  readonly rejectUnknownProperties: boolean;
  /** An explicit null for an optional property that is not nullable: 'absent' (Jackson, *assumed*) or 'reject' (400). */
  readonly nullForOptional: 'absent' | 'reject';
  /** A key inside a body (projectKey, folderKey, fileKey, workspaceKey) that names nothing live (*assumed* 400: creates document no 404). */
  readonly unknownBodyKeyStatus: 400 | 404;
  /** PATCH with an explicit null clears nullable fields (workspace description, version description; documented). */
  readonly nullClears: boolean;
  // ── soft delete, restoration, permanent delete (facts §2.1) ──
  /** Soft delete takes the descendants along (documented). */
  readonly cascadeSoftDelete: boolean;
  /** Recently-deleted searches list only the roots of their own deletion (documented); false: every soft-deleted item. */
  readonly listOnlyDeletionRoots: boolean;
  /** Restoration brings back everything the item's deletion took along (documented); false: the item alone. */
  readonly restoreSubtree: boolean;
  /** Restoring an item soft-deleted as part of an ancestor's deletion → 404 (documented); false: it is restored alone. */
  readonly restoreOnlyDeletionRoots: boolean;
  /** Restoring while the containing project/workspace is deleted → 409 (documented); false: restored anyway. */
  readonly restoreConflictWhileAncestorDeleted: boolean;
  /** A restored item whose parent folder is gone goes into a new wrapper folder (documented); false: it keeps the gone parent. */
  readonly wrapperFolderOnRestore: boolean;
  /** Permanently deleting a live project/folder/workspace that still holds live files is refused (documented). */
  readonly permanentDeleteChecksLiveFiles: boolean;
  /** Status of that refusal (*assumed* 400, the documented status whose meaning is inferred; 409 is the other candidate). */
  readonly permanentDeleteNotEmptyStatus: 400 | 409;
  /** Permanently deleting an item soft-deleted as part of an ancestor's deletion → 409 (documented). */
  readonly permanentDeleteOnlyDeletionRoots: boolean;
  /** Purging an unknown or already purged file answers 204 (documented); false: 404. */
  readonly purgeIdempotent: boolean;
  // ── files and versions ──
  /** 'every-update': each successful PATCH bumps the revision (*assumed*); 'content-change': only a content change does. */
  readonly revisionBump: 'every-update' | 'content-change';
  /** A second version of a file with a name another version of it has → 409 on create and rename (*assumed* meaning of the documented 409). */
  readonly uniqueVersionNames: boolean;
  /** Restoring a version answers the newly created version (documented); false: the restored one. */
  readonly restoreVersionAnswersNew: boolean;
  // ── members (facts §2.1) ──
  /** An email of nobody in the organization becomes an invitee with `name: null` (documented); false: 404. */
  readonly inviteUnknownUsers: boolean;
  // ── problems (facts §3.4, §5.4) ──
  /** Problem `type`: 'about:blank' (the specification's examples, *assumed*) or 'docs-uri' (`https://docs.camunda.io/api/v2.0/problem-types/<slug>`). */
  readonly problemType: 'about:blank' | 'docs-uri';
  /** Problem `instance`: the request path ('path', `/api/v2/…`, *assumed*) or without `/api` ('path-without-api', `/v2/…`). */
  readonly problemInstance: 'path' | 'path-without-api';
  /** 401 answers carry a problem body (documented); false: an empty body (as Web Modeler v1 does). */
  readonly problemOn401: boolean;
  // ── project snapshots (facts §2.1 "Project snapshots") ──
  /** A snapshot's file versions are ordered by file name (documented); false: in capture order (folder by folder). */
  readonly snapshotFilesByName: boolean;
  /** Restoration first keeps the current state as a new system-authored snapshot unless nothing changed (documented); false: it does not. */
  readonly restorePreservesCurrentState: boolean;
  /** Restoration removes the files added since the snapshot (documented); false: they stay. */
  readonly restoreRemovesAddedFiles: boolean;
  /** A second review request for a snapshot → 409, even after a review (documented); false: a new request replaces the first. */
  readonly reviewRequestOncePerSnapshot: boolean;
  /** A review request supersedes the pending requests of the project's other snapshots (documented); false: they stay pending. */
  readonly reviewRequestSupersedes: boolean;
  /** A review of a snapshot without a review request → 403 (documented); false: accepted. */
  readonly reviewNeedsRequest: boolean;
  /** The snapshot search's `fileVersionKey` operators apply to the set of captured versions (documented); false: to each version on its own — a snapshot matches when one of them does (so `$neq`/`$notIn` match a snapshot holding another version too, and an empty snapshot matches nothing). */
  readonly snapshotVersionFilterOverSet: boolean;
  /** A duplicate whose name is taken in the target workspace gets the copy suffix (documented); false: the same name. */
  readonly duplicateCopySuffix: boolean;
  /** The copy suffix (*assumed* " (copy)"; the text is not documented). */
  readonly copySuffix: string;
  // ── environments (facts §2.1 "Environments") ──
  /** PUT …/environments replaces the full set (documented); false: the listed environments are added to the assigned ones. */
  readonly environmentsFullSetReplace: boolean;
  /** An unassigned environment leaves every project's selection in the workspace (documented); false: the selections keep it. */
  readonly unassignLeavesProjectSelection: boolean;
  /** An environment id the organization does not have → 400 (*assumed*); false: ignored. */
  readonly rejectUnknownEnvironmentIds: boolean;
  // ── clusters (facts §2.1 "Clusters") ──
  /** A registration of an id that is registered updates it (documented upsert); false: the first registration stays as it was. */
  readonly clusterRegistrationUpsert: boolean;
  /** Usage metrics refuse missing or malformed id, start, end (and start after end) with 400 (*assumed*: 400 is not documented there, but the query parameters are required); false: defaults. */
  readonly usageMetricsValidateQuery: boolean;
  // ── catalog (facts §2.1 "Catalog") ──
  /** Ingestion unpublishes the assets missing from the payload (documented full-set replacement); false: they stay published. */
  readonly ingestionUnpublishesMissing: boolean;
  /** Ingestion refuses a template without a README naming it, and a README naming no template, with 400 (documented); false: such parts are skipped. */
  readonly ingestionPairsReadmes: boolean;
  // ── v1 on 8.10 beside v2 (facts §4.1, §4.3; generation v1-8.10 on the same store) ──
  /** v1 creates of files and folders without a process application go into the workspace's catch-all project (*assumed*); 'reject': 400. */
  readonly v1WorkspaceLevelCreate: 'catch-all' | 'reject';
  /** v1 role `project_admin` is v2's `workspace_admin` (documented rename); false: stored as sent, so v2 reads `project_admin`. */
  readonly crossApiRoleMapping: boolean;
  /** A rename through v1 reaches the store (documented: one store); true: v1 answers and reads the new name, v2 keeps the old one. */
  readonly crossApiStaleNames: boolean;
  /** Files created through v1 are hidden from v2's file search and content lists (a disagreement; false = faithful). */
  readonly crossApiHideV1Files: boolean;
}

export const DEFAULT_HUB_BEHAVIOUR: HubBehaviour = {
  likeCaseSensitive: true,
  equalityCaseSensitive: true,
  likeSyntax: 'glob',
  defaultSort: 'natural',
  offsetPaging: true,
  negationOperators: true,
  totalItemsCap: null,
  rejectUnsupportedOperators: true,
  acceptSortObject: false,
  requireSearchFilters: true,
  searchContentNull: true,
  rejectUnknownProperties: true,
  nullForOptional: 'absent',
  unknownBodyKeyStatus: 400,
  nullClears: true,
  cascadeSoftDelete: true,
  listOnlyDeletionRoots: true,
  restoreSubtree: true,
  restoreOnlyDeletionRoots: true,
  restoreConflictWhileAncestorDeleted: true,
  wrapperFolderOnRestore: true,
  permanentDeleteChecksLiveFiles: true,
  permanentDeleteNotEmptyStatus: 400,
  permanentDeleteOnlyDeletionRoots: true,
  purgeIdempotent: true,
  revisionBump: 'every-update',
  uniqueVersionNames: true,
  restoreVersionAnswersNew: true,
  inviteUnknownUsers: true,
  problemType: 'about:blank',
  problemInstance: 'path',
  problemOn401: true,
  snapshotFilesByName: true,
  restorePreservesCurrentState: true,
  restoreRemovesAddedFiles: true,
  reviewRequestOncePerSnapshot: true,
  reviewRequestSupersedes: true,
  reviewNeedsRequest: true,
  snapshotVersionFilterOverSet: true,
  duplicateCopySuffix: true,
  copySuffix: ' (copy)',
  environmentsFullSetReplace: true,
  unassignLeavesProjectSelection: true,
  rejectUnknownEnvironmentIds: true,
  clusterRegistrationUpsert: true,
  usageMetricsValidateQuery: true,
  ingestionUnpublishesMissing: true,
  ingestionPairsReadmes: true,
  v1WorkspaceLevelCreate: 'catch-all',
  crossApiRoleMapping: true,
  crossApiStaleNames: false,
  crossApiHideV1Files: false,
};

/** Merges partial hub behaviours in order; later ones win. */
export function mergeHubBehaviour(parts: readonly Partial<HubBehaviour>[]): HubBehaviour {
  return parts.reduce<HubBehaviour>((merged, part) => ({ ...merged, ...part }), DEFAULT_HUB_BEHAVIOUR);
}
