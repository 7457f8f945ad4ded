/** Faults of behaviour over time: what was written is not what is read, searches that lie. */
import type { Fault } from './types.ts';

export const SEMANTICS_FAULTS: readonly Fault[] = [
  {
    name: 'revision-ignored',
    description: 'PATCH /files/{id} with a stale revision overwrites instead of answering 409.',
    catches: ['revision-conflict'],
    behaviour: { checkRevision: false },
  },
  {
    name: 'soft-delete',
    description: 'Deleted resources can still be read by id.',
    catches: ['use-after-free'],
    behaviour: { softDelete: true },
  },
  {
    name: 'created-not-readable',
    description: 'The first read of a just-created resource answers 404 (replica lag).',
    // Every scenario that reads a resource right after making it meets the lag: the positive
    // GETs (success-status), the side-effect and restore probes read new resources first too, and
    // so do the limited client's granted reads and the permission side-effect probes.
    catches: [
      'available-after-create',
      'no-side-effect',
      'permission-granted',
      'permission-no-side-effect',
      'restore-visible',
      'success-status',
    ],
    behaviour: { createdNotReadable: true },
  },
  {
    name: 'update-not-persisted',
    description: 'PATCH /projects/{id} answers the new name but does not store it.',
    catches: ['update-visible'],
    behaviour: { dropUpdates: true },
  },
  {
    name: 'create-content-altered',
    description: 'POST /files stores the content with its trailing newline trimmed.',
    catches: ['create-roundtrip'],
    behaviour: { trimContentOnCreate: true },
  },
  {
    name: 'search-ignores-filter',
    description: 'Searches return every item, whatever the filter says.',
    catches: ['search-filter', 'search-total'],
    behaviour: { ignoreFilter: true },
  },
  {
    name: 'search-reverse-sort',
    description: 'Searches sort in the opposite direction of the one asked for.',
    catches: ['search-sort'],
    behaviour: { reverseSort: true },
  },
  {
    name: 'search-ignores-sort',
    description: 'Searches ignore sort and answer in creation order.',
    catches: ['search-sort'],
    behaviour: { ignoreSort: true },
  },
  {
    name: 'search-ignores-size',
    description: 'Searches ignore size: pages always hold up to 10 items.',
    catches: ['search-size'],
    behaviour: { ignoreSize: true },
  },
  {
    name: 'search-size-unbounded',
    description: 'Searches accept a size above the documented maximum of 50.',
    catches: ['search-size-limit'],
    behaviour: { validatePageSizeLimit: false },
  },
  {
    name: 'search-wrong-total',
    description: 'Search total counts the items on the page instead of all matches.',
    catches: ['search-total'],
    behaviour: { wrongTotal: true },
  },
  {
    name: 'search-page-past-end-repeats',
    description: 'A search page past the end repeats the last page instead of being empty.',
    catches: ['search-page-past-end'],
    behaviour: { pagePastEndRepeats: true },
  },
];
