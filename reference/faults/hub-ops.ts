/**
 * Faults of the Hub API v2's project snapshots, environments, clusters and catalog (generation hub-v2): the
 * documented rules of facts §2.1 broken one at a time through the simulator's knobs, each caught
 * by its semantics check (src/scenario/hub-ops-semantics.ts).
 */
import type { Fault } from './types.ts';

export const HUB_OPS_FAULTS: readonly Fault[] = [
  {
    name: 'hub-review-request-twice',
    description: 'A project snapshot accepts a second review request (documented: at most one, ever; 409).',
    catches: ['snapshot-review-once'],
    generation: 'hub-v2',
    hub: { reviewRequestOncePerSnapshot: false },
  },
  {
    name: 'hub-review-without-request',
    description: 'A review of a project snapshot nobody asked to review is accepted (documented: 403).',
    catches: ['snapshot-review-needs-request'],
    generation: 'hub-v2',
    hub: { reviewNeedsRequest: false },
  },
  {
    name: 'hub-duplicate-name-clash',
    description: "A duplicated project snapshot's project keeps the clashing source name, without a copy suffix.",
    catches: ['snapshot-duplicate-name'],
    generation: 'hub-v2',
    hub: { duplicateCopySuffix: false },
  },
  {
    name: 'hub-environments-merged',
    description: "Replacing a workspace's environments adds the listed ones and keeps the others (not the full set).",
    catches: ['environments-full-set'],
    generation: 'hub-v2',
    hub: { environmentsFullSetReplace: false },
  },
  {
    name: 'hub-catalog-keeps-missing',
    description: 'A catalog ingestion leaves the assets it does not list published (documented: unpublished).',
    catches: ['catalog-unpublish-missing'],
    generation: 'hub-v2',
    hub: { ingestionUnpublishesMissing: false },
  },
  {
    name: 'hub-snapshot-files-unordered',
    description: "A project snapshot's file versions are listed in capture order (documented: ordered by file name).",
    catches: ['snapshot-files-by-name'],
    generation: 'hub-v2',
    hub: { snapshotFilesByName: false },
  },
  {
    name: 'hub-restore-loses-state',
    description:
      'Restoring a project snapshot keeps no snapshot of the changed current state (documented: a system-authored one first).',
    catches: ['snapshot-restore-preserves'],
    generation: 'hub-v2',
    hub: { restorePreservesCurrentState: false },
  },
  {
    name: 'hub-restore-keeps-added',
    description: 'Restoring a project snapshot leaves the files added since in the project (documented: removed).',
    catches: ['snapshot-restore-removes-added'],
    generation: 'hub-v2',
    hub: { restoreRemovesAddedFiles: false },
  },
  {
    name: 'hub-snapshot-search-per-version',
    description:
      "The snapshot search's fileVersionKey tests each captured version on its own (documented: the set; $neq matches empty snapshots).",
    catches: ['snapshot-search-version-set'],
    generation: 'hub-v2',
    hub: { snapshotVersionFilterOverSet: false },
  },
  {
    name: 'hub-review-request-not-superseding',
    description:
      "A review request leaves the pending request of the project's other snapshot pending (documented: superseded).",
    catches: ['snapshot-review-supersedes'],
    generation: 'hub-v2',
    hub: { reviewRequestSupersedes: false },
  },
  {
    name: 'hub-cluster-registration-kept',
    description: 'Registering a registered cluster again leaves its registration as it was (documented: upsert).',
    catches: ['cluster-registration-upsert'],
    generation: 'hub-v2',
    hub: { clusterRegistrationUpsert: false },
  },
];
