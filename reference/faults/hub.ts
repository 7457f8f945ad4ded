/**
 * Faults of the Hub API v2 (generation hub-v2): the documented behaviour of searches (offset
 * paging, `hasMoreTotalItems`, filter operators, required filters), of the trash (soft delete,
 * recently-deleted searches, restoration, purge) and of its contract (200 on creates, problem
 * bodies), each turned into a named misbehaviour through the hub simulator's knobs
 * (reference/hub/knobs.ts), the shared ones, or a response rewrite.
 */
import { isJsonObject } from '../../src/core/json.ts';
import { forOperations, mapBody } from './rewrite.ts';
import type { Fault } from './types.ts';

const HUB_CREATES = ['createWorkspace', 'createProject', 'createFolder', 'createFile', 'createVersion'] as const;

export const HUB_FAULTS: readonly Fault[] = [
  {
    name: 'hub-soft-deleted-readable',
    description: 'Hub API v2: a soft-deleted resource (and what its deletion took along) can still be read by key.',
    catches: ['snapshot-restore-removes-added', 'trash-cascade', 'use-after-free'],
    generation: 'hub-v2',
    behaviour: { softDelete: true },
  },
  {
    name: 'hub-delete-not-cascaded',
    description: 'Hub API v2: a soft delete leaves the descendants live (a file in a deleted folder is still served).',
    catches: ['trash-cascade'],
    generation: 'hub-v2',
    hub: { cascadeSoftDelete: false },
  },
  {
    name: 'hub-trash-lists-everything',
    description:
      'Hub API v2: the recently-deleted searches list every soft-deleted item, also those taken along by an ancestor.',
    catches: ['trash-listed-root'],
    generation: 'hub-v2',
    hub: { listOnlyDeletionRoots: false },
  },
  {
    name: 'hub-restore-not-subtree',
    description: 'Hub API v2: restoring brings back the item alone; what its deletion took along stays deleted.',
    catches: ['restore-subtree'],
    generation: 'hub-v2',
    hub: { restoreSubtree: false },
  },
  {
    name: 'hub-restore-taken-along',
    description: 'Hub API v2: an item deleted with its ancestor can be restored on its own instead of answering 404.',
    catches: ['restore-only-root'],
    generation: 'hub-v2',
    hub: { restoreOnlyDeletionRoots: false },
  },
  {
    name: 'hub-restore-into-deleted',
    description: 'Hub API v2: an item is restored while its project or workspace is deleted instead of answering 409.',
    catches: ['restore-conflict'],
    generation: 'hub-v2',
    hub: { restoreConflictWhileAncestorDeleted: false },
  },
  {
    name: 'hub-purge-not-idempotent',
    description: 'Hub API v2: purging a file purged before, or never existing, answers 404 instead of 204.',
    catches: ['purge-idempotent'],
    generation: 'hub-v2',
    hub: { purgeIdempotent: false },
  },
  {
    name: 'hub-like-sql-wildcards',
    description: 'Hub API v2: `$like` takes the SQL wildcards `%` and `_` instead of `*` and `?`.',
    catches: ['search-like'],
    generation: 'hub-v2',
    hub: { likeSyntax: 'sql' },
  },
  {
    name: 'hub-negations-ignored',
    description: 'Hub API v2: the filter operators `$neq` and `$notIn` are ignored; every item satisfies them.',
    catches: ['search-operators'],
    generation: 'hub-v2',
    hub: { negationOperators: false },
  },
  {
    name: 'hub-offset-ignored',
    description: 'Hub API v2: searches ignore `page.from`; every page starts at the first match.',
    catches: ['search-offset', 'search-page-past-end'],
    generation: 'hub-v2',
    hub: { offsetPaging: false },
  },
  {
    name: 'hub-has-more-always',
    description: 'Hub API v2: searches answer `hasMoreTotalItems: true` although `totalItems` counts every match.',
    catches: ['search-has-more'],
    generation: 'hub-v2',
    respond: (r, ctx) =>
      ctx.path.endsWith('/search') && r.status === 200
        ? mapBody(r, (body) =>
            isJsonObject(body) && isJsonObject(body.page)
              ? { ...body, page: { ...body.page, hasMoreTotalItems: true } }
              : body,
          )
        : r,
  },
  {
    name: 'hub-required-filter-optional',
    description: 'Hub API v2: the version and member searches answer without their required filter instead of 400.',
    // The negative family's missing-required case removes `filter` from the same queries.
    catches: ['reject-missing-required', 'search-required-filter'],
    generation: 'hub-v2',
    hub: { requireSearchFilters: false },
  },
  {
    name: 'hub-revision-ignored',
    description: 'Hub API v2: PATCH /files/{fileKey} with a stale revision overwrites instead of answering 409.',
    catches: ['revision-conflict'],
    generation: 'hub-v2',
    behaviour: { checkRevision: false },
  },
  {
    name: 'hub-search-reverse-sort',
    description: 'Hub API v2: searches sort in the opposite order of the one asked for.',
    // The offset windows are windows of a sorted answer: reversed, they hold the wrong items.
    catches: ['search-offset', 'search-sort'],
    generation: 'hub-v2',
    behaviour: { reverseSort: true },
  },
  {
    name: 'hub-create-201',
    description: 'Hub API v2: creates answer 201 Created instead of the documented 200 (as an early draft said).',
    catches: ['status-documented', 'success-status'],
    generation: 'hub-v2',
    respond: forOperations(HUB_CREATES, (r) => (r.status === 200 ? { ...r, status: 201 } : r)),
  },
  {
    name: 'hub-errors-plain-json',
    description:
      'Hub API v2: errors are `application/json` `{status, error, message}` instead of `application/problem+json` problems.',
    // The documented error responses are ProblemDetail (all five members required, no others).
    catches: ['content-type', 'problem-body', 'schema', 'strict-no-extra', 'strict-required'],
    generation: 'hub-v2',
    respond: (r) =>
      r.status >= 400 && isJsonObject(r.body)
        ? {
            ...r,
            headers: { ...r.headers, 'content-type': 'application/json' },
            body: { status: r.status, error: r.body.title ?? null, message: r.body.detail ?? null },
          }
        : r,
  },
];
