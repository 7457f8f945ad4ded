/** The semantics family's checks, in report order. */
import type { AnyCheckDefinition } from '../types.ts';
import { availableAfterCreate } from './available-after-create.ts';
import { createRoundtrip } from './create-roundtrip.ts';
import { restoreVisible } from './restore-visible.ts';
import { revisionConflict } from './revision-conflict.ts';
import { searchFilter } from './search-filter.ts';
import { searchPagePastEnd } from './search-page-past-end.ts';
import { searchSizeLimit } from './search-size-limit.ts';
import { searchSize } from './search-size.ts';
import { searchSort } from './search-sort.ts';
import { searchTotal } from './search-total.ts';
import { updateVisible } from './update-visible.ts';
import { useAfterFree } from './use-after-free.ts';
import { snapshotReviewOnce } from './snapshot-review-once.ts';
import { snapshotReviewNeedsRequest } from './snapshot-review-needs-request.ts';
import { snapshotDuplicateName } from './snapshot-duplicate-name.ts';
import { environmentsFullSet } from './environments-full-set.ts';
import { catalogUnpublishMissing } from './catalog-unpublish-missing.ts';
import { clusterRegistrationUpsert } from './cluster-registration-upsert.ts';
import { snapshotFilesByName } from './snapshot-files-by-name.ts';
import { snapshotRestorePreserves } from './snapshot-restore-preserves.ts';
import { snapshotRestoreRemovesAdded } from './snapshot-restore-removes-added.ts';
import { snapshotReviewSupersedes } from './snapshot-review-supersedes.ts';
import { snapshotSearchVersionSet } from './snapshot-search-version-set.ts';
import { purgeIdempotent } from './purge-idempotent.ts';
import { restoreConflict } from './restore-conflict.ts';
import { restoreOnlyRoot } from './restore-only-root.ts';
import { restoreSubtree } from './restore-subtree.ts';
import { searchHasMore } from './search-has-more.ts';
import { searchLike } from './search-like.ts';
import { searchOffset } from './search-offset.ts';
import { searchOperators } from './search-operators.ts';
import { searchRequiredFilter } from './search-required-filter.ts';
import { trashCascade } from './trash-cascade.ts';
import { trashListedRoot } from './trash-listed-root.ts';
import { crossApiConsistency } from './cross-api-consistency.ts';

export const SEMANTICS_CHECKS: readonly AnyCheckDefinition[] = [
  createRoundtrip,
  availableAfterCreate,
  updateVisible,
  useAfterFree,
  revisionConflict,
  restoreVisible,
  searchFilter,
  searchSort,
  searchSize,
  searchSizeLimit,
  searchPagePastEnd,
  searchTotal,
  // Hub API v2: project snapshots, environments, catalog (src/scenario/hub-ops-semantics.ts).
  snapshotReviewOnce,
  snapshotReviewNeedsRequest,
  snapshotDuplicateName,
  environmentsFullSet,
  catalogUnpublishMissing,
  snapshotFilesByName,
  snapshotRestorePreserves,
  snapshotRestoreRemovesAdded,
  snapshotSearchVersionSet,
  snapshotReviewSupersedes,
  clusterRegistrationUpsert,
  // Hub API v2 only: offset paging, filter operators, required filters, the trash.
  searchOffset,
  searchHasMore,
  searchOperators,
  searchLike,
  searchRequiredFilter,
  trashCascade,
  trashListedRoot,
  restoreSubtree,
  restoreOnlyRoot,
  restoreConflict,
  purgeIdempotent,
  // A both-APIs run (WM_API=v1,hub-v2) only: v1 and the Hub API v2 on one store (src/scenario/cross-api.ts).
  crossApiConsistency,
];
