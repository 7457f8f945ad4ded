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
}

export const DEFAULT_HUB_BEHAVIOUR: HubBehaviour = {
  likeCaseSensitive: true,
  equalityCaseSensitive: true,
  likeSyntax: 'glob',
  defaultSort: 'natural',
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
};

/** Merges partial hub behaviours in order; later ones win. */
export function mergeHubBehaviour(parts: readonly Partial<HubBehaviour>[]): HubBehaviour {
  return parts.reduce<HubBehaviour>((merged, part) => ({ ...merged, ...part }), DEFAULT_HUB_BEHAVIOUR);
}
