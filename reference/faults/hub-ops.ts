/**
 * Faults of the Hub API v2's project snapshots, environments and catalog (generation hub-v2): the
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
];
